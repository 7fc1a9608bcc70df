"""Resume bullets and job duties, trimmed into phrases that read naturally inside a question.

"Led the migration of the payments ledger to PostgreSQL, cutting reconciliation time by 40%"
becomes the noun phrase "the payments ledger migration" and the predicate "led the migration of
the payments ledger to PostgreSQL" ("You've led ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from interview_coach.questions import verbs
from interview_coach.questions.grammar import word_set

MAX_WORDS = 10
_BULLET = re.compile(r"^[\s•*·\-–—>]+")
_LEAD_INS = re.compile(
    r"^(?:you will|you'll|will|you are|be responsible for|responsible for|responsibilities include|"
    r"ability to|able to|help to|helping to|in charge of|accountable for)\s+",
    re.IGNORECASE,
)
_CLAUSE_CUTS = (
    re.compile(r"\s*(?:[,;:(]|\s[-–—]\s|\.\s).*$"),
    re.compile(
        r"\s+(?:resulting in|which|that|who|where|leading to|while|so that|thereby|"
        r"in order to|whereby)\b.*$",
        re.IGNORECASE,
    ),
    re.compile(r"\s+by\s+\w+ing\b.*$", re.IGNORECASE),
    re.compile(
        r"\s+(?:saving|cutting|reducing|increasing|improving|boosting|growing|generating|"
        r"achieving|delivering|handling|serving|processing|supporting|enabling|driving|raising|"
        r"lowering|securing|exceeding)\s+(?=[\d$£€~]|(?:a|an|the|over|more|up|by|from|to)\b).*$",
        re.IGNORECASE,
    ),
    re.compile(r"\s+to\s+(?:reduce|improve|increase|cut|enable|support|ensure|help|deliver|"
               r"speed|lower|raise|boost|drive|grow|meet|hit|exceed)\b.*$", re.IGNORECASE),
    re.compile(r"\s+(?:with|across|for|in|within|at|over|of|to|by)\s+(?=[\d$£€~]).*$",
               re.IGNORECASE),
)  # fmt: skip
_PREPOSITIONS = word_set(
    "for across at in within using with via on to from into through under over"
)
_DETERMINERS = frozenset({"the", "a", "an", "our", "my", "their", "its"})
_NOMINALISATIONS = word_set(
    """migration redesign rollout launch implementation integration development overhaul rebuild
    rewrite consolidation automation expansion adoption transition upgrade modernisation
    modernization restructuring reorganisation reorganization refactoring deployment creation
    introduction delivery standardisation standardization"""
)
# Verbs whose result is naturally named by a noun: "redesigned the checkout" -> "checkout redesign".
_VERB_NOUNS = {
    "redesign": "redesign", "migrate": "migration", "launch": "launch",
    "implement": "implementation", "automate": "automation", "integrate": "integration",
    "rebuild": "rebuild", "rewrite": "rewrite", "overhaul": "overhaul",
    "consolidate": "consolidation", "modernise": "modernisation", "modernize": "modernization",
    "restructure": "restructuring", "reorganise": "reorganisation", "upgrade": "upgrade",
}  # fmt: skip
# Verbs that bring something into being, so the thing names the work: "built a fraud service".
_MAKING_VERBS = word_set(
    "build create design develop establish found write start ship deliver run organise organize "
    "plan set launch"
)
_NOMINAL = re.compile(
    r"^(?:the|a|an|our)\s+(\w+)\s+of\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+|their\s+)?(.+)$",
    re.IGNORECASE,
)


# "raised the pass rate from 48% | to 71%": a start point without its end says nothing.
_STRANDED_FROM = re.compile(r"\s+from\s+[\d$£€~][^\s]*(?:\s+[a-z]+)?$")


@dataclass(frozen=True, slots=True)
class Phrasing:
    """A fact ready for a template: ``noun`` always, ``did`` ('led the ...') when it has a verb."""

    source: str
    noun: str
    did: str | None = None
    doing: str | None = None


def trim(text: str) -> str:
    """The core clause of a bullet: no bullet mark, trailing results, or purpose clauses."""
    text = _BULLET.sub("", text).strip().rstrip(".")
    text = _LEAD_INS.sub("", _join_adjective_lists(text))
    text = _join_verb_lists(text)
    whole = text
    for cut in _CLAUSE_CUTS:
        text = cut.sub("", text)
    text = _STRANDED_FROM.sub("", text)
    words = text.split()
    # A cut can strand a participle or preposition ("a club attended | by 60 students").
    while text != whole and len(words) > 2 and _dangling(words[-1]):
        words.pop()
    return _shorten(words)


_ADJECTIVE_LIST = re.compile(
    r"\b(\w+(?:ing|ed|ive|al|ful|ous|ic|ent|ant|ble)),\s+"
    r"(?=[\w-]+(?:ing|ed|ive|al|ful|ous|ic|ent|ant|ble)\b"
    # "for event processing, replacing a nightly batch": a clause, not a second adjective.
    r"(?!\s+(?:a|an|the|our|their|its|this|these|it|them)\b))"
)


#: "clean, tested SQL": any word, then a participle that describes the noun after it.
_BEFORE_PARTICIPLE = re.compile(r"\b([a-z]+),\s+(?=[a-z]+ed\s+[A-Za-z])")


def _join_adjective_lists(text: str) -> str:
    """'engaging, differentiated lessons' is one noun phrase: keep its comma from cutting it."""
    text = _ADJECTIVE_LIST.sub(r"\1 and ", text)
    return _BEFORE_PARTICIPLE.sub(
        lambda m: m.group(0) if verbs.base_from_any(m.group(1)) else f"{m.group(1)} and ", text
    )


_VERB_LIST = re.compile(r"^(\w+(?:,\s*\w+)+),?\s+and\s+(?=\w)")


def _join_verb_lists(text: str) -> str:
    """'Design, build and operate X' opens with three verbs: keep its commas from cutting it."""
    listed = _VERB_LIST.match(text)
    if listed is None:
        return text
    words = [w.strip() for w in listed.group(1).split(",")]
    if not all(verbs.base_from_any(w) for w in words):
        return text
    return " and ".join(words) + " and " + text[listed.end() :]


def _dangling(word: str) -> bool:
    lowered = word.lower()
    return (
        lowered in _PREPOSITIONS
        or lowered in ("and", "or", "the", "a", "an")
        or (lowered.endswith("ed") and len(lowered) >= 4)
    )


def _shorten(words: list[str]) -> str:
    if len(words) <= MAX_WORDS:
        return " ".join(words)
    cut = max(
        (i for i, w in enumerate(words[: MAX_WORDS + 1]) if i >= 3 and w.lower() in _PREPOSITIONS),
        default=None,
    )
    if cut and cut >= 5 and [w.lower() for w in words[cut - 2 : cut]] == ["in", "line"]:
        cut -= 2  # "in line with": the phrase ends before it, not inside it
    if not cut:
        return ""
    kept = words[:cut]
    while len(kept) > 3 and _dangling(kept[-1]):  # "a difference inherited | from ..."
        kept.pop()
    return " ".join(kept)


def phrase_fact(text: str) -> Phrasing | None:
    """A resume bullet or job duty as phrases, or None when it cannot be made to read well."""
    words = trim(text).split()
    if len(words) < 2:
        return None
    opening, rest = _opening_verbs(words)
    if not opening:
        return Phrasing(text, _lower_first(" ".join(words)))
    bases = [base for _, base in opening]
    did = _listed([_past(base, written) for written, base in opening])
    doing = _listed([verbs.gerund(b) for b in bases])
    did_rest, doing_rest = _second_verb(rest, verbs.participle), _second_verb(rest, verbs.gerund)
    noun = _noun(rest, bases[-1]) or f"{doing} {doing_rest}"
    return Phrasing(text, noun, f"{did} {did_rest}", f"{doing} {doing_rest}")


def _listed(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 2 else " and ".join(items)


#: After these, a verb-like word after "and" is a noun ("training and support to staff").
_NOUN_AFTER = frozenset({"to", "for", "of", "and", "or"})


def _second_verb(rest: str, form: Callable[[str], str]) -> str:
    """A duty's second verb in the form of its first: 'code and mentor engineers' ->
    'code and mentoring engineers' for 'reviewing', so both verbs read alike."""
    words = rest.split()
    for i in range(len(words) - 2):
        base = _verb_base(words[i + 1])
        if words[i] == "and" and base is not None and words[i + 2].lower() not in _NOUN_AFTER:
            words[i + 1] = form(base)
            break
    return " ".join(words)


def _verb_base(word: str) -> str | None:
    """The base of a word that can only be a verb here: a base verb, or the past of one
    ('ran', 'supported'; not 'related')."""
    if word in verbs.BASE_VERBS:
        return word
    base = verbs.base_from_any(word) if verbs.is_past(word) else None
    return base if base in verbs.BASE_VERBS else None


def _opening_verbs(words: list[str]) -> tuple[list[tuple[str, str]], str]:
    """The verbs a duty opens with ('Design and build X'), as (written, base), and the rest."""
    opening: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        base = verbs.base_from_any(words[i])
        if base is None:
            break
        opening.append((words[i], base))
        i += 1
        if i < len(words) - 1 and words[i].lower() == "and" and verbs.base_from_any(words[i + 1]):
            i += 1
        else:
            break
    return opening, " ".join(words[i:])


def _past(base: str, as_written: str) -> str:
    if verbs.is_past(as_written):
        return verbs.participle_of_past(as_written)
    return verbs.participle(base)


def _lower_first(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first[:1].isupper() and not any(c.isupper() for c in first[1:]):
        first = first.lower()
    return f"{first} {rest}".strip()


def _noun(obj: str, base: str) -> str | None:
    """'the migration of the payments ledger to X' -> 'the payments ledger migration'."""
    nominal = _NOMINAL.match(obj)
    if nominal and nominal.group(1).lower() in _NOMINALISATIONS:
        head = _until_preposition(nominal.group(2).split())
        if 1 <= len(head) <= 4:
            return f"the {' '.join(head)} {nominal.group(1).lower()}"
    words = obj.split()
    body = _until_preposition(words[1:] if words and words[0].lower() in _DETERMINERS else words)
    if not body or body[0][0].isdigit() or len(body) > 5 or verbs.is_past(body[-1]):
        return None
    if base in _VERB_NOUNS:
        return f"the {' '.join(body)} {_VERB_NOUNS[base]}"
    if base in _MAKING_VERBS and words[0].lower() in _DETERMINERS and len(body) >= 2:
        return "the " + " ".join(body)
    return None


def _until_preposition(words: list[str]) -> list[str]:
    for i, word in enumerate(words):
        if word.lower() in _PREPOSITIONS or word.lower() == "and":
            return words[:i]
    return words
