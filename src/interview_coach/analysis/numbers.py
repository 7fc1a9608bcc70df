"""Numbers in an answer, read with their units and with their part in the story.

A number is worth something to an interviewer when it measures what changed (an outcome), or
sizes the problem (context). A threshold in a plan ("if more than 50% is missing") and
biographical padding ("12 years of experience, 2 marathons") are numbers too, but they measure
nothing the question asked about. ``N+1`` is the name of a query pattern, not a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from interview_coach.analysis.lexicon import MONTHS
from interview_coach.analysis.patterns import quick
from interview_coach.analysis.text import lowered

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|hundreds|thousand|thousands|dozen|dozens|half|a dozen|a hundred|a thousand"
)
#: A number that stands alone: not glued to letters or a plus sign (N+1, EC2, S3, Q3, H1).
_NUM = (
    r"(?<![A-Za-z0-9+/.#_-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"|\b(?:" + _NUMBER_WORDS + r")(?:[\s-](?:" + _NUMBER_WORDS + r"))?\b"
)
_SCALE = r"(?:\s?(?:k|m|bn|b|tn|million|billion|trillion|thousand)\b)?"
_TIME_UNITS = (
    r"ms|milliseconds?|msec|s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|nights?|weeks?|"
    r"months?|years?|quarters?|sprints?|shifts?|semesters?|terms?"
)
_MEASURE_UNITS = (
    r"mg|mcg|µg|ml|cc|l|litres?|liters?|kg|g|lbs?|pounds|km|miles?|mmhg|bpm|units?|"
    r"gb|mb|tb|kb|rps|qps|tps|req/s|requests per second|°c|degrees?|points?|pp|bps|"
    r"percentage points?|sq ?ft|square (?:feet|metres|meters)|m2|tonnes?|tons?|pallets?"
)

_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "change",
        r"\bfrom (?:about |around |roughly |over |nearly )?(?:" + _NUM + r")[^\s,;]*"
        r"(?:\s[a-z%]+)?\s(?:down |up )?to (?:about |around |roughly |under |just )?(?:"
        + _NUM
        + r")[^\s,;]*",
    ),
    (
        "money",
        r"[$£€¥]\s?\d[\d,]*(?:\.\d+)?"
        + _SCALE
        + r"|(?:"
        + _NUM
        + r")"
        + _SCALE
        + r"\s?(?:dollars|euros|pounds sterling|usd|eur|gbp)\b",
    ),
    ("percent", r"(?:" + _NUM + r")\s?(?:%|percent\b|per cent\b)"),
    ("time_of_day", r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b"),
    ("duration", r"(?:" + _NUM + r")[\s-]?(?:" + _TIME_UNITS + r")\b"),
    ("measure", r"(?:" + _NUM + r")[\s-]?(?:" + _MEASURE_UNITS + r")(?![A-Za-z])"),
    ("multiple", r"(?:" + _NUM + r")\s?(?:x\b|times\b|-fold\b)"),
    ("percentile", r"\bp(?:50|75|90|95|99|999)\b"),
    ("ratio", r"(?:" + _NUM + r")\s?(?:in|out of|of every)\s(?:" + _NUM + r")\b"),
    ("date", r"\b(?:19|20)\d\d\b|\b(?:" + "|".join(sorted(MONTHS)) + r")\.?\s+\d{4}\b"),
    (
        "zero",
        r"\b(?:zero|no|0|none of the)\s(?:[a-z-]+\s)?(?:incidents?|errors?|complaints?|"
        r"defects?|escalations?|outages?|falls?|injuries|returns|chargebacks|findings|issues|"
        r"downtime|overtime|weekends?|breaches|failures|rollbacks?|deaths|readmissions|"
        r"stock-?outs?|write-?offs?|missed|late|lost|duplicates?|pages|tickets|exceptions|"
        r"adjustments|disputes|penalt(?:y|ies)|accidents|near misses|absences|transfers?)\b",
    ),
    (
        "count",
        r"(?:" + _NUM + r")" + _SCALE + r"\+?\s(?:(?!(?:to|and|or|of|in|on|at|by|for|"
        r"from|with|the|a|an)\b)[a-z][a-z'-]*\s){0,2}?(?:[a-z][a-z-]*s|people|staff|children|"
        r"a (?:day|week|month|night|shift|year))\b",
    ),
    (
        "rate",
        r"(?:" + _NUM + r")\s(?:a|per|an|each)\s(?:day|week|month|night|shift|year|hour|"
        r"quarter)\b",
    ),
)
_QUANTITY = quick("|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS))

#: A change between two quantities: "from 2 seconds to 200ms", "25% of nights to 4%".
_CHANGE = quick(
    r"(?=[fduboiht\-→])"  # what every alternative starts with: the rest is tried only there
    r"(?:\bfrom\b[^.;]{0,60}?\bto\b|\bdown to\b|\bup to\b|\bup from\b|\bdown from\b|→|->"
    r"|\b(?:by|of)\s(?:about\s|almost\s|nearly\s|over\s)?(?:" + _NUM + r")\s?(?:%|percent|x\b)"
    r"|\bin half\b|\bhalved\b|\bdoubled\b|\btripled\b)",
)
#: A number here sets a condition in a plan or a rule, it does not report what happened.
_THRESHOLD = quick(
    r"\b(?:if|when|whenever|unless|once|anything|any|whatever)\b[^.;]{0,40}?"
    r"\b(?:more than|less than|over|under|above|below|at least|at most|exceeds?|greater than|"
    r"fewer than|beyond|past|higher than|lower than|reaches?|hits?|drops? below|goes? over)\b",
)
_PADDING = quick(
    r"\byears? of (?:experience|service)\b|\byears? in (?:the |this )?(?:industry|field|"
    r"business|trade|profession)\b|\bmarathons?\b|\bkids\b|\bchildren of my own\b|\blanguages\b"
    r"|\bhobb(?:y|ies)\b|\bcertifications?\b|\byears old\b|\bmy age\b|\bfollowers\b"
    # Life outside the work, a social profile, the size of a whole market: true, and nothing
    # to do with what was asked.
    r"|\bconnections on\b|\blinkedin\b|\bironman\b|\btriathlons?\b|\b(?:half[- ])?marathons?\b"
    r"|\bmy (?:son|daughter|kids?|children)(?:'s)?\b|\b(?:huge|big|massive|growing|vast) "
    r"(?:market|industry|sector)\b|\bmarket (?:worth|size|of)\b"
    r"|\b(?:i have|i've|i am|i'm)\b[^.;]{0,30}\b(?:been|worked|had)\b[^.;]{0,20}\byears?\b"
    r"|\b(?:i have|i've)\s(?:run|done|read|visited|travelled|traveled|coached|climbed)\b"
    r"|\b(?:i have|i've)\s(?:got|worked|shipped|written|taught|published|won|held|earned|"
    r"passed|completed|attended|been)\b(?![^.;]{0,40}\b(?:from|to|by|down|up|cut|reduc|"
    r"increas|sav))",
)
_OUTCOME_VERBS = quick(
    r"\b(?:fell|dropped|drop|drops|rose|grew|increased|decreased|reduced|reducing|cut|cutting|"
    r"saved|saving|improved|improving|lifted|raised|raising|lowered|lowering|shrank|halved|"
    r"doubled|tripled|went (?:up|down|from)|came down|hit|reached|exceeded|beat|achieved|"
    r"recovered|recovering|finished|delivered|shipped|closed|signed|won|renewed|converted|"
    r"passed|launched|completed|resolved|stayed|remained|averaged|freed|freeing|generated|"
    r"recouped|retained|"
    # A reduction told as what was taken away: "took two weeks off our waiting list".
    r"(?:took|taken|taking|knocked|shaved|trimmed) [^.;]{0,30}?\boff)\b",
)
_TARGETS = r"(?:goal|target|sla|standard|benchmark|limit|window|promise|budget|threshold|cap)"
_IS_TARGET = quick(r"[\s-]*(?:[a-z-]+\s){0,2}?" + _TARGETS + r"\b")
_AGAINST_TARGET = quick(
    r"[^.;]{0,70}?\b(?:well |comfortably |just |safely )?(?:inside|within|under|below|ahead of|"
    r"better than|beating|against|versus|vs\.?) (?:our|the|a|an|its|their|my) [^.;]{0,25}?"
    + _TARGETS
    + r"\b",
)
_WITHIN = quick(r"\b(?:within|inside|in under|under|in just|in only|ahead of|before)\s")


class Reading(StrEnum):
    """What a number does in the answer."""

    OUTCOME = "outcome"  # measures what changed or was achieved
    CONTEXT = "context"  # sizes the situation or the work (a team of five, 1,200 payouts)
    THRESHOLD = "threshold"  # a condition in a plan or a rule
    PADDING = "padding"  # about the candidate's biography, not the story
    DATE = "date"  # when it happened


@dataclass(frozen=True, slots=True)
class Quantity:
    kind: str  # money, percent, duration, measure, multiple, percentile, ratio, count, rate, ...
    reading: Reading
    start: int
    end: int
    text: str

    @property
    def measures(self) -> bool:
        """Counts as a concrete detail (dates and times of day only place the story)."""
        if self.text.lower().startswith(("one ", "one-", "a ", "half")):
            return False  # "one night", "a dozen": a figure of speech more than a measure
        return self.reading in (Reading.OUTCOME, Reading.CONTEXT)


#: Where a quantity can start: a digit, a currency sign, a number word, "from" (a change), a
#: month (a date). The full pattern is tried only there.
_START = quick(
    r"(?=[f$£€¥\dotsenhdazpjm])(?:\bfrom\b|[$£€¥]|\d|\b(?:"
    + _NUMBER_WORDS
    + r"|zero|no|none|p(?:50|75|90|95|99|999)|"
    + "|".join(sorted(MONTHS))
    + r")\b)",
)


def quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every number in a clause or sentence, with what it does there."""
    found: list[Quantity] = []
    low = lowered(text)
    if not _START.search(low):  # most clauses hold no number at all
        return found
    matches = _matches(low)
    if not matches:
        return found
    change = _CHANGE.search(low)
    padded = _PADDING.search(low) is not None  # read once for every number of the clause
    for match in matches:
        kind = match.lastgroup or "count"
        start, end = match.span()
        found.append(
            Quantity(
                kind,
                _reading(low, kind, start, end, change, padded),
                offset + start,
                offset + end,
                text[start:end].strip(),
            )
        )
    return found


