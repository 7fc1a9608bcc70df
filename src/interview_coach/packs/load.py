"""Reading a profession pack from TOML into frozen types, with errors naming file and line."""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from interview_coach.competencies.model import Competency, anchors
from interview_coach.packs.model import Pack, PackError, Seeds
from interview_coach.vocabulary import QuestionType, TopicFocus

_ID = re.compile(r"^[a-z][a-z0-9-]{1,40}$")
_SEED_FIELDS = ("experiences", "scenarios", "tasks", "asks", "twists", "dives")
_SEED_TYPES = {
    "experiences": QuestionType.BEHAVIORAL,
    "scenarios": QuestionType.SITUATIONAL,
    "tasks": QuestionType.TECHNICAL,
    "asks": QuestionType.MOTIVATIONAL,
}
#: The profile facts a seed may name.
SLOTS = frozenset({"domain", "role", "skill", "responsibility", "customer", "customers"})
_ANCHORS = ("poor", "fair", "strong", "best")
_PACK_KEYS = frozenset({"id", "name", "customer", "customers", "avoid"})
_COMPETENCY_KEYS = frozenset(
    {"id", "name", "family", "types", "description", "keywords", "triggers", "focus", "anchors"}
) | set(_SEED_FIELDS)
MAX_SEED_WORDS = 24


def load_pack(path: Path) -> Pack:
    """The pack in ``path``; PackError ("file:line: what is wrong") when it is not usable."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PackError(f"{path}: cannot read the pack ({error})") from None
    return parse_pack(text, str(path))


def parse_pack(text: str, source: str) -> Pack:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PackError(f"{source}: not valid TOML: {error}") from None
    reader = _Reader(text, source)
    head = data.get("pack")
    if not isinstance(head, dict):
        raise PackError(f"{source}:1: a pack starts with a [pack] table (id, name)")
    reader.no_unknown(head, _PACK_KEYS, "[pack]")
    pack_id = reader.ident(head, "id", "[pack]")
    items = data.get("competency", [])
    if not isinstance(items, list) or not items:
        raise PackError(f"{source}:1: a pack needs at least one [[competency]]")
    competencies: list[Competency] = []
    seeds: dict[str, Seeds] = {}
    for item in items:
        competency, seed = reader.competency(item)
        if competency.id in seeds:
            raise PackError(f"{reader.where(competency.id)}: competency {competency.id!r} twice")
        competencies.append(competency)
        seeds[competency.id] = seed
    return Pack(
        id=pack_id,
        name=reader.text(head, "name", "[pack]"),
        source=source,
        competencies=tuple(competencies),
        seeds=seeds,
        customer=str(head.get("customer", "customer")),
        customers=str(head.get("customers", "customers")),
        avoid=reader.words(head, "avoid", "[pack]"),
    )


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self._lines = text.splitlines()
        self.source = source

    def where(self, needle: str) -> str:
        """``file:line`` of the first line containing ``needle`` (the key or value at fault)."""
        for number, line in enumerate(self._lines, 1):
            if needle in line:
                return f"{self.source}:{number}"
        return f"{self.source}:1"

    def fail(self, needle: str, message: str) -> PackError:
        return PackError(f"{self.where(needle)}: {message}")

    def no_unknown(self, table: Mapping[str, Any], known: frozenset[str], name: str) -> None:
        for key in table:
            if key not in known:
                raise self.fail(key, f"{name} has an unknown key {key!r}")

    def text(self, table: Mapping[str, Any], key: str, name: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(str(table.get("id", key)), f"{name} needs {key!r} as a non-empty text")
        return value.strip()

    def ident(self, table: Mapping[str, Any], key: str, name: str) -> str:
        value = self.text(table, key, name)
        if not _ID.match(value):
            raise self.fail(value, f"{name} id {value!r}: use lower-case letters, digits and -")
        return value

    def words(self, table: Mapping[str, Any], key: str, name: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, f"{name}: {key!r} must be a list of texts")
        return tuple(value)

    def competency(self, item: Any) -> tuple[Competency, Seeds]:
        if not isinstance(item, dict):
            raise PackError(f"{self.source}:1: each [[competency]] must be a table")
        cid = self.ident(item, "id", "[[competency]]")
        name = f"competency {cid!r}"
        self.no_unknown(item, _COMPETENCY_KEYS, name)
        types = self._types(item, cid)
        found = item.get("anchors")
        if not isinstance(found, dict) or set(found) != set(_ANCHORS):
            raise self.fail(cid, f"{name} needs anchors with exactly {', '.join(_ANCHORS)}")
        levels = [self.text(found, key, f"{name} anchors") for key in _ANCHORS]
        competency = Competency(
            id=cid,
            name=self.text(item, "name", name),
            family=self.ident(item, "family", name),
            types=types,
            description=self.text(item, "description", name),
            keywords=self.words(item, "keywords", name),
            anchors=anchors(*levels),
            triggers=tuple(t.lower() for t in self.words(item, "triggers", name)),
            focus=self._focus(item, cid),
        )
        lines = {key: self._seeds(item, key, cid) for key in _SEED_FIELDS}
        seeds = Seeds(**lines)
        for field_name, question_type in _SEED_TYPES.items():
            if question_type in types and len(lines[field_name]) < 3:
                raise self.fail(cid, f"{name} is asked as {question_type}: give {field_name} "
                                     "(at least 3)")  # fmt: skip
        return competency, seeds

    def _types(self, item: Mapping[str, Any], cid: str) -> tuple[QuestionType, ...]:
        names = self.words(item, "types", f"competency {cid!r}")
        try:
            types = tuple(QuestionType(n) for n in names)
        except ValueError:
            choices = ", ".join(t.value for t in QuestionType)
            raise self.fail(cid, f"competency {cid!r}: types are {choices}") from None
        if not types:
            raise self.fail(cid, f"competency {cid!r} needs at least one type")
        return types

    def _focus(self, item: Mapping[str, Any], cid: str) -> frozenset[TopicFocus]:
        try:
            return frozenset(TopicFocus(f) for f in self.words(item, "focus", cid))
        except ValueError:
            choices = ", ".join(f.value for f in TopicFocus)
            raise self.fail(cid, f"competency {cid!r}: focus values are {choices}") from None

    def _seeds(self, item: Mapping[str, Any], key: str, cid: str) -> tuple[str, ...]:
        lines = self.words(item, key, f"competency {cid!r}")
        for line in lines:
            problem = seed_problem(line, key)
            if problem:
                raise self.fail(line[:40], f"competency {cid!r}, {key}: {problem}")
        return lines


def seed_problem(line: str, key: str) -> str | None:
    """What is wrong with one seed line, or None."""
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(line) if name}
    except ValueError:
        return f"unbalanced braces in {line!r}"
    unknown = fields - SLOTS
    if unknown:
        return f"unknown slot {{{sorted(unknown)[0]}}} (slots: {', '.join(sorted(SLOTS))})"
    if len(line.split()) > MAX_SEED_WORDS:
        return f"longer than {MAX_SEED_WORDS} words: {line!r}"
    if key == "dives":
        if not line.endswith("?"):
            return f"a dive is a whole question ending in '?': {line!r}"
    elif line.rstrip().endswith((".", "?", "!")):
        return f"a seed is part of a sentence; leave out the final punctuation: {line!r}"
    return None
