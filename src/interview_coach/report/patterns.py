"""Pattern feedback: issues that recur across answers, each with the answers it comes from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from interview_coach.report.records import AnsweredQuestion
from interview_coach.rubric.scorecard import UNJUDGEABLE
from interview_coach.vocabulary import Dimension, QuestionType

#: An issue is a pattern once it shows in at least this many answers.
RECURS_IN = 2

#: Rubric warnings that mean the answer could not be judged as an answer at all.
_UNUSABLE = UNJUDGEABLE

_ALL_TYPES = frozenset(QuestionType)
_STORIES = frozenset({QuestionType.BEHAVIORAL, QuestionType.SITUATIONAL})
_NOT_MOTIVATIONAL = _ALL_TYPES - {QuestionType.MOTIVATIONAL}


class PatternKind(StrEnum):
    """Issues an answer can show, listed from the costliest to the least costly."""

    UNUSABLE = "unusable"
    OFF_TOPIC = "off-topic"
    TOO_SHORT = "too-short"
    MISSING_RESULT = "missing-result"
    THIN_ACTION = "thin-action"
    HIDDEN_ROLE = "hidden-role"
    MISSING_SETUP = "missing-setup"
    FEW_SPECIFICS = "few-specifics"
    UNMEASURED_RESULT = "unmeasured-result"
    SHALLOW = "shallow"
    TOO_LONG = "too-long"
    FILLERS = "fillers"


@dataclass(frozen=True, slots=True)
class Pattern:
    """An issue found in two or more answers of one attempt."""

    kind: PatternKind
    title: str
    detail: str
    rule: str  # the test an answer failed to be counted here, in words
    advice: str  # the concrete next step that fixes it
    dimension: Dimension | None
    positions: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class _Issue:
    kind: PatternKind
    title: str
    detail: str
    rule: str
    advice: str
    dimension: Dimension | None
    applies_to: frozenset[QuestionType]
    shows_in: Callable[[AnsweredQuestion], bool]


def _below(dimension: Dimension, limit: float) -> Callable[[AnsweredQuestion], bool]:
    return lambda answer: answer.scorecard[dimension].score < limit


def _between(dimension: Dimension, low: float, high: float) -> Callable[[AnsweredQuestion], bool]:
    return lambda answer: low <= answer.scorecard[dimension].score < high


def _warned(*codes: str) -> Callable[[AnsweredQuestion], bool]:
    return lambda answer: any(w.code in codes for w in answer.scorecard.warnings)


def _either(*tests: Callable[[AnsweredQuestion], bool]) -> Callable[[AnsweredQuestion], bool]:
    return lambda answer: any(test(answer) for test in tests)


def _both(*tests: Callable[[AnsweredQuestion], bool]) -> Callable[[AnsweredQuestion], bool]:
    return lambda answer: all(test(answer) for test in tests)


def _noted(dimension: Dimension, note: str, strength: bool) -> Callable[[AnsweredQuestion], bool]:
    """The rubric's evidence for the dimension says so: a pattern's title is a claim about the
    answers, so it is made only where the evidence makes it."""
    return lambda answer: any(
        e.strength is strength and e.note.startswith(note)
        for e in answer.scorecard[dimension].evidence
    )


def _not(test: Callable[[AnsweredQuestion], bool]) -> Callable[[AnsweredQuestion], bool]:
    return lambda answer: not test(answer)


_D = Dimension

ISSUES: tuple[_Issue, ...] = (
    _Issue(
        PatternKind.UNUSABLE,
        "Answers that could not be judged",
        "Some answers were empty, unreadable, in another language, the question pasted back or "
        "the same text repeated, so there was nothing to score.",
        "the rubric flagged the answer as empty, unreadable, another language, the question "
        "pasted back, or repeated text",
        "Give every question a real attempt, even a short one: three sentences about one "
        "example teach you more than a skipped answer.",
        None,
        _ALL_TYPES,
        _warned(*_UNUSABLE),
    ),
    _Issue(
        PatternKind.OFF_TOPIC,
        "Drifting from the question",
        "Several answers talk about something other than what was asked, so the skill the "
        "question probes never shows.",
        "Relevance below 4, or the rubric marked the answer off-topic",
        "Before you answer, name the skill the question is after in one phrase, and open your "
        "answer by saying how your example shows it.",
        _D.RELEVANCE,
        _ALL_TYPES,
        _either(_below(_D.RELEVANCE, 4.0), _warned("off_topic")),
    ),
    _Issue(
        PatternKind.TOO_SHORT,
        "Answers too short to show what you did",
        "Short answers usually drop a whole part of the story, most often the steps or the "
        "outcome.",
        "the rubric flagged the answer as too short for its question type",
        "Aim for 150 to 300 words on stories: two sentences of setup, most of the words on "
        "your steps, and one or two on the outcome.",
        None,
        _ALL_TYPES,
        _warned("too_short"),
    ),
    _Issue(
        PatternKind.MISSING_RESULT,
        "The outcome is missing",
        "Stories stop before the end: the listener never learns what changed because of you "
        "(for a technical question, how you would check the solution works).",
        "Result below 4",
        "Finish every story with one sentence that starts 'As a result…' and names what "
        "changed, with a number.",
        _D.RESULT,
        _ALL_TYPES,
        _below(_D.RESULT, 4.0),
    ),
    _Issue(
        PatternKind.THIN_ACTION,
        "Few steps of your own",
        "The answers say little about what you actually did: one step or none, where an "
        "interviewer listens for a sequence.",
        "Action below 5",
        "Write down three or four steps you took, in order, each starting with 'I', and say "
        "why you took the key one.",
        _D.ACTION,
        _ALL_TYPES,
        _below(_D.ACTION, 5.0),
    ),
    _Issue(
        PatternKind.HIDDEN_ROLE,
        "'We' hides your own part",
        "The team's actions stand where yours should: the interviewer cannot tell what you did "
        "yourself.",
        "Ownership below 5 where the rubric found 'we' doing the key work (behavioral and "
        "situational questions)",
        "Read your answer back and change each 'we' that did the key work into what you did "
        "yourself; keep 'we' for the team's context.",
        _D.OWNERSHIP,
        _STORIES,
        _both(_below(_D.OWNERSHIP, 5.0), _noted(_D.OWNERSHIP, '"We" hides', strength=False)),
    ),
    _Issue(
        PatternKind.MISSING_SETUP,
        "The setup is missing",
        "The answers jump in without the context or the problem you had to solve, so the "
        "listener has to guess why it mattered.",
        "Situation or Task below 4 (all but motivational questions)",
        "Open with two sentences: where and when it happened, and the problem you had to "
        "solve with what was at stake.",
        _D.TASK,
        _NOT_MOTIVATIONAL,
        _either(_below(_D.SITUATION, 4.0), _below(_D.TASK, 4.0)),
    ),
    _Issue(
        PatternKind.FEW_SPECIFICS,
        "Few numbers, tools or names",
        "General words stand in for facts, which makes the claims hard to believe and easy to "
        "forget.",
        "Specificity below 5",
        "Before the interview, list three facts for each story you plan to tell: a size, a "
        "time span and a tool or system, and use them.",
        _D.SPECIFICITY,
        _ALL_TYPES,
        _below(_D.SPECIFICITY, 5.0),
    ),
    _Issue(
        PatternKind.UNMEASURED_RESULT,
        "Outcomes without a measure",
        "You say how things turned out, but not by how much: the result is there, the evidence "
        "for it is not.",
        "Result from 4 up to 7, with no measured outcome in the answer",
        "Give each outcome a before-and-after number: time saved, money, a percentage, the "
        "number of people it reached.",
        _D.RESULT,
        _ALL_TYPES,
        _both(
            _between(_D.RESULT, 4.0, 7.0),
            _not(_noted(_D.RESULT, "A measured outcome", strength=True)),
        ),
    ),
    _Issue(
        PatternKind.SHALLOW,
        "Little depth",
        "The answers say what happened but rarely why: few reasons, trade-offs, alternatives "
        "or risks.",
        "Depth below 4",
        "For the main decision in each answer, add the option you turned down and why; for "
        "technical questions, the trade-off you accept.",
        _D.DEPTH,
        _ALL_TYPES,
        _below(_D.DEPTH, 4.0),
    ),
    _Issue(
        PatternKind.TOO_LONG,
        "Answers longer than an interviewer waits",
        "Long answers bury the point; the interviewer stops listening before the outcome.",
        "the rubric flagged the answer as too long, or cut it short",
        "Keep stories under 300 words: one sentence of context, then your steps, then the "
        "result. Cut background first.",
        None,
        _ALL_TYPES,
        _warned("too_long", "truncated"),
    ),
    _Issue(
        PatternKind.FILLERS,
        "Fillers and hedges",
        "Words like 'um', 'kind of' and 'I guess' make the answers sound less sure than the "
        "facts in them.",
        "the rubric counted more than two fillers or hedges per 100 words",
        "Say your answers aloud once before the interview and replace each 'I guess' or 'kind "
        "of' with the plain claim.",
        None,
        _ALL_TYPES,
        _warned("fillers"),
    ),
)

_BY_KIND = {issue.kind: issue for issue in ISSUES}


#: What an off-topic answer is still counted for: how it was delivered, not its story's parts.
_DELIVERY = frozenset({PatternKind.TOO_SHORT, PatternKind.TOO_LONG, PatternKind.FILLERS})


def unusable(answer: AnsweredQuestion) -> bool:
    """Whether the rubric could not judge this answer as an answer at all."""
    return _BY_KIND[PatternKind.UNUSABLE].shows_in(answer)


def issues_in(answer: AnsweredQuestion) -> tuple[PatternKind, ...]:
    """The issues one answer shows.

    An answer that could not be judged shows only that. An off-topic answer shows that and how
    it was delivered: the missing parts of a story told to another question say little about
    the candidate's habits.
    """
    if unusable(answer):
        return (PatternKind.UNUSABLE,)
    kind = answer.scorecard.question_type
    found = tuple(i.kind for i in ISSUES if kind in i.applies_to and i.shows_in(answer))
    if PatternKind.OFF_TOPIC in found:
        return tuple(k for k in found if k is PatternKind.OFF_TOPIC or k in _DELIVERY)
    return found


def find_patterns(answers: Sequence[AnsweredQuestion]) -> tuple[Pattern, ...]:
    """Issues shown by two or more answers, the most widespread first, then the costliest."""
    found: dict[PatternKind, list[int]] = {}
    for answer in sorted(answers, key=lambda a: a.position):
        for kind in issues_in(answer):
            found.setdefault(kind, []).append(answer.position)
    order = list(PatternKind)
    recurring = sorted(
        (kind for kind, positions in found.items() if len(positions) >= RECURS_IN),
        key=lambda kind: (-len(found[kind]), order.index(kind)),
    )
    return tuple(_pattern(_BY_KIND[kind], tuple(found[kind])) for kind in recurring)


def _pattern(issue: _Issue, positions: tuple[int, ...]) -> Pattern:
    return Pattern(
        issue.kind,
        issue.title,
        issue.detail,
        issue.rule,
        issue.advice,
        issue.dimension,
        positions,
    )
