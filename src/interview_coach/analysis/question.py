"""What a question asks: its type, the competency it probes and its key terms."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from interview_coach.analysis.relevance import PARTS, FurtherPart, asks, asks_in, further_parts
from interview_coach.analysis.terms import content_terms, stem
from interview_coach.competencies import catalog
from interview_coach.embedding import Embedder
from interview_coach.questions.phrasing import strip_voice
from interview_coach.vocabulary import QuestionType

_PEOPLE = (
    r"customer|client|colleague|co-?worker|teammate|team member|manager|boss|parent|patient|"
    r"family|pupil|student|staff|employee|associate|someone|a person|people|stakeholder|"
    r"conflict|complaint|disagreement|pushback|situation|request|director|partner|supplier|"
    r"vendor|contractor|nurse|doctor|physician|consultant"
)
#: Read in order: the first kind whose pattern matches is the question's type.
_TYPE_PATTERNS: tuple[tuple[QuestionType, re.Pattern[str]], ...] = (
    (
        QuestionType.BEHAVIORAL,
        re.compile(
            r"\btell me about (?:a time|an? occasion|a situation|something|a \w+ (?:you|when|that)|"
            r"the (?:last|hardest|biggest|most))|\bdescribe (?:a time|an? occasion|a situation "
            r"(?:where|when|in which) you)|\bgive me an example\b|\bwalk me through a "
            r"(?:time|deal|project|situation|case|decision|campaign|mistake)\b|\bhave you ever\b|"
            r"\bshare an example\b|\btalk me through a time\b|\bwhen did you last\b",
            re.I,
        ),
    ),
    (
        QuestionType.MOTIVATIONAL,
        re.compile(
            r"\bwhy (?:do|did|are|would|should|this|our|us|here|now|move|leave|join|apply|you|"
            r"we)\b|\bwhat (?:motivates|drives|excites|attracts|draws|interests)\b|\bwhere do you "
            r"(?:see|want)\b|\bwhere (?:would|will) you (?:be|like)|\babout yourself\b|"
            r"\byour (?:greatest )?weakness|\bwhat keeps you (?:motivated|going)|\bchange one "
            r"thing about|\bfavou?rite\b|\bwhat do you (?:like|enjoy|value)|\bwhat are you "
            r"looking for\b|\bwhere do you want\b",
            re.I,
        ),
    ),
    (
        QuestionType.SITUATIONAL,
        re.compile(
            r"\bwhat (?:would|will|do) you do\b|\bwhat(?:'s| is) your first move\b|\bimagine\b|"
            r"\bsuppose\b|\bif you (?:were|had|found|discovered|noticed|joined|learned|saw)\b|"
            r"\bhow would you (?:respond|react|deal|approach|tell|convince|persuade|break|"
            r"handle (?:a |an |the |your |it |this |that )?(?:\w+ ){0,2}(?:" + _PEOPLE + r"))",
            re.I,
        ),
    ),
    (
        QuestionType.TECHNICAL,
        re.compile(
            r"\bhow would you\b|\bexplain\b|\bwhat(?:'s| is) the (?:difference|purpose|"
            r"interaction|role of)\b|\bwhat is\b|\bhow do(?:es)? (?:you|it|a|an|the)\b|"
            r"\bwalk me through how\b|\bdesign an?\b|\bwhat happens when\b|"
            r"\bwhen would you (?:use|report|choose|pick|prefer)\b|\bwhich (?:metrics|tools|"
            r"tests|checks)\b|\bhow can you\b|\bwhat (?:steps|checks|tests|metrics) would\b",
            re.I,
        ),
    ),
)

#: A technical question that asks for a concept explained ("What's the difference between an
#: accrual and a provision?", "Explain optimistic locking"), not for something designed, run or
#: fixed: its answer has no scale or constraints to assume.
_EXPLAIN = re.compile(
    r"^\W*(?:can you |could you )?(?:explain (?:the difference|what|why)\b|what(?:'s| is| are) "
    r"(?:the (?:difference|purpose|role)|an? )|how (?:does|do) (?:an?|the)\b|what happens when\b|"
    r"define\b)",
    re.I,
)
#: ... unless it also asks how the candidate would go about something.
_DESIGN = re.compile(
    r"\b(?:design|build|set up|migrate|implement|debug)\b|\bhow (?:would|will) you\b|"
    r"\bhow you(?:'d| would| will)\b",
    re.I,
)


def explains(question: str) -> bool:
    """The question asks for a concept explained, not for an approach to something."""
    return bool(_EXPLAIN.search(question)) and not _DESIGN.search(question)


_WORDS = re.compile(r"[a-z][a-z'-]*[a-z]")


@dataclass(frozen=True, slots=True)
class Question:
    """A question prepared once, so each answer to it costs only the answer's own work.

    ``core`` is the ask itself: the question without the resume or job facts it quotes (an
    answer from the candidate's own field shares those words with any question) and without
    what the coach mode says around it (so an answer reads the same in every mode). Every
    score reads the core and the type, never the displayed wording: ``asks`` (what the core asks
    for, see analysis.relevance) and ``terms`` come from it alone.
    """

    text: str
    type: QuestionType
    competency: str | None  # the competency's name, for feedback; no score reads it
    asks: tuple[str, ...]
    terms: frozenset[str]
    core: str = ""
    parts: tuple[frozenset[str], ...] = ()  # the terms of each part of a multi-part ask
    further: tuple[FurtherPart, ...] = ()  # the questions the ask goes on to, each checked
    vector: np.ndarray | None = field(default=None, compare=False)

    def words_of(self, stems: Iterable[str]) -> list[str]:
        """The question's own words behind these stems, to quote them readably."""
        words = self.words_by_stem()
        return [words.get(item, item) for item in stems]

    def words_by_stem(self) -> dict[str, str]:
        return {stem(word): word for word in reversed(_WORDS.findall(self.core.lower()))}


def infer_type(text: str) -> QuestionType:
    """Read the question type from its wording; behavioral when nothing else fits."""
    for question_type, pattern in _TYPE_PATTERNS:
        if pattern.search(text):
            return question_type
    return QuestionType.BEHAVIORAL


def prepare(
    text: str,
    question_type: QuestionType | None = None,
    embedder: Embedder | None = None,
    competency: str | None = None,
    grounding: Sequence[str] = (),
    vector: np.ndarray | None = None,
    ask: str | None = None,
) -> Question:
    """Prepare a question; ``competency`` is a catalog id when the planner chose it.

    ``ask``, when the planner recorded it, is what the question asks, and every score reads
    it: the displayed ``text`` may be worded by any coach mode or engine. Without it the ask is
    read from the text (the built-in voices removed). ``vector``, when given, is the embedding
    of the ask made earlier by the same model; the embedder is then not run.
    """
    core = ask or _without_facts(strip_voice(text), grounding) or text
    found = asks_in(core)
    name = _competency_name(competency, found)
    if embedder is None:
        vector = None  # without the model relevance is read lexically, whatever was recorded
    elif vector is None and core.strip():
        vector = embedder.embed([core])[0]
    kind = question_type or infer_type(text)
    return Question(
        text=text,
        type=kind,
        competency=name,
        asks=found,
        terms=frozenset(content_terms(core)),
        parts=tuple(frozenset(content_terms(p)) for p in PARTS.split(core) if p.strip()),
        # A technical question's further parts ("when is each used?", "what are the
        # trade-offs?") are answered in the answer's own terms: only the model could check them.
        further=further_parts(core) if kind is not QuestionType.TECHNICAL else (),
        core=core,
        vector=vector,
    )


def _competency_name(competency_id: str | None, found: tuple[str, ...]) -> str | None:
    """The catalog's name for the competency, else that of the first ask the question holds."""
    if competency_id is not None:
        try:
            return catalog.competency(competency_id).name.lower()
        except KeyError:
            pass
    return next((a.name for a in asks() if a.id in found), None)


def _without_facts(text: str, grounding: Sequence[str]) -> str:
    core = text
    for fact in sorted(grounding, key=len, reverse=True):
        if len(fact) >= 3:
            core = re.sub(re.escape(fact), " ", core, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", core).strip()
