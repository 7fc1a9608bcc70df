"""One function per dimension: a 0-10 score and the evidence that earned or cost it.

Scores follow content, not length: a two-sentence answer with a measured outcome has a Result.
Every strength quotes the span that earned it; every gap names exactly what is absent.
"""

from __future__ import annotations

from collections.abc import Iterable
from math import exp

from interview_coach.analysis import AnswerAnalysis
from interview_coach.analysis.clauses import Mood
from interview_coach.analysis.depth import DepthKind
from interview_coach.analysis.facts import SOFT_SKILL, Fact
from interview_coach.analysis.lexicon import words
from interview_coach.analysis.numbers import Quantity, Reading
from interview_coach.analysis.star import ClauseRoles, StarRole, told_once
from interview_coach.analysis.terms import without_generic
from interview_coach.analysis.text import Sentence
from interview_coach.rubric.scorecard import DimensionScore, Evidence, Span
from interview_coach.vocabulary import Dimension, QuestionType

#: Cosine similarity to the question that earns nothing and everything, and the margin over
#: the reference questions that earns full fit (see analysis.relevance).
SEMANTIC_FLOOR = 0.05
SEMANTIC_FULL = 0.60
MARGIN_FULL = 0.35
#: Concrete clauses an answer needs before it can fully answer a question: an answer of
#: generalities touches the subject without answering it.
_ANSWERING_CLAUSES = 4
#: Which numbers say most, for choosing what to quote.
_NUMBER_ORDER = (
    "change",
    "percent",
    "money",
    "multiple",
    "duration",
    "measure",
    "percentile",
    "rate",
    "ratio",
    "zero",
    "count",
    "time_of_day",
    "date",
)


def quote(sentence: Sentence) -> Span:
    return Span(sentence.start, sentence.end, sentence.text)


def clause_span(part: ClauseRoles) -> Span:
    return Span(part.clause.start, part.clause.end, part.clause.text)


def fact_span(fact: Fact | Quantity) -> Span:
    return Span(fact.start, fact.end, fact.text)


def clamp(value: float) -> float:
    return round(max(0.0, min(10.0, value)), 1)


def _unit(value: float) -> float:
    return max(0.0, min(1.0, value))


def _parts(analysis: AnswerAnalysis, role: StarRole) -> list[ClauseRoles]:
    return [c for s in analysis.sentences for c in s.clauses if role in c.roles]


def generic(analysis: AnswerAnalysis) -> bool:
    """A behavioral answer that never tells one occasion: habits and generalities only."""
    return analysis.reading is QuestionType.BEHAVIORAL and not analysis.manner.occasion


#: The most a dimension can score when a "tell me about a time" answer never tells one time,
#: and what its evidence then says (None: the dimension's other evidence says enough).
_HABIT_CAPS: dict[Dimension, tuple[float, str | None]] = {
    Dimension.SITUATION: (
        3.0,
        "No one occasion: the answer describes what you usually do, not a time it happened.",
    ),
    # A routine has no problem of its own to solve: no task, as an interviewer reads it.
    Dimension.TASK: (3.0, None),
    Dimension.ACTION: (
        5.0,
        'These are habits ("I always", "I usually"), not the steps of one occasion.',
    ),
    # Nor an outcome of its own: "the juniors have grown a lot" is no result of one time.
    Dimension.RESULT: (3.0, "What usually follows is not what happened the one time you tell."),
    Dimension.SPECIFICITY: (4.0, None),
    Dimension.RELEVANCE: (
        5.0,
        "The question asks about one time; the answer describes what you usually do.",
    ),
    Dimension.DEPTH: (4.0, None),
}


def ceiling(analysis: AnswerAnalysis, dimension: Dimension) -> float:
    """The most the evidence allows a dimension, whatever weighs it afterwards: a "tell me
    about a time" answer that never tells one time stays within its habit caps, and steps
    told in stock phrases within theirs."""
    cap = _habit_ceiling(analysis, dimension) or 10.0
    if dimension is Dimension.ACTION and _told_in_stock_phrases(analysis):
        cap = min(cap, STOCK_ACTION_CAP)
    return cap


def _habit_ceiling(analysis: AnswerAnalysis, dimension: Dimension) -> float | None:
    """The habit cap of a dimension, when the answer never tells one time."""
    return _HABIT_CAPS[dimension][0] if generic(analysis) and dimension in _HABIT_CAPS else None


