"""Turn one answer into facts about it: the whole analysis, pure and deterministic."""

from __future__ import annotations

from dataclasses import dataclass

from interview_coach.analysis.degenerate import Finding, cap, find_problems, unique_sentences
from interview_coach.analysis.facts import Fact
from interview_coach.analysis.length import LengthCheck, check_length
from interview_coach.analysis.question import Question
from interview_coach.analysis.relevance import Relevance, relevance
from interview_coach.analysis.signals import (
    Delivery,
    Depth,
    Ownership,
    delivery,
    depth,
    facts,
    ownership,
)
from interview_coach.analysis.star import LabelledSentence, StarRole, label
from interview_coach.analysis.text import split_sentences, words
from interview_coach.embedding import Embedder
from interview_coach.skills import find_skills


@dataclass(frozen=True, slots=True)
class AnswerAnalysis:
    question: Question
    text: str
    sentences: tuple[LabelledSentence, ...]
    facts: tuple[Fact, ...]
    ownership: Ownership
    depth: Depth
    delivery: Delivery
    relevance: Relevance
    length: LengthCheck
    findings: tuple[Finding, ...]

    def with_role(self, role: StarRole) -> tuple[LabelledSentence, ...]:
        return tuple(s for s in self.sentences if s.role is role)

    def facts_of(self, kind: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.kind == kind)


def analyse(question: Question, answer: str, embedder: Embedder | None = None) -> AnswerAnalysis:
    text, truncated = cap(answer.replace("\r\n", "\n"))
    all_sentences = split_sentences(text)
    findings = find_problems(text, all_sentences, words(text), question.text)
    if truncated is not None:
        findings.append(truncated)
    sentences = unique_sentences(all_sentences)
    tools = [
        Fact("tool", mention.kind, mention.start, mention.end, mention.text)
        for mention in find_skills(text)
    ]
    found = facts(sentences, tools)
    metric_sentences = {
        s.index
        for s in sentences
        for f in found
        if f.kind == "metric" and s.start <= f.start < s.end
    }
    labelled = label(sentences, metric_sentences)
    judged_text = " ".join(s.text for s in sentences)
    digest = _digest(labelled)
    return AnswerAnalysis(
        question=question,
        text=text,
        sentences=tuple(labelled),
        facts=tuple(found),
        ownership=ownership(labelled),
        depth=depth(sentences),
        delivery=delivery(sentences),
        relevance=relevance(question, judged_text, digest, embedder if digest else None),
        length=check_length(len(words(judged_text)), question.type),
        findings=tuple(findings),
    )


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
