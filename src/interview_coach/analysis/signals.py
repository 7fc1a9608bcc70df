"""Ownership, delivery and named things, over the clauses of an answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.analysis.clauses import Agent
from interview_coach.analysis.facts import Fact, named_things
from interview_coach.analysis.lexicon import FILLERS, HEDGES, VAGUE_WORDS
from interview_coach.analysis.patterns import quick
from interview_coach.analysis.star import ClauseRoles, LabelledSentence, StarRole
from interview_coach.analysis.text import Sentence

_ROLE_CLAIMS = quick(
    r"\b(?:my role was|i was responsible|i personally|i myself|i owned|i took ownership|"
    r"i took the lead|i took charge|i decided|my decision|i made the call|my call|i was the one|"
    r"on my own|i chose|i insisted|i pushed for|i proposed|i volunteered|i took it on|"
    r"i stepped in)\b"
)


@dataclass(frozen=True, slots=True)
class Ownership:
    """Who did what: the candidate's own actions, the team's, and what others asked or did."""

    own: tuple[ClauseRoles, ...]  # actions with "I" (or a plan in the first person)
    team: tuple[ClauseRoles, ...]  # actions with "we" where the candidate's part is not said
    others: tuple[ClauseRoles, ...]  # what someone else did or asked
    role_claims: tuple[Sentence, ...]
    team_context: int  # "we" in the context or the shared outcome: fine, counted for the record

    @property
    def own_actions(self) -> tuple[Sentence, ...]:
        return _sentences(self.own)

    @property
    def team_actions(self) -> tuple[Sentence, ...]:
        return _sentences(self.team)


def _sentences(found: tuple[ClauseRoles, ...]) -> tuple[Sentence, ...]:
    return tuple(dict.fromkeys(c.sentence for c in found))


@dataclass(frozen=True, slots=True)
class Delivery:
    fillers: int
    hedges: int
    vague: tuple[str, ...]


def ownership(labelled: Sequence[LabelledSentence]) -> Ownership:
    own: list[ClauseRoles] = []
    team: list[ClauseRoles] = []
    others: list[ClauseRoles] = []
    claims: list[Sentence] = []
    context_we = 0
    for item in labelled:
        for part in item.clauses:
            clause = part.clause
            if clause.agent is Agent.OTHER or clause.given:
                others.append(part)
            elif StarRole.ACTION not in part.roles or (
                clause.agent is Agent.TEAM and StarRole.RESULT in part.roles
            ):  # the team's context or its shared outcome ("we delivered 12,000 meals")
                context_we += clause.agent is Agent.TEAM
            elif not part.concrete:
                continue  # "I weighed the trade-offs": an actor, but nothing done to credit
            elif clause.agent is Agent.SELF:
                own.append(part)
            elif clause.agent is Agent.TEAM:
                team.append(part)
        if _ROLE_CLAIMS.search(item.sentence.low):
            claims.append(item.sentence)
    return Ownership(tuple(own), tuple(team), tuple(others), tuple(claims), context_we)


def named_facts(sentences: Sequence[Sentence], tools: Sequence[Fact]) -> list[Fact]:
    """Named systems and organisations in every sentence, plus the tools the gazetteer found."""
    found: list[Fact] = list(tools)
    taken = [(t.start, t.end) for t in tools]
    for sentence in sentences:
        for name in named_things(sentence.text, sentence.start):
            if not any(start < name.end and name.start < end for start, end in taken):
                found.append(name)
    return sorted(found, key=lambda fact: (fact.start, fact.end))


def delivery(sentences: Sequence[Sentence]) -> Delivery:
    fillers = hedges = 0
    vague: list[str] = []
    for sentence in sentences:
        text = sentence.lower
        fillers += sum(text.count(cue) for cue in FILLERS)
        hedges += sum(text.count(cue) for cue in HEDGES)
        vague += [cue.strip() for cue in VAGUE_WORDS if cue in text]
    return Delivery(fillers, hedges, tuple(vague))
