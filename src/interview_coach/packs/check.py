"""What `packs check` finds beyond the format: seeds the judge would read as another type.

The judge reads a question's type from its wording (analysis.question.infer_type) when an
engine's wording is all it has, and scores the answer for that type. A seed declared a scenario
that reads as "why ..." would be asked as a scenario and judged as a motivational question, so
each seed is framed as the bank frames it (the plain opening, no profile facts) and read back.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_coach.analysis.question import infer_type
from interview_coach.packs.model import Pack, Seeds
from interview_coach.questions.frames import OPENINGS
from interview_coach.vocabulary import QuestionType

#: Seed lists by the question type they are declared for.
DECLARED = {
    "experiences": QuestionType.BEHAVIORAL,
    "scenarios": QuestionType.SITUATIONAL,
    "tasks": QuestionType.TECHNICAL,
    "asks": QuestionType.MOTIVATIONAL,
}
#: Facts to fill a seed's slots with while reading it back.
SAMPLE = {
    "domain": "healthcare",
    "role": "Charge Nurse",
    "skill": "wound care",
    "responsibility": "running the ward",
    "customer": "patient",
    "customers": "patients",
}
_DIVE_OPENING = "You've led the move to electronic records. {seed}"


@dataclass(frozen=True, slots=True)
class TypeMismatch:
    """A seed whose question reads as ``inferred`` though it is declared ``declared``."""

    competency: str
    field: str
    seed: str
    question: str
    declared: QuestionType
    inferred: QuestionType


def type_mismatches(pack: Pack) -> list[TypeMismatch]:
    """Every seed of the pack whose framed question the judge reads as another type."""
    found = []
    for item in pack.competencies:
        seeds = pack.seeds.get(item.id, Seeds())
        for field, declared in DECLARED.items():
            for seed in getattr(seeds, field):
                question = _framed(OPENINGS[declared][0].text, seed)
                inferred = infer_type(question)
                if inferred is not declared:
                    found.append(TypeMismatch(item.id, field, seed, question, declared, inferred))
        declared = QuestionType.TECHNICAL if item.technical else QuestionType.BEHAVIORAL
        for seed in seeds.dives:
            question = _DIVE_OPENING.format(seed=seed.format_map(SAMPLE))
            inferred = infer_type(question)
            if inferred is not declared:
                found.append(TypeMismatch(item.id, "dives", seed, question, declared, inferred))
    return found


def _framed(opening: str, seed: str) -> str:
    return opening.format(seed=seed.format_map(SAMPLE), depth="?")


def line_of(text: str, seed: str) -> int:
    """The line of the pack file where the seed is written (1 when it cannot be found)."""
    for number, line in enumerate(text.splitlines(), 1):
        if seed[:40] in line:
            return number
    return 1
