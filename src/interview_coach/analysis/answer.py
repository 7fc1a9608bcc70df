"""Turn one answer into facts about it: the whole analysis, pure and deterministic."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from interview_coach.analysis.clauses import Clause, Mood, split_clauses
from interview_coach.analysis.degenerate import (
    Finding,
    cap,
    find_problems,
    renumbered,
    unique_sentences,
)
from interview_coach.analysis.depth import Depth, read_depth
from interview_coach.analysis.expert import Manner, read_manner, without_buzzwords
from interview_coach.analysis.facts import SOFT_SKILL, Fact
from interview_coach.analysis.length import LengthCheck, check_length
from interview_coach.analysis.numbers import Quantity, Reading, quantities
from interview_coach.analysis.patterns import quick
from interview_coach.analysis.question import Question
from interview_coach.analysis.relevance import Relevance, relevance, restating
from interview_coach.analysis.signals import (
    Delivery,
    Ownership,
    delivery,
    named_facts,
    ownership,
)
from interview_coach.analysis.star import LabelledSentence, StarRole, label
from interview_coach.analysis.terms import specific_terms, specific_words
from interview_coach.analysis.text import Sentence, split_sentences, words
from interview_coach.embedding import Embedder
from interview_coach.skills import find_skills
from interview_coach.vocabulary import QuestionType


@dataclass(frozen=True)  # no slots: cached_property needs a __dict__
class AnswerAnalysis:
    question: Question
    text: str
    sentences: tuple[LabelledSentence, ...]
    clauses: tuple[Clause, ...]
    numbers: tuple[Quantity, ...]
    facts: tuple[Fact, ...]  # named tools, systems and organisations
    ownership: Ownership
    depth: Depth
    manner: Manner
    #: How the STAR parts are read: the question's type, except that an honest "I haven't
    #: faced that; here is how I would approach it" to a behavioral question is read as a plan.
    reading: QuestionType
    delivery: Delivery
    relevance: Relevance
    length: LengthCheck
    findings: tuple[Finding, ...]

    def with_role(self, role: StarRole) -> tuple[LabelledSentence, ...]:
        """The sentences with at least one clause in this STAR role."""
        return tuple(s for s in self.sentences if role in s.roles)

    def facts_of(self, kind: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.kind == kind)

    @cached_property
    def substantive_words(self) -> int:
        """The answer's length in words that say something: what length is read from, so that
        connectives, cue words and padding make an answer no longer. Twice the specific words
        of its concrete clauses (about half of plain prose is function words), at most its
        whole length."""
        specific = sum(
            len(specific_words(c.clause.text))
            for s in self.sentences
            for c in s.clauses
            if c.concrete
        )
        return min(self.length.words, 2 * specific)

    @property
    def measures(self) -> tuple[Quantity, ...]:
        """The numbers that measure something in the story (no dates, thresholds or padding)."""
        return tuple(q for q in self.numbers if q.measures)


def analyse(question: Question, answer: str, embedder: Embedder | None = None) -> AnswerAnalysis:
    text, truncated = cap(answer.replace("\r\n", "\n"))
    all_sentences = split_sentences(text)
    findings = find_problems(text, all_sentences, words(text), question.core or question.text)
    if truncated is not None:
        findings.append(truncated)
    # A sentence that only echoes the question is judged as nothing, like a repeat.
    unique = unique_sentences(all_sentences)
    echoed = restating(unique, question.parts)
    sentences = (
        renumbered([s for s in unique if s not in echoed]) if len(echoed) < len(unique) else unique
    )
    tools = [
        Fact("tool", mention.kind, mention.start, mention.end, mention.text)
        for mention in find_skills(text)
    ]
    named = named_facts(sentences, tools)
    clauses = split_clauses(sentences)
    numbers = [
        _as_told(q, clause) for clause in clauses for q in quantities(clause.text, clause.start)
    ]
    # The candidate's record read aloud is not a detail of the story it was asked for.
    record = {c.index for c in clauses if c.record}
    facts_in = _clauses_with_facts(clauses, numbers, named) - record
    # Specific words make a clause concrete; clichés ("holistic", "at the heart of") do not.
    concrete = facts_in | {
        c.index
        for c in clauses
        if c.index not in record and len(specific_terms(without_buzzwords(c.text))) >= 2
    }
    manner = read_manner(sentences, clauses, concrete, facts_in)
    reading = _reading(question.type, manner)
    labelled = label(sentences, clauses, numbers, concrete, reading, frozenset(facts_in))
    numbers = _as_read(numbers, labelled)
    own = ownership(labelled)
    return AnswerAnalysis(
        question=question,
        text=text,
        sentences=tuple(labelled),
        clauses=tuple(clauses),
        numbers=tuple(numbers),
        facts=tuple(f for f in named if not _inside(f, clauses, record)),
        ownership=own,
        depth=read_depth(sentences),
        manner=manner,
        reading=reading,
        delivery=delivery(sentences),
        relevance=_relevance(question, labelled, echoed, embedder),
        # The words of the sentences judged, as the sentences have already read them.
        length=check_length(sum(len(s.words) for s in sentences), question.type),
        findings=tuple(findings),
    )


#: A bound before a number: in a plan, "under 5% I'd drop the rows" sets a rule.
_BOUND = quick(
    r"\b(?:more than|less than|over|under|above|below|at least|at most|between|greater than|"
    r"fewer than|beyond|up to|higher than|lower than|anything (?:over|under|above|below)|"
    r"between \S+ and)\s*$"
)


def _as_told(quantity: Quantity, clause: Clause) -> Quantity:
    """A number as its clause tells it: the candidate's record makes it padding, a bound in a
    plan makes it a threshold (a rule to apply, not a result or a measure of the story)."""
    if quantity.reading is Reading.DATE:
        return quantity
    if clause.record:
        return replace(quantity, reading=Reading.PADDING)
    before = clause.low[max(0, quantity.start - clause.start - 30) : quantity.start - clause.start]
    if clause.mood is Mood.PLAN and _BOUND.search(before):
        return replace(quantity, reading=Reading.THRESHOLD)
    return quantity


def _inside(fact: Fact, clauses: list[Clause], indices: set[int]) -> bool:
    return any(clauses[i].start <= fact.start < clauses[i].end for i in indices)


def _as_read(numbers: list[Quantity], labelled: list[LabelledSentence]) -> list[Quantity]:
    """A number measures an outcome only where its clause tells one; elsewhere it sizes the
    situation or the work."""
    outcomes = {id(q) for s in labelled for c in s.clauses for q in c.outcome}
    return [
        replace(q, reading=Reading.CONTEXT)
        if q.reading is Reading.OUTCOME and id(q) not in outcomes
        else q
        for q in numbers
    ]


def _reading(question_type: QuestionType, manner: Manner) -> QuestionType:
    if question_type is QuestionType.BEHAVIORAL and manner.honest_approach is not None:
        return QuestionType.SITUATIONAL
    return question_type


def _clauses_with_facts(
    clauses: list[Clause], numbers: list[Quantity], named: list[Fact]
) -> set[int]:
    spans = [(q.start, q.end) for q in numbers if q.measures] + [
        (f.start, f.end) for f in named if f.detail != SOFT_SKILL
    ]
    return {c.index for c in clauses if any(c.start <= a < c.end for a, _ in spans)}


def _relevance(
    question: Question,
    labelled: list[LabelledSentence],
    echoed: list[Sentence],
    embedder: Embedder | None,
) -> Relevance:
    sentences = [item.sentence for item in labelled]
    digest = _digest(labelled)
    return relevance(question, sentences, echoed, digest, embedder if digest else None)


#: Words of the answer the embedding model reads (it reads about 128 word pieces).
_DIGEST_WORDS = 95
_DIGEST_PRIORITY = (StarRole.TASK, StarRole.RESULT, StarRole.ACTION, None, StarRole.SITUATION)


def _digest(labelled: list[LabelledSentence]) -> str:
    """The sentences that best show what the answer is about, in their order, within budget.

    The model reads only so much; a long Situation should not crowd out the Task, Action and
    Result, which are what must answer the question.
    """
    if not labelled:
        return ""
    chosen = {labelled[0].sentence.index}
    budget = _DIGEST_WORDS - len(labelled[0].sentence.words)
    for role in _DIGEST_PRIORITY:
        for item in labelled:
            size = len(item.sentence.words)
            if item.role is role and item.sentence.index not in chosen and size <= budget:
                chosen.add(item.sentence.index)
                budget -= size
    return " ".join(item.sentence.text for item in labelled if item.sentence.index in chosen)
