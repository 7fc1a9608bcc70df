"""The coach's reading of one answer: what is really strong, and what is really missing.

Every point is checked against the analysis before it can be said: a strength only with the
words that show it, a gap only when the analysis shows it is absent, and never a gap on a part
that scored well. Gaps are ranked by how much closing them would lift this answer's rating.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from types import MappingProxyType

from interview_coach.analysis import AnswerAnalysis
from interview_coach.analysis.clauses import Agent, Mood
from interview_coach.analysis.depth import DepthKind, DepthPoint, cue
from interview_coach.analysis.expert import blame_at
from interview_coach.analysis.facts import SOFT_SKILL
from interview_coach.analysis.numbers import Quantity
from interview_coach.analysis.question import explains
from interview_coach.analysis.star import ClauseRoles, StarRole
from interview_coach.analysis.text import Sentence
from interview_coach.feedback.phrases import Phrase, words
from interview_coach.rubric.dimensions import clause_span, fact_span, generic, quote
from interview_coach.rubric.score import worth
from interview_coach.rubric.scorecard import (
    UNJUDGEABLE,
    DimensionScore,
    Scorecard,
    Span,
    Warning,
)
from interview_coach.rubric.weights import WEIGHTS
from interview_coach.vocabulary import Dimension, QuestionType

#: A part scored at least this high is praised (with the words that earned it).
PRAISED = 7.0
#: A part scored at least this high is "clear" in the Standard level's summary.
CLEAR = 6.0
#: A gap that adds a missing element is named only below CLEAR; one that refines a part that
#: is there (a measured result without its impact) only below this: a part that is already
#: strong is not told to do more of what it does.
_REFINED_BELOW = 6.5
_QUOTE_WORDS = 12


@dataclass(frozen=True, slots=True)
class Finding:
    """One checked point about this answer, with the answer's own words behind it."""

    dimension: Dimension
    phrase: Phrase
    score: float
    quote: Span | None = None
    slots: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    gain: float = 0.0  # for a gap: how much the overall rating would rise once it is closed
    cut: bool = False  # the quote is the start of a longer stretch

    def say(self, text: str) -> str:
        return text.format_map(dict(self.slots))


@dataclass(frozen=True, slots=True)
class AnswerReading:
    strengths: tuple[Finding, ...]  # the strongest first
    gaps: tuple[Finding, ...]  # the most valuable change first
    clear: tuple[Dimension, ...]  # parts at or above CLEAR, in rubric order
    problem: Warning | None  # the answer cannot be judged as an answer (empty, pasted ...)
    off_topic: bool


def read_answer(scorecard: Scorecard, analysis: AnswerAnalysis) -> AnswerReading:
    problem = next((w for w in scorecard.warnings if w.code in UNJUDGEABLE), None)
    off_topic = any(w.code == "off_topic" for w in scorecard.warnings)
    if problem is not None:
        return AnswerReading((), (), (), problem, off_topic)
    kind = scorecard.question_type
    strengths = [] if off_topic else _strengths(scorecard, analysis, kind)
    gaps = _gaps(scorecard, analysis, kind, off_topic)
    # A part with a gap named is not also called clear.
    named = {g.dimension for g in gaps}
    clear = (
        ()
        if off_topic
        else tuple(
            s.dimension for s in scorecard.scores if s.score >= CLEAR and s.dimension not in named
        )
    )
    return AnswerReading(tuple(strengths), tuple(gaps), clear, None, off_topic)


# --- strengths ------------------------------------------------------------------------------


_WEIGHT_LEAD = 4.0


def _lead(kind: QuestionType, dimension: Dimension) -> float:
    return 0.0 if dimension is Dimension.RELEVANCE else _WEIGHT_LEAD * WEIGHTS[kind][dimension]


def _strengths(scorecard: Scorecard, analysis: AnswerAnalysis, kind: QuestionType) -> list[Finding]:
    found: list[Finding] = []
    quoted: list[Span] = []
    # Of parts scored about as well, the one that counts more for this kind of question leads
    # (a measured result before a relevant example): its weight adds up to a point. Being on
    # the question is what every answer owes, so relevance gets no lead of its own: it is the
    # strongest part only when it clearly is.
    ranked = sorted(
        scorecard.scores,
        key=lambda s: (
            -(s.score + _lead(kind, s.dimension)),
            _ORDER.index(s.dimension),
        ),
    )
    for score in ranked:
        if score.score < PRAISED:
            break
        finding = _STRENGTH[score.dimension](analysis, score, kind)
        if finding is None or finding.quote is None:
            continue  # praise only with the words that earned it
        span = finding.quote
        if any(span.start < q.end and q.start < span.end for q in quoted):
            continue  # one stretch of the answer is evidence of one thing
        if any(b.start <= span.start < b.end for b in analysis.manner.blame):
            continue  # a complaint is never held up as the answer's strength
        quoted.append(span)
        found.append(finding)
    return found