def _habit_cap(
    analysis: AnswerAnalysis, dimension: Dimension, score: float, evidence: list[Evidence]
) -> float:
    """The score, capped (and the cap explained) when the answer is only habits."""
    cap = _habit_ceiling(analysis, dimension)
    if cap is None:
        return score
    note = _HABIT_CAPS[dimension][1]
    if note is not None:
        evidence.append(Evidence(note, False))
    return min(score, cap)


def situation(analysis: AnswerAnalysis) -> DimensionScore:
    found = _parts(analysis, StarRole.SITUATION)
    if not found:
        return _absent(Dimension.SITUATION, _MISSING[analysis.reading][Dimension.SITUATION])
    sentences = {c.sentence for c in found}
    specific = _numbers_in(analysis, found) + _facts_in(analysis, found)
    share = len(sentences) / max(len(analysis.sentences), 1)
    score = 5.5 + min(len(specific), 2) * 1.0 + (1.0 if share <= 0.4 else 0.0)
    score += 0.5 if found[0].sentence.index <= 1 else 0.0
    evidence = [Evidence("Sets the context", True, clause_span(found[0]))]
    if specific:
        evidence.append(Evidence("Concrete context detail", True, fact_span(specific[0])))
    # Where a candidate comes from is what a motivational answer stands on: background is
    # not too much of it, and thin background is still background.
    background = analysis.reading is QuestionType.MOTIVATIONAL
    if share > 0.55 and len(analysis.sentences) >= 4 and not background:
        score -= 2.0
        evidence.append(
            Evidence(
                "More than half the answer is background; keep it to a sentence or two and spend "
                "the words on what you did.",
                False,
            )
        )
    if not any(c.concrete for c in found):
        score = min(score, 5.0 if background else 3.0)
        note = (
            "The background is only counts and labels: say what you did that bears on this role."
            if background
            else "The scene is vague: say where, when and what was going on."
        )
        evidence.append(Evidence(note, False))
    score = _habit_cap(analysis, Dimension.SITUATION, score, evidence)
    return DimensionScore(Dimension.SITUATION, clamp(score), tuple(evidence))


def task(analysis: AnswerAnalysis) -> DimensionScore:
    found = _parts(analysis, StarRole.TASK)
    if not found:
        return _absent(Dimension.TASK, _MISSING[analysis.reading][Dimension.TASK])
    score = 6.0
    evidence = [Evidence("States the problem to solve", True, clause_span(found[0]))]
    numbers = _numbers_in(analysis, found)
    stated = [c for c in found if _STAKES.intersection(c.clause.words)]
    if numbers or stated:
        score += 2.0
        span = fact_span(numbers[0]) if numbers else clause_span(stated[0])
        evidence.append(Evidence("Names what was at stake", True, span))
    else:
        evidence.append(
            Evidence(
                "The stake is not said: no deadline, number or consequence shows why it mattered.",
                False,
            )
        )
    if any(c.clause.given for c in found) or len(found) <= 3:
        score += 1.0
    if not any(c.concrete for c in found):
        score = min(score, 3.5)
    score = _habit_cap(analysis, Dimension.TASK, score, evidence)
    return DimensionScore(Dimension.TASK, clamp(score), tuple(evidence))


