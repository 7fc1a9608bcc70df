"""The resume and job facts a question can be grounded in, ready for template slots."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from interview_coach.competencies.areas import is_soft_skill
from interview_coach.profile.model import CandidateProfile, JobProfile
from interview_coach.questions.facts import Phrasing, phrase_fact
from interview_coach.questions.grammar import as_term

#: Longest phrase, in words, that still reads well inside a question.
MAX_SLOT_WORDS = 12
#: Shortest achievement worth a deep dive: "led a team" says too little to ask about.
MIN_DID_WORDS = 4


@dataclass(frozen=True, slots=True)
class Fact:
    """A value for one slot (``value``, as inserted) and the profile text it comes from."""

    slot: str
    value: str
    source: str


@dataclass(frozen=True, slots=True)
class Grounding:
    facts: tuple[Fact, ...] = field(default=())
    _by_slot: dict[str, tuple[Fact, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        by_slot: dict[str, list[Fact]] = {}
        for fact in self.facts:
            by_slot.setdefault(fact.slot, []).append(fact)
        object.__setattr__(self, "_by_slot", {s: tuple(f) for s, f in by_slot.items()})

    def options(self, slot: str) -> tuple[Fact, ...]:
        return self._by_slot.get(slot, ())

    @property
    def slots(self) -> frozenset[str]:
        return frozenset(f.slot for f in self.facts)


@lru_cache(maxsize=64)
def grounding(candidate: CandidateProfile, job: JobProfile) -> Grounding:
    """Every fact of the two profiles that can fill a slot."""
    facts = [
        *_achievement_facts(candidate),
        *_role_facts(candidate),
        *(Fact("skill", as_term(s), s) for s in job.skills if _short(s) and not is_soft_skill(s)),
        *_responsibility_facts(job.responsibilities),
        *(Fact("value", as_term(v), v) for v in job.values if _short(v)),
    ]
    if job.domain and _short(job.domain):
        facts.append(Fact("domain", _DOMAIN_NAMES.get(job.domain, as_term(job.domain)), job.domain))
    if job.title and (title := _clean_title(job.title)):
        facts.append(Fact("role", title, job.title))
    return Grounding(tuple(dict.fromkeys(facts)))


#: Domains whose written name is not their lower-case id.
_DOMAIN_NAMES = {"saas": "SaaS", "e-commerce": "e-commerce"}


def _achievement_facts(candidate: CandidateProfile) -> Iterable[Fact]:
    texts = [a.text for a in candidate.achievements]
    texts += [b for r in candidate.roles for b in r.bullets if b not in texts]
    for text in texts:
        phrased = phrase_fact(text)
        if phrased is None:
            continue
        noun, did = _theirs(phrased.noun), _theirs(phrased.did or "")
        if phrased.did is None:
            yield Fact("achievement", f"your work on {noun}", text)
            continue
        if _short(noun):
            yield Fact("achievement", noun, text)
        if _short(did) and len(did.split()) >= MIN_DID_WORDS:
            yield Fact("did", did, text)


_OURS = re.compile(r"\b(?:our|Our)\b")


def _theirs(phrase: str) -> str:
    """A resume line's "our" is the candidate's employer: "your" when the coach says it back
    ("You've negotiated a renewal with your largest customer"), never the hiring company."""
    return _OURS.sub("your", phrase)


def _role_facts(candidate: CandidateProfile) -> Iterable[Fact]:
    for role in candidate.roles:
        title = _clean_title(role.title)
        if not title:
            continue
        # "Midlands Gearbox Co." would end a sentence mid-question: the name without its stop.
        employer = (role.employer or "").strip().rstrip(".")
        value = f"{title} at {employer}" if employer else title
        yield Fact("past_role", value, value)


def _responsibility_facts(duties: tuple[str, ...]) -> Iterable[Fact]:
    for duty in duties:
        phrased: Phrasing | None = phrase_fact(duty)
        if phrased is None:
            continue
        value = phrased.doing or phrased.noun
        if _short(value):
            yield Fact("responsibility", value, duty)


def _clean_title(title: str) -> str:
    title = re.sub(r"\s*[(\[].*?[)\]]", "", title)
    return re.sub(r"\s+", " ", title).strip(" -–—,")


def _short(text: str) -> bool:
    return 0 < len(text.split()) <= MAX_SLOT_WORDS
