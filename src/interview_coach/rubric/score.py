"""The rubric: from an analysis to a scorecard. Same analysis, same numbers, always."""

from __future__ import annotations

from dataclasses import replace

from interview_coach.analysis import AnswerAnalysis
from interview_coach.analysis.degenerate import Problem
from interview_coach.analysis.length import LengthVerdict
from interview_coach.rubric import dimensions as judge
from interview_coach.rubric.learned import Layer, layer, length_signals, signals
from interview_coach.rubric.scorecard import DimensionScore, Evidence, Scorecard, Warning
from interview_coach.rubric.weights import WEIGHTS
from interview_coach.vocabulary import Dimension, QuestionType

#: The highest overall rating an answer with each problem can get.
_PROBLEM_CAPS = {
    Problem.EMPTY: 1.0,
    Problem.GIBBERISH: 1.5,
    Problem.OTHER_LANGUAGE: 2.0,
    Problem.QUESTION_PASTED: 2.0,
    Problem.REPEATED: 4.0,
    Problem.TRUNCATED: 10.0,
}


def score(analysis: AnswerAnalysis, learned: Layer | None = None) -> Scorecard:
    """Score every dimension, weigh them by question type, then apply the honesty caps.

    ``learned`` replaces the shipped learned layer (the calibration benchmark fits its own)."""
    warnings = [Warning(f.problem.value, f.message) for f in analysis.findings]
    if any(f.problem is Problem.EMPTY for f in analysis.findings):
        return _empty(analysis, warnings)
    fitted = learned or layer()
    features = signals(analysis)
    off_topic = features["off_topic"] > 0  # judged once, with the other signals
    scores = calibrated(analysis, rule_scores(analysis), fitted, features, off_topic)
    if any(f.problem in (Problem.GIBBERISH, Problem.OTHER_LANGUAGE) for f in analysis.findings):
        scores = tuple(DimensionScore(s.dimension, 0.0, s.evidence) for s in scores)
    overall = _overall(fitted, analysis, scores, features)
    _warn_of_delivery(analysis, warnings)
    if fitted.overall is None:
        overall -= _MOST_LOST * delivery_strain(analysis)  # the fitted line weighs it itself
    overall = min(overall, *_caps(analysis, scores, warnings, off_topic))
    return Scorecard(
        question_type=analysis.question.type,
        scores=scores,
        overall=round(max(1.0, overall), 1),
        warnings=tuple(warnings),
    )


def calibrated(
    analysis: AnswerAnalysis,
    rules: tuple[DimensionScore, ...],
    learned: Layer,
    features: dict[str, float],
    off_topic: bool,
) -> tuple[DimensionScore, ...]:
    """Each rule score through the learned line, within the ceiling its evidence sets (the
    line weighs the whole answer and must not lift a routine into a story); an answer judged
    off-topic keeps the rule's relevance (the line never lifts what the rule found absent)."""
    scores = []
    for rule in rules:
        value = learned.dimension(rule.dimension, rule.score, features)
        value = min(value, judge.ceiling(analysis, rule.dimension))
        if off_topic and rule.dimension is Dimension.RELEVANCE:
            value = min(value, rule.score)
        scores.append(replace(rule, score=round(value, 1)))
    return tuple(scores)


def overall_features(
    analysis: AnswerAnalysis, scores: tuple[DimensionScore, ...], features: dict[str, float]
) -> dict[str, float]:
    """What the overall rating is read from: the dimensions, the signals and the length."""
    weighted = sum(WEIGHTS[analysis.question.type][s.dimension] * s.score for s in scores)
    story = analysis.question.type is QuestionType.BEHAVIORAL
    return {
        **features,
        **length_signals(analysis),
        **{f"dim_{s.dimension.value}": s.score for s in scores},
        "weighted": weighted,
        "dimension_mean": sum(s.score for s in scores) / len(scores),
        "delivery": delivery_strain(analysis),
        # A story told in "we" earns less of its credit: an interviewer cannot hire the team.
        "unowned": weighted * (1.0 - features["own_share"]) if story else 0.0,
    }


def _overall(
    learned: Layer,
    analysis: AnswerAnalysis,
    scores: tuple[DimensionScore, ...],
    features: dict[str, float],
) -> float:
    line = learned.overall
    values = overall_features(analysis, scores, features)
    if line is None:
        return 1.0 + _UNFITTED_SLOPE * values["weighted"]
    return learned.stretch(line(values))


def worth(question_type: QuestionType, dimension: Dimension) -> float:
    """How much the overall rating rises for one more point on a dimension, before any cap:
    what a gap costs, and what closing it would earn."""
    fitted = layer()
    line = fitted.overall
    if line is None:
        slope = _UNFITTED_SLOPE
    else:
        slope = fitted.stretch.factor * line.weights.get("weighted", 0.0)
    return slope * WEIGHTS[question_type][dimension]


_UNFITTED_SLOPE = 0.9


