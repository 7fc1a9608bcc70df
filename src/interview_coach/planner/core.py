"""The job's core asks: its responsibilities and must-haves, each to get a question.

Over a Standard or Full session with the Mixed or Hard Skills focus every core ask gets a
question about it, when the session has the room (Hard Skills asks them with the role's craft
competencies only; the other foci keep to their own competencies). The rule when it has not:

- Core asks are taken in turn, a responsibility then a must-have, each in the order the job
  lists them (job descriptions list what matters most first).
- A must-have a responsibility already names ("Auditing" in "Coordinate the annual external
  audit") is folded into it: one question asks about both.
- At most three in four of the session's non-motivational questions are spent on them (the rest
  stay free for the candidate's own work); the core asks past that budget wait for a longer
  session.

A question covers a core ask when it quotes it (only a competency the job names it for may), when
it is a deep dive into a resume line about it, when its competency is one the job names it for
and its ask is about it in its own words ("decide when to escalate a patient" for "Escalate
deteriorating patients"), or, for a way of working no question can quote ("Communication"), when
its competency is one the job names it for.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest

from interview_coach.competencies.areas import is_soft_skill
from interview_coach.planner.plan import AskedQuestion
from interview_coach.planner.similarity import rare, tokens
from interview_coach.profile.model import JobProfile
from interview_coach.vocabulary import QuestionType, SessionLength, TopicFocus

#: The share of a session's non-motivational questions core asks may take.
BUDGET = 0.75
#: Sessions at least this long cover the core asks (Standard and Full, not Quick).
FROM_LENGTH = SessionLength.STANDARD.questions
#: The foci that ask the core asks: the job as a whole, or its craft. Soft skills, Leadership and
#: Motivation keep to their own competencies.
FOCI = frozenset({TopicFocus.MIXED, TopicFocus.HARD_SKILLS})
#: Content words a resume line must share with a core ask for a deep dive into it to cover it
#: (or all of the core ask's words, when it has fewer).
SHARED_WORDS = 2
#: Words of a core ask too general to say what it is about.
_GENERAL = tokens(
    "team teams work role strong experience skill skills year years least including ensure "
    "ensuring using use good high new make making support supporting deliver delivering provide "
    "providing manage managing within across daily day other others"
)


@dataclass(frozen=True, slots=True)
class CoreAsk:
    """One thing the job most needs: a responsibility or a must-have (``fact``, as the job
    wrote it), with the must-haves folded into it."""

    fact: str
    folded: tuple[str, ...] = ()
    #: A way of working ("Communication"): asked about by its competency, never quoted.
    soft: bool = False

    @property
    def facts(self) -> tuple[str, ...]:
        return (self.fact, *self.folded)


@lru_cache(maxsize=64)
def core_asks(job: JobProfile) -> tuple[CoreAsk, ...]:
    """The job's core asks in the order they are asked about."""
    duties = list(dict.fromkeys(job.responsibilities))
    folded: dict[str, list[str]] = {d: [] for d in duties}
    musts: list[str] = []
    for must in dict.fromkeys(job.must_have):
        if must in folded:
            continue
        home = next((d for d in duties if _names(d, must)), None)
        if home is None:
            musts.append(must)
        else:
            folded[home].append(must)
    asks = [CoreAsk(d, tuple(folded[d])) for d in duties]
    asks_of_musts = [CoreAsk(m, soft=is_soft_skill(m)) for m in musts]
    ordered = (a for pair in zip_longest(asks, asks_of_musts) for a in pair if a is not None)
    return tuple(ordered)


def budget(types: Sequence[QuestionType], focus: TopicFocus = TopicFocus.MIXED) -> int:
    """How many core asks a session of these question types has room for."""
    if len(types) < FROM_LENGTH or focus not in FOCI:
        return 0
    return int(BUDGET * sum(t is not QuestionType.MOTIVATIONAL for t in types))


def covered(history: Iterable[AskedQuestion]) -> set[str]:
    """The core asks (by their facts) this session's questions have covered."""
    return {fact for asked in history if asked.plan is not None for fact in asked.plan.covers}


def uncovered(asks: Sequence[CoreAsk], done: Collection[str], room: int) -> list[CoreAsk]:
    """The core asks within the session's room not yet covered, first first."""
    return [a for a in asks[:room] if a.fact not in done]


def covers(
    asks: Sequence[CoreAsk],
    quoted: Collection[str],
    relevant: Collection[str],
    story: str | None,
    seed: str = "",
) -> tuple[str, ...]:
    """The core asks' facts a question covers.

    Args:
        asks: the job's core asks.
        quoted: the job facts the question quotes.
        relevant: the job facts its competency is asked for.
        story: the resume line a deep dive asks about, if it is one.
        seed: what the question asks, in the bank's words.
    """
    found: list[str] = []
    for ask in asks:
        if (
            set(ask.facts) & set(quoted)
            or (ask.fact in relevant and (ask.soft or about(seed, ask.fact)))
            or (story is not None and about(story, ask.fact))
        ):
            found += ask.facts
    return tuple(dict.fromkeys(found))


def telling(text: str) -> frozenset[str]:
    """The content words of a text that say what it is about."""
    return tokens(text) - _GENERAL


@lru_cache(maxsize=8192)
def about(line: str, fact: str) -> bool:
    """Whether a resume line is about a job fact: it shares the fact's telling words, or one
    word no question of the bank uses (a tool, a method: "Kafka", "VAT")."""
    wanted = telling(fact)
    shared = wanted & tokens(line)
    return bool(wanted) and (
        len(shared) >= min(SHARED_WORDS, len(wanted)) or any(rare(w) for w in shared)
    )


def _names(duty: str, must: str) -> bool:
    """Whether a responsibility names a must-have: each of its words, or their stems."""
    words = tokens(must)
    have = tokens(duty)
    return bool(words) and all(any(_same_stem(w, h) for h in have) for w in words)


def _same_stem(a: str, b: str) -> bool:
    if a == b:
        return True
    stem = min(len(a), len(b), 6)
    return stem >= 5 and a[:stem] == b[:stem]
