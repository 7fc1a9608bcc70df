"""Does the answer answer what was asked?

Two readings, combined by the rubric: how close the answer is to the ask (the embedding model's
similarity, or shared words without the model), and whether what the question asks for happens in
the answer (a conflict question needs a disagreement, "a problem that was not yours" needs going
beyond one's role; see data/events.toml). Sentences that only restate the question count for
neither: echoing the question's words is not answering it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from math import sqrt
from typing import TYPE_CHECKING

import numpy as np

from interview_coach.analysis.lexicon import SPOKEN_FILLER
from interview_coach.analysis.patterns import quick
from interview_coach.analysis.terms import content_terms, without_generic
from interview_coach.analysis.text import Sentence, lowered
from interview_coach.embedding import Embedder

if TYPE_CHECKING:
    from interview_coach.analysis.question import Question

#: Interview questions of every kind, written by us. An answer's similarity to the question
#: asked is read against its similarity to these: a relevant answer fits its own question
#: better than it fits interview questions in general.
REFERENCE_QUESTIONS = (
    "Tell me about yourself.",
    "Why do you want this job?",
    "What is your greatest weakness?",
    "Tell me about a time you led a team.",
    "Describe a conflict with a colleague and how you resolved it.",
    "Tell me about a time you failed.",
    "How would you design a scalable web service?",
    "Explain how you would debug a production outage.",
    "What would you do if you missed an important deadline?",
    "Tell me about a time you persuaded someone to change their mind.",
    "How do you prioritise competing tasks?",
    "Describe a time you handled an unhappy customer.",
    "Where do you see yourself in five years?",
    "Tell me about a project you are proud of.",
    "How would you handle a teammate who is not pulling their weight?",
    "Describe a time you had to learn something new quickly.",
    "What motivates you at work?",
    "Tell me about a time you used data to make a decision.",
    "How do you make sure your work is high quality?",
    "Describe a situation where the requirements were unclear.",
)
#: A reference this close to the question asked is the same question; it is left out.
_SAME_QUESTION = 0.6
_references: dict[int, np.ndarray] = {}


_NEGATED = quick(
    r"\b(?:don't|do not|never|not|no|haven't|have not|hasn't|didn't|did not|rarely|seldom|"
    r"without)\b(?:\s+\S+){0,3}\s*$",
)


_SPACES = re.compile(r"\s{2,}")


def unfilled(text: str) -> str:
    """The text without its spoken fillers (which break the phrases an event is told in: "I
    umm organised the team") and with single spaces."""
    return _SPACES.sub(" ", SPOKEN_FILLER.sub("", text))


@dataclass(frozen=True, slots=True)
class Ask:
    """One kind of thing a question can ask for, and what shows an answer gives it."""

    id: str
    name: str
    asked: re.Pattern[str]  # any of the patterns that recognise it in a question
    event: re.Pattern[str]  # any of the patterns of which one must happen in the answer
    part: bool  # a further part of a question ("... and what would you do differently?")
    broad: bool  # sets the scene more than it defines the question ("a customer")

    def in_question(self, text: str) -> bool:
        return self.asked.search(lowered(text)) is not None

    def evidence(self, sentences: Sequence[Sentence]) -> Sentence | None:
        """The first sentence in which the asked-for event happens (and is not denied:
        "I don't really have disagreements" tells of none)."""
        for sentence in sentences:
            low = unfilled(sentence.low)
            for match in self.event.finditer(low):
                if not _NEGATED.search(low[max(0, match.start() - 40) : match.start()]):
                    return sentence
        return None


@cache
def asks() -> tuple[Ask, ...]:
    data = tomllib.loads(
        resources.files("interview_coach.analysis").joinpath("data/events.toml").read_text()
    )
    return tuple(
        Ask(
            item["id"],
            item["name"],
            _any_of(item["asked"]),
            _any_of(item["event"]),
            bool(item.get("part", False)),
            bool(item.get("broad", False)),
        )
        for item in data["ask"]
    )


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    """One pattern for a list of them: one scan of the text instead of one per pattern."""
    return quick("|".join(f"(?:{p})" for p in patterns))


def asks_in(question: str) -> tuple[str, ...]:
    """The ids of what a question asks for, read from its wording alone."""
    return tuple(a.id for a in asks() if a.in_question(question))


@dataclass(frozen=True, slots=True)
class FurtherPart:
    """A further question inside the ask ("..., and how would you record and escalate it?"),
    with the words of its own that an answer to it takes up."""

    text: str
    terms: frozenset[str]


_WH_WORDS = "what|how|why|when|who|which"
#: Where a question divides into parts: "What happened? What would you do differently?"
PARTS = re.compile(rf"[?.!]\s+|,?\s+and (?=(?:{_WH_WORDS})\b)", re.I)
#: Where an ask divides into questions: its parts, and ", what ..." too.
_PIECES = re.compile(PARTS.pattern + r"|,\s+(?=(?:what|how|why)\b)", re.I)
_WH = re.compile(rf"^(?:{_WH_WORDS})\b", re.I)


def further_parts(core: str) -> tuple[FurtherPart, ...]:
    """The questions an ask goes on to after its first one, each with the terms only it
    uses. A part an ask of its own already checks ("what would you do differently") and a
    part with no words of its own ("and what would you do?") are left out."""
    pieces = [p.strip(" ?.!,") for p in _PIECES.split(core) if p.strip(" ?.!,")]
    first = next((i for i, p in enumerate(pieces) if _WH.match(p)), len(pieces))
    found: list[FurtherPart] = []
    for index in range(first + 1, len(pieces)):
        piece = pieces[index]
        if not _WH.match(piece) or any(a.part and a.in_question(piece) for a in asks()):
            continue
        before = frozenset(t for p in pieces[:index] for t in content_terms(p))
        own = without_generic(frozenset(content_terms(piece)) - before)
        if own:
            found.append(FurtherPart(piece, own))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class AskCheck:
    ask: str  # the Ask's id
    name: str
    part: bool
    broad: bool
    shown: Sentence | None  # where the answer gives it; None when it never does
    #: Where only a sentence that echoes the question names it ("There was a project where I
    #: made an error in my analysis."): it is not told, but the answer is about it.
    echoed: Sentence | None = None


@dataclass(frozen=True, slots=True)
class Relevance:
    similarity: float
    margin: float  # similarity to the question minus mean similarity to the references
    method: str  # "semantic" or "lexical"
    shared_terms: tuple[str, ...]
    checks: tuple[AskCheck, ...]
    restated: tuple[Sentence, ...]  # sentences that only echo the question

    @property
    def main(self) -> tuple[AskCheck, ...]:
        """What defines the question: its specific asks, or its broad ones when it has no
        specific ask; never its further parts."""
        main = [c for c in self.checks if not c.part]
        specific = [c for c in main if not c.broad]
        return tuple(specific or main)

    @property
    def only_echoed(self) -> AskCheck | None:
        """The main ask the answer names only in the question's own words, when it names none
        in its own: it is about the question, and never tells it."""
        main = self.main
        if any(c.shown for c in main):
            return None
        return next((c for c in main if c.echoed is not None), None)

    @property
    def met(self) -> tuple[AskCheck, ...]:
        return tuple(c for c in self.checks if c.shown is not None)

    @property
    def missing(self) -> tuple[AskCheck, ...]:
        return tuple(c for c in self.checks if c.shown is None)


def restating(sentences: Sequence[Sentence], parts: Sequence[frozenset[str]]) -> list[Sentence]:
    """Sentences made mostly of the words of the question (or of one of its parts), with
    little of their own."""
    asked = frozenset().union(*parts) if parts else frozenset()
    found = []
    for sentence in sentences:
        terms = set(content_terms(sentence.text))
        echoes = any(
            len(terms & part) >= min(2, len(part)) and len(terms & part) >= 0.5 * len(part)
            for part in parts
            if part
        )
        if echoes and len(terms - asked) <= 2:
            found.append(sentence)
    return found


def relevance(
    question: Question,
    sentences: Sequence[Sentence],
    echoed: Sequence[Sentence],
    digest: str,
    embedder: Embedder | None,
) -> Relevance:
    """How the answer's own sentences (not those that echo the question) speak to the ask.

    The analysis leaves echoes out of ``sentences`` unless every sentence is one; then none
    of them counts here."""
    question_terms, question_vector = question.terms, question.vector
    words_of = question.words_by_stem()
    own = [s for s in sentences if s not in echoed]
    terms = [t for s in own for t in content_terms(s.text)]
    shared = tuple(sorted({words_of.get(t, t) for t in question_terms.intersection(terms)}))
    if embedder is not None and question_vector is not None and digest:
        vector = embedder.embed([digest])[0]
        similarity, method = float(vector @ question_vector), "semantic"
        margin = similarity - _reference_similarity(embedder, question_vector, vector)
    else:
        similarity, method = _lexical_similarity(question_terms, terms), "lexical"
        margin = similarity
    by_id = {a.id: a for a in asks()}
    checks = tuple(_check(by_id[ask], own, echoed) for ask in question.asks) + tuple(
        _part_check(index, part, own) for index, part in enumerate(question.further)
    )
    return Relevance(round(similarity, 4), round(margin, 4), method, shared, checks, tuple(echoed))


def _part_check(index: int, part: FurtherPart, own: Sequence[Sentence]) -> AskCheck:
    """A further question is taken up when a sentence of the answer uses its own words."""
    need = min(2, len(part.terms))
    shown = next(
        (s for s in own if len(part.terms.intersection(content_terms(s.text))) >= need), None
    )
    return AskCheck(f"part-{index + 1}", f"\u201c{part.text}?\u201d", True, False, shown)


def _check(ask: Ask, own: Sequence[Sentence], echoed: Sequence[Sentence]) -> AskCheck:
    shown = ask.evidence(own)
    in_echo = ask.evidence(echoed) if shown is None else None
    return AskCheck(ask.id, ask.name, ask.part, ask.broad, shown, in_echo)


def _reference_similarity(embedder: Embedder, question: np.ndarray, answer: np.ndarray) -> float:
    key = id(embedder)
    if key not in _references:
        _references[key] = embedder.embed(REFERENCE_QUESTIONS)
    references = _references[key]
    others = references[references @ question < _SAME_QUESTION]
    return float((others @ answer).mean()) if len(others) else 0.0


def _lexical_similarity(question_terms: frozenset[str], answer_terms: list[str]) -> float:
    """Share of the question's key terms the answer takes up, damped for very short answers."""
    if not question_terms or not answer_terms:
        return 0.0
    covered = len(question_terms.intersection(answer_terms)) / len(question_terms)
    return covered * min(1.0, sqrt(len(set(answer_terms)) / 20))
