"""How a seed becomes a question: at most one short framing sentence, then one ask.

An opening holds ``{seed}`` (what is asked), ``{depth}`` (the clause that finishes the ask: how
deep it goes, or the coach mode's angle) and at most one profile slot, which frames the ask.
A ``dive`` opening asks a whole question about one of the candidate's own achievements.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_coach.vocabulary import QuestionType

B, T, S, M = (
    QuestionType.BEHAVIORAL,
    QuestionType.TECHNICAL,
    QuestionType.SITUATIONAL,
    QuestionType.MOTIVATIONAL,
)


@dataclass(frozen=True, slots=True)
class Opening:
    key: str
    text: str
    technical_only: bool = False

    @property
    def grounded(self) -> bool:
        return self.key != "plain"

    @property
    def dive(self) -> bool:
        return self.key == "dive"


OPENINGS: dict[QuestionType, tuple[Opening, ...]] = {
    B: (
        Opening("plain", "Tell me about a time you {seed}{depth}"),
        Opening(
            "past-role",
            "Tell me about a time in your work as a {past_role} when you {seed}{depth}",
        ),
        Opening(
            "responsibility",
            "This role involves {responsibility}. Tell me about a time you {seed}{depth}",
        ),
        Opening("dive", "You've {did}. {seed}{depth}"),
    ),
    S: (
        Opening("plain", "What would you do if {seed}{depth}"),
        Opening(
            "role",
            "Say you have just started here as a {role} and {seed}. What would you do{depth}",
        ),
        Opening(
            "responsibility",
            "Part of this job is {responsibility}. What would you do if {seed}{depth}",
        ),
        Opening(
            "skill",
            "This role asks for {skill}. What would you do if {seed}{depth}",
            technical_only=True,
        ),
    ),
    T: (
        Opening("plain", "How would you {seed}{depth}"),
        Opening(
            "skill", "This role asks for {skill}. How would you {seed}{depth}", technical_only=True
        ),
        Opening(
            "responsibility", "This role involves {responsibility}. How would you {seed}{depth}"
        ),
        Opening("domain", "In {domain}, how would you {seed}{depth}"),
        Opening("dive", "You've {did}. {seed}{depth}"),
    ),
    M: (Opening("plain", "{seed}{depth}"),),
}
