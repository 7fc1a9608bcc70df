"""The skills gazetteer: canonical names, kinds and surface forms, with a longest-match finder."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Final

from interview_coach.skills.mention import KINDS, SkillMention
from interview_coach.skills.tokens import TOKEN, key

DATA_FILE: Final = "gazetteer.tsv.gz"
# A form prefixed with "=" matches only with the case it is written in; "~" also needs a
# tool or hard skill named within CONTEXT_TOKENS tokens ("R" in "Python and R", not "grade R").
CASE_MARK: Final = "="
CONTEXT_MARK: Final = "~"
CONTEXT_TOKENS: Final = 8
_STUCK: Final = frozenset("-&")
# What may stand between the tokens of one form: spaces, hyphens, apostrophes.
_SPACING: Final = " \t-'’\u00a0"
_SENTENCE_END: Final = re.compile(r"[.!?;:\n]")
# A hit: entry index, start, end, token position, needs context.
_Hit = tuple[int, int, int, int, bool]


class Gazetteer:
    """Skills, tools and technologies with every surface form that names them."""

    __slots__ = (
        "_by_name",
        "_ci",
        "_ci_prefixes",
        "_cs",
        "_cs_lower",
        "_cs_prefixes",
        "_kinds",
        "_names",
    )

    def __init__(self, entries: Iterable[tuple[str, str, Iterable[str]]]) -> None:
        """Build from ``(canonical name, kind, forms)``; forms are keys, maybe marked."""
        self._names: list[str] = []
        self._kinds: list[str] = []
        self._by_name: dict[str, int] = {}
        # Values are entry indices; a negative value -(i + 1) marks a form that needs context.
        self._ci: dict[str, int] = {}
        self._cs: dict[str, int] = {}
        for name, kind, forms in entries:
            if kind not in KINDS:
                raise ValueError(f"unknown kind {kind!r} for {name!r}")
            index = len(self._names)
            self._names.append(name)
            self._kinds.append(kind)
            self._by_name.setdefault(name.lower(), index)
            for form in forms:
                mark = form[:1]
                if mark == CONTEXT_MARK:
                    self._cs.setdefault(form[1:], -(index + 1))
                elif mark == CASE_MARK:
                    self._cs.setdefault(form[1:], index)
                else:
                    self._ci.setdefault(form, index)
        self._cs_lower: dict[str, int] | None = None  # built on the first lenient lookup
        # Every form and every run of its first tokens: a walk stops where none goes on.
        self._ci_prefixes = _prefixes(self._ci)
        self._cs_prefixes = _prefixes(self._cs)

    @classmethod
    def load(cls) -> Gazetteer:
        """Load the gazetteer shipped inside the package."""
        blob = resources.files("interview_coach.skills").joinpath("data", DATA_FILE).read_bytes()
        return cls.parse(gzip.decompress(blob).decode("utf-8"))

    @classmethod
    def parse(cls, text: str) -> Gazetteer:
        """Read the TSV format: ``canonical<TAB>kind<TAB>form|form|...``; ``#`` starts a comment."""
        return cls(_rows(text))

    def __len__(self) -> int:
        return len(self._names)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        """Each entry's canonical name and kind."""
        return iter(zip(self._names, self._kinds, strict=True))

    def canonical(self, name: str) -> str | None:
        """The canonical name for a canonical name or any surface form, in any case, else None.

        Lenient on purpose, for names already known to be skills (a resume's skills list);
        ``find`` applies the case rules to running text.
        """
        index = self._lookup(name)
        return None if index is None else self._names[index]

    def kind_of(self, name: str) -> str | None:
        """The kind ("tool", "skill" or "transversal") of a name or surface form, else None."""
        index = self._lookup(name)
        return None if index is None else self._kinds[index]

    def find(self, text: str) -> list[SkillMention]:
        """Non-overlapping mentions in text order; the longest form wins at each position."""
        found = self._scan(text)
        if any(hit[4] for hit in found):
            found = _with_context(text, found, self._kinds)
        names, kinds = self._names, self._kinds
        return [
            SkillMention(names[i], kinds[i], start, end, text[start:end])
            for i, start, end, _, _ in found
        ]

    def _lookup(self, name: str) -> int | None:
        """A name as a person would type it in a skills list: any case goes ("excel", "go")."""
        index = self._by_name.get(name.strip().lower())
        if index is None:
            index = self._cs.get(key(name, case_sensitive=True))
        if index is None:
            index = self._ci.get(key(name))
        if index is None:
            if self._cs_lower is None:
                self._cs_lower = {}
                for form, entry in self._cs.items():
                    self._cs_lower.setdefault(form.lower(), entry)
            index = self._cs_lower.get(key(name))
        if index is None:
            return None
        return index if index >= 0 else -index - 1

    def _scan(self, text: str) -> list[_Hit]:
        """Greedy longest match, left to right."""
        matches = list(TOKEN.finditer(text))
        raw = [m.group() for m in matches]
        lowered = text.lower()
        low = TOKEN.findall(lowered) if len(lowered) == len(text) else []
        if len(low) != len(raw):  # a letter whose lower case is longer: rare, slower
            low = [t.lower() for t in raw]
        found: list[_Hit] = []
        i, n = 0, len(raw)
        while i < n:
            candidates: list[tuple[int, int]] = []  # (token count, entry)
            if raw[i] in self._cs_prefixes:
                candidates += _walk(text, matches, raw, i, self._cs, self._cs_prefixes)
            if low[i] in self._ci_prefixes:
                candidates += _walk(text, matches, low, i, self._ci, self._ci_prefixes)
            if not candidates:  # most words start no name at all
                i += 1
                continue
            hit = None
            # Longest first; the sort is stable, so at equal length an exact-case form wins.
            for length, entry in sorted(candidates, key=lambda c: c[0], reverse=True):
                start, end = matches[i].start(), matches[i + length - 1].end()
                if not _stuck(text, start, end):
                    hit = (entry if entry >= 0 else -entry - 1, start, end, i, entry < 0)
                    break
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i += length
        return found


