"""One function per dimension: a 0-10 score and the evidence that earned or cost it."""

from __future__ import annotations

from collections.abc import Iterable
from math import exp

from interview_coach.analysis import AnswerAnalysis
from interview_coach.analysis.facts import Fact
from interview_coach.analysis.star import LabelledSentence, StarRole
from interview_coach.analysis.text import Sentence
from interview_coach.rubric.scorecard import DimensionScore, Evidence, Span
from interview_coach.vocabulary import Dimension, QuestionType

_CONTEXT_CUES = (
    " assum",
    " requirement",
    " constraint",
    " depends on",
    " scale",
    " clarif",
    " traffic",
    " users ",
    " budget",
    " deadline",
    " the current ",
)
_VALIDATION_CUES = (
    " for example",
    " for instance",
    " in my last",
    " when i ",
    " measure",
    " monitor",
    " test",
    " verify",
    " this gives",
    " which means",
    " so that",
    " success",
    " metric",
    " benchmark",
    " load test",
    " in practice",
    " i did this",
    " we did this",
    " i have done",
    " i've done",
    " last time",
    " in production",
    " reconcil",
)
#: How a technical answer frames the problem it must solve.
_FRAMING_CUES = (
    " is not enough",
    " the key ",
    " the real problem",
    " the goal ",
    " must ",
    " has to ",
    " needs to ",
    " the challenge ",
    " the risk is",
)
_STAKES = (
    " deadline",
    " by the end",
    " before ",
    " within ",
    " at risk",
    " or we would",
    " otherwise",
    " cost",
    " losing",
    " launch",
)


#: Cosine similarity to the question that earns nothing and everything, and the margin over
#: the reference questions that earns full fit (see analysis.relevance).
SEMANTIC_FLOOR = 0.0
SEMANTIC_FULL = 0.30
MARGIN_FULL = 0.15
#: Lowest relevance, without the model, for a first-person story told to a behavioral question.
LEXICAL_STORY_FLOOR = 5.0


#: Which numbers say most, for choosing what to quote.
_METRIC_ORDER = ("percent", "money", "count", "duration", "date")


def _unit(value: float) -> float:
    return max(0.0, min(1.0, value))


def quote(sentence: Sentence) -> Span:
    return Span(sentence.start, sentence.end, sentence.text)


def fact_span(fact: Fact) -> Span:
    return Span(fact.start, fact.end, fact.text)


def clamp(value: float) -> float:
    return round(max(0.0, min(10.0, value)), 1)


def situation(analysis: AnswerAnalysis) -> DimensionScore:
    found = _part(analysis, StarRole.SITUATION)
    if not found:
        return _absent(
            Dimension.SITUATION,
            "Missing. Set the scene in a sentence or "
            "two: where you were, when, and what was going on.",
        )
    specific = _facts_in(analysis, found)
    share = len(found) / max(len(analysis.sentences), 1)
    score = 5.0 + min(len({f.kind for f in specific}), 2) + (1.0 if share <= 0.34 else 0.0)
    score += 1.0 if found[0].sentence.index <= 1 else 0.0
    evidence = [Evidence("Sets the context", True, quote(found[0].sentence))]
    if specific:
        evidence.append(Evidence("Concrete context detail", True, fact_span(specific[0])))
    if share > 0.5:
        score -= 2.0
        evidence.append(
            Evidence(
                "Half the answer or more is background; trim it to two "
                "sentences and spend the words on what you did.",
                False,
            )
        )
    return DimensionScore(Dimension.SITUATION, clamp(score), tuple(evidence))


def task(analysis: AnswerAnalysis) -> DimensionScore:
    found = _part(analysis, StarRole.TASK)
    if not found:
        return _absent(
            Dimension.TASK, "Missing. Say what problem you had to solve and what was at stake."
        )
    text = " ".join(item.sentence.lower for item in found)
    score = 6.0
    evidence = [Evidence("States the problem to solve", True, quote(found[0].sentence))]
    stakes = _facts_in(analysis, found) or any(cue in text for cue in _STAKES)
    if stakes:
        score += 2.0
        evidence.append(Evidence("Names what was at stake (a number, a deadline, a cost)", True))
    else:
        evidence.append(
            Evidence(
                "The stake is missing: no deadline, number or cost says why it mattered.", False
            )
        )
    if any(w in text for w in (" i needed", " i had to", " my goal", " my task", " i was ")):
        score += 1.0
    if len(found) <= 2:
        score += 1.0
    return DimensionScore(Dimension.TASK, clamp(score), tuple(evidence))


