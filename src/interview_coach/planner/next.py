"""Planning questions: a pure function of the profiles, the settings, the history and a seed."""

from __future__ import annotations

import random
import zlib
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from interview_coach.competencies import (
    FALLBACK_AREA,
    AreaMatch,
    Competency,
    competency,
    people_competencies,
    profession,
    relevant_facts,
    speaks_to,
    technical_areas,
)
from interview_coach.packs import on_change, pack_named
from interview_coach.planner.adaptive import (
    Revisit,
    difficulty_offset,
    pending_probe,
    pending_revisit,
)
from interview_coach.planner.core import CoreAsk, budget, core_asks, covered, uncovered
from interview_coach.planner.follow_ups import follow_up
from interview_coach.planner.grounding import Fact, Grounding, grounding
from interview_coach.planner.mix import area_weight, base_difficulty, people_weight, type_sequence
from interview_coach.planner.plan import (
    AskedQuestion,
    PlanSettings,
    QuestionPlan,
    QuestionsExhausted,
)
from interview_coach.planner.search import Novelty, Search
from interview_coach.planner.similarity import NEAR_DUPLICATE, Similarity, lexical_similarity
from interview_coach.profile.model import CandidateProfile, JobProfile
from interview_coach.questions.gate import passes
from interview_coach.questions.phrasing import ask_of, phrase
from interview_coach.vocabulary import Dimension, QuestionType, TopicFocus

#: How much a competency already asked this session is held back, per time asked.
REPEAT_DAMPING = 0.15
#: Slots kept in hand for the core asks: a slot for the candidate's own work asks a core ask
#: once no more than this many slots would be left over after them.
CORE_MARGIN = 2
#: Core asks tried for one slot, first first, before it is planned as usual.
CORE_TRIES = 4
#: Candidate questions tried for them: past this, everything about them has been asked before.
CORE_CANDIDATES = 40
_STORY_ONLY = frozenset(Dimension) - {Dimension.SPECIFICITY, Dimension.DEPTH, Dimension.RELEVANCE}


@dataclass(frozen=True, slots=True)
class _Option:
    competency: str
    weight: float
    preferred: tuple[str, ...] = ()
    stories: tuple[str, ...] | None = None


def plan_next(
    candidate: CandidateProfile,
    job: JobProfile,
    settings: PlanSettings,
    history: Sequence[AskedQuestion],
    asked_before: Collection[str],
    seed: int,
    *,
    similar: Similarity = lexical_similarity,
    threshold: float = NEAR_DUPLICATE,
) -> QuestionPlan:
    """The next question of a session.

    Args:
        candidate: the candidate's profile, from the resume.
        job: the job's profile, from the job description.
        settings: coach mode, topic focus, session length (and optional named competencies).
        history: this session's questions so far, in order, with scorecards once answered.
        asked_before: texts of every question asked of this candidate in earlier sessions.
        seed: makes the plan reproducible; the same inputs and seed give the same plan.
        similar: similarity of two question texts, 0-1; lexical by default, embeddings later.
        threshold: similarity at which a question counts as already asked.

    Returns:
        A plan that repeats no earlier question, exactly or nearly, whenever the bank allows.
    """
    slot = len(history)
    count = max(settings.questions, slot + 1)
    facts = grounding(candidate, job)
    novelty = Novelty(
        _session_texts(history), similar, threshold, _fact_values(facts), asked_before
    )
    fit = _fit(job)
    rng = random.Random(seed * 100_003 + slot + _job_salt(job))
    core = _askable(job)
    search = Search(
        facts, history, novelty, rng, settings.mode, fit.people, fit.avoid,
        dives_first=slot % 2 == 1, core=core,
    )  # fmt: skip
    base = base_difficulty(slot, count, job.seniority)
    followed = follow_up(history, count)
    if (
        followed is not None
        and novelty.is_new(ask_of(followed), followed)
        and passes(ask_of(followed))
        and passes(phrase(followed, settings.mode))
    ):
        return followed
    revisit = pending_revisit(history, count)
    if revisit is not None and (plan := _revisit(search, revisit, base)) is not None:
        return plan
    types = type_sequence(count, settings.focus, seed)
    question_type = types[slot]
    difficulty = min(5, base + difficulty_offset(history))
    probe = pending_probe(history, question_type)
    used = Counter(a.plan.competency for a in history if a.plan is not None)
    stories = facts.options("did") + facts.options("achievement")
    todo = uncovered(core, covered(history), budget(types, settings.focus))
    left = sum(t is not QuestionType.MOTIVATIONAL for t in types[slot:])
    # A slot for the candidate's own work stays theirs while the core asks have room after it
    # (with a margin: not every later slot's type can ask every core ask).
    pressed = len(todo) + CORE_MARGIN >= left
    if (
        todo
        and question_type is not QuestionType.MOTIVATIONAL
        and (not search.dives_first or pressed)
    ):
        # With no slot to spare, a story slot may ask a core ask as a scenario instead: most
        # core asks are the role's craft, which its craft areas ask as technical or situational
        # questions only.
        asking = [question_type]
        if len(todo) >= left and question_type is QuestionType.BEHAVIORAL:
            asking.append(QuestionType.SITUATIONAL)
        for core_type in asking:
            options = _options(core_type, job, settings, used, stories, history)
            plan = _core_plan(search, core_type, options, todo, settings.focus, difficulty, probe)
            if plan is not None:
                return plan
    for candidate_type in _types_from(question_type):
        options = _options(candidate_type, job, settings, used, stories, history)
        plan = _first_plan(search, candidate_type, options, difficulty, probe)
        if plan is not None:
            return plan
    if novelty.closest is not None:
        return novelty.closest[1]
    raise QuestionsExhausted("the question bank has no new question for this session")


