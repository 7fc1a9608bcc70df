"""Finding a template and slot values for a competency that asks something new."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from interview_coach.competencies import FALLBACK_AREA, competency
from interview_coach.competencies.areas import matches
from interview_coach.packs import on_change, pack_of
from interview_coach.planner.core import CoreAsk, about, covers, telling
from interview_coach.planner.earlier import Earlier, comparable, earlier
from interview_coach.planner.grounding import Fact, Grounding
from interview_coach.planner.plan import AskedQuestion, QuestionPlan
from interview_coach.planner.similarity import Similarity, tokens
from interview_coach.questions.bank import Template, fields, render, templates_for
from interview_coach.questions.gate import passes
from interview_coach.vocabulary import CoachMode, Dimension, QuestionType

#: Framings of one seed tried before moving on to the next seed.
FRAMINGS_PER_SEED = 2
#: How often one resume line may frame a question in a session.
MAX_STORY_USES = 2
#: Questions after one about a resume line before another may be about it again.
STORY_GAP = 2
_STORY_SLOTS = frozenset({"achievement", "did"})
_JOB_SLOTS = frozenset({"skill", "responsibility", "value"})
_PEOPLE_SLOTS = frozenset({"customer", "customers"})


@dataclass(slots=True)
class Novelty:
    """Earlier question texts, and the judgement of whether a new one repeats any of them.

    Texts are compared as asked: without the coach mode's framing and without the profile facts
    they quote (``facts``), so "the same question about another project" is a repeat.
    ``ledger`` holds the texts of earlier sessions (the same for every question of a session,
    so prepared once), ``earlier`` this session's.
    """

    earlier: Sequence[str]
    similar: Similarity
    threshold: float
    facts: tuple[str, ...] = ()
    ledger: Collection[str] = ()
    closest: tuple[float, QuestionPlan] | None = None
    _prepared: tuple[Earlier, ...] = ()

    def __post_init__(self) -> None:
        self._prepared = (earlier(self.ledger, self.facts), earlier(self.earlier, self.facts))

    def is_new(self, text: str, plan: QuestionPlan) -> bool:
        """Whether the text repeats no earlier question; remembers the least bad repeat."""
        score = self.repeat_score(text)
        if score is None:
            return True
        if self.better(score):
            self.closest = (score, plan)
        return False

    def repeat_score(self, text: str) -> float | None:
        """None when the text repeats no earlier question; else how similar it is to the one
        it repeats (infinity for an exact repeat, which is never shown again)."""
        if any(p.repeated(text) for p in self._prepared):
            return math.inf
        text = comparable(text, self.facts)
        for prepared in self._prepared:
            score = prepared.first_similar(text, self.similar, self.threshold)
            if score is not None:
                return score
        return None

    def better(self, score: float) -> bool:
        """Whether a repeat this similar is less bad than the least bad one so far."""
        return score < math.inf and (self.closest is None or score < self.closest[0])


@dataclass(slots=True)
class Search:
    """The search for a new question: the facts to ground it in, what was asked, and what fits
    the profession (the words for the people it serves, seeds that do not fit it)."""

    grounding: Grounding
    history: Sequence[AskedQuestion]
    novelty: Novelty
    rng: random.Random
    mode: CoachMode | None = None
    people: tuple[str, str] = ("customer", "customers")
    avoid: tuple[str, ...] = ()
    #: Deep dives on the candidate's own work first; else the job's own facts first.
    dives_first: bool = True
    #: The job's core asks, to record which of them each question covers.
    core: tuple[CoreAsk, ...] = ()
    #: Candidate questions still to be tried before the search gives up (None: no limit).
    tries_left: int | None = None
    openings_used: Counter[str] = field(default_factory=Counter)
    facts_used: Counter[str] = field(default_factory=Counter)
    recent: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for asked in self.history:
            if asked.plan is not None and asked.plan.follow_up is None:
                self.openings_used[asked.plan.template.split(":")[3]] += 1
                self.facts_used.update(asked.plan.grounding)
        self.recent = frozenset(
            fact
            for asked in self.history[-STORY_GAP:]
            if asked.plan is not None
            for fact in asked.plan.grounding
        )

    def first_new(
        self,
        question_type: QuestionType,
        competency_id: str,
        difficulty: int,
        probe: Dimension | None,
        preferred: Collection[str] = (),
        stories: Collection[str] | None = None,
        avoid_seed: str | None = None,
        revisits: int | None = None,
        target: CoreAsk | None = None,
    ) -> QuestionPlan | None:
        """The first template (grounded ones first) whose filled text is new to the candidate
        and passes the quality gate.

        ``preferred`` are the job facts that call for the competency: only they may frame it.
        ``stories``, when given, limits resume lines to those that speak to the competency.
        ``target``, when given, is a core ask of the job the question must cover: its seeds
        nearest to the core ask's words come first, and a deep dive takes a resume line about it.
        """
        grouped = _by_seed(
            question_type, competency_id, difficulty, avoid_seed, probe is None, self.avoid
        )
        by_seed = {key: list(framings) for key, framings in grouped}
        seeds = list(by_seed)
        self.rng.shuffle(seeds)
        if self.dives_first:
            seeds.sort(key=lambda k: not by_seed[k][0].dive)  # the candidate's own work first
        framing, story_lines = preferred, stories
        if target is not None:
            seeds.sort(key=lambda k: -_overlap(by_seed[k][0].seed, target))
            framing = tuple(f for f in preferred if f in target.facts)
            story_lines = self.stories_about(target, stories)
        for seed in seeds:
            framings = by_seed[seed]
            self.rng.shuffle(framings)
            framings.sort(key=lambda t: (not t.opening.grounded, self.openings_used[t.opening.key]))
            # A seed already asked reads as a repeat however it is framed, so a few framings
            # (which may quote other facts) are enough before moving to the next seed.
            tried = 0
            for chosen in framings:
                facts = self._bind(chosen, framing, story_lines)
                if facts is None or not _frames(chosen, facts):
                    continue
                if target is not None and target.fact not in self._covers(
                    chosen, facts, preferred, (target,)
                ):
                    continue
                if self.tries_left is not None:
                    if self.tries_left <= 0:
                        return None
                    self.tries_left -= 1
                plan = plan_from_template(chosen, facts, probe, revisits)
                ask = render(plan.template, plan.slot_values, probe)
                if not passes(ask):
                    continue
                # The mode's wording is checked only where it could be shown: a new question,
                # or a repeat less bad than the fallback so far.
                score = self.novelty.repeat_score(ask)
                if score is None:
                    if self._shown_passes(plan):
                        return replace(plan, covers=self._covers(chosen, facts, preferred))
                    continue
                if self.novelty.better(score) and self._shown_passes(plan):
                    self.novelty.closest = (score, plan)
                tried += 1
                if tried == FRAMINGS_PER_SEED:
                    break
        return None

    def _covers(
        self,
        chosen: Template,
        facts: dict[str, Fact],
        relevant: Collection[str],
        asks: tuple[CoreAsk, ...] | None = None,
    ) -> tuple[str, ...]:
        """The facts of the core asks (the job's, or those given) the question covers."""
        asks = self.core if asks is None else asks
        if not asks:
            return ()
        quoted = {f.source for slot, f in facts.items() if slot in _JOB_SLOTS}
        story = facts["did"].source if chosen.dive and "did" in facts else None
        return covers(asks, quoted, relevant, story, chosen.seed)

    def stories_about(
        self, target: CoreAsk, stories: Collection[str] | None = None
    ) -> tuple[str, ...]:
        """The resume lines about a core ask (of ``stories``, when given)."""
        lines = {f.source for slot in _STORY_SLOTS for f in self.grounding.options(slot)}
        if stories is not None:
            lines &= set(stories)
        return tuple(sorted(line for line in lines if about(line, target.fact)))

    def _shown_passes(self, plan: QuestionPlan) -> bool:
        if self.mode is None:
            return True
        from interview_coach.questions.phrasing import phrase

        return passes(phrase(plan, self.mode))

    def _bind(
        self, chosen: Template, preferred: Collection[str], stories: Collection[str] | None
    ) -> dict[str, Fact] | None:
        bound: dict[str, Fact] = {}
        for slot in sorted(chosen.slots):
            if slot in _PEOPLE_SLOTS:
                word = self.people[slot == "customers"]
                bound[slot] = Fact(slot, word, "")
                continue
            options = self.grounding.options(slot)
            if stories is not None and slot in _STORY_SLOTS:
                options = tuple(f for f in options if f.source in stories)
            if slot in _JOB_SLOTS:
                # Only a job fact that calls for the competency may frame its question.
                options = tuple(f for f in options if f.source in preferred)
            if slot in _STORY_SLOTS:
                # The candidate's own work is asked about at most twice a session.
                # ... and never in two questions close together.
                options = tuple(
                    f
                    for f in options
                    if self.facts_used[f.source] < MAX_STORY_USES and f.source not in self.recent
                )
            if not options:
                return None
            ranked = sorted(
                options,
                key=lambda f: (
                    f.source not in preferred,
                    self.facts_used[f.source],
                    self.rng.random(),
                ),
            )
            bound[slot] = ranked[0]
        return bound


@lru_cache(maxsize=4096)
def _by_seed(
    question_type: QuestionType,
    competency_id: str,
    difficulty: int,
    avoid_seed: str | None,
    dives: bool,
    avoid: tuple[str, ...],
) -> tuple[tuple[str, tuple[Template, ...]], ...]:
    """The templates a search may use, by seed: without the seed to avoid, without dives when
    probing, without seeds that do not fit the profession (words it avoids)."""
    grouped: dict[str, list[Template]] = {}
    for t in templates_for(question_type, competency_id, difficulty):
        if t.seed_key == avoid_seed or (not dives and t.dive) or _unfit(t.seed, avoid):
            continue
        grouped.setdefault(t.seed_key, []).append(t)
    return tuple((key, tuple(framings)) for key, framings in grouped.items())


def _unfit(seed: str, avoid: tuple[str, ...]) -> bool:
    lowered = seed.lower()
    return any(word in lowered for word in avoid)


on_change(_by_seed.cache_clear)


def _frames(chosen: Template, facts: dict[str, Fact]) -> bool:
    """Whether the job fact before the ask really frames it.

    The words quoted must be those that call for the competency ("running discovery" does
    not call for handling conflict, though the duty it is cut from, "Run discovery, demos and
    commercial negotiations", does). The catch-all area's seeds are about no craft in
    particular, so a fact frames one only when they share a word (no "This role asks for R.
    What would you do if a new professional standard ...").
    """
    framing = fields(chosen.opening.text) & _JOB_SLOTS
    if not framing:
        return True
    if chosen.competency == FALLBACK_AREA:
        return all(tokens(chosen.seed) & tokens(facts[slot].source) for slot in framing)
    item = competency(chosen.competency)
    return all(
        matches(facts[slot].value, item.triggers) or facts[slot].value == facts[slot].source
        for slot in framing
    )


def _overlap(seed: str, target: CoreAsk) -> int:
    """How near a seed is to a core ask: one that takes the job fact into the ask itself
    first, then by the words they share; the nearest reads as asked about it, not glued to
    it."""
    inside = bool(fields(seed) & _JOB_SLOTS)
    return 100 * inside + len(tokens(seed) & telling(" ".join(target.facts)))


def plan_from_template(
    chosen: Template,
    facts: dict[str, Fact],
    probe: Dimension | None,
    revisits: int | None,
    covered: tuple[str, ...] = (),
) -> QuestionPlan:
    """The plan of a template filled with these facts."""
    owner = pack_of(chosen.competency)
    return QuestionPlan(
        type=chosen.type,
        competency=chosen.competency,
        difficulty=chosen.difficulty,
        grounding=tuple(dict.fromkeys(f.source for f in facts.values() if f.source)),
        template=chosen.id,
        slots=tuple(sorted((slot, f.value) for slot, f in facts.items())),
        angle=f"{chosen.type}/{chosen.seed_key}",
        probe=probe,
        revisits=revisits,
        pack=owner.id if owner else None,
        covers=covered,
    )
