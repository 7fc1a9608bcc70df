"""Small grammar for filled templates: articles, casing of terms, tidy punctuation."""

from __future__ import annotations

import re
from functools import lru_cache

# Words whose spelling misleads the a/an rule: vowel letters sounding like "y"/"w", silent "h".
_A_BEFORE = ("uni", "use", "usu", "uti", "eu", "one", "once", "ure", "uri", "uro", "uk", "ubi")
_AN_BEFORE = ("hour", "honest", "honour", "honor", "heir", "mba", "mri", "msc", "nhs", "sql")
# Acronym letters whose name starts with a vowel sound: "an SRE", "an MRI".
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")
_GENERIC_SUFFIXES = (
    "ing", "tion", "sion", "ment", "ity", "ance", "ence", "sis", "ogy", "ics", "ship", "ness",
    "ure", "age", "ery", "acy",
)  # fmt: skip


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a written list, as a set."""
    return frozenset(text.split())


# Everyday words that make a Title Case skill generic ("Project Management"), not a product name.
_COMMON_WORDS = word_set(
    "data project risk quality customer patient care sales account business product change team "
    "people stakeholder time financial clinical software system systems process classroom lesson "
    "medication infection wound test stress budget pipeline market digital content social media "
    "supply chain health safety and & of service services relationship relationships"
)


def article(phrase: str) -> str:
    """'a' or 'an' for the phrase that follows it."""
    return _article(phrase.strip().split(" ", 1)[0].strip("\"'("))


@lru_cache(maxsize=8192)
def _article(word: str) -> str:
    if not word:
        return "a"
    lowered = word.lower()
    if word.isupper() and len(word) > 1 and word.isalpha():
        return "an" if word[0] in _VOWEL_SOUND_LETTERS else "a"
    if lowered.startswith(_AN_BEFORE):
        return "an"
    if lowered.startswith(_A_BEFORE):
        return "a"
    if word[0].isdigit():
        return "an" if re.match(r"(8|11|18)(\D|$)", word) else "a"
    return "an" if lowered[0] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    return f"{article(phrase)} {phrase}"


_ARTICLE_WORD = re.compile(r"\b([Aa]n?) ([\w\"'(][\w&./+-]*)")


def fix_articles(text: str) -> str:
    """Correct every 'a'/'an' in a filled template to suit the word after it."""

    def fix(match: re.Match[str]) -> str:
        found, word = match.group(1), match.group(2)
        if found.lower() not in ("a", "an"):
            return match.group(0)
        right = article(word)
        right = right.capitalize() if found[0].isupper() else right
        return f"{right} {word}"

    return _ARTICLE_WORD.sub(fix, text)


def as_term(term: str) -> str:
    """A skill or domain as it reads mid-sentence: 'Patient assessment' -> 'patient assessment',
    while names and acronyms ('Python', 'SQL', 'Microsoft Excel') keep their capitals."""
    words = term.strip().split()
    if not words:
        return ""
    first, rest = words[0], words[1:]
    if not first[:1].isupper() or _has_inner_capital(first):
        return " ".join(words)
    if rest and all(w[:1].islower() or not w[:1].isalpha() for w in rest):
        return " ".join([first.lower(), *rest])
    if not rest and first.lower().endswith(_GENERIC_SUFFIXES):
        return first.lower()
    if rest and all(_generic_word(w) for w in words):
        return " ".join(w.lower() for w in words)
    return " ".join(words)


def _generic_word(word: str) -> bool:
    lowered = word.lower()
    if word.isupper() and len(word) > 1:
        return False
    return lowered.endswith(_GENERIC_SUFFIXES) or lowered in _COMMON_WORDS


def _has_inner_capital(word: str) -> bool:
    return any(c.isupper() for c in word[1:])


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


_SENTENCE_START = re.compile(r"(^|[.?!]\s+)([a-z])")


_SPACE_BEFORE = re.compile(r" ([,.?!;:])")
_STOPS = re.compile(r"([.?!])[.?!]+")
_COMMA_STOP = re.compile(r",([.?!])")


def tidy(text: str) -> str:
    """Collapse spaces, drop spaces before punctuation, capitalise sentences, fix articles."""
    text = " ".join(text.split())
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _STOPS.sub(r"\1", text)
    text = _COMMA_STOP.sub(r"\1", text)
    text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return fix_articles(text)