def action(analysis: AnswerAnalysis) -> DimensionScore:
    found = _parts(analysis, StarRole.ACTION)
    if not found:
        return _absent(Dimension.ACTION, _MISSING[analysis.reading][Dimension.ACTION])
    concrete = [c for c in found if c.concrete]
    own = [c for c in concrete if c.clause.agent is not None and c.clause.agent.value == "I"]
    steps = len({c.sentence for c in concrete})
    weight = min(steps, 4) + 0.5 * min(max(len(concrete) - steps, 0), 2)
    weight += 0.3 * min(len(found) - len(concrete), 3)
    score = 2.0 + 1.5 * weight
    evidence = [Evidence("A concrete step", True, clause_span(c)) for c in (own or concrete)[:3]]
    if len(concrete) < len(found):
        vague = next(c for c in found if not c.concrete)
        evidence.append(
            Evidence(
                "A step with nothing concrete in it: what exactly did you do?",
                False,
                clause_span(vague),
            )
        )
    reasons = analysis.depth.sentences(DepthKind.REASONING)
    if reasons and any(c.sentence in reasons for c in found):
        score += 1.0
        reason = next(c for c in found if c.sentence in reasons)
        evidence.append(Evidence("Explains why this step", True, clause_span(reason)))
    if _numbers_in(analysis, found) or _facts_in(analysis, found):
        score += 0.5
    if steps < 2:
        evidence.append(
            Evidence("One step is described; walk through the sequence of what you did.", False)
        )
    score = _habit_cap(analysis, Dimension.ACTION, score, evidence)
    if _told_in_stock_phrases(analysis):  # the ceiling caps it, after the learned layer
        evidence.append(
            Evidence(
                "The steps are told in stock phrases; say what exactly you did, or would do.",
                False,
            )
        )
    if (
        not generic(analysis)
        and analysis.reading is QuestionType.BEHAVIORAL
        and all(c.clause.mood is Mood.PLAN for c in found)
    ):
        score = min(score, 4.0)
    return DimensionScore(Dimension.ACTION, clamp(score), tuple(evidence))


#: The most an answer's steps can score when the answer leans on clichés: an interviewer
#: hears "leveraged best practice to drive alignment" as steps with nothing in them.
STOCK_ACTION_CAP = 4.0


def _told_in_stock_phrases(analysis: AnswerAnalysis) -> bool:
    """Three clichés, or two with no measure anywhere: the answer is its buzzwords."""
    clichés = len(analysis.manner.buzzwords)
    return clichés >= 3 or (clichés >= 2 and not analysis.measures)


def result(analysis: AnswerAnalysis) -> DimensionScore:
    found = _parts(analysis, StarRole.RESULT)
    lessons = analysis.depth.of(DepthKind.LESSON)
    if not found:
        score, note = 0.0, _MISSING[analysis.reading][Dimension.RESULT]
        if lessons:  # what was learned is part of how it ended, not the outcome itself
            return DimensionScore(
                Dimension.RESULT,
                3.0,
                (
                    Evidence("Reflects on a lesson", True, quote(lessons[0].sentence)),
                    Evidence(note, False),
                ),
            )
        return _absent(Dimension.RESULT, note)
    measured = [c for c in found if c.outcome]
    concrete = [c for c in found if c.concrete]
    score = 5.0 if concrete else 3.0
    first = (measured or concrete or found)[0]
    evidence = [Evidence("States the outcome", True, clause_span(first))]
    if not concrete:
        evidence.append(
            Evidence("The outcome is vague: say what changed, for whom, and by how much.", False)
        )
    if measured:
        numbers = [q for c in measured for q in c.outcome]
        weight = sum(2 if q.kind == "change" else 1 for q in numbers)
        score += 2.5 + (1.0 if weight >= 2 else 0.0)
        evidence.append(Evidence("A measured outcome", True, fact_span(numbers[0])))
    elif analysis.reading is not QuestionType.TECHNICAL:  # a proof needs no number
        evidence.append(
            Evidence(
                "The outcome has no number: say what moved and by how much (time, money, a "
                "percentage, people).",
                False,
            )
        )
    if lessons:
        score += 1.0
        evidence.append(Evidence("Reflects on a lesson", True, quote(lessons[0].sentence)))
    if analysis.reading is QuestionType.TECHNICAL:
        proofs = _proofs(found)
        score += _PROOF * len(proofs)
        if "example" in proofs:
            example = next(c for c in found if c.concrete and told_once(c.clause))
            evidence.append(
                Evidence("A worked example from your own work", True, clause_span(example))
            )
    if analysis.reading is QuestionType.BEHAVIORAL and all(
        c.clause.mood in (Mood.PLAN, Mood.HABIT) for c in found
    ):
        score = min(score, 4.0)
    score = _habit_cap(analysis, Dimension.RESULT, score, evidence)
    return DimensionScore(Dimension.RESULT, clamp(score), tuple(evidence))


#: What each kind of proof adds to a technical answer's result: a check that it works, and a
#: worked example from the candidate's own past. Neither needs a number to convince.
_PROOF = 1.5


