"""The model structure: the reasoning an answer to this kind of question walks through, filled
with the candidate's own facts where they gave them and marked blanks where they did not.

Only concrete clauses are used (no filler, no buzzwords), each at most once, cut to a few words.
"""

from __future__ import annotations

from collections.abc import Callable

from interview_coach.analysis import AnswerAnalysis
from interview_coach.analysis.clauses import Agent
from interview_coach.analysis.depth import DepthKind
from interview_coach.analysis.star import ClauseRoles, StarRole
from interview_coach.feedback.findings import AnswerReading, metric_of, quoted
from interview_coach.feedback.model import ModelLine
from interview_coach.rubric.dimensions import clause_span, quote
from interview_coach.rubric.scorecard import Span
from interview_coach.vocabulary import QuestionType


class _Used:
    """The spans already placed in the structure, so no words appear twice."""

    def __init__(self) -> None:
        self.spans: list[Span] = []

    def take(self, span: Span) -> Span | None:
        """The span, or its longest stretch of at least three words not yet placed."""
        kept: Span | None = span
        for placed in self.spans:
            if kept is not None and kept.start < placed.end and placed.start < kept.end:
                kept = _rest(kept, placed)
        if kept is not None:
            self.spans.append(kept)
        return kept


def _rest(span: Span, placed: Span) -> Span | None:
    before = span.text[: max(0, placed.start - span.start)]
    after = span.text[max(0, placed.end - span.start) :]
    best = max((before, after), key=lambda part: len(part.split()))
    stripped = best.strip(" ,;:.")
    if len(stripped.split()) < 3:
        return None
    start = span.start + span.text.index(
        stripped, 0 if best is before else len(span.text) - len(after)
    )
    return Span(start, start + len(stripped), stripped)


_Move = Callable[[AnswerAnalysis, AnswerReading, _Used], ModelLine]
_OUTCOMES: set[_Move] = set()  # the moves placed first


def model_structure(analysis: AnswerAnalysis, reading: AnswerReading) -> tuple[ModelLine, ...]:
    """The moves in the order they are told. The outcome is placed first, so that a sentence
    holding both a step and its measured outcome lends each move its own words."""
    used = _Used()
    moves = _MOVES[analysis.question.type]
    order = sorted(range(len(moves)), key=lambda i: moves[i] not in _OUTCOMES)
    lines = {i: moves[i](analysis, reading, used) for i in order}
    return tuple(lines[i] for i in range(len(moves)))


def _clauses(analysis: AnswerAnalysis, role: StarRole) -> list[ClauseRoles]:
    """The concrete clauses that do this move's job: in a sentence led by the role, and for a
    step, something the candidate (or their team) did, not a state or another person's act."""
    found = [
        c
        for s in analysis.sentences
        if s.role is role
        for c in s.clauses
        if role in c.roles and c.concrete and _fits(c, role)
    ]
    if found:
        return found
    # The rubric found the part where no sentence leads with it: its clauses, loosely.
    loose = [c for s in analysis.sentences for c in s.clauses if role in c.roles and c.concrete]
    return [c for c in loose if _fits(c, role)]


_LEAD = 4  # words a clause may open with before its actor ("First I", "On day one we")
_ACTORS = frozenset({"i", "we"})
_OWNERS = frozenset({"i", "we", "my", "our", "me", "us"})


def _fits(clause: ClauseRoles, role: StarRole) -> bool:
    """A step is led by the candidate or their team ("Then I rang ...", not "That was on top
    of the reqs I had"); a task is theirs ("My goal was ...") or handed to them."""
    agent = clause.clause.agent
    opening = set(clause.clause.words[:_LEAD])
    if role is StarRole.ACTION:
        # "..., reducing it from 2 s to 200 ms": a participle goes on with the same actor.
        first = clause.clause.words[:1]
        led = bool(opening & _ACTORS) or (bool(first) and first[0].endswith("ing"))
        return agent in (Agent.SELF, Agent.TEAM) and clause.clause.acts and led
    if role is StarRole.TASK:
        return clause.clause.given or bool(set(clause.clause.words[: _LEAD + 1]) & _OWNERS)
    return True


