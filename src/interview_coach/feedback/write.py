"""The built-in feedback writer: level decides how much is said, mode how it sounds."""

from __future__ import annotations

from interview_coach.analysis import AnswerAnalysis
from interview_coach.feedback.anchors import ANCHORS, nearest_anchor
from interview_coach.feedback.model import AnchorRow, Feedback, Point
from interview_coach.feedback.model_answer import model_structure
from interview_coach.feedback.suggestions import suggestion
from interview_coach.feedback.voice import VOICES
from interview_coach.rubric.scorecard import DimensionScore, Evidence, Scorecard
from interview_coach.rubric.weights import WEIGHTS, reading
from interview_coach.vocabulary import CoachMode, Dimension, FeedbackLevel, QuestionType

#: A dimension at or above this is "clear"; below it, a gap. One line, so levels agree.
STRONG_ENOUGH = 6.0
_SHOWN = 3
_DEGENERATE = ("empty", "gibberish", "other_language", "question_pasted")


def write_feedback(
    scorecard: Scorecard, analysis: AnswerAnalysis, level: FeedbackLevel, mode: CoachMode
) -> Feedback:
    voice = VOICES[mode]
    kind = scorecard.question_type
    ranked = sorted(scorecard.scores, key=lambda s: -WEIGHTS[kind][s.dimension] * (10 - s.score))
    gaps = [s for s in ranked if s.score < STRONG_ENOUGH][:_SHOWN]
    strong = sorted(
        (s for s in scorecard.scores if s.score >= STRONG_ENOUGH),
        key=lambda s: (-s.score, list(Dimension).index(s.dimension)),
    )[:_SHOWN]
    headline = _headline(scorecard, ranked[0], gaps, mode)
    if level is FeedbackLevel.BASIC:
        return Feedback(level, mode, headline)
    clear = tuple(f"{reading(s.dimension, kind)}: {_first_note(s, True)}" for s in strong)
    missing = tuple(f"{reading(s.dimension, kind)}: {_first_note(s, False)}" for s in gaps)
    if level is FeedbackLevel.STANDARD:
        return Feedback(level, mode, headline, clear, missing)
    strengths = tuple(_strength(s, kind) for s in strong)
    gap_points = tuple(_gap(s, kind, voice.gap_lead) for s in gaps)
    if level is FeedbackLevel.DETAILED:
        return Feedback(
            level, mode, headline, clear, missing, strengths, gap_points, closing=voice.closing
        )
    anchors = tuple(
        AnchorRow(
            s.dimension,
            reading(s.dimension, kind),
            s.score,
            ANCHORS[s.dimension],
            nearest_anchor(s.score),
        )
        for s in scorecard.scores
    )
    return Feedback(
        level,
        mode,
        headline,
        clear,
        missing,
        strengths,
        gap_points,
        anchors,
        model_structure(analysis),
        voice.closing,
    )


def _headline(
    scorecard: Scorecard, top: DimensionScore, gaps: list[DimensionScore], mode: CoachMode
) -> str:
    voice = VOICES[mode]
    problems = [w for w in scorecard.warnings if w.code in _DEGENERATE]
    if problems:
        return f"{voice.verdicts[scorecard.band]} {problems[0].message}"
    fix = suggestion(top.dimension, scorecard.question_type)
    lead = voice.fix_lead if gaps else "To make it even better:"
    return f"{voice.verdicts[scorecard.band]} {lead} {fix}"


def _first_note(score: DimensionScore, strength: bool) -> str:
    notes = score.strengths if strength else score.gaps
    if notes:
        return _sentence(notes[0].note)
    return "Shown clearly." if strength else "Below the bar."


def _sentence(note: str) -> str:
    return note if note.endswith(("?", "!", ".")) else note + "."


def _strength(score: DimensionScore, kind: QuestionType) -> Point:
    return _point(score, kind, score.strengths, "Well covered")


def _gap(score: DimensionScore, kind: QuestionType, lead: str) -> Point:
    advice = f"{lead} {suggestion(score.dimension, kind)}"
    return _point(score, kind, score.gaps, "Below the bar", advice)


def _point(
    score: DimensionScore,
    kind: QuestionType,
    notes: tuple[Evidence, ...],
    fallback: str,
    advice: str | None = None,
) -> Point:
    """The first of these notes, with the first quote behind one of them, if any."""
    quoted = next((e for e in notes if e.span is not None), None)
    note = _sentence(notes[0].note if notes else fallback)
    return Point(
        score.dimension,
        f"{reading(score.dimension, kind)}: {note}",
        quoted.span if quoted else None,
        advice,
    )
