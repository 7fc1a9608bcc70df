"""Finding a template and slot values for a competency that asks something new."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from interview_coach.packs import pack_of
from interview_coach.planner.earlier import Earlier, comparable, earlier
from interview_coach.planner.grounding import Fact, Grounding
from interview_coach.planner.plan import AskedQuestion, QuestionPlan
from interview_coach.planner.similarity import Similarity
from interview_coach.questions.bank import Template, render, templates_for
from interview_coach.questions.gate import passes
from interview_coach.vocabulary import CoachMode, Dimension, QuestionType

#: Framings of one seed tried before moving on to the next seed.
FRAMINGS_PER_SEED = 2
#: How often one resume line may frame a question in a session.
MAX_STORY_USES = 2
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
        if any(p.repeated(text) for p in self._prepared):
            return False
        text = comparable(text, self.facts)
        for prepared in self._prepared:
            score = prepared.first_similar(text, self.similar, self.threshold)
            if score is not None:
                if self.closest is None or score < self.closest[0]:
                    self.closest = (score, plan)
                return False
        return True


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
    openings_used: Counter[str] = field(default_factory=Counter)
    facts_used: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        for asked in self.history:
            if asked.plan is not None and asked.plan.follow_up is None:
                self.openings_used[asked.plan.template.split(":")[3]] += 1
                self.facts_used.update(asked.plan.grounding)

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
    ) -> QuestionPlan | None:
        """The first template (grounded ones first) whose filled text is new to the candidate
        and passes the quality gate.

        ``preferred`` are the job facts that call for the competency: only they may frame it.
        ``stories``, when given, limits resume lines to those that speak to the competency.
        """
        by_seed: dict[str, list[Template]] = {}
        for t in templates_for(question_type, competency_id, difficulty):
            if t.seed_key == avoid_seed or (probe is not None and t.dive) or self._unfit(t):
                continue
            by_seed.setdefault(t.seed_key, []).append(t)
        seeds = list(by_seed)
        self.rng.shuffle(seeds)
        if self.dives_first:
            seeds.sort(key=lambda k: not by_seed[k][0].dive)  # the candidate's own work first
        for seed in seeds:
            framings = by_seed[seed]
            self.rng.shuffle(framings)
            framings.sort(key=lambda t: (not t.opening.grounded, self.openings_used[t.opening.key]))
            # A seed already asked reads as a repeat however it is framed, so a few framings
            # (which may quote other facts) are enough before moving to the next seed.
            tried = 0
            for chosen in framings:
                facts = self._bind(chosen, preferred, stories)
                if facts is None:
                    continue
                plan = plan_from_template(chosen, facts, probe, revisits)
                ask = render(plan.template, plan.slot_values, probe)
                if not passes(ask) or not self._shown_passes(plan):
                    continue
                if self.novelty.is_new(ask, plan):
                    return plan
                tried += 1
                if tried == FRAMINGS_PER_SEED:
                    break
        return None

    def _unfit(self, chosen: Template) -> bool:
        lowered = chosen.seed.lower()
        return any(word in lowered for word in self.avoid)

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
                options = tuple(f for f in options if self.facts_used[f.source] < MAX_STORY_USES)
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


def plan_from_template(
    chosen: Template, facts: dict[str, Fact], probe: Dimension | None, revisits: int | None
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
    )