def _matches(text: str) -> list[re.Match[str]]:
    """What _QUANTITY.finditer finds, tried only where a quantity can start: the full pattern
    is costly to run at every character of a clause."""
    found: list[re.Match[str]] = []
    end = 0
    for start in _START.finditer(text):
        if start.start() < end:
            continue
        match = _QUANTITY.match(text, start.start())
        if match is not None and match.end() > match.start():
            found.append(match)
            end = match.end()
    return found


def _reading(
    text: str, kind: str, start: int, end: int, change: re.Match[str] | None, padded: bool
) -> Reading:
    if kind in ("date", "time_of_day"):
        return Reading.DATE
    if _IS_TARGET.match(text, end):
        return Reading.CONTEXT  # "our 60-minute goal" sets the bar; it is not the outcome
    if _AGAINST_TARGET.match(text, end):
        return Reading.OUTCOME  # "41 minutes after ..., well inside our 60-minute goal"
    before = text[max(0, start - 60) : start]
    if padded:
        return Reading.PADDING
    if _THRESHOLD.search(before + text[start : start + 12]):
        return Reading.THRESHOLD
    if kind == "zero" or change is not None:
        return Reading.OUTCOME
    if _OUTCOME_VERBS.search(text) or _WITHIN.search(before[-25:]):
        return Reading.OUTCOME
    return Reading.CONTEXT