def _proofs(found: list[ClauseRoles]) -> set[str]:
    """The kinds of proof a technical answer gives: told in the past, a worked example; else a
    check of the approach."""
    return {"example" if told_once(c.clause) else "check" for c in found if c.concrete}


def specificity(analysis: AnswerAnalysis) -> DimensionScore:
    numbers = sorted(analysis.measures, key=lambda q: _NUMBER_ORDER.index(q.kind))
    outcome = [q for q in numbers if q.reading is Reading.OUTCOME]
    context = [q for q in numbers if q.reading is Reading.CONTEXT]
    # A soft skill ("fast learner", "team player") is a claim about yourself, not a named tool.
    tools = [f for f in analysis.facts_of("tool") if f.detail != SOFT_SKILL]
    names = analysis.facts_of("name")
    padding = [q for q in analysis.numbers if q.reading in (Reading.PADDING, Reading.THRESHOLD)]
    points = (
        2.0 * min(sum(2 if q.kind == "change" else 1 for q in outcome), 3)
        + 1.3 * min(len(context), 3)
        + 1.2 * min(len(tools), 3)
        + 0.8 * min(len(names), 3)
    )
    empty = analysis.manner.buzzwords
    vague = analysis.delivery.vague
    score = 10.0 * (1.0 - exp(-points / 5.5)) - 0.4 * min(len(empty), 4) - 0.2 * min(len(vague), 5)
    evidence = [Evidence("A number that matters", True, fact_span(q)) for q in numbers[:3]]
    evidence += [Evidence("A named tool or method", True, fact_span(f)) for f in tools[:3]]
    evidence += [Evidence("A named system or organisation", True, fact_span(f)) for f in names[:2]]
    if not numbers:
        note = "No numbers that measure the story: no sizes, durations, money or percentages."
        if padding:
            note = (
                f'The numbers ("{padding[0].text}") say nothing about this story: they set '
                "a rule or describe you, not what happened."
            )
        evidence.append(Evidence(note, False))
    if not tools and not names:
        evidence.append(Evidence("No named tools, systems or organisations.", False))
    if empty:
        listed = ", ".join(f'"{w}"' for w in empty[:4])
        evidence.append(Evidence(f"Buzzwords with nothing concrete behind them: {listed}.", False))
    score = _habit_cap(analysis, Dimension.SPECIFICITY, score, evidence)
    return DimensionScore(Dimension.SPECIFICITY, clamp(score), tuple(evidence))


def ownership(analysis: AnswerAnalysis) -> DimensionScore:
    own, team = analysis.ownership.own, analysis.ownership.team
    if not own and not team:
        if analysis.reading is QuestionType.TECHNICAL and _parts(analysis, StarRole.ACTION):
            return DimensionScore(
                Dimension.OWNERSHIP,
                5.0,
                (
                    Evidence(
                        "The steps are stated without an actor; say what you would do, with I as "
                        "the subject.",
                        False,
                    ),
                ),
            )
        return _absent(
            Dimension.OWNERSHIP,
            "No actions with a clear actor: say what you did, with I as the subject.",
            score=2.0,
        )
    share = len(own) / (len(own) + len(team))
    score = 1.5 + 6.5 * share + min(len(own), 3) / 3
    evidence = [
        Evidence("Your own action, in the first person", True, clause_span(c)) for c in own[:2]
    ]
    evidence += [
        Evidence('"We" hides your part here: what did you do yourself?', False, clause_span(c))
        for c in team[:3]
    ]
    if analysis.ownership.role_claims:
        score += 1.0
        evidence.append(
            Evidence("States your own part plainly", True, quote(analysis.ownership.role_claims[0]))
        )
    if analysis.manner.blame:
        score -= 1.5
        evidence.append(
            Evidence(
                "Puts the blame on others; an interviewer listens for what you own.",
                False,
                quote(analysis.manner.blame[0]),
            )
        )
    return DimensionScore(Dimension.OWNERSHIP, clamp(score), tuple(evidence))


def closeness(analysis: AnswerAnalysis) -> float:
    """0-1: how near the answer is to the ask, by the model or by shared words."""
    found = analysis.relevance
    if found.method == "semantic":
        near = _unit((found.similarity - SEMANTIC_FLOOR) / (SEMANTIC_FULL - SEMANTIC_FLOOR))
        fit = _unit(found.margin / MARGIN_FULL)
        return 0.5 * near + 0.5 * fit
    return _unit(found.similarity / 0.45)


