"""Surface forms derived from O*NET names, ESCO labels and our curated lines.

Build-time only, like ``draft``: ``tools/build_gazetteer.py`` reads the source files and feeds
these functions; the runtime reads only the compact file the tool writes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from interview_coach.skills.gazetteer import CASE_MARK, CONTEXT_MARK
from interview_coach.skills.tokens import tokens

# Words that join the parts of a name without adding a letter to its acronym.
_LINKING = frozenset({"and", "of", "for", "the", "or", "&", "/", "to", "in", "on", "with", "a"})
# Verbs too light to carry a skill on their own: ESCO's "keep on", "carry on", "set goals".
_LIGHT = frozenset(
    {"be", "do", "get", "go", "have", "keep", "carry", "make", "take", "try", "set", "put"}
    | {"show", "use", "give", "help", "others", "own", "able", "your", "one", "oneself"}
)
_NOUNISH = re.compile(r"(ing|ion|ment|ics|ity|ogy|ism|ship|care|ance|ence)$")
# Last words of O*NET names that are a kind of software rather than a product's name.
_KINDS_OF_SOFTWARE = frozenset(
    {"software", "system", "systems", "database", "databases", "language", "languages"}
    | {"sites", "tools", "applications", "programs", "platforms", "suites", "services"}
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


@dataclass(frozen=True, slots=True)
class Form:
    """A surface form proposed for an entry: its tokens and how it may match."""

    words: tuple[str, ...]
    mark: str = ""  # "" ignores case, "=" exact case, "~" exact case and needs context
    trusted: bool = False  # written out by hand: the stoplist does not apply

    @property
    def lower(self) -> str:
        return " ".join(self.words).lower()

    @property
    def marked(self) -> str:
        """The form as the gazetteer file stores it."""
        return self.mark + " ".join(self.words) if self.mark else self.lower


def form(text: str, mark: str = "") -> Form | None:
    """The form of ``text``, or None when it has no tokens."""
    words = tuple(tokens(text))
    return Form(words, mark) if words else None


def common_words(texts: Iterable[str], min_count: int = 3) -> frozenset[str]:
    """Words written in lower case at least ``min_count`` times: ordinary English, not names."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(t for t in tokens(text) if t.islower())
    return frozenset(w for w, n in counts.items() if n >= min_count)


def vendors(names: Iterable[str], min_names: int = 2) -> frozenset[tuple[str, ...]]:
    """Name prefixes (one to three words) that start several product names: "Microsoft"."""
    counts: Counter[tuple[str, ...]] = Counter()
    for name in names:
        words = tuple(name.split())
        for k in range(1, min(3, len(words) - 1) + 1):
            counts[words[:k]] += 1
    return frozenset(p for p, n in counts.items() if n >= min_names and _looks_like_vendor(p))


def _looks_like_vendor(prefix: tuple[str, ...]) -> bool:
    words = prefix[1:] if prefix[0] == "The" and len(prefix) > 1 else prefix
    return all(w[:1].isupper() or w[:1].isdigit() for w in words) and all(
        any(c.isalpha() for c in w) for w in words
    )