def _walk(
    text: str,
    matches: list[re.Match[str]],
    words: list[str],
    i: int,
    forms: dict[str, int],
    prefixes: frozenset[str],
) -> list[tuple[int, int]]:
    """Every form starting at token ``i``, as (token count, entry), shortest first."""
    found = []
    key, j = words[i], i
    while True:
        entry = forms.get(key)
        if entry is not None:
            found.append((j - i + 1, entry))
        j += 1
        if j == len(words):
            return found
        key = f"{key} {words[j]}"
        if key not in prefixes or text[matches[j - 1].end() : matches[j].start()].strip(_SPACING):
            return found  # no form goes on, or a comma, bracket or sentence end comes first


def _stuck(text: str, start: int, end: int) -> bool:
    """A one-letter hit glued to a word by a hyphen or "&": "C-suite", "R&D", "AT&T"."""
    if end - start > 1:
        return False
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return (len(before) == 2 and before[1] in _STUCK and before[0].isalnum()) or (
        len(after) == 2 and after[0] in _STUCK and after[1].isalnum()
    )


def _with_context(text: str, found: list[_Hit], kinds: list[str]) -> list[_Hit]:
    """Drop context-needing hits with no tool or hard skill named near them in their sentence."""
    anchors = [hit for hit in found if not hit[4] and kinds[hit[0]] != "transversal"]
    return [
        hit
        for hit in found
        if not hit[4]
        or any(
            abs(other[3] - hit[3]) <= CONTEXT_TOKENS
            and not _SENTENCE_END.search(text, min(hit[2], other[2]), max(hit[1], other[1]))
            for other in anchors
        )
    ]


def _prefixes(forms: Iterable[str]) -> frozenset[str]:
    runs = set(forms)
    for form in list(runs):
        space = form.find(" ")
        while space != -1:
            runs.add(form[:space])
            space = form.find(" ", space + 1)
    return frozenset(runs)


def _rows(text: str) -> Iterator[tuple[str, str, list[str]]]:
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind, forms = line.split("\t")
        yield name, kind, forms.split("|")
