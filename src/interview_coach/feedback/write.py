"""The built-in feedback writer: the reading decides what is true, the level how much of it is
said, the voice how it sounds and how many gaps come at once.

Basic is the headline. Standard adds what is clear and what is missing, in a line each.
Detailed replaces those lines with the points themselves: strengths with their quotes, gaps
each with one suggestion. Expert adds the anchors of the parts to work on and the model
structure. No section says what another already said.
"""

from __future__ import annotations

from interview_coach.analysis import AnswerAnalysis
from interview_coach.analysis.depth import DepthKind
from interview_coach.feedback.anchors import anchor_above, anchor_text, nearest_anchor
from interview_coach.feedback.findings import AnswerReading, Finding, quoted, read_answer
from interview_coach.feedback.model import AnchorRow, Feedback, Point
from interview_coach.feedback.phrases import VoiceWords, words
from interview_coach.feedback.skeleton import model_structure
from interview_coach.rubric.scorecard import Scorecard
from interview_coach.rubric.weights import READINGS, reading
from interview_coach.vocabulary import CoachMode, Dimension, FeedbackLevel, QuestionType

_STRENGTHS_SHOWN = 2
_HEADLINE_QUOTE = 7  # words of the best point's quote the headline carries
_LEVELS = (FeedbackLevel.STANDARD, FeedbackLevel.DETAILED, FeedbackLevel.EXPERT)
_STAR = (Dimension.SITUATION, Dimension.TASK, Dimension.ACTION, Dimension.RESULT)
_QUOTED_HEADLINE = (FeedbackLevel.BASIC, FeedbackLevel.STANDARD)


def write_feedback(
    scorecard: Scorecard, analysis: AnswerAnalysis, level: FeedbackLevel, mode: CoachMode
) -> Feedback:
    read = read_answer(scorecard, analysis)
    voice = words().voices[mode]
    kind = scorecard.question_type
    tier = tier_of(scorecard.overall)
    # Below Detailed the headline carries the best point's words; from Detailed on, the
    # strengths quote them.
    headline = _headline(read, voice, tier, quote=level in _QUOTED_HEADLINE, analysis=analysis)
    if level is FeedbackLevel.BASIC:
        return Feedback(level, mode, headline)
    gaps = read.gaps[: voice.gaps[_LEVELS.index(level)]]
    if level is FeedbackLevel.STANDARD:
        clear = _clear(read, kind)
        missing = tuple(f"{reading(g.dimension, kind)}: {g.say(g.phrase.note)}" for g in gaps)
        return Feedback(level, mode, headline, clear, missing)
    strengths = tuple(_strength(s, voice, kind) for s in read.strengths[:_STRENGTHS_SHOWN])
    gap_points = tuple(_gap(g, voice, kind) for g in gaps)
    closing = voice.closing[tier].format(framework=_framework(kind)) if gaps else ""
    if level is FeedbackLevel.DETAILED:
        return Feedback(level, mode, headline, (), (), strengths, gap_points, closing=closing)
    return Feedback(
        level,
        mode,
        headline,
        (),
        (),
        strengths,
        gap_points,
        _anchors(scorecard, gaps, kind),
        model_structure(analysis, read) if read.problem is None else (),
        closing,
    )


def tier_of(overall: float) -> str:
    """The tone a rating calls for: the score bands, with "good" split at 5."""
    if overall < 3.5:
        return "weak"
    if overall < 5.0:
        return "thin"
    if overall < 6.5:
        return "solid"
    if overall < 8.5:
        return "strong"
    return "excellent"


def _probe(kind: QuestionType, analysis: AnswerAnalysis) -> str:
    """The follow-up an interviewer presses a strong answer with: a question about what the
    answer has not yet covered, never a claim that something is missing."""
    kinds = analysis.depth.kinds
    low = analysis.text.lower()
    reflected = DepthKind.LESSON in kinds or "next time" in low or "learn" in low
    if kind is QuestionType.TECHNICAL and DepthKind.TRADE_OFF not in kinds:
        key = "depth.trade-off"
    elif kind is QuestionType.BEHAVIORAL and not reflected:
        key = "depth.lesson"
    elif not kinds & {DepthKind.ALTERNATIVE, DepthKind.TRADE_OFF}:
        key = "depth.alternative"
    else:
        key = "depth.risk"
    return words().gap(key, kind).probe


