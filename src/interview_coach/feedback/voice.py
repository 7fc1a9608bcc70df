"""The four coach-mode voices. Each changes wording only, never what is judged."""

from __future__ import annotations

from dataclasses import dataclass

from interview_coach.vocabulary import Band, CoachMode


@dataclass(frozen=True, slots=True)
class Voice:
    verdicts: dict[Band, str]
    fix_lead: str  # introduces the single most important fix
    strength_lead: str
    gap_lead: str
    closing: str


VOICES: dict[CoachMode, Voice] = {
    CoachMode.FRIEND: Voice(
        verdicts={
            Band.NEEDS_WORK: "Thanks for giving it a go; there's a good answer in here waiting.",
            Band.GOOD: "Nice start: this answer has real substance to build on.",
            Band.STRONG: "Really good answer; you should feel good about this one.",
            Band.BEST_PRACTICE: "Wonderful answer: this is exactly what interviewers hope for.",
        },
        fix_lead="The one thing that would help most:",
        strength_lead="You did this well:",
        gap_lead="Something to try:",
        closing="You're getting there. Keep going!",
    ),
    CoachMode.GUIDE: Voice(
        verdicts={
            Band.NEEDS_WORK: "This answer needs work; the structure below shows what to add.",
            Band.GOOD: "A good answer with clear room to grow; here is why.",
            Band.STRONG: "A strong answer; here is what makes it work and what would lift it.",
            Band.BEST_PRACTICE: "A best-practice answer; here is why it works.",
        },
        fix_lead="Focus next on this, because it carries the most weight:",
        strength_lead="What works, and why:",
        gap_lead="What to improve, and how:",
        closing="Use the STAR order (Situation, Task, Action, Result) as your outline next time.",
    ),
    CoachMode.CHALLENGER: Voice(
        verdicts={
            Band.NEEDS_WORK: "I'm not convinced. An interviewer would push back hard here.",
            Band.GOOD: "Decent, but I'd press you on several points.",
            Band.STRONG: "Strong. Now defend it: the gaps below are where I'd probe.",
            Band.BEST_PRACTICE: "Hard to fault. I'd still test you on the details.",
        },
        fix_lead="Here's where I'd push first:",
        strength_lead="This holds up:",
        gap_lead="I'd challenge this:",
        closing="Expect the follow-up questions these gaps invite.",
    ),
    CoachMode.DRILL_SERGEANT: Voice(
        verdicts={
            Band.NEEDS_WORK: "Not good enough.",
            Band.GOOD: "Passable. Not yet strong.",
            Band.STRONG: "Strong. Tighten it.",
            Band.BEST_PRACTICE: "Excellent. Do it again.",
        },
        fix_lead="Fix first:",
        strength_lead="Keep:",
        gap_lead="Fix:",
        closing="Again. Better.",
    ),
}
