"""What an engine is given (briefs) and what it gives back (wording), all plain data.

A brief carries the built-in wording as a draft, so any engine can improve on it and fall back
to it. No brief carries anything an engine could change about a score: the scorecard is
computed before the brief is made and shown unchanged whatever the engine writes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from interview_coach.competencies import competency
from interview_coach.feedback import Feedback, write_feedback
from interview_coach.feedback.findings import CLEAR, AnswerReading, read_answer
from interview_coach.feedback.findings import Finding as CheckedPoint
from interview_coach.questions.phrasing import ask_of, phrase
from interview_coach.rubric.weights import reading
from interview_coach.vocabulary import CoachMode, Dimension, FeedbackLevel, QuestionType

if TYPE_CHECKING:
    from interview_coach.analysis import AnswerAnalysis
    from interview_coach.planner.plan import QuestionPlan
    from interview_coach.report import Report
    from interview_coach.rubric.scorecard import Scorecard


@dataclass(frozen=True, slots=True)
class QuestionBrief:
    """A planned question as plain data: the planner chose it, an engine only words it."""

    question_type: QuestionType
    competency: str
    competency_description: str
    difficulty: int
    mode: CoachMode
    #: Resume and job facts the question may cite, as the profiles hold them.
    grounding: tuple[str, ...]
    #: What the question asks, without any voice: what the answer is scored against.
    ask: str
    #: A dimension a weak earlier answer lacked, which this question presses on.
    probe: Dimension | None
    #: The built-in wording, to improve on and to fall back to.
    draft: str
    #: Names to withhold from anything sent (the candidate's), and employers to mask if asked.
    private_names: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()

    @property
    def wants_hint(self) -> bool:
        """The Guide mode explains the why: its questions come with a hint."""
        return self.mode is CoachMode.GUIDE

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            question_type=self.question_type.value,
            mode=self.mode.value,
            probe=self.probe.value if self.probe else None,
        )
        return data


@dataclass(frozen=True, slots=True)
class Phrasing:
    """A question as an engine worded it, and for Guide a hint on how to answer it."""

    text: str
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class Preview:
    """Feedback prose as it streams in, before the whole reply is checked: only pieces that
    already pass the checks a piece can pass alone (no markup, no number of its own, no
    verdict contradicted, a point only on a dimension the rubric put on its side)."""

    headline: str = ""
    #: (kind, text) of each point so far: kind is "strength" or "gap".
    points: tuple[tuple[str, str], ...] = ()
    #: How many of the reply's pieces have arrived whole (the headline, each point's text).
    whole: int = 0

    @property
    def empty(self) -> bool:
        return not self.headline and not self.points

    def to_dict(self) -> dict[str, Any]:
        return {"headline": self.headline, "points": [list(p) for p in self.points]}


@dataclass(frozen=True, slots=True)
class Finding:
    """One dimension's verdict the feedback may speak to, with the evidence behind it."""

    dimension: Dimension
    #: The dimension as read for this question type ("Approach" for Action on a technical one).
    label: str
    score: float
    strong: bool
    notes: tuple[str, ...]
    #: The answer's own words behind the verdict (exact substrings of the answer).
    quotes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FeedbackBrief:
    """A scored answer as plain data, for an engine to write feedback prose around."""

    question: str
    answer: str
    question_type: QuestionType
    level: FeedbackLevel
    mode: CoachMode
    overall: float
    band: str
    #: Strong dimensions, best first: what the feedback may praise.
    strengths: tuple[Finding, ...]
    #: Weak dimensions, the costliest first: what the feedback may call missing.
    gaps: tuple[Finding, ...]
    #: Every dimension with its score, for the numbers an engine may repeat.
    scores: tuple[Finding, ...]
    #: What the built-in engine writes: the fallback, and the structure to keep.
    draft: Feedback
    private_names: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()

    def allowed_numbers(self) -> frozenset[str]:
        """Numbers the prose may state: those in the answer, the question, the scorecard, the
        built-in wording."""
        from interview_coach.engine.numbers import numbers_in

        found = numbers_in(self.answer) | numbers_in(self.question)
        found |= numbers_in(self.draft.to_text())
        for value in (self.overall, *(s.score for s in self.scores)):
            found |= {f"{value:g}", f"{value:.1f}", str(round(value))}
        return frozenset(found)