def _fill(part: str, spans: list[Span], used: _Used, blank: str, most: int = 1) -> ModelLine:
    said: list[str] = []
    for span in spans:
        if len(said) == most:
            break
        kept = used.take(span)
        if kept is not None:
            said.append(quoted(kept))
    if said:
        return ModelLine(part, "; then ".join(said), True)
    return ModelLine(part, f"[{blank}]", False)


def _role(part: str, role: StarRole, blank: str, most: int = 1) -> _Move:
    def move(analysis: AnswerAnalysis, reading: AnswerReading, used: _Used) -> ModelLine:
        spans = [clause_span(c) for c in _clauses(analysis, role)]
        return _fill(part, spans, used, blank, most)

    return move


def _depth(part: str, kinds: tuple[DepthKind, ...], blank: str) -> _Move:
    def move(analysis: AnswerAnalysis, reading: AnswerReading, used: _Used) -> ModelLine:
        spans = [quote(p.sentence) for k in kinds for p in analysis.depth.of(k)]
        return _fill(part, spans, used, blank)

    return move


def _result(part: str, blank: str) -> _Move:
    def move(analysis: AnswerAnalysis, reading: AnswerReading, used: _Used) -> ModelLine:
        results = _clauses(analysis, StarRole.RESULT)
        measured = [metric_of(c) for c in results if c.outcome]
        line = _fill(part, measured + [clause_span(c) for c in results], used, blank)
        if not line.from_answer:
            told = [c for s in analysis.sentences for c in s.clauses if StarRole.RESULT in c.roles]
            said = _fill(part, [clause_span(c) for c in told[-1:]], used, blank)
            if said.from_answer:
                return ModelLine(part, f"{said.text} [by how much]", True)
        impact = next((g for g in reading.gaps if g.phrase.key == "result.impact"), None)
        if line.from_answer and impact is not None:
            whom = impact.slots.get("whom", "the people it was for")
            return ModelLine(part, f"{line.text}, which [what it meant for {whom}]", True)
        return line

    _OUTCOMES.add(move)
    return move


_MOVES: dict[QuestionType, tuple[_Move, ...]] = {
    QuestionType.BEHAVIORAL: (
        _role("Situation", StarRole.SITUATION, "where you were and when, in one sentence"),
        _role("Task", StarRole.TASK, "what you had to achieve, and by when"),
        _role("Action", StarRole.ACTION, "the steps you took yourself, in order", most=2),
        _depth(
            "Choice",
            (DepthKind.ALTERNATIVE, DepthKind.TRADE_OFF),
            "what you weighed against your choice, and why you chose it",
        ),
        _result("Result", "the outcome, with the number that moved"),
        _depth("Lesson", (DepthKind.LESSON,), "what you would keep or change next time"),
    ),
    QuestionType.SITUATIONAL: (
        _role("First look", StarRole.SITUATION, "what you would check or find out first"),
        _role("Goal", StarRole.TASK, "what a good outcome would be"),
        _role("Plan", StarRole.ACTION, "the steps you would take, in order", most=2),
        _depth(
            "Choice",
            (DepthKind.ALTERNATIVE, DepthKind.TRADE_OFF, DepthKind.RISK),
            "the option you would rule out, and why",
        ),
        _result("Outcome", "how you would know it had worked"),
    ),
    QuestionType.TECHNICAL: (
        _role("Assumptions", StarRole.SITUATION, "the scale and constraints you assume"),
        _role("Problem", StarRole.TASK, "what the solution must guarantee"),
        _role("Approach", StarRole.ACTION, "the components and the key choice", most=2),
        _depth(
            "Trade-off",
            (DepthKind.TRADE_OFF, DepthKind.ALTERNATIVE, DepthKind.RISK),
            "what this costs, and the alternative you would pick when that cost is too high",
        ),
        _result("Validation", "how you would prove it works, or a time you did"),
    ),
    QuestionType.MOTIVATIONAL: (
        _role("Why this", StarRole.SITUATION, "what draws you to this role, specifically"),
        _role("Evidence", StarRole.ACTION, "one thing you did that shows it", most=2),
        _result("What you bring", "what you would add in your first months"),
    ),
}