def action(analysis: AnswerAnalysis) -> DimensionScore:
    found = [s for s in analysis.sentences if s.role is StarRole.ACTION or s.actions]
    if not found:
        return _absent(
            Dimension.ACTION,
            "Missing. Walk through the steps you took, one by one, with I as the subject.",
        )
    steps = len(found)
    score = 3.0 + 1.5 * min(steps, 4)
    evidence = [Evidence("A concrete step", True, quote(s.sentence)) for s in found[:3]]
    reasoned = [s for s in found if s.sentence in analysis.depth.reasoning]
    if reasoned:
        score += 1.0
        evidence.append(Evidence("Explains why this step", True, quote(reasoned[0].sentence)))
    if steps < 2:
        evidence.append(
            Evidence("Only one step is described; show the sequence of what you did.", False)
        )
    return DimensionScore(Dimension.ACTION, clamp(score), tuple(evidence))


def result(analysis: AnswerAnalysis) -> DimensionScore:
    found = _part(analysis, StarRole.RESULT)
    if not found:
        return _absent(
            Dimension.RESULT,
            "Missing. End with the outcome, in numbers if "
            "you can: what changed because of what you did?",
        )
    measured = [s for s in found if s.has_metric]
    score = 5.0
    evidence = [Evidence("States the outcome", True, quote((measured or found)[0].sentence))]
    if measured:
        score += 3.0
        metric = _facts_in(analysis, measured, kind="metric")
        if metric:
            evidence.append(Evidence("Measured outcome", True, fact_span(metric[0])))
        score += 1.0 if len(_facts_in(analysis, found, kind="metric")) >= 2 else 0.0
    else:
        evidence.append(
            Evidence(
                "The outcome has no number: add the metric that moved (time, "
                "money, percentage, people).",
                False,
            )
        )
    if analysis.depth.reflection:
        score += 1.0
        evidence.append(
            Evidence("Reflects on what was learned", True, quote(analysis.depth.reflection[0]))
        )
    return DimensionScore(Dimension.RESULT, clamp(score), tuple(evidence))


def specificity(analysis: AnswerAnalysis) -> DimensionScore:
    metrics = sorted(analysis.facts_of("metric"), key=lambda f: _METRIC_ORDER.index(f.detail))
    tools = analysis.facts_of("tool")
    names = analysis.facts_of("name")
    points = 2.0 * min(len(metrics), 3) + 1.2 * min(len(tools), 3) + 0.8 * min(len(names), 3)
    vague = analysis.delivery.vague
    score = 10.0 * (1.0 - exp(-points / 5.0)) - 0.3 * min(len(vague), 5)
    evidence = [Evidence("A number", True, fact_span(f)) for f in metrics[:3]]
    evidence += [Evidence("A named tool or skill", True, fact_span(f)) for f in tools[:3]]
    evidence += [Evidence("A named system or organisation", True, fact_span(f)) for f in names[:2]]
    if not metrics:
        evidence.append(
            Evidence("No numbers: no sizes, percentages, money, durations or counts.", False)
        )
    if not tools and not names:
        evidence.append(Evidence("No named tools, systems or organisations.", False))
    if vague:
        listed = ", ".join(f'"{w}"' for w in dict.fromkeys(vague))
        evidence.append(Evidence(f"Vague words stand in for facts: {listed}.", False))
    return DimensionScore(Dimension.SPECIFICITY, clamp(score), tuple(evidence))


def ownership(analysis: AnswerAnalysis) -> DimensionScore:
    own = analysis.ownership.own_actions
    team = analysis.ownership.team_actions
    if not own and not team:
        return _absent(
            Dimension.OWNERSHIP,
            "No actions with a clear actor: say what you did, with I as the subject.",
            score=2.0,
        )
    share = len(own) / (len(own) + len(team))
    score = 1.0 + 7.0 * share + min(len(own), 3) / 3
    evidence = [Evidence("Your own action, in the first person", True, quote(s)) for s in own[:2]]
    evidence += [
        Evidence('"We" hides your part here: what did you do yourself?', False, quote(s))
        for s in team[:3]
    ]
    if analysis.ownership.role_claims:
        score += 1.0
        evidence.append(
            Evidence("States your own role plainly", True, quote(analysis.ownership.role_claims[0]))
        )
    return DimensionScore(Dimension.OWNERSHIP, clamp(score), tuple(evidence))


