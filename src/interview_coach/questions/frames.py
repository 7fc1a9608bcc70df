"""How a seed becomes a question: an opening per grounding, and a tail per difficulty.

Openings carry the grounding (a resume or job fact) and the seed; tails set the depth asked for,
from an open question at difficulty 1 to one that demands trade-offs and reflection at 5.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_coach.vocabulary import Dimension, QuestionType

B, T, S, M = (
    QuestionType.BEHAVIORAL,
    QuestionType.TECHNICAL,
    QuestionType.SITUATIONAL,
    QuestionType.MOTIVATIONAL,
)


@dataclass(frozen=True, slots=True)
class Opening:
    """``text`` holds ``{seed}`` and the profile slots it grounds the question in."""

    key: str
    text: str
    technical_only: bool = False

    @property
    def grounded(self) -> bool:
        return self.key != "plain"


OPENINGS: dict[QuestionType, tuple[Opening, ...]] = {
    B: (
        Opening("plain", "Tell me about a time you {seed}."),
        Opening("past-role", "Tell me about a time in your work as a {past_role} when you {seed}."),
        Opening("achievement", "Think back to {achievement}. Was there a point where you {seed}?"),
        Opening("did", "You've {did}. Tell me about a moment in that work when you {seed}."),
        Opening(
            "responsibility",
            "This role involves {responsibility}. Thinking of similar work, "
            "tell me about a time you {seed}.",
        ),
        Opening(
            "value",
            'This team\'s stated values include "{value}". Tell me about a time you {seed}.',
        ),
    ),
    S: (
        Opening("plain", "What would you do if {seed}?"),
        Opening(
            "role", "Imagine you have just started here as a {role} and {seed}. What do you do?"
        ),
        Opening(
            "responsibility",
            "Part of this job is {responsibility}. Suppose {seed}. How do you handle it?",
        ),
        Opening(
            "domain", "Picture a busy week at a {domain} organisation: {seed}. What is your move?"
        ),
        Opening(
            "skill",
            "You are the person on the team who knows {skill} best, and {seed}. What do you do?",
            technical_only=True,
        ),
        Opening(
            "past-role",
            "You've worked as a {past_role}. Suppose that here, {seed}. How would you handle it, "
            "and what would you do differently from last time?",
        ),
    ),
    T: (
        Opening("plain", "How would you {seed}?"),
        Opening("skill", "The role asks for {skill}. How would you {seed}?"),
        Opening("did", "You've {did}. How would you {seed}?"),
        Opening(
            "responsibility",
            "This role involves {responsibility}. Walk me through how you would {seed}.",
        ),
        Opening("domain", "In a {domain} setting, how would you {seed}?"),
        Opening(
            "achievement",
            "Looking back at {achievement}, how did you {seed}, or how would you now?",
        ),
    ),
    M: (
        Opening("plain", "{seed}?"),
        Opening("past-role", "You've worked as a {past_role}. {seed}?"),
        Opening("did", "You've {did}. With that behind you, {seed}?"),
        Opening("responsibility", "This role involves {responsibility}. {seed}?"),
        Opening("value", 'This team\'s stated values include "{value}". {seed}?'),
    ),
}

TAILS: dict[QuestionType, dict[int, tuple[str, ...]]] = {
    B: {
        1: ("", "What happened?"),
        2: (
            "What did you do, and how did it turn out?",
            "What was your part, and what came of it?",
        ),
        3: (
            "What did you do, what alternatives did you weigh, and what was the result?",
            "Why did you choose that approach over the others open to you?",
        ),
        4: (
            "What was at stake, what did you do yourself, and how do you know it worked?",
            "Put numbers on it: what changed because of what you did?",
        ),
        5: (
            "What did it cost you or the team, and what would you do differently now?",
            "Looking back, which of your decisions would you defend, and which would you change?",
        ),
    },
    S: {
        1: ("", "Where would you start?"),
        2: ("Walk me through your first steps.", "Who would you talk to first, and why?"),
        3: (
            "What options would you weigh, and which would you choose?",
            "What would you do first, and what would you deliberately not do?",
        ),
        4: (
            "You have a day and incomplete information: what do you decide, and what risks do you "
            "accept?",
            "How would you know within a week whether your approach was working?",
        ),
        5: (
            "If your first move failed, what would you do next, and what would you tell the people "
            "affected?",
            "What second-order effects would your choice have, and how would you manage them?",
        ),
    },
    T: {
        1: ("", "Keep it to the main steps."),
        2: ("Explain your reasoning as you go.", "What would you check or decide first?"),
        3: (
            "Which trade-offs would you accept, and why?",
            "What alternatives would you consider, and why would you reject them?",
        ),
        4: (
            "How would you know it worked, and what would you measure?",
            "How would it hold up with half the time or twice the volume?",
        ),
        5: (
            "Where would your approach break first, and what would you do about it?",
            "What would you push back on, and how would you explain the risk to someone outside "
            "your field?",
        ),
    },
    M: {
        1: ("", ""),
        2: ("Give me one concrete example.", "What in your own experience points you here?"),
        3: (
            "What would you be giving up?",
            "How does that fit where you want to be in three years?",
        ),
        4: (
            "Back it with something you have actually done, not a plan.",
            "What would make you leave within a year?",
        ),
        5: (
            "What would make this the wrong move for you, and how would you know?",
            "What is the honest doubt you have about it?",
        ),
    },
}

#: Said after the question when an earlier answer was weak on a dimension.
PROBES: dict[Dimension, str] = {
    Dimension.SITUATION: "Set the scene briefly: where were you, and what was at stake?",
    Dimension.TASK: "Be clear about what you specifically had to solve.",
    Dimension.ACTION: "Focus on the steps you took yourself.",
    Dimension.RESULT: "Finish with the result, and put a number on it if you can.",
    Dimension.SPECIFICITY: "Name the tools, the numbers and the timeline.",
    Dimension.OWNERSHIP: "Say 'I' for what you did, and be clear about your own role.",
    Dimension.RELEVANCE: "Stay on this exact question from start to finish.",
    Dimension.DEPTH: "Tell me the trade-offs, and the options you rejected.",
}