def _acronym_of(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` spells the starts of ``words``: "SQL", "structured query language"."""
    letters = acronym.lower()

    def spell(i: int, j: int) -> bool:
        if i == len(letters):
            return all(w.lower() in _LINKING for w in words[j:])
        if j == len(words):
            return False
        word = words[j].lower()
        if word in _LINKING and spell(i, j + 1):
            return True
        return any(
            word.startswith(letters[i:k]) and spell(k, j + 1)
            for k in range(i + 1, len(letters) + 1)
        )

    return len(words) >= 2 and spell(0, 0)


@dataclass(slots=True)
class Derived:
    """An entry proposed by a source: canonical name, kind, forms, and names to merge it by."""

    name: str
    kind: str
    forms: list[Form] = field(default_factory=list)
    probes: list[str] = field(default_factory=list)


def onet_entry(
    example: str,
    vendor_prefixes: frozenset[tuple[str, ...]],
    common: frozenset[str],
    *,
    popular: bool = True,
) -> Derived:
    """Forms for one O*NET technology example: "Atlassian JIRA", "Structured query language SQL".

    Acronyms alone ("SQL") are kept only for ``popular`` names: an obscure tool's acronym is
    more often something else ("CNS" is a crystallography suite and the central nervous system).
    """
    name = re.sub(r"\s+software$", "", example.strip())
    paren = re.search(r"\s*\(([^)]*)\)", name)
    acronyms: list[str] = []
    if paren:
        inner = paren.group(1).strip()
        if _ACRONYM.match(inner):
            acronyms.append(inner)
        name = (name[: paren.start()] + name[paren.end() :]).strip()
        name = re.sub(r"\s+software$", "", name)
    words = name.split()
    full_names = [name]
    if len(words) >= 3 and _ACRONYM.match(words[-1]) and _acronym_of(words[-1], words[:-1]):
        acronyms.append(words[-1])
        full_names.append(" ".join(words[:-1]))
    products: list[str] = []
    for full in full_names:
        parts = tuple(full.split())
        for k in (3, 2, 1):
            if len(parts) > k and parts[:k] in vendor_prefixes:
                rest = parts[k:]
                # "Sage 50 Accounting" is no "50 Accounting"; "ADP Enterprise HR" no "HR".
                if not rest[0][:1].isdigit() and (len(rest) > 1 or len(rest[0]) > 3):
                    products.append(" ".join(rest))
                break
    canonical = f"{full_names[-1]} ({acronyms[0]})" if acronyms else name
    if not acronyms and all(w.lower() in common for w in tokens(name)):
        canonical = example.strip()  # "Statistical software", not "Statistical"
    entry = Derived(canonical, "tool", probes=[example, name, *full_names, *products])
    # "Stripped" forms lost a vendor or a "software" suffix: alone they may be everyday words.
    named = [(example, False), (name, name != example.strip())]
    named += [(text, False) for text in full_names[1:]]
    named += [(text, True) for text in (*products, *(acronyms if popular else ()))]
    for text, stripped in named:
        entry.forms.extend(_named(text, common, stripped=stripped))
    return entry


def _named(text: str, common: frozenset[str], *, stripped: bool) -> list[Form]:
    """How a product name may match: plain capitalised words only with their capitals."""
    found = form(text)
    if found is None:
        return []
    words = found.words
    everyday = all(w.lower() in common or w.isdigit() for w in words)
    if everyday and stripped:
        return []
    if len(words) > 1:
        if not everyday:
            return [found]
        # "After the Deadline" is a product, "Web browser software" a kind of software, and
        # "people@work" is best left alone: as words it is "how people work".
        if any(w[:1].isupper() for w in words[1:]):
            return [Form(words, CASE_MARK)]
        return [found] if words[-1].lower() in _KINDS_OF_SOFTWARE else []
    word = words[0]
    if everyday:
        return []  # "Analyze", "Act!", "Route": names of products, but words first
    if (len(word) <= 4 and stripped) or len(word) <= 2 or _plain_title(word):
        return [] if word.islower() else [Form(words, CASE_MARK)]
    return [found]


def _plain_title(word: str) -> bool:
    """Capitalised like any word at the start of a sentence: "Zoom", not "MATLAB" or "iPhone"."""
    return word[:1].isupper() and word[1:].islower()


def esco_entry(label: str, alt_labels: Iterable[str], kind: str) -> Derived:
    """Forms for one ESCO skill: its preferred label and the alternative labels that say enough."""
    entry = Derived(label[:1].upper() + label[1:], kind, probes=[label, *alt_labels])
    for text in (label, *alt_labels):
        found = form(text)
        if found is not None and _says_enough(found.words):
            entry.forms.append(found)
    return entry


_SPOKEN = (
    "fluent {}",
    "fluent in {}",
    "fluency in {}",
    "{} fluency",
    "{} speaker",
    "{} speaking",
    "{}-speaking",
    "speak {}",
    "speaks {}",
    "spoke {}",
    "speaking {}",
    "native {}",
    "bilingual {}",
    "{} language",
    "{} language skills",
    "business {}",
    "{} proficiency",
    "proficient in {}",
    "proficiency in {}",
    "written {}",
    "spoken {}",
    "conversational {}",
)


def language_entry(label: str) -> Derived:
    """A language, named where it is spoken or written: "fluent in Spanish", not "a Danish firm"."""
    entry = Derived(label, "skill", probes=[label])
    for pattern in _SPOKEN:
        found = form(pattern.format(label))
        if found is not None:
            entry.forms.append(found)
    return entry


def _says_enough(words: Sequence[str]) -> bool:
    content = [w for w in words if w.lower() not in _LINKING and w.lower() not in _LIGHT]
    if len(words) == 1:
        return bool(_NOUNISH.search(words[0].lower())) and len(words[0]) >= 6
    return len(content) >= 2


def curated_entry(line: str) -> Derived:
    """One line of curated.tsv: ``canonical<TAB>kind<TAB>form | =Form | ~Form``."""
    name, kind, forms_text = line.split("\t")
    entry = Derived(name, kind, probes=[name])
    for text in (f.strip() for f in forms_text.split("|")):
        mark = text[0] if text[:1] in (CASE_MARK, CONTEXT_MARK) else ""
        found = form(text[len(mark) :], mark)
        if found is None:
            raise ValueError(f"empty form in curated line: {line!r}")
        entry.forms.append(Form(found.words, mark, trusted=True))
        entry.probes.append(text[len(mark) :])
    own = form(name)
    if own is not None and all(f.lower != own.lower for f in entry.forms):
        # The name is a form too; not trusted, so the stoplist keeps "Sales" from "sales".
        short = len(own.words) == 1 and len(own.words[0]) <= 2 and own.words[0].isalpha()
        entry.forms.insert(0, Form(own.words, CASE_MARK) if short else own)
    return entry