#: How close an answer must be to the ask for the absence of the question's defining event to
#: leave room for doubt (the event may be told in words the event list does not know).
DEFINING_EVENT_NEAR = 0.7
_FEWEST_TERMS_TO_MISS = 3


def defining_event_missed(analysis: AnswerAnalysis) -> bool:
    """The question has a defining event (a disagreement, a mistake, a call to prioritise)
    and it never happens in the answer."""
    main = analysis.relevance.main
    return any(not c.broad for c in main) and not any(c.shown for c in main)


def off_topic(analysis: AnswerAnalysis) -> bool:
    """Confidently not an answer to this question: what it asks for never happens in it, it
    takes up none of the question's own words, and it is far from the ask."""
    found = analysis.relevance
    main = found.main
    near = closeness(analysis)
    if main and any(c.shown for c in main):
        return False
    if defining_event_missed(analysis):
        # The question's defining event (a disagreement, a mistake, calming someone down)
        # never happens in the answer, and the answer is not close to the ask either: a good
        # story, perhaps, but about something else.
        return near < DEFINING_EVENT_NEAR
    # A question of few words of its own ("Tell me about yourself") takes almost any answer
    # about the speaker: sharing none of its words proves nothing.
    # Nor does one whose words are all generic ("helped another department solve a problem").
    specific_question = len(without_generic(analysis.question.terms)) >= _FEWEST_TERMS_TO_MISS
    return specific_question and near < 0.2 and not found.shared_terms


def relevance(analysis: AnswerAnalysis) -> DimensionScore:
    found = analysis.relevance
    near = closeness(analysis)
    main = found.main
    parts = [c for c in found.checks if c.part]
    evidence = []
    if main and all(c.shown for c in main):
        shown = next(c for c in main if c.shown)
        score = 6.5 + 3.5 * near
        assert shown.shown is not None
        evidence.append(Evidence(f"Answers what was asked: {shown.name}", True, quote(shown.shown)))
    elif main:
        lacking = next(c for c in main if not c.shown)
        score = (4.0 if any(c.shown for c in main) else 1.5) + 4.0 * near
        echo = found.only_echoed
        if echo is not None and echo.echoed is not None:
            said = f"Only the echo of the question names {echo.name}; the rest never says "
            evidence.append(Evidence(said + "what it was.", False, quote(echo.echoed)))
        else:
            evidence.append(
                Evidence(
                    f"The question asks for {lacking.name}; the answer never gets to it.", False
                )
            )
    else:
        score = 3.0 + 7.0 * near
        if found.shared_terms:
            terms = ", ".join(found.shared_terms[:5])
            evidence.append(Evidence(f"Takes up what the question is about: {terms}", True))
    for part in parts:
        if part.shown is None:
            score -= 1.5
            evidence.append(
                Evidence(f"The question also asks {part.name}; this is not answered.", False)
            )
        else:
            evidence.append(
                Evidence(f"Answers the other part: {part.name}", True, quote(part.shown))
            )
    if found.restated:
        evidence.append(
            Evidence(
                "Restating the question earns nothing; the answer is judged on what follows.",
                False,
                quote(found.restated[0]),
            )
        )
    concrete = sum(1 for s in analysis.sentences for c in s.clauses if c.concrete)
    if concrete < _ANSWERING_CLAUSES:
        score *= 0.5 + 0.5 * concrete / _ANSWERING_CLAUSES
        evidence.append(
            Evidence(
                "Too little concrete detail to really answer it: say what happened, or what you "
                "would do, specifically.",
                False,
            )
        )
    score = _habit_cap(analysis, Dimension.RELEVANCE, score, evidence)
    if score < 6 and not any(e for e in evidence if not e.strength):
        evidence.append(
            Evidence(
                "Only loosely tied to the question; say early how your example answers it.", False
            )
        )
    return DimensionScore(Dimension.RELEVANCE, clamp(score), tuple(evidence))