def plan_session(
    candidate: CandidateProfile,
    job: JobProfile,
    settings: PlanSettings,
    asked_before: Collection[str] = (),
    seed: int = 0,
    *,
    similar: Similarity = lexical_similarity,
    threshold: float = NEAR_DUPLICATE,
) -> tuple[QuestionPlan, ...]:
    """All of a session's questions at once, without answers (so without adapting to them)."""
    history: list[AskedQuestion] = []
    for _ in range(settings.questions):
        plan = plan_next(
            candidate, job, settings, history, asked_before, seed,
            similar=similar, threshold=threshold,
        )  # fmt: skip
        history.append(AskedQuestion(phrase(plan, settings.mode), plan))
    return tuple(a.plan for a in history if a.plan is not None)


def _session_texts(history: Sequence[AskedQuestion]) -> list[str]:
    texts = [a.text for a in history]
    texts += [_ask_of(a.plan) for a in history if a.plan is not None]
    return list(dict.fromkeys(t for t in texts if t))


def _ask_of(plan: QuestionPlan) -> str:
    """What an earlier question asked; empty when its seed has since been edited or its pack
    removed (its stored text still guards against a repeat)."""
    try:
        return ask_of(plan)
    except KeyError:
        return ""


@lru_cache(maxsize=64)
def _fact_values(facts: Grounding) -> tuple[str, ...]:
    return tuple(f.value for f in facts.facts)


def _types_from(first: QuestionType) -> tuple[QuestionType, ...]:
    return (first, *(t for t in QuestionType if t is not first))


def _first_plan(
    search: Search,
    question_type: QuestionType,
    options: Sequence[_Option],
    difficulty: int,
    probe: Dimension | None,
) -> QuestionPlan | None:
    for option in _weighted_order(options, search.rng):
        plan = search.first_new(
            question_type, option.competency, difficulty, probe, option.preferred, option.stories
        )
        if plan is not None:
            return plan
    return None


def _core_plan(
    search: Search,
    question_type: QuestionType,
    options: Sequence[_Option],
    todo: Sequence[CoreAsk],
    focus: TopicFocus,
    difficulty: int,
    probe: Dimension | None,
) -> QuestionPlan | None:
    """A question on the first core ask not yet covered that this slot's type can ask, from a
    competency the job names it for and the focus asks about. A core ask one of the job's
    technical areas claims is the role's craft, asked by that area."""
    areas = {o.competency for o in options if competency(o.competency).technical}
    search.tries_left = CORE_CANDIDATES
    try:
        return _core_search(search, question_type, options, todo, focus, difficulty, probe, areas)
    finally:
        search.tries_left = None


def _core_search(
    search: Search,
    question_type: QuestionType,
    options: Sequence[_Option],
    todo: Sequence[CoreAsk],
    focus: TopicFocus,
    difficulty: int,
    probe: Dimension | None,
    areas: set[str],
) -> QuestionPlan | None:
    for target in todo[:CORE_TRIES]:
        wanted = set(target.facts)
        craft = any(set(o.preferred) & wanted for o in options if o.competency in areas)
        told = bool(search.stories_about(target))
        fitting = []
        for option in options:
            if not _fits(competency(option.competency), focus):
                continue
            if set(option.preferred) & wanted and (option.competency in areas or not craft):
                fitting.append(option)
            elif craft and told and option.competency not in areas:
                # A way of working asked about the candidate's own work on the craft: a deep
                # dive into it, never the craft quoted before an unrelated ask.
                fitting.append(replace(option, preferred=()))
        # The catch-all area asks about a skill in general terms: the craft's own area first.
        ordered = sorted(
            _weighted_order(fitting, search.rng), key=lambda o: o.competency == FALLBACK_AREA
        )
        for option in ordered:
            plan = search.first_new(
                question_type, option.competency, difficulty, probe,
                option.preferred, option.stories, target=target,
            )  # fmt: skip
            if plan is not None:
                return plan
    return None


