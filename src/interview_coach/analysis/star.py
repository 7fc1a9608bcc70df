"""Which sentences of an answer are its Situation, Task, Action and Result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from interview_coach.analysis.lexicon import (
    ACTION_BASE,
    ACTION_VERBS,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    RESULT_CUES,
    SEQUENCE_CUES,
    SITUATION_CUES,
    TASK_CUES,
)
from interview_coach.analysis.text import Sentence

#: A role needs at least this much cue weight; weaker sentences stay unlabelled.
_THRESHOLD = 2.0
_MODALS = frozenset({"would", "will", "could", "should", "'d", "might", "can"})
#: Past forms that describe a state of mind or a need, not something done.
_NOT_ACTIONS = frozenset(
    [
        "needed",
        "wanted",
        "hoped",
        "liked",
        "loved",
        "seemed",
        "believed",
        "supposed",
        "wished",
        "feared",
        "owned",
        "enjoyed",
        "preferred",
        "appeared",
        "struggled",
        "interested",
        "excited",
        "used",
        "learned",
        "realized",
        "realised",
    ]
)
_ADVERBS = frozenset({"then", "also", "first", "personally", "quickly", "just", "immediately"})


class StarRole(StrEnum):
    SITUATION = "situation"
    TASK = "task"
    ACTION = "action"
    RESULT = "result"


class Agent(StrEnum):
    """Who does the action a sentence describes."""

    SELF = "I"
    TEAM = "we"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ActionClause:
    agent: Agent
    verb: str


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    sentence: Sentence
    role: StarRole | None
    weights: dict[StarRole, float]
    actions: tuple[ActionClause, ...]
    has_metric: bool


def action_clauses(sentence: Sentence) -> tuple[ActionClause, ...]:
    """Subject + action verb pairs: "I migrated", "we would shard", "I'd ask"."""
    words = sentence.lower_words
    clauses = []
    for index, word in enumerate(words):
        agent = _agent(word)
        if agent is None:
            continue
        verb = _verb_after(words, index + 1)
        if verb:
            clauses.append(ActionClause(agent, verb))
    return tuple(clauses)


def label(sentences: Sequence[Sentence], metric_sentences: set[int]) -> list[LabelledSentence]:
    """Give each sentence the STAR role its cues, tense and position point to most."""
    total = max(len(sentences), 1)
    labelled = []
    for sentence in sentences:
        actions = action_clauses(sentence)
        position = (sentence.index + 0.5) / total
        weights = _weights(sentence, actions, position, sentence.index in metric_sentences)
        best = max(weights, key=lambda role: weights[role])
        role = best if weights[best] >= _THRESHOLD else None
        labelled.append(
            LabelledSentence(sentence, role, weights, actions, sentence.index in metric_sentences)
        )
    return labelled


def _weights(
    sentence: Sentence, actions: tuple[ActionClause, ...], position: float, has_metric: bool
) -> dict[StarRole, float]:
    text = sentence.lower
    situation = 2.0 * _hits(text, SITUATION_CUES) + (1.0 if position < 0.34 else 0.0)
    task = 3.5 * _hits(text, TASK_CUES)
    action = 2.5 * min(len(actions), 2) + 0.5 * _hits(text, SEQUENCE_CUES)
    result = 2.0 * _hits(text, RESULT_CUES) + (1.0 if position > 0.6 else 0.0)
    if has_metric:
        result += 1.5 if position > 0.4 else 0.5
        situation += 0.5 if position < 0.34 else 0.0
    if not actions and position < 0.34:
        situation += 1.0
    return {
        StarRole.SITUATION: min(situation, 4.0),
        StarRole.TASK: min(task, 5.0),
        StarRole.ACTION: action,
        StarRole.RESULT: min(result, 6.0),
    }


def _regular_past(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_ACTIONS


def _hits(text: str, cues: tuple[str, ...]) -> int:
    return sum(1 for cue in cues if cue in text)


def _agent(word: str) -> Agent | None:
    if word in FIRST_SINGULAR:
        return Agent.SELF
    if word in FIRST_PLURAL and word != "us":
        return Agent.TEAM
    if word in {"they", "team", "he", "she", "everyone", "manager", "lead"}:
        return Agent.OTHER
    return None


def _verb_after(words: tuple[str, ...], start: int) -> str | None:
    """The action verb right after a subject, skipping an adverb or a modal."""
    for word in words[start : start + 3]:
        if word in ACTION_VERBS or _regular_past(word):
            return word
        if word in ACTION_BASE:
            return word  # hypothetical ("I'd ask") or present tense ("I check the logs")
        if word in _MODALS or word in _ADVERBS:
            continue
        return None
    return None