def _headline(
    read: AnswerReading, voice: VoiceWords, tier: str, quote: bool, analysis: AnswerAnalysis
) -> str:
    if read.problem is not None:
        return f"{voice.opener['weak']} {read.problem.message}"
    opener = voice.opener[tier]
    best = read.strengths[0] if read.strengths and tier != "weak" else None
    top = read.gaps[0] if read.gaps else None
    if top is None and best is None:
        return opener
    slots = {"opener": opener}
    if best is not None:
        short = best.say(best.phrase.short)
        if quote and best.quote is not None and "{" not in best.phrase.short:
            short += f" ({quoted(best.quote, _HEADLINE_QUOTE)})"
        slots |= {"strength": short, "Strength": _capital(short)}
    if top is not None:
        order = top.say(top.phrase.order).rstrip(".")
        slots |= {
            "short": top.say(top.phrase.short),
            "next": order[0].lower() + order[1:],
            "Order": order + ".",
        }
    if top is None:
        alone = voice.alone if tier in ("strong", "excellent") else voice.settled
        return alone.format_map(slots | {"probe": _probe(analysis.question.type, analysis)})
    return (voice.headline if best is not None else voice.bare).format_map(slots)


def _clear(read: AnswerReading, kind: QuestionType) -> tuple[str, ...]:
    """One line naming what is clear, with the best point's words when there is one."""
    if not read.clear:
        return ()
    names = [reading(d, kind) for d in read.clear]
    return (f"{_listed(names)} {'is' if len(names) == 1 else 'are'} clear.",)


def _strength(finding: Finding, voice: VoiceWords, kind: QuestionType) -> Point:
    label = reading(finding.dimension, kind)
    if voice.terse:
        text = f"{label}: keep {finding.say(finding.phrase.short)}."
    else:
        text = f"{label}: {finding.say(finding.phrase.note)}"
        if voice.strength_why:
            text += f" That matters: {finding.say(finding.phrase.why)}."
    return Point(finding.dimension, text, finding.quote, cut=finding.cut)


def _gap(finding: Finding, voice: VoiceWords, kind: QuestionType) -> Point:
    label = reading(finding.dimension, kind)
    phrase = finding.phrase
    text = f"{label}: {finding.say(phrase.note)}"
    advice = voice.suggestion.format(
        do=finding.say(phrase.do),
        why=finding.say(phrase.why),
        probe=finding.say(phrase.probe),
        order=finding.say(phrase.order),
    )
    return Point(finding.dimension, text, finding.quote, advice)


def _anchors(
    scorecard: Scorecard, gaps: tuple[Finding, ...], kind: QuestionType
) -> tuple[AnchorRow, ...]:
    """The anchor each part to work on reached, and the one above it: what the next step up
    looks like. Parts that need no work are left out; their anchors would say nothing new."""
    rows = []
    for dimension in dict.fromkeys(g.dimension for g in gaps):
        score = scorecard[dimension].score
        gap = next(g for g in gaps if g.dimension is dimension)
        # A STAR part's gap says which anchor it reached: nothing yet when it is absent, else
        # the anchor just below the one closing the gap would reach ("an outcome in words"
        # for an outcome without its number). Other parts read their score.
        reached = max(3, nearest_anchor(score))
        if gap.phrase.key.split("@")[0].endswith(".missing"):
            reached = 1
        elif dimension in _STAR:
            reached = max(reached, int(gap.phrase.reaches) - 2)
        above = anchor_above(reached)
        shown = {reached: anchor_text(dimension, reached)}
        if above is not None:
            shown[above] = anchor_text(dimension, above)
        rows.append(AnchorRow(dimension, reading(dimension, kind), score, shown, reached, above))
    return tuple(rows)


def _framework(kind: QuestionType) -> str:
    parts = [READINGS[kind][d] for d in (Dimension.SITUATION, Dimension.TASK)]
    parts += [READINGS[kind][d] for d in (Dimension.ACTION, Dimension.RESULT)]
    listed = ", ".join(p.lower() for p in parts)
    return f"STAR ({listed})" if kind is QuestionType.BEHAVIORAL else f"the four parts ({listed})"


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text