def question_brief(
    plan: QuestionPlan,
    mode: CoachMode,
    private_names: tuple[str, ...] = (),
    employers: tuple[str, ...] = (),
) -> QuestionBrief:
    item = competency(plan.competency)
    return QuestionBrief(
        question_type=plan.type,
        competency=item.name,
        competency_description=item.description,
        difficulty=plan.difficulty,
        mode=mode,
        grounding=plan.grounding,
        ask=ask_of(plan),
        probe=plan.probe,
        draft=phrase(plan, mode),
        private_names=private_names,
        employers=employers,
    )


def feedback_brief(
    question: str,
    scorecard: Scorecard,
    analysis: AnswerAnalysis,
    level: FeedbackLevel,
    mode: CoachMode,
    private_names: tuple[str, ...] = (),
    employers: tuple[str, ...] = (),
) -> FeedbackBrief:
    """The brief for one scored answer, with the built-in feedback as its draft."""
    kind = scorecard.question_type
    answer = analysis.text
    scores = {
        s.dimension: Finding(
            s.dimension,
            reading(s.dimension, kind),
            s.score,
            s.score >= CLEAR,
            tuple(e.note for e in s.evidence),
            tuple(
                e.span.text
                for e in s.evidence
                if e.span is not None and answer[e.span.start : e.span.end] == e.span.text
            ),
        )
        for s in scorecard.scores
    }
    # What may be praised or called missing is the built-in reading's checked points, in its
    # order (gaps by what closing them would earn), so no engine is told to praise a part
    # the reading found weak or to ask for what the answer already does.
    read: AnswerReading = read_answer(scorecard, analysis)
    return FeedbackBrief(
        question=question,
        answer=answer,
        question_type=kind,
        level=level,
        mode=mode,
        overall=scorecard.overall,
        band=scorecard.band.value,
        strengths=tuple(_checked(p, kind, strong=True) for p in read.strengths),
        gaps=tuple(_checked(p, kind, strong=False) for p in read.gaps),
        scores=tuple(scores[d] for d in Dimension if d in scores),
        draft=write_feedback(scorecard, analysis, level, mode),
        private_names=private_names,
        employers=employers,
    )


def _checked(point: CheckedPoint, kind: QuestionType, strong: bool) -> Finding:
    return Finding(
        point.dimension,
        reading(point.dimension, kind),
        point.score,
        strong,
        (point.say(point.phrase.note),),
        (point.quote.text,) if point.quote is not None else (),
    )


@dataclass(frozen=True, slots=True)
class SummaryBrief:
    """A report's facts, for a short narrative: no number in it is the engine's to change."""

    mode: CoachMode
    answered: int
    planned: int
    overall: float | None
    strongest: tuple[str, ...]
    weakest: tuple[str, ...]
    patterns: tuple[str, ...]
    next_steps: tuple[str, ...]
    private_names: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()

    def facts(self) -> dict[str, Any]:
        """What an engine is told: the report's facts, without what is to be withheld."""
        data = asdict(self)
        del data["private_names"], data["employers"]
        data["mode"] = self.mode.value
        return data

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["mode"] = self.mode.value
        return data


def summary_brief(report: Report, show_numbers: bool = True) -> SummaryBrief:
    """A report's facts for its summary; without the overall rating when the candidate has
    asked to see no numbers (the low-anxiety view)."""
    breakdown = report.competencies
    return SummaryBrief(
        mode=report.mode,
        answered=report.completion.answered,
        planned=report.completion.planned,
        overall=round(report.overall, 1) if show_numbers and report.overall is not None else None,
        strongest=(breakdown.strongest.name,) if breakdown.strongest else (),
        weakest=(breakdown.weakest.name,) if breakdown.weakest else (),
        patterns=tuple(p.detail for p in report.patterns[:3]),
        next_steps=tuple(f"{s.title}." for s in report.next_steps[:3]),
    )