def rule_scores(analysis: AnswerAnalysis) -> tuple[DimensionScore, ...]:
    """Each dimension as the rules alone score it, before the learned layer."""
    return (
        judge.situation(analysis),
        judge.task(analysis),
        judge.action(analysis),
        judge.result(analysis),
        judge.specificity(analysis),
        judge.ownership(analysis),
        judge.relevance(analysis),
        judge.depth(analysis),
    )


def _caps(
    analysis: AnswerAnalysis,
    scores: tuple[DimensionScore, ...],
    warnings: list[Warning],
    off_topic: bool,
) -> list[float]:
    caps = [_PROBLEM_CAPS[f.problem] for f in analysis.findings]
    relevance = next(s.score for s in scores if s.dimension is Dimension.RELEVANCE)
    if off_topic:
        # An answer to some other question is not a good answer to this one, however well
        # told: it stays in needs work (the top of it when it is at least near the question).
        # Said only when the judgement is confident (what it asks for never happens in it).
        caps.append(2.0 + (_OFF_TOPIC_CAP - 2.0) * min(relevance, 4.0) / 4.0)
        if analysis.relevance.only_echoed is not None:
            said = "The answer names what was asked only by echoing the question; no more."
        else:
            said = "The answer does not address the question asked."
        warnings.append(Warning("off_topic", said))
    elif judge.defining_event_missed(analysis):
        # What the question is about never happens in the answer, though the answer is near
        # it (the event may be told in words the event list lacks): not confident enough to
        # call it off-topic, but an answer that may not answer the question is not strong.
        caps.append(_MISSED_EVENT_CAP)
        name = next(c.name for c in analysis.relevance.main if not c.broad)
        warnings.append(
            Warning(
                "ask_not_met",
                f"The question asks for {name}; say early, and plainly, where your answer "
                "shows it.",
            )
        )
    if judge.generic(analysis):
        # "Tell me about a time" answered with what one usually does: an interviewer learns
        # how the candidate thinks they work, never how they did; however well told, it does
        # not get past needs work.
        caps.append(_NO_OCCASION_CAP)
        warnings.append(
            Warning(
                "no_occasion",
                "The question asks about one time; the answer describes what you usually do. "
                "Pick one occasion and tell what happened.",
            )
        )
    length = analysis.length
    if length.verdict is LengthVerdict.TOO_SHORT:
        # Only words that say something lift the cap: padding a one-liner with cue words or
        # the question's own words does not make it long enough.
        caps.append(1.5 + 5.0 * analysis.substantive_words / length.target.minimum)
        warnings.append(
            Warning(
                "too_short",
                f"{length.words} words is too short to show what you did; aim for "
                f"{length.target.low}-{length.target.high}.",
            )
        )
    elif length.verdict is LengthVerdict.TOO_LONG:
        warnings.append(
            Warning(
                "too_long",
                f"{length.words} words (about {length.speaking_seconds // 60} minutes spoken) is "
                f"longer than an interviewer waits; aim for {length.target.low}-"
                f"{length.target.high}.",
            )
        )
    return caps or [10.0]


_NO_OCCASION_CAP = 3.4
_OFF_TOPIC_CAP = 3.4
_MISSED_EVENT_CAP = 4.5

#: Fillers and hedges per 100 words that pass without comment, and the rate at which an answer
#: loses the most for them. Set a priori: a couple of "um"s are human; one in ten words is not.
_FREE_RATE, _WORST_RATE, _MOST_LOST = 2.0, 10.0, 1.5
_RATE_FLOOR_WORDS = 60


def delivery_strain(analysis: AnswerAnalysis) -> float:
    """0-1: how much fillers ("um", "you know") and hedges ("I guess", "kind of") sap the
    answer's conviction; the overall line weighs it with rambling and restarts."""
    return min(1.0, max(0.0, _rate(analysis) - _FREE_RATE) / (_WORST_RATE - _FREE_RATE))


def _rate(analysis: AnswerAnalysis) -> float:
    found = analysis.delivery
    # Counted per 100 words that say something, and of at least a short answer's length, so
    # that padding an answer cannot dilute its "um"s.
    said = max(analysis.substantive_words, _RATE_FLOOR_WORDS)
    return 100.0 * (found.fillers + found.hedges) / said


def _warn_of_delivery(analysis: AnswerAnalysis, warnings: list[Warning]) -> None:
    rate = _rate(analysis)
    if rate <= _FREE_RATE:
        return
    found = analysis.delivery
    warnings.append(
        Warning(
            "fillers",
            f"{found.fillers} fillers and {found.hedges} hedges ({rate:.0f} per 100 words) make "
            "the answer sound unsure; say it plainly.",
        )
    )


def _empty(analysis: AnswerAnalysis, warnings: list[Warning]) -> Scorecard:
    note = Evidence("Nothing to judge: the answer is empty.", False)
    scores = tuple(DimensionScore(d, 0.0, (note,)) for d in Dimension)
    return Scorecard(analysis.question.type, scores, 1.0, tuple(warnings))
