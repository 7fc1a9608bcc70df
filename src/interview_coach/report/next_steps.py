"""Next steps: a few concrete things to practise, from the weakest patterns and dimensions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.feedback.suggestions import suggestion
from interview_coach.report.breakdown import DimensionRanking
from interview_coach.report.patterns import Pattern, PatternKind
from interview_coach.report.records import AnsweredQuestion
from interview_coach.vocabulary import CoachMode, Dimension, QuestionType

#: At most this many steps: more than three is a list, not a plan.
MOST_STEPS = 3
#: A dimension whose mean is below this is worth a step of its own.
WORTH_A_STEP = 7.0


@dataclass(frozen=True, slots=True)
class NextStep:
    title: str
    detail: str
    because: str  # why this step, in words (no scores, so the low-anxiety report can show it)
    positions: tuple[int, ...] = ()  # the answers it comes from, if any


_PATTERN_STEPS: dict[PatternKind, str] = {
    PatternKind.UNUSABLE: "Answer every question, even briefly",
    PatternKind.OFF_TOPIC: "Answer the question that was asked",
    PatternKind.TOO_SHORT: "Give your answers room",
    PatternKind.MISSING_RESULT: "End every story with its outcome",
    PatternKind.THIN_ACTION: "Show your own steps",
    PatternKind.HIDDEN_ROLE: "Say 'I' for what you did",
    PatternKind.MISSING_SETUP: "Set up each story in two sentences",
    PatternKind.FEW_SPECIFICS: "Trade general words for facts",
    PatternKind.UNMEASURED_RESULT: "Put a number on each outcome",
    PatternKind.SHALLOW: "Explain the why",
    PatternKind.TOO_LONG: "Get to the point sooner",
    PatternKind.FILLERS: "Say it plainly",
}

_DIMENSION_STEPS: dict[Dimension, str] = {
    Dimension.SITUATION: "Set the scene faster",
    Dimension.TASK: "Name the problem and what was at stake",
    Dimension.ACTION: "Show your own steps",
    Dimension.RESULT: "Close with a measured result",
    Dimension.SPECIFICITY: "Trade general words for facts",
    Dimension.OWNERSHIP: "Say 'I' for what you did",
    Dimension.RELEVANCE: "Answer the question that was asked",
    Dimension.DEPTH: "Explain the why",
}


def plan_next_steps(
    answers: Sequence[AnsweredQuestion],
    patterns: Sequence[Pattern],
    dimensions: DimensionRanking | None,
    planned: int,
    mode: CoachMode,
) -> tuple[NextStep, ...]:
    """Recurring patterns first, then the costliest dimensions, then finishing or stretching."""
    if not answers or dimensions is None:
        return (
            NextStep(
                "Answer your first question",
                "A report needs answers to read: answer at least two or three questions so "
                "patterns can show.",
                "Nothing has been answered in this attempt yet.",
            ),
        )
    steps = [_from_pattern(p) for p in patterns[:MOST_STEPS]]
    titles = {s.title for s in steps}
    for summary in sorted(dimensions.dimensions, key=lambda s: (-s.points_lost, s.mean)):
        title = _DIMENSION_STEPS[summary.dimension]
        if len(steps) >= MOST_STEPS:
            break
        if summary.mean < WORTH_A_STEP and title not in titles:
            steps.append(_from_dimension(summary.dimension, answers))
            titles.add(title)
    if len(steps) < MOST_STEPS and len(answers) < planned:
        steps.append(_finish(len(answers), planned))
    if not steps:
        steps.append(_stretch(mode))
    return tuple(steps)


def _from_pattern(pattern: Pattern) -> NextStep:
    return NextStep(
        _PATTERN_STEPS[pattern.kind],
        pattern.advice,
        f"“{pattern.title}” came up in {_answers(pattern.positions)}.",
        pattern.positions,
    )


def _from_dimension(dimension: Dimension, answers: Sequence[AnsweredQuestion]) -> NextStep:
    kinds = Counter(a.scorecard.question_type for a in answers)
    usual = min(kinds, key=lambda k: (-kinds[k], list(QuestionType).index(k)))
    return NextStep(
        _DIMENSION_STEPS[dimension],
        suggestion(dimension, usual),
        f"{dimension.label} is the part of your answers that costs you most.",
    )


def _finish(answered: int, planned: int) -> NextStep:
    return NextStep(
        "Finish a whole session",
        "Run the next interview to the end: later questions are harder, and patterns only show "
        "across several answers.",
        f"This attempt stopped after {answered} of {planned} questions.",
    )


def _stretch(mode: CoachMode) -> NextStep:
    if mode in (CoachMode.CHALLENGER, CoachMode.DRILL_SERGEANT):
        detail = (
            "Start a new interview with a focus you have practised least, so strong habits "
            "carry over to unfamiliar questions."
        )
    else:
        detail = (
            "Practise with the Challenger or Drill Sergeant coach, or a Full session: they "
            "press harder on trade-offs and gaps."
        )
    return NextStep(
        "Raise the bar",
        detail,
        "No issue recurred and every dimension averaged strong.",
    )


def _answers(positions: Sequence[int]) -> str:
    return ("answer " if len(positions) == 1 else "answers ") + listing(positions)


def listing(items: Sequence[object]) -> str:
    """'1', '1 and 2', '1, 2 and 3'."""
    texts = [str(item) for item in items]
    if len(texts) <= 1:
        return "".join(texts)
    return ", ".join(texts[:-1]) + " and " + texts[-1]
