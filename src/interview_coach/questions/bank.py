"""The question bank: every template for a type, competency and difficulty, and its rendering.

A template is a seed (what is asked) inside an opening (how it is framed) finished by a depth
clause. Its id spells that out, e.g. ``behavioral:conflict:3fa2c1:plain:4b`` (type, competency,
the seed's stable key, opening, difficulty and clause), so a plan can be rendered again from its
id and slot values alone, and adding a seed never changes another template's id.
"""

from __future__ import annotations

import re
import string
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache

from interview_coach.competencies import competency
from interview_coach.packs import on_change
from interview_coach.questions.follow_ups import PREFIX, follow_up_text
from interview_coach.questions.frames import OPENINGS, Opening
from interview_coach.questions.grammar import tidy
from interview_coach.questions.seeds import SEEDS
from interview_coach.questions.voices import voices
from interview_coach.vocabulary import CoachMode, Dimension, QuestionType

DIFFICULTIES: tuple[int, ...] = (1, 2, 3, 4, 5)
_TAIL_KEYS = "ab"
_DIVE_TYPES = (QuestionType.BEHAVIORAL, QuestionType.TECHNICAL)


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    type: QuestionType
    competency: str
    difficulty: int
    seed_key: str
    seed: str
    opening: Opening
    tail: str

    @property
    def text(self) -> str:
        return self.opening.text.replace("{depth}", self.tail)

    @property
    def slots(self) -> frozenset[str]:
        """The profile slots this template needs filled."""
        return (_fields(self.opening.text) | _fields(self.seed)) - {"seed", "depth"}

    @property
    def grounded(self) -> bool:
        return bool(self.slots - {"customer", "customers"})

    @property
    def dive(self) -> bool:
        return self.opening.dive


def seed_key(line: str) -> str:
    """A seed's stable key: a short hash of its words."""
    return f"{zlib.crc32(line.encode()):08x}"[:6]


def seed_lines(question_type: QuestionType, competency_id: str) -> tuple[str, ...]:
    seeds = SEEDS[competency_id]
    return {
        QuestionType.BEHAVIORAL: seeds.experiences,
        QuestionType.SITUATIONAL: seeds.scenarios,
        QuestionType.TECHNICAL: seeds.tasks,
        QuestionType.MOTIVATIONAL: seeds.asks,
    }[question_type]


def dive_lines(question_type: QuestionType, competency_id: str) -> tuple[str, ...]:
    """Whole questions about one achievement, without their question mark."""
    if question_type not in _DIVE_TYPES:
        return ()
    item = competency(competency_id)
    if (question_type is QuestionType.TECHNICAL) != item.technical:
        return ()
    kind = "technical" if item.technical else "people"
    own = SEEDS[competency_id].dives
    return tuple(line.rstrip("?") for line in (*own, *voices().dives[kind]))


@cache
def templates_for(
    question_type: QuestionType, competency_id: str, difficulty: int
) -> tuple[Template, ...]:
    """Every template asking this competency as this type at this difficulty."""
    item = competency(competency_id)
    if question_type not in item.types:
        return ()
    tails = voices().depth[question_type][difficulty]
    found = []
    keyed: tuple[tuple[str, str], ...]
    for opening in OPENINGS[question_type]:
        if opening.technical_only and not item.technical:
            continue
        if opening.dive:
            lines, keyed = dive_lines(question_type, competency_id), (("a", "?"),)
        else:
            lines, keyed = (
                seed_lines(question_type, competency_id),
                tuple(zip(_TAIL_KEYS, tails, strict=False)),
            )
        for seed in lines:
            if _fields(opening.text) & _fields(seed) - {"seed", "depth"}:
                continue  # the seed already uses this fact; saying it twice reads badly
            for key, tail in dict(keyed).items():
                found.append(_template(question_type, competency_id, difficulty, seed, opening,
                                       key, tail))  # fmt: skip
    return tuple(found)


def _template(
    question_type: QuestionType,
    competency_id: str,
    difficulty: int,
    seed: str,
    opening: Opening,
    key: str,
    tail: str,
) -> Template:
    template_id = (
        f"{question_type}:{competency_id}:{seed_key(seed)}:{opening.key}:{difficulty}{key}"
    )
    return Template(template_id, question_type, competency_id, difficulty, seed_key(seed), seed,
                    opening, _tail_for(seed, tail, question_type))  # fmt: skip


