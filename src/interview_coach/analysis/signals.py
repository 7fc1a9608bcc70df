"""Ownership, specificity, depth and delivery signals over labelled sentences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.analysis.facts import Fact, metrics, named_things
from interview_coach.analysis.lexicon import (
    ALTERNATIVE_CUES,
    FILLERS,
    HEDGES,
    NUMBER_WORDS,
    REASONING_CUES,
    REFLECTION_CUES,
    RISK_CUES,
    ROLE_CLAIMS,
    TRADE_OFF_CUES,
    VAGUE_WORDS,
)
from interview_coach.analysis.star import Agent, LabelledSentence, StarRole
from interview_coach.analysis.text import Sentence

#: "We" is fine where it describes the team's context or the shared outcome.
_SHARED_ROLES = (StarRole.SITUATION, StarRole.RESULT)


@dataclass(frozen=True, slots=True)
class Ownership:
    own_actions: tuple[Sentence, ...]
    team_actions: tuple[Sentence, ...]
    role_claims: tuple[Sentence, ...]
    team_context: int  # "we" in context or outcome sentences: fine, counted for the record


@dataclass(frozen=True, slots=True)
class Depth:
    """Sentences showing each kind of depth."""

    reasoning: tuple[Sentence, ...]
    trade_offs: tuple[Sentence, ...]
    alternatives: tuple[Sentence, ...]
    risks: tuple[Sentence, ...]
    reflection: tuple[Sentence, ...]

    @property
    def kinds_shown(self) -> int:
        return sum(
            1
            for found in (
                self.reasoning,
                self.trade_offs,
                self.alternatives,
                self.risks,
                self.reflection,
            )
            if found
        )


@dataclass(frozen=True, slots=True)
class Delivery:
    fillers: int
    hedges: int
    vague: tuple[str, ...]


def ownership(labelled: Sequence[LabelledSentence]) -> Ownership:
    own, team, claims = [], [], []
    context_we = 0
    for item in labelled:
        agents = {clause.agent for clause in item.actions}
        if item.role in _SHARED_ROLES and Agent.SELF not in agents and Agent.TEAM in agents:
            context_we += 1
            continue
        if Agent.SELF in agents:
            own.append(item.sentence)
        elif Agent.TEAM in agents:
            team.append(item.sentence)
        if any(cue in item.sentence.lower for cue in ROLE_CLAIMS):
            claims.append(item.sentence)
    return Ownership(tuple(own), tuple(team), tuple(claims), context_we)


def facts(sentences: Sequence[Sentence], tools: Sequence[Fact]) -> list[Fact]:
    """Metrics and named systems in every sentence, plus the tools found by the gazetteer."""
    found: list[Fact] = list(tools)
    taken = [(t.start, t.end) for t in tools]
    for sentence in sentences:
        if _may_hold_a_number(sentence):
            found += metrics(sentence.text, sentence.start)
        for name in named_things(sentence.text, sentence.start):
            if not any(start < name.end and name.start < end for start, end in taken):
                found.append(name)
    return sorted(found, key=lambda fact: (fact.start, fact.end))


def _may_hold_a_number(sentence: Sentence) -> bool:
    """A cheap test that spares most sentences the metric pattern."""
    return any(c.isdigit() for c in sentence.text) or not NUMBER_WORDS.isdisjoint(
        sentence.lower_words
    )


def depth(sentences: Sequence[Sentence]) -> Depth:
    def showing(cues: tuple[str, ...]) -> tuple[Sentence, ...]:
        return tuple(s for s in sentences if any(cue in s.lower for cue in cues))

    return Depth(
        reasoning=showing(REASONING_CUES),
        trade_offs=showing(TRADE_OFF_CUES),
        alternatives=showing(ALTERNATIVE_CUES),
        risks=showing(RISK_CUES),
        reflection=showing(REFLECTION_CUES),
    )


def delivery(sentences: Sequence[Sentence]) -> Delivery:
    fillers = hedges = 0
    vague: list[str] = []
    for sentence in sentences:
        text = sentence.lower
        fillers += sum(text.count(cue) for cue in FILLERS)
        hedges += sum(text.count(cue) for cue in HEDGES)
        vague += [cue.strip() for cue in VAGUE_WORDS if cue in text]
    return Delivery(fillers, hedges, tuple(vague))