def _strength(
    key: str, score: DimensionScore, kind: QuestionType, span: Span, **slots: str
) -> Finding:
    shown = _trimmed(span)
    return Finding(
        score.dimension,
        words().strength(key, kind),
        score.score,
        shown,
        MappingProxyType(slots),
        cut=shown.end < span.end,
    )


def _situation_strength(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> Finding | None:
    scene = [c for c in _parts(analysis, StarRole.SITUATION) if c.concrete]
    return _strength("situation.set", score, kind, clause_span(scene[0])) if scene else None


def _task_strength(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> Finding | None:
    found = _parts(analysis, StarRole.TASK)
    if not found:
        return None
    staked = next((e.span for e in score.strengths if e.note.startswith("Names what")), None)
    if staked is not None:
        return _strength("task.stakes", score, kind, staked)
    return _strength("task.set", score, kind, clause_span(found[0]))


def _action_strength(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> Finding | None:
    own = _own_steps(analysis)
    return _strength("action.steps", score, kind, clause_span(own[0])) if own else None


def _result_strength(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> Finding | None:
    results = _parts(analysis, StarRole.RESULT)
    measured = next((c for c in results if c.outcome), None)
    if measured is not None:
        metric = metric_of(measured)
        return _strength("result.measured", score, kind, metric, metric=quoted(metric))
    if results and results[0].concrete:
        return _strength("result.outcome", score, kind, clause_span(results[0]))
    return None


def _specificity_strength(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> Finding | None:
    if analysis.measures:
        # A figure in digits ("£87,000", "46 changes") before one in words ("two").
        number = min(analysis.measures, key=lambda q: not any(ch.isdigit() for ch in q.text))
        around = next(
            (
                c
                for s in analysis.sentences
                for c in s.clauses
                if c.clause.start <= number.start < c.clause.end
            ),
            None,
        )
        span = _around(clause_span(around), number) if around is not None else fact_span(number)
        return _strength("specificity.numbers", score, kind, span)
    tools = [f for f in analysis.facts_of("tool") if f.detail != SOFT_SKILL]
    if tools:
        return _strength("specificity.names", score, kind, fact_span(tools[0]))
    return None


def _ownership_strength(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> Finding | None:
    # The candidate's own action, not the first-person sentence that sets the scene.
    first_person = [c for c in _own_steps(analysis) if "i" in c.clause.words[:4]]
    own = [c for c in first_person if StarRole.SITUATION not in c.roles] or first_person
    return _strength("ownership.own", score, kind, clause_span(own[0])) if own else None


def _relevance_strength(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> Finding | None:
    shown = next((c for c in analysis.relevance.main if c.shown is not None), None)
    if shown is None or shown.shown is None:
        return None
    return _strength("relevance.asked", score, kind, quote(shown.shown), asked=shown.name)


_DEPTH_PRAISE = (
    DepthKind.ALTERNATIVE,
    DepthKind.TRADE_OFF,
    DepthKind.RISK,
    DepthKind.LESSON,
    DepthKind.VERIFICATION,
)


def _depth_strength(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> Finding | None:
    points = analysis.depth.points
    for depth_kind in _DEPTH_PRAISE:
        chosen = [p for p in points if p.kind is depth_kind]
        chosen.sort(key=lambda p: not p.full)
        if chosen:
            return _strength(f"depth.{depth_kind.value}", score, kind, _showing(chosen[0]))
    reasons = analysis.depth.of(DepthKind.REASONING)
    if reasons:
        return _strength("action.reasons", score, kind, _showing(reasons[0]))
    return None


def _showing(point: DepthPoint) -> Span:
    """The point's sentence, from a few words before the words that show it when a dozen
    words from its start would cut them off."""
    sentence = quote(point.sentence)
    at = cue(point)
    if _trimmed(sentence).end > at + 15:
        return sentence
    return _from_words_before(sentence, at, 5)


_Reader = Callable[[AnswerAnalysis, DimensionScore, QuestionType], Finding | None]
_STRENGTH: dict[Dimension, _Reader] = {
    Dimension.SITUATION: _situation_strength,
    Dimension.TASK: _task_strength,
    Dimension.ACTION: _action_strength,
    Dimension.RESULT: _result_strength,
    Dimension.SPECIFICITY: _specificity_strength,
    Dimension.OWNERSHIP: _ownership_strength,
    Dimension.RELEVANCE: _relevance_strength,
    Dimension.DEPTH: _depth_strength,
}


# --- gaps -----------------------------------------------------------------------------------


def _gaps(
    scorecard: Scorecard, analysis: AnswerAnalysis, kind: QuestionType, off_topic: bool
) -> list[Finding]:
    if not off_topic and any(w.code == "no_occasion" for w in scorecard.warnings):
        # A routine told for "a time when": advice on its outcome or its scene would polish a
        # story that was never told; the one thing to change is to tell one.
        habits = _gap("specificity.habits", scorecard[Dimension.SPECIFICITY], kind)
        return [_valued(habits, kind)]
    found: list[Finding] = []
    for score in scorecard.scores:
        if off_topic and score.dimension is not Dimension.RELEVANCE:
            continue  # the one thing to fix is the example itself
        for candidate in _GAP[score.dimension](analysis, score, kind):
            below = score.score < (CLEAR if candidate.phrase.reaches <= 7 else _REFINED_BELOW)
            if below or candidate.phrase.key in _LEADING:
                found.append(_valued(candidate, kind))
                break
    if off_topic and not found:
        found.append(_valued(_off_topic(analysis, scorecard[Dimension.RELEVANCE], kind), kind))
    # A red flag leads, whatever else would add more: it is what the interviewer remembers;
    # then a part of the question left unanswered, whatever the part's score.
    found.sort(
        key=lambda f: (
            f.phrase.key not in _RED_FLAGS,
            f.phrase.key not in _LEADING,
            -f.gain,
            _ORDER.index(f.dimension),
        )
    )
    return found


_RED_FLAGS = frozenset({"ownership.blame"})
#: Gaps named first and at any score: a question's part the answer never gets to is plain to
#: the interviewer however well the rest is told.
_LEADING = frozenset({"relevance.part", "relevance.further"})


def _valued(finding: Finding, kind: QuestionType) -> Finding:
    """The rating a gap costs: how far its part would rise once closed, times what a point of
    that part is worth in the overall rating for this kind of question."""
    rise = max(0.0, finding.phrase.reaches - finding.score)
    gain = round(worth(kind, finding.dimension) * rise, 3)
    return replace(finding, gain=gain)


def _gap(
    key: str, score: DimensionScore, kind: QuestionType, span: Span | None = None, **slots: str
) -> Finding:
    if span is not None:
        slots = {"quote": quoted(span), **slots}
    return Finding(
        score.dimension,
        words().gap(key, kind),
        score.score,
        _trimmed(span) if span else None,
        MappingProxyType(slots),
    )


def _situation_gaps(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> list[Finding]:
    found = _parts(analysis, StarRole.SITUATION)
    if not found:
        # A concept explained has no scale or constraints to assume, and a "why" no scene.
        if kind is QuestionType.MOTIVATIONAL or _explains(analysis, kind):
            return []
        return [_gap("situation.missing", score, kind)]
    if not any(c.concrete for c in found):
        return [_gap("situation.vague", score, kind, clause_span(found[0]))]
    if any(e.note.startswith("More than half") for e in score.gaps):
        return [_gap("situation.long", score, kind)]
    return []


def _task_gaps(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> list[Finding]:
    found = _parts(analysis, StarRole.TASK)
    if not found:
        return [] if kind is QuestionType.MOTIVATIONAL else [_gap("task.missing", score, kind)]
    unsaid = any(e.note.startswith("The stake is not said") for e in score.gaps)
    if kind is QuestionType.BEHAVIORAL and unsaid and not _figures_in(analysis, _SETUP):
        return [_gap("task.stakes", score, kind, clause_span(found[0]))]
    return []


_SETUP = (StarRole.SITUATION, StarRole.TASK)


def _figures_in(analysis: AnswerAnalysis, roles: Sequence[StarRole]) -> bool:
    """Whether a measure sits in a sentence that sets up the story (a "15-day extension"
    there already says what was at stake)."""
    told = [c.sentence for s in analysis.sentences for c in s.clauses if c.roles & set(roles)]
    return _inside(analysis.measures, told)


def _inside(quantities: Sequence[Quantity], sentences: Iterable[Sentence]) -> bool:
    """Whether any of the quantities sits in one of the sentences."""
    return any(q.start < s.end and s.start < q.end for s in sentences for q in quantities)


def _action_gaps(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> list[Finding]:
    found = _parts(analysis, StarRole.ACTION)
    if not found:
        return [_gap("action.missing", score, kind)]
    own = _own_steps(analysis)
    others = [c for c in found if c.clause.agent is Agent.OTHER and c.concrete]
    if not own and others and not analysis.ownership.team:
        return [_gap("action.others", score, kind, clause_span(others[0]))]
    vague = [c for c in found if not c.concrete]
    steps = {c.sentence for c in found if c.concrete}
    if len(steps) < 2 and own:
        return [_gap("action.how", score, kind, step=_step(own[0], kind))]
    if vague and len(vague) >= len(found) / 2:
        return [_gap("action.vague", score, kind, clause_span(vague[0]))]
    return []


def _result_gaps(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> list[Finding]:
    results = _parts(analysis, StarRole.RESULT)
    if kind is QuestionType.TECHNICAL:
        checked = analysis.depth.of(DepthKind.VERIFICATION)
        return [] if results or checked else [_gap("result.validation", score, kind)]
    if not results:
        return [_gap("result.missing", score, kind)]
    measured = next((c for c in results if c.outcome), None)
    if measured is None:
        told = {c.sentence for c in results}
        if kind in (QuestionType.MOTIVATIONAL, QuestionType.SITUATIONAL) or _inside(
            analysis.numbers, told
        ):
            return []  # a figure sits in the outcome's own sentence ("7pm instead of 9:30")
        # The outcome the story ends on, not an early turn of events, nor a complaint.
        blamed = set(analysis.manner.blame)
        ending = [c for c in results if c.sentence not in blamed]
        if not ending:
            return []  # what it ends on is a complaint: the ownership gap says so
        if _NONE_LEFT.search(ending[-1].sentence.text.lower()):
            return []  # "nobody sent anything back" is already a count: none
        return [_gap("result.measure", score, kind, clause_span(ending[-1]))]
    if not _has_impact(analysis, results):
        whom = _whom(analysis)
        return [_gap("result.impact", score, kind, metric=quoted(metric_of(measured)), whom=whom)]
    return []


def _specificity_gaps(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> list[Finding]:
    # Only a question about one time asks for one real occasion: the rubric's own test, so a
    # plan ("what would you do if ...") is never told to go and find one.
    if generic(analysis) and analysis.manner.habitual:
        return [_gap("specificity.habits", score, kind)]
    if analysis.manner.buzzwords:
        buzz = ", ".join(f'"{b}"' for b in analysis.manner.buzzwords[:2])
        return [_gap("specificity.buzzwords", score, kind, quote=buzz)]
    named = [f for f in analysis.facts if f.detail != SOFT_SKILL]
    # A plan or a design is made concrete by names and checks as much as by figures; a story
    # that happened has its figures.
    if not analysis.measures and (kind is QuestionType.BEHAVIORAL or not named):
        return [_gap("specificity.numbers", score, kind)]
    if not named:
        return [_gap("specificity.names", score, kind)]
    return []


#: An outcome told as none at all: a count already, with no "by how much" to add.
_NONE_LEFT = re.compile(
    r"\b(?:nobody|no one|no-one|none|not (?:a single|one)|zero|nothing (?:was|went|came)|"
    r"never (?:again|once|happened))\b"
)
_CLAUSE_MARKS = (",", ";", ":", "—", "–", " - ")


def _blaming(sentence: Sentence) -> Span:
    """The sentence from the start of the clause that blames (after its last comma, semicolon
    or dash before the blame), so a quote of it shows the blame."""
    at = blame_at(sentence.text)
    cut = -1 if at is None else max(sentence.text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS)
    if cut <= 0:
        return quote(sentence)
    start = len(sentence.text) - len(sentence.text[cut + 1 :].lstrip(" -—–"))
    return Span(sentence.start + start, sentence.end, sentence.text[start:])


def _ownership_gaps(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> list[Finding]:
    if analysis.manner.blame:
        # The scorecard's ownership already names it; it outweighs any "we".
        return [_gap("ownership.blame", score, kind, _blaming(analysis.manner.blame[0]))]
    if kind is QuestionType.TECHNICAL:
        return []
    team = [c for c in analysis.ownership.team if c.concrete] or list(analysis.ownership.team)
    if team:
        return [_gap("ownership.we", score, kind, clause_span(team[0]))]
    if len(_own_steps(analysis)) < 2 and _parts(analysis, StarRole.ACTION):
        return [_gap("ownership.passive", score, kind)]
    return []


def _relevance_gaps(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> list[Finding]:
    relevance = analysis.relevance
    lacking = next((c for c in relevance.main if c.shown is None), None)
    if lacking is not None and not any(c.shown for c in relevance.main):
        return [_off_topic(analysis, score, kind)]
    part = next((c for c in relevance.checks if c.part and c.shown is None), None)
    if part is not None:
        # A further question is quoted in its own words; a known part by its name.
        if part.ask.startswith("part-"):
            asked = part.name.strip("\u201c\u201d")
            return [_gap("relevance.further", score, kind, part=part.name, asked=asked)]
        return [_gap("relevance.part", score, kind, part=part.name)]
    return []


def _off_topic(analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType) -> Finding:
    """What the question asks, by the name of its ask or, failing one, in its own words; or,
    when the answer names it only by echoing the question, that it never tells it."""
    echo = analysis.relevance.only_echoed
    if echo is not None and echo.echoed is not None:
        return _gap("relevance.echoed", score, kind, quote(echo.echoed), asked=echo.name)
    main = analysis.relevance.main
    if main:
        asked = main[0].name
    else:
        question = analysis.question.core or analysis.question.text
        asked = quoted(Span(0, len(question), question.rstrip("?")))
    return _gap("relevance.off", score, kind, asked=asked)


def _depth_gaps(
    analysis: AnswerAnalysis, score: DimensionScore, kind: QuestionType
) -> list[Finding]:
    kinds = analysis.depth.kinds
    if kind is QuestionType.MOTIVATIONAL:
        # Depth in a "why" is the reasons for the choice: nothing was turned down or traded.
        return [] if DepthKind.REASONING in kinds else [_gap("depth.reasoning", score, kind)]
    found: list[Finding] = []
    # An answer that gives its reasons in several places has shown judgement; its options may
    # be weighed in words no cue list knows, so it is not told that nothing was weighed.
    reasoned = len(analysis.depth.points) >= _REASONED
    if kind is QuestionType.TECHNICAL and kinds and DepthKind.TRADE_OFF not in kinds:
        # An approach with its reasons, even weighed against another, still owes its cost:
        # what a technical answer is judged on (the scorecard's depth says the same).
        found.append(_gap("depth.trade-off", score, kind))
    elif not kinds & {DepthKind.ALTERNATIVE, DepthKind.TRADE_OFF} and not reasoned:
        found.append(_gap("depth.alternative", score, kind))
    if DepthKind.REASONING not in kinds:
        found.append(_gap("depth.reasoning", score, kind))
    if kind is QuestionType.BEHAVIORAL and DepthKind.LESSON not in kinds and not reasoned:
        found.append(_gap("depth.lesson", score, kind))
    return found


def _explains(analysis: AnswerAnalysis, kind: QuestionType) -> bool:
    question = analysis.question
    return kind is QuestionType.TECHNICAL and explains(question.core or question.text)


_GapReader = Callable[[AnswerAnalysis, DimensionScore, QuestionType], list[Finding]]
_GAP: dict[Dimension, _GapReader] = {
    Dimension.SITUATION: _situation_gaps,
    Dimension.TASK: _task_gaps,
    Dimension.ACTION: _action_gaps,
    Dimension.RESULT: _result_gaps,
    Dimension.SPECIFICITY: _specificity_gaps,
    Dimension.OWNERSHIP: _ownership_gaps,
    Dimension.RELEVANCE: _relevance_gaps,
    Dimension.DEPTH: _depth_gaps,
}


# --- the answer's own words -----------------------------------------------------------------

_ORDER = list(Dimension)


def _parts(analysis: AnswerAnalysis, role: StarRole) -> list[ClauseRoles]:
    return [c for s in analysis.sentences for c in s.clauses if role in c.roles]


def _own_steps(analysis: AnswerAnalysis) -> list[ClauseRoles]:
    """The candidate's own concrete actions: the steps of the story (told once, or planned)
    first, then habits, each group in the order told."""
    own = [
        c
        for c in _parts(analysis, StarRole.ACTION)
        if c.concrete and c.clause.agent is Agent.SELF and c.clause.acts
    ]
    return sorted(own, key=lambda c: c.clause.mood not in (Mood.EVENT, Mood.PLAN))


def metric_of(measured: ClauseRoles) -> Span:
    """The measured change and the words that say what moved: from the last break before the
    number ("," "and" "by") to the number ("reducing it from 2 seconds to 200ms"), or on to the
    clause's end when the number comes first ("about £60,000 was recovered")."""
    number = measured.outcome[0]
    clause = measured.clause
    lead = clause.text[: number.start - clause.start]
    cut = max(lead.rfind(","), lead.rfind(";"), lead.rfind(" and "), lead.rfind(" by "))
    start = clause.start + cut + 1 if cut >= 0 else clause.start
    end = number.end if len(lead[cut + 1 :].split()) >= 2 else clause.end
    text = clause.text[start - clause.start : end - clause.start]
    stripped = text.strip().rstrip(".")
    offset = start + text.index(stripped)
    return _trimmed(Span(offset, offset + len(stripped), stripped))


def _has_impact(analysis: AnswerAnalysis, results: Sequence[ClauseRoles]) -> bool:
    """Whether the outcome says what it meant beyond its own number (for patients, revenue ...)."""
    impact = words().impact
    told = {w for c in results for w in c.sentence.low.split()}
    after = {w for s in analysis.sentences[-2:] for w in s.sentence.low.split()}
    found = {w.strip(".,;:!?()\"'") for w in told | after}
    return bool(found & impact) or any(" " in w and w in analysis.text.lower() for w in impact)


def _whom(analysis: AnswerAnalysis) -> str:
    said = {w.strip(".,;:!?()\"'") for w in analysis.text.lower().split()}
    for name, cues in words().whom:
        if not cues or cues & said:
            return name
    return "the business"


_PRONOUNS = {"our": "the", "my": "your", "me": "you", "myself": "yourself", "we": "you"}


def _step(step: ClauseRoles, kind: QuestionType) -> str:
    """The step as the candidate said it, turned to the second person: "you rewrote the
    batching"."""
    tokens = step.clause.text.split()
    lowered = [t.lower() for t in tokens]
    if "i" in lowered[:4]:
        tokens = tokens[lowered.index("i") + 1 :]
    cut = []
    for token in tokens[:8]:
        cut.append(_PRONOUNS.get(token.lower(), token))
        if token.endswith((",", ";", ":")):
            break
    if kind is QuestionType.TECHNICAL or not cut:
        return quoted(clause_span(step))
    return " ".join(cut).rstrip(",;:.")


_WORD = re.compile(r"\S+")


def _around(span: Span, fact: Quantity) -> Span:
    """The clause, starting a few words before the fact when a dozen words would cut it off."""
    if _trimmed(span).end >= fact.end:
        return span
    return _from_words_before(span, fact.start, 4)


def _from_words_before(span: Span, at: int, count: int) -> Span:
    """The span from the ``count``-th word before offset ``at`` to its end, however the words
    are spaced (line breaks, double spaces)."""
    starts = [m.start() for m in _WORD.finditer(span.text[: at - span.start])]
    start = span.start + starts[-count:][0] if starts else at
    return Span(start, span.end, span.text[start - span.start :])


_REASONED = 3
_JOINERS = ("and ", "but ", "so ", "then ", "which ", "or ")


def _trimmed(span: Span, most: int = _QUOTE_WORDS) -> Span:
    """At most a dozen words of a quote, cut at a word and without a leading "and", so a point
    stays short; the text is still exactly the answer's, at its offsets."""
    for joiner in _JOINERS:
        if span.text.lower().startswith(joiner) and len(span.text) > len(joiner) + 8:
            cut = len(joiner)
            span = Span(span.start + cut, span.end, span.text[cut:])
            break
    # Only the first words are needed: one past the limit tells that the quote is longer.
    ends = [m.end() for m in islice(_WORD.finditer(span.text), most + 1)]
    if len(ends) <= most:
        return span
    text = span.text[: ends[most - 1]].rstrip(",;:")
    return Span(span.start, span.start + len(text), text)


def quoted(span: Span, most: int = _QUOTE_WORDS) -> str:
    """The answer's words in quotation marks, cut to a dozen words (marked) if longer."""
    shown = _trimmed(span, most)
    text = shown.text.strip().rstrip(".,;:")
    return f'"{text}…"' if shown.end < span.end else f'"{text}"'