def _tail_for(seed: str, tail: str, question_type: QuestionType) -> str:
    """A seed that already asks two things takes no further clause."""
    if ", and " in seed and tail not in (".", "?"):
        return "?"
    return tail


def template(template_id: str) -> Template:
    """The template with this id; KeyError if the id names none."""
    try:
        return _by_id(template_id)
    except (ValueError, KeyError, IndexError):
        raise KeyError(f"unknown template: {template_id!r}") from None


@lru_cache(maxsize=16384)
def _by_id(template_id: str) -> Template:
    type_name, competency_id, _, _, level = template_id.split(":")
    for chosen in templates_for(QuestionType(type_name), competency_id, int(level[:-1])):
        if chosen.id == template_id:
            return chosen
    raise KeyError(template_id)


def clause(
    chosen: Template,
    probe: Dimension | None = None,
    mode: CoachMode | None = None,
    pick: int = 0,
) -> str:
    """The clause that finishes the ask: the probe's, the coach mode's, or the plain depth."""
    found = voices()
    if probe is not None and not chosen.dive:
        kind = "behavioral" if chosen.type is QuestionType.BEHAVIORAL else "other"
        probed = found.probes[kind].get(probe)
        if probed is not None:
            return _tail_for(chosen.seed, probed, chosen.type)
    if mode is None or mode not in found.modes:
        return chosen.tail
    options = found.modes[mode]["dive" if chosen.dive else chosen.type.value]
    twists = SEEDS[chosen.competency].twists
    usable = [o for o in options if ("{twist}" not in o or twists) and not _repeats(o, chosen.seed)]
    if not usable:
        return chosen.tail
    choice = usable[pick % len(usable)]
    if ", and " in chosen.seed:  # the seed already asks two things: at most a short angle
        short = found.modes[mode].get("short", ("?",)) if chosen.dive else ("?",)
        return short[pick % len(short)]
    return choice.replace("{twist}", twists[pick % len(twists)]) if twists else choice


def _repeats(option: str, seed: str) -> bool:
    """Whether a mode's clause would ask again what the seed already asks, or ask how a change
    the candidate only imagines ("what would you change") worked out."""
    lowered = seed.lower()
    words = ("trade-off", "change", "number", "decision", "decide")
    if "would you" in lowered and "worked" in option:
        return True
    return any(word in lowered and word in option for word in words)


def render(
    template_id: str,
    slots: dict[str, str],
    probe: Dimension | None = None,
    mode: CoachMode | None = None,
    pick: int = 0,
) -> str:
    """The question: the template filled with slot values, finished by its clause, tidied.

    Without ``mode`` it is the plain ask, the same in every mode (what answers are scored
    against); with one, the ask as that coach mode puts it.
    """
    return _render(template_id, tuple(sorted(slots.items())), probe, mode, pick)


@lru_cache(maxsize=65536)
def _render(
    template_id: str,
    slots: tuple[tuple[str, str], ...],
    probe: Dimension | None,
    mode: CoachMode | None,
    pick: int,
) -> str:
    if template_id.startswith(PREFIX):
        return follow_up_text(template_id, dict(slots), mode)
    chosen = template(template_id)
    values = _Slots(dict(slots))
    seed = chosen.seed.format_map(values)
    text = chosen.opening.text.format_map(
        {**values, "seed": seed, "depth": clause(chosen, probe, mode, pick)}
    )
    return tidy(text)


class _Slots(dict[str, str]):
    """Slot values, with the generic words for the people a profession serves."""

    def __missing__(self, key: str) -> str:
        return {"customer": "customer", "customers": "customers"}.get(key, "{" + key + "}")


def without_depth(text: str) -> str:
    """The question without its depth demands: what is asked, not how deep."""
    return " ".join(_depth_pattern().sub("", text).split())


@cache
def _depth_pattern() -> re.Pattern[str]:
    cores = {c.rstrip("?.").lstrip(":,") for c in _all_clauses() if len(c) > 2}
    ordered = sorted((c for c in cores if c.strip()), key=len, reverse=True)
    return re.compile("|".join(re.escape(c) for c in ordered))


def _all_clauses() -> tuple[str, ...]:
    from interview_coach.questions.voices import phrases

    return tuple(p for p in phrases() if "{" not in p)


def fields(text: str) -> frozenset[str]:
    """The slots a template text names ('{skill}' -> 'skill')."""
    return _fields(text)


@cache
def _fields(text: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


on_change(templates_for.cache_clear)
on_change(_by_id.cache_clear)
on_change(_render.cache_clear)
on_change(_depth_pattern.cache_clear)
