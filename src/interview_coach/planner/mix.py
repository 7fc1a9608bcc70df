"""The shape of a session: which type of question in which slot, how hard, about what."""

from __future__ import annotations

import random
from collections.abc import Sequence

from interview_coach.competencies import AreaMatch, Competency, relevant_facts
from interview_coach.profile.model import JobProfile
from interview_coach.vocabulary import QuestionType, TopicFocus

B, T, S, M = (
    QuestionType.BEHAVIORAL,
    QuestionType.TECHNICAL,
    QuestionType.SITUATIONAL,
    QuestionType.MOTIVATIONAL,
)

#: Share of each question type per focus.
TYPE_MIX: dict[TopicFocus, dict[QuestionType, float]] = {
    TopicFocus.MIXED: {B: 0.40, T: 0.30, S: 0.20, M: 0.10},
    TopicFocus.HARD_SKILLS: {T: 0.60, S: 0.20, B: 0.15, M: 0.05},
    TopicFocus.SOFT_SKILLS: {B: 0.55, S: 0.30, M: 0.10, T: 0.05},
    TopicFocus.LEADERSHIP: {B: 0.50, S: 0.35, M: 0.10, T: 0.05},
    TopicFocus.MOTIVATION: {M: 0.45, B: 0.30, S: 0.15, T: 0.10},
}
_SENIOR = ("senior", "lead", "principal", "staff", "head", "director", "manager", "chief")
_JUNIOR = ("junior", "graduate", "entry", "intern", "trainee", "apprentice", "associate")


def type_sequence(count: int, focus: TopicFocus, seed: int) -> tuple[QuestionType, ...]:
    """The type of every slot: the focus's mix, shuffled by the seed, never three alike in a row.

    An interview opens with a motivational question when the mix has one, as real ones do.
    """
    quotas = _quotas(count, TYPE_MIX[focus])
    rng = random.Random(seed)
    opener = [M] if quotas.get(M, 0) else []
    pool = [t for t, n in quotas.items() for _ in range(n - (t is M and bool(opener)))]
    rng.shuffle(pool)
    return tuple(opener + _spread(pool))


def _quotas(count: int, mix: dict[QuestionType, float]) -> dict[QuestionType, int]:
    """Largest-remainder rounding of the mix to ``count`` questions."""
    exact = {t: share * count for t, share in mix.items()}
    quotas = {t: int(v) for t, v in exact.items()}
    by_remainder = sorted(mix, key=lambda t: (-(exact[t] - quotas[t]), list(mix).index(t)))
    for question_type in by_remainder[: count - sum(quotas.values())]:
        quotas[question_type] += 1
    return quotas


def _spread(pool: list[QuestionType]) -> list[QuestionType]:
    result: list[QuestionType] = []
    while pool:
        index = next(
            (i for i, t in enumerate(pool) if result[-2:] != [t, t]),
            0,
        )
        result.append(pool.pop(index))
    return result


def base_difficulty(slot: int, count: int, seniority: str | None = None) -> int:
    """Difficulty 1-5 by position: equal runs from easy to hard across the session.

    Senior roles never go below 2; junior roles stay below 5.
    """
    level = 1 + (5 * slot) // max(count, 1)
    level = max(1, min(5, level))
    words = (seniority or "").lower()
    if any(w in words for w in _SENIOR):
        level = max(level, 2)
    if any(w in words for w in _JUNIOR):
        level = min(level, 4)
    return level


def people_weight(
    item: Competency, focus: TopicFocus, job: JobProfile, named: Sequence[str]
) -> float:
    """How much a non-technical competency deserves a question for this focus and job."""
    weight = 1.0
    if focus is not TopicFocus.MIXED:
        weight *= 6.0 if focus in item.focus else 0.5
    if relevant_facts(item, job):
        weight *= 2.0
    if item.id in named:
        weight *= 8.0
    return weight


def area_weight(match: AreaMatch, focus: TopicFocus, named: Sequence[str]) -> float:
    """How much a technical area deserves a question: more job facts, more weight."""
    weight = 1.0 + min(len(match.facts), 4)
    if focus is TopicFocus.HARD_SKILLS:
        weight *= 2.0
    if match.id in named:
        weight *= 8.0
    return weight