def _fits(item: Competency, focus: TopicFocus) -> bool:
    """Whether the focus asks core asks with this competency: any for Mixed, the role's craft
    for Hard Skills (the other foci ask no core asks)."""
    return focus is TopicFocus.MIXED or item.technical


def _revisit(search: Search, revisit: Revisit, difficulty: int) -> QuestionPlan | None:
    """The weak competency again, from another angle: another type if it has one, else another
    seed, asking explicitly for the dimension the answer lacked."""
    original = revisit.plan
    types = competency(original.competency).types
    order = [t for t in types if t is not original.type] + [original.type]
    for question_type in order:
        probe = revisit.probe
        if probe in _STORY_ONLY and question_type is not QuestionType.BEHAVIORAL:
            probe = None
        avoid = original.angle.split("/")[1] if question_type is original.type else None
        plan = search.first_new(
            question_type, original.competency, difficulty, probe,
            original.grounding, avoid_seed=avoid, revisits=revisit.slot,
        )  # fmt: skip
        if plan is not None:
            return plan
    return None


def _options(
    question_type: QuestionType,
    job: JobProfile,
    settings: PlanSettings,
    used: Counter[str],
    stories: Sequence[Fact],
    history: Sequence[AskedQuestion] = (),
) -> list[_Option]:
    """Competencies that can be asked as this type, weighted for the focus and the job.

    Technical areas keep the job facts behind them, and the resume lines that speak to them.
    """
    focus, named = settings.focus, settings.competencies
    options = [
        _Option(c.id, people_weight(c, focus, job, named), relevant_facts(c, job))
        for c in people_competencies(question_type)
    ]
    if question_type in (QuestionType.TECHNICAL, QuestionType.SITUATIONAL):
        scale = (
            1.0
            if question_type is QuestionType.TECHNICAL or focus is TopicFocus.HARD_SKILLS
            else 0.15
        )
        lines = {f.source for f in stories}
        options += [
            _Option(
                m.id,
                area_weight(m, focus, named) * scale,
                m.facts,
                tuple(line for line in lines if speaks_to(line, m)),
            )
            for m in _areas(job)
        ]
    asked = {g for a in history if a.plan is not None for g in a.plan.grounding}
    return [
        replace(o, weight=o.weight * REPEAT_DAMPING ** used[o.competency] * _coverage(o, asked))
        for o in options
    ]


def _coverage(option: _Option, asked: set[str]) -> float:
    """More weight for a competency that brings a job fact no question has asked about yet."""
    return 1.0 + min(len(set(option.preferred) - asked), 3) / 3


@lru_cache(maxsize=64)
def _job_salt(job: JobProfile) -> int:
    """Sets each job's questions apart, so two jobs with the same seed differ."""
    return zlib.crc32(f"{job.title}|{job.domain}|{job.must_have}".encode()) % 1_000_003


@lru_cache(maxsize=64)
def _areas(job: JobProfile) -> tuple[AreaMatch, ...]:
    return technical_areas(job)


def core_room(job: JobProfile, settings: PlanSettings, seed: int) -> tuple[CoreAsk, ...]:
    """The job's core asks a session with these settings has room for, first first."""
    types = type_sequence(settings.questions, settings.focus, seed)
    return _askable(job)[: budget(types, settings.focus)]


@lru_cache(maxsize=64)
def _askable(job: JobProfile) -> tuple[CoreAsk, ...]:
    """The job's core asks some competency is asked for ("Attention to detail" may be none's)."""
    named = {f for m in _areas(job) for f in m.facts}
    for question_type in QuestionType:
        named.update(f for c in people_competencies(question_type) for f in relevant_facts(c, job))
    return tuple(a for a in core_asks(job) if set(a.facts) & named)


@dataclass(frozen=True, slots=True)
class _Fit:
    people: tuple[str, str] = ("customer", "customers")
    avoid: tuple[str, ...] = ()


@lru_cache(maxsize=64)
def _fit(job: JobProfile) -> _Fit:
    """What the job's profession changes: who it serves, and which seeds do not fit it."""
    found = profession(job)
    pack = pack_named(found) if found else None
    if pack is None:
        return _Fit()
    return _Fit((pack.customer, pack.customers), pack.avoid)


on_change(_areas.cache_clear)
on_change(_fit.cache_clear)
on_change(_askable.cache_clear)


def _weighted_order(options: Sequence[_Option], rng: random.Random) -> list[_Option]:
    """Options in a random order where heavier ones tend to come first (weighted sampling
    without replacement, Efraimidis-Spirakis)."""
    keyed = [(rng.random() ** (1.0 / o.weight), i) for i, o in enumerate(options) if o.weight > 0]
    return [options[i] for _, i in sorted(keyed, reverse=True)]
