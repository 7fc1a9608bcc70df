"""What each coach mode adds around a question. Written by us.

Friend is warm and open, Guide says what a good answer covers, Challenger adds a pointed
follow-up, Drill Sergeant is terse and demanding. The question asked stays the same.
"""

from __future__ import annotations

from interview_coach.vocabulary import QuestionType

B, T, S, M = (
    QuestionType.BEHAVIORAL,
    QuestionType.TECHNICAL,
    QuestionType.SITUATIONAL,
    QuestionType.MOTIVATIONAL,
)

FRIEND_OPENERS: tuple[str, ...] = (
    "Here's one I think you'll have a good story for.",
    "Let's talk about something from your own experience.",
    "I'd love to hear your take on this one.",
    "No rush with this one.",
)
FRIEND_CLOSERS: tuple[str, ...] = (
    "Take your time, and start wherever feels natural.",
    "There's no single right answer, so just walk me through it.",
    "Think out loud if that helps.",
)
FRIEND_HARD = "This one is a bit harder, so take a moment before you start."

GUIDE_COVERS: dict[QuestionType, str] = {
    B: "A good answer covers the situation, what you had to achieve, the steps you took "
    "yourself, and the result, with a number if you have one.",
    T: "A good answer covers your approach step by step, the reasoning behind each choice, the "
    "trade-offs, and an example from your own work.",
    S: "A good answer covers how you read the situation, the options you see, what you would do "
    "first, and how you would know it worked.",
    M: "A good answer gives a specific reason, evidence from your own experience, and how it "
    "connects to this role.",
}
GUIDE_ABOUT = "This question is about {name}: {description}"

CHALLENGER_TWIST = "Follow-up: how does your answer change if {twist}?"
CHALLENGER_PRESS: dict[QuestionType, str] = {
    B: "I'll want to know what you did, not what the team did.",
    T: "I'll push on the trade-offs you accepted.",
    S: "I'll ask what you'd give up to do it.",
    M: "I'll want evidence, not enthusiasm.",
}

DRILL_REWORDS: tuple[tuple[str, str], ...] = (
    ("Tell me about a time you", "Give me one time you"),
    ("Walk me through how you would", "Explain how you would"),
    ("Imagine you have just started", "You have just started"),
    ("Picture a busy week at", "Busy week at"),
)
DRILL_DEMANDS: dict[QuestionType, str] = {
    B: "Your actions. Your numbers. Your result. No 'we'.",
    T: "Steps, trade-offs, numbers. Go.",
    S: "First move, then why. Be decisive.",
    M: "One reason. Evidence. Keep it short.",
}


def phrases() -> tuple[str, ...]:
    """Every fixed phrase a voice can add, for weighting words in similarity checks."""
    return (
        *FRIEND_OPENERS,
        *FRIEND_CLOSERS,
        FRIEND_HARD,
        *GUIDE_COVERS.values(),
        GUIDE_ABOUT,
        CHALLENGER_TWIST,
        *CHALLENGER_PRESS.values(),
        *(new for _, new in DRILL_REWORDS),
        *DRILL_DEMANDS.values(),
    )


def fixed_phrases() -> tuple[str, ...]:
    """The voices' whole sentences that never change, longest first."""
    fixed = (
        *FRIEND_OPENERS,
        *FRIEND_CLOSERS,
        FRIEND_HARD,
        *GUIDE_COVERS.values(),
        *CHALLENGER_PRESS.values(),
        *DRILL_DEMANDS.values(),
    )
    return tuple(sorted(fixed, key=len, reverse=True))