def relevance(analysis: AnswerAnalysis) -> DimensionScore:
    found = analysis.relevance
    if found.method == "semantic":
        # Calibrated on answers to their own vs. other interview questions (see bench/).
        closeness = _unit((found.similarity - SEMANTIC_FLOOR) / (SEMANTIC_FULL - SEMANTIC_FLOOR))
        fit = _unit(found.margin / MARGIN_FULL)
        score = 5.0 * closeness + 5.0 * fit
    else:
        score = 10.0 * found.similarity / 0.45
    evidence = []
    if found.method == "lexical" and _story_fits(analysis):
        # Without the model, shared words are all there is; a first-person story told to a
        # "tell me about a time" question gets the benefit of the doubt, not a zero.
        score = max(score, LEXICAL_STORY_FLOOR)
        evidence.append(
            Evidence(
                "Read on shared words only (the language model is not "
                "installed); the answer's shape fits the question",
                True,
            )
        )
    if found.shared_terms:
        terms = ", ".join(found.shared_terms[:5])
        evidence.append(Evidence(f"Takes up the question's own terms: {terms}", True))
    if found.addresses_competency is True:
        score += 1.0
        cues = ", ".join(found.competency_cues[:4])
        evidence.append(Evidence(f"Speaks to {found.competency} ({cues})", True))
    elif found.addresses_competency is False:
        score -= 1.5
        evidence.append(
            Evidence(f"The question is about {found.competency}; the answer never shows it.", False)
        )
    if score < 4:
        evidence.append(Evidence("The answer drifts away from what was asked.", False))
    elif score < 6:
        evidence.append(
            Evidence(
                "Only loosely tied to the question; say early how your example answers it.", False
            )
        )
    return DimensionScore(Dimension.RELEVANCE, clamp(score), tuple(evidence))


def depth(analysis: AnswerAnalysis) -> DimensionScore:
    shown = analysis.depth
    kinds = (
        ("Reasoning: says why", shown.reasoning),
        ("Weighs a trade-off", shown.trade_offs),
        ("Considers an alternative", shown.alternatives),
        ("Names a risk and how it was handled", shown.risks),
        ("Reflects on a lesson", shown.reflection),
    )
    score = 2.0 * shown.kinds_shown + 0.5 * min(len(shown.reasoning), 3)
    evidence = [Evidence(note, True, quote(found[0])) for note, found in kinds if found]
    missing = [note.split(":")[0].lower() for note, found in kinds[:4] if not found]
    if missing:
        evidence.append(Evidence("Not shown: " + "; ".join(missing) + ".", False))
    return DimensionScore(Dimension.DEPTH, clamp(score), tuple(evidence))


def _story_fits(analysis: AnswerAnalysis) -> bool:
    behavioural = analysis.question.type in (QuestionType.BEHAVIORAL, QuestionType.SITUATIONAL)
    actions = len(analysis.ownership.own_actions) + len(analysis.ownership.team_actions)
    return behavioural and actions >= 2


def _absent(dimension: Dimension, note: str, score: float = 0.0) -> DimensionScore:
    return DimensionScore(dimension, score, (Evidence(note, False),))


#: Where the question is not about a past event, more sentences count for a STAR part: the
#: context and assumptions, the framing of the problem, a validation or worked example.
_READ_ALSO: dict[StarRole, tuple[frozenset[QuestionType], tuple[str, ...]]] = {
    StarRole.SITUATION: (
        frozenset({QuestionType.TECHNICAL, QuestionType.SITUATIONAL}),
        _CONTEXT_CUES,
    ),
    StarRole.TASK: (frozenset({QuestionType.TECHNICAL}), _FRAMING_CUES),
    StarRole.RESULT: (frozenset({QuestionType.TECHNICAL}), _VALIDATION_CUES),
}


def _part(analysis: AnswerAnalysis, role: StarRole) -> list[LabelledSentence]:
    """The sentences that make up one STAR part, as this question type reads it."""
    found = list(analysis.with_role(role))
    types, cues = _READ_ALSO[role]
    if analysis.question.type in types:
        found += _with_cues(analysis, cues, exclude=found)
    return found


def _with_cues(
    analysis: AnswerAnalysis, cues: tuple[str, ...], exclude: list[LabelledSentence]
) -> list[LabelledSentence]:
    return [
        s
        for s in analysis.sentences
        if s not in exclude and any(cue in s.sentence.lower for cue in cues)
    ]


def _facts_in(
    analysis: AnswerAnalysis, sentences: Iterable[LabelledSentence], kind: str | None = None
) -> list[Fact]:
    spans = [(s.sentence.start, s.sentence.end) for s in sentences]
    return [
        f
        for f in analysis.facts
        if (kind is None or f.kind == kind) and any(a <= f.start < b for a, b in spans)
    ]