_DEPTH_NOTES = {
    DepthKind.ALTERNATIVE: ("Weighs an option against another, with the reason", 3.0, 1.5),
    DepthKind.TRADE_OFF: ("Names a trade-off and its cost", 3.0, 3.0),
    DepthKind.RISK: ("Names a risk and how it was handled", 2.0, 1.0),
    DepthKind.VERIFICATION: ("Checks that it worked", 1.5, 1.5),
    DepthKind.LESSON: ("Draws a lesson and changes something because of it", 2.0, 1.0),
    DepthKind.REASONING: ("Says why", 1.5, 1.5),
}


def depth(analysis: AnswerAnalysis) -> DimensionScore:
    shown = analysis.depth
    score = 0.0
    evidence = []
    for kind, (note, full, partial) in _DEPTH_NOTES.items():
        points = shown.of(kind)
        if not points:
            continue
        best = next((p for p in points if p.full), points[0])
        score += full if best.full else partial
        if kind is DepthKind.REASONING:
            score += 0.5 * min(len(points) - 1, 3)
        evidence.append(Evidence(note, True, quote(best.sentence)))
    missing = [
        label
        for kind, label in (
            (DepthKind.ALTERNATIVE, "an option you considered and why you didn't take it"),
            (DepthKind.TRADE_OFF, "what your choice cost"),
            (DepthKind.REASONING, "why you chose each step"),
        )
        if kind not in shown.kinds
    ]
    if missing:
        evidence.append(Evidence("Not shown: " + "; ".join(missing) + ".", False))
    score = _habit_cap(analysis, Dimension.DEPTH, score, evidence)
    return DimensionScore(Dimension.DEPTH, clamp(score), tuple(evidence))


_STAKES = frozenset(
    words(
        "deadline deadlines otherwise risk losing lose cost costs penalty penalties fine audit "
        "launch urgent before within by safety harm complaints complaint churn late overdue behind "
        "breach sepsis deteriorating"
    )
)


def _absent(dimension: Dimension, note: str, score: float = 0.0) -> DimensionScore:
    return DimensionScore(dimension, score, (Evidence(note, False),))


_BEHAVIORAL_MISSING = {
    Dimension.SITUATION: "Missing. Set the scene in a sentence: where you were, when, and "
    "what was going on.",
    Dimension.TASK: "Missing. Say what problem you had to solve and what was at stake.",
    Dimension.ACTION: "Missing. Walk through the steps you took, one by one, with I as the "
    "subject.",
    Dimension.RESULT: "Missing. End with the outcome, in numbers if you can: what changed "
    "because of what you did?",
}
_MISSING = {
    QuestionType.BEHAVIORAL: _BEHAVIORAL_MISSING,
    QuestionType.SITUATIONAL: {
        Dimension.SITUATION: "Missing. Say how you read the situation and what you would find "
        "out first.",
        Dimension.TASK: "Missing. Say what a good outcome would be.",
        Dimension.ACTION: "Missing. Lay out the steps you would take, in order, and why.",
        Dimension.RESULT: "Missing. Say what you would expect to happen and how you would "
        "know it worked.",
    },
    QuestionType.TECHNICAL: {
        Dimension.SITUATION: "Missing. State the context and assumptions: scale, constraints, "
        "what matters most.",
        Dimension.TASK: "Missing. Frame the problem: what must be true when you are done.",
        Dimension.ACTION: "Missing. Lay out your approach step by step: components, data "
        "flow, key choices.",
        Dimension.RESULT: "Missing. Say how you would verify it, or give an example from your "
        "own work.",
    },
    QuestionType.MOTIVATIONAL: {
        Dimension.SITUATION: "Missing. Say where you are coming from: the experience behind "
        "your answer.",
        Dimension.TASK: "Missing. Say what you want from this role.",
        Dimension.ACTION: "Missing. Back the claim with something you have done.",
        Dimension.RESULT: "Missing. Say concretely what you would bring.",
    },
}


def _numbers_in(analysis: AnswerAnalysis, parts: Iterable[ClauseRoles]) -> list[Quantity]:
    spans = [(c.clause.start, c.clause.end) for c in parts]
    return [q for q in analysis.measures if any(a <= q.start < b for a, b in spans)]


def _facts_in(analysis: AnswerAnalysis, parts: Iterable[ClauseRoles]) -> list[Fact]:
    spans = [(c.clause.start, c.clause.end) for c in parts]
    return [f for f in analysis.facts if any(a <= f.start < b for a, b in spans)]
