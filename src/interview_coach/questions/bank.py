"""The question bank: every template for a type, competency and difficulty, and its rendering.

A template is a seed (what is asked) inside an opening (how it is grounded) with a tail (how
deep it goes). Its id spells that out, e.g. ``behavioral:conflict:3:did:4b``, so a plan can be
rendered again from its id and slot values alone.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache

from interview_coach.competencies import competency
from interview_coach.questions.frames import OPENINGS, PROBES, TAILS, Opening
from interview_coach.questions.grammar import tidy
from interview_coach.questions.seeds import SEEDS
from interview_coach.vocabulary import Dimension, QuestionType

DIFFICULTIES: tuple[int, ...] = (1, 2, 3, 4, 5)
_TAIL_KEYS = "ab"


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    type: QuestionType
    competency: str
    difficulty: int
    seed_index: int
    seed: str
    opening: Opening
    tail: str

    @property
    def text(self) -> str:
        return f"{self.opening.text} {self.tail}".strip()

    @property
    def slots(self) -> frozenset[str]:
        """The profile slots this template needs filled."""
        return (_fields(self.opening.text) | _fields(self.seed)) - {"seed"}

    @property
    def grounded(self) -> bool:
        return bool(self.slots)


def seed_lines(question_type: QuestionType, competency_id: str) -> tuple[str, ...]:
    seeds = SEEDS[competency_id]
    return {
        QuestionType.BEHAVIORAL: seeds.experiences,
        QuestionType.SITUATIONAL: seeds.scenarios,
        QuestionType.TECHNICAL: seeds.tasks,
        QuestionType.MOTIVATIONAL: seeds.asks,
    }[question_type]


@cache
def templates_for(
    question_type: QuestionType, competency_id: str, difficulty: int
) -> tuple[Template, ...]:
    """Every template asking this competency as this type at this difficulty."""
    item = competency(competency_id)
    if question_type not in item.types:
        return ()
    found = []
    for index, seed in enumerate(seed_lines(question_type, competency_id)):
        for opening in OPENINGS[question_type]:
            if opening.technical_only and not item.technical:
                continue
            if _fields(opening.text) & _fields(seed):
                continue  # the seed already uses this fact; saying it twice reads badly
            for key, tail in zip(_TAIL_KEYS, TAILS[question_type][difficulty], strict=True):
                template_id = (
                    f"{question_type}:{competency_id}:{index}:{opening.key}:{difficulty}{key}"
                )
                found.append(
                    Template(template_id, question_type, competency_id, difficulty, index, seed,
                             opening, tail)
                )  # fmt: skip
    return tuple(found)


def template(template_id: str) -> Template:
    """The template with this id; KeyError if the id names none."""
    try:
        type_name, competency_id, index, opening_key, level = template_id.split(":")
        question_type = QuestionType(type_name)
        difficulty, tail_key = int(level[:-1]), level[-1]
        opening = next(o for o in OPENINGS[question_type] if o.key == opening_key)
        seed = seed_lines(question_type, competency_id)[int(index)]
        tail = TAILS[question_type][difficulty][_TAIL_KEYS.index(tail_key)]
    except (ValueError, KeyError, IndexError, StopIteration):
        raise KeyError(f"unknown template: {template_id!r}") from None
    return Template(template_id, question_type, competency_id, difficulty, int(index), seed,
                    opening, tail)  # fmt: skip


def render(template_id: str, slots: dict[str, str], probe: Dimension | None = None) -> str:
    """The plain question: template filled with slot values, tidied. No coach-mode voice."""
    chosen = template(template_id)
    seed = chosen.seed.format_map(slots)
    text = chosen.text.format_map({**slots, "seed": seed})
    if probe is not None:
        text = f"{text} {PROBES[probe]}"
    return tidy(text)


def without_depth(text: str) -> str:
    """The question without its depth demands (tails and probes): what is asked, not how deep."""
    for sentence in _depth_sentences():
        text = text.replace(sentence, "")
    return " ".join(text.split())


@cache
def _depth_sentences() -> tuple[str, ...]:
    tails = {t for by_level in TAILS.values() for level in by_level.values() for t in level if t}
    return tuple(sorted(tails | set(PROBES.values()), key=len, reverse=True))


@cache
def _fields(text: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
