"""Depth from the structure of what is said, not from cue words.

Each kind of depth needs its content around the cue: an option considered and rejected needs a
named option and a reason; a trade-off needs its cost; a risk needs what was done about it; a
lesson needs the change it made. "I weighed the trade-offs and considered the alternatives" names
no option, no cost and no reason, and earns nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from interview_coach.analysis.patterns import quick
from interview_coach.analysis.terms import specific_terms
from interview_coach.analysis.text import Sentence


class DepthKind(StrEnum):
    REASONING = "reasoning"  # says why a step was taken
    ALTERNATIVE = "alternative"  # an option considered and rejected, with the reason
    TRADE_OFF = "trade-off"  # a choice with its cost
    RISK = "risk"  # a risk and how it was handled
    VERIFICATION = "verification"  # how success was checked
    LESSON = "lesson"  # what was learned, and what changed because of it


@dataclass(frozen=True, slots=True)
class DepthPoint:
    kind: DepthKind
    sentence: Sentence
    full: bool  # has all its parts (an option and a reason; a lesson and a change ...)


_MIN_CONTENT = 3

_REASON = quick(
    r"\b(?:because|since|as it|as the|as we|as i|so that|in order to|which would|that would|"
    r"would have|would've|it would|it'd|meant|means|given that|due to|too (?:slow|risky|"
    r"expensive|late|long|costly|much|many|few)|takes? longer|cost (?:more|us|too)|"
    r"wasn't worth|not worth|the reason|otherwise|than|to avoid|to keep|to protect|to make sure)\b"
    # A consequence drawn mid-sentence: "a small bias can move a patient across a stage, so I
    # didn't wait" (a sentence that opens with "So" is only carrying on, and "so I want to join
    # you" is the wish itself, not a reason for it).
    r"|, so (?:i|we|it|that|there|the)\b(?! (?:really )?(?:want|wanted|would like|'d like))",
)
_ALTERNATIVE = quick(
    r"\b(?:considered|thought about|looked at|explored|looked into|one option|another option|"
    r"the other option|the obvious (?:fix|option|answer|move|choice)|could have|could've|"
    r"instead of|rather than|decided against|ruled out|rejected|chose \w+(?: \w+){0,4} over|"
    r"opted for|the alternative|alternatively|weighed [^.;]{3,60}? against|versus|vs\.?|"
    r"i didn't (?:go with|choose|pick)|we didn't (?:go with|choose)|tempting to|the temptation|"
    r"the easy (?:fix|option|route|path)|i was tempted|some would|one approach|another approach|"
    r"two options|three options|instead,? (?:i|we)|"
    r"i (?:didn't|did not) \w+ (?:a|an|the|any) [^.;:]{0,40}?(?=:| because | since | as ))\b",
)
_TRADE_OFF = quick(
    r"\b(?:trade-?offs?|trade offs?|at the cost of|the cost (?:is|was|of)|the downside|"
    r"the (?:cost|price|catch|drawback)s?(?= ?[:\u2014\u2013-])|"
    r"the price (?:is|was)|in exchange|we accepted|i accepted|accepting|we gave up|i gave up|"
    r"sacrific|costs? (?:us|more|extra)|slower but|faster but|cheaper but|but it (?:means|meant)|"
    r"the catch|at the expense of|in return|it meant (?:more|less|extra|some|a)|"
    r"the penalty|worth the|its own problems|(?:fairer|simpler|cheaper|faster|safer|slower) "
    r"(?:in principle )?but|in principle|the flip side|on the other hand|the drawback|"
    r"which slows|costs? (?:more|time|speed)|less efficient|more expensive|"
    r"the costs? (?:are|is) real|the costs\b|downsides?|the (?:main |big )?weakness|"
    r"the trouble (?:is|with)|the problem with|the price you pay|pros and cons|"
    r"takes? (?:time|longer|more time)|harder to|works (?:well|best) (?:when|for|if)|"
    r"is for when|(?:better|best|worse) suited|(?:more|less) (?:flexible|robust|accurate|"
    r"defensible|reliable|consistent) (?:but|than))\b",
)
_RISK = quick(
    r"\b(?:risk|risky|could (?:break|fail|go wrong|lose|miss)|might (?:break|fail|lose|miss)|"
    r"in case|worst case|fallback|fall back|roll ?back|backup|back-out|safety net|safeguard|"
    r"guardrail|double-check|double check|second pair of eyes|escalat|feature flag|canary|"
    r"staged|pilot|trial run|dry run|so that nothing|so no|to prevent|to avoid|contingency|"
    r"plan b|if it (?:failed|went wrong|didn't work)|traps?|pitfalls?|watch (?:out )?for|gotchas?|"
    r"edge cases?|corner cases?|common mistake|common place|goes? wrong|falsely|false "
    r"(?:positive|negative)|unless|double-count\w*|leak\w*|silently|quietly)",
)
_VERIFY = quick(
    r"\b(?:measured|measure|monitored|monitor|tracked|track|checked|verified|verify|confirmed|"
    r"confirm|tested|test|compared|comparisons?|a/b|dashboard|audited|re-ran|reran|"
    # Following up checks only when it is a later look: "follow up a week later", not "ship a
    # smaller version and follow up with the rest".
    r"follow(?:ed)? up (?:a (?:day|week|month)|the next|after|later|on (?:it|that|the))|"
    r"reviewed|spot-check|spot check|sampled|reconciled|benchmarked|load-tested|surveyed|"
    r"asked (?:them|the|for feedback)|looked at the (?:numbers|data))\b",
)
_LESSON = quick(
    r"\b(?:i learned|i learnt|i've learned|we learned|lesson|taught me|in hindsight|looking back|"
    r"next time|would do differently|i'd do differently|if i did it again|if i were to do|"
    r"what i took away|i realised that|i realized that|showed me|made me realise|"
    r"made me realize|i'd change|i would change|what (?:i )?changed|what i took (?:away|from it)|"
    r"what i'd keep)\b",
)
_CHANGED = quick(
    r"\b(?:now i|i now|since then|i've since|ever since|these days i|i started|i always|"
    r"from then on|going forward|i'd (?:start|do|set|ask|involve|bring|build|check|write|push|"
    r"raise|flag|talk)|i would (?:start|do|set|ask|involve|bring|build|check|write|push|raise|"
    r"flag|talk)|i will|i make sure|i changed how|i built that into|is now part of|"
    r"became (?:our|the|a) (?:standard|template|checklist|rule|habit)|i still (?:ask|check|do|use|"
    r"start)|now (?:goes|go|uses|use|has|have|checks|check|includes|include|runs|run)|"
    r"(?:has|have) been in (?:our|the) \w+|in (?:our|the) (?:design )?(?:procedure|process|"
    r"checklist|training|course|onboarding|handbook|runbook)|i wrote (?:it|a|the|that) "
    r"(?:up|checklist|guide|runbook|procedure))\b",
)


@dataclass(frozen=True, slots=True)
class Depth:
    points: tuple[DepthPoint, ...]

    def of(self, kind: DepthKind) -> tuple[DepthPoint, ...]:
        return tuple(p for p in self.points if p.kind is kind)

    @property
    def kinds(self) -> frozenset[DepthKind]:
        return frozenset(p.kind for p in self.points)

    @property
    def full_kinds(self) -> frozenset[DepthKind]:
        return frozenset(p.kind for p in self.points if p.full)

    def sentences(self, kind: DepthKind) -> tuple[Sentence, ...]:
        return tuple(p.sentence for p in self.of(kind))


_CUES = {
    DepthKind.REASONING: _REASON,
    DepthKind.ALTERNATIVE: _ALTERNATIVE,
    DepthKind.TRADE_OFF: _TRADE_OFF,
    DepthKind.RISK: _RISK,
    DepthKind.VERIFICATION: _VERIFY,
    DepthKind.LESSON: _LESSON,
}


def cue(point: DepthPoint) -> int:
    """Where in its sentence (an offset into the answer) the words that show the point start,
    so a quote of it can keep them."""
    found = _CUES[point.kind].search(point.sentence.low)
    return point.sentence.start + (found.start() if found else 0)


def substance(sentence: Sentence) -> int:
    """Content words beyond boilerplate and those that merely announce depth."""
    return len(specific_terms(sentence.text))


def read_depth(sentences: Sequence[Sentence]) -> Depth:
    points: list[DepthPoint] = []
    for index, sentence in enumerate(sentences):
        if substance(sentence) < _MIN_CONTENT:
            continue  # a sentence of cue words shows nothing
        text = sentence.low
        following = sentences[index + 1].low if index + 1 < len(sentences) else ""
        reason = bool(_REASON.search(text))
        for kind, found in _kinds(text, reason, following):
            points.append(DepthPoint(kind, sentence, found))
    return Depth(tuple(points))


def _kinds(text: str, reason: bool, following: str) -> list[tuple[DepthKind, bool]]:
    found: list[tuple[DepthKind, bool]] = []
    alternative = _ALTERNATIVE.search(text)
    if alternative and _named_after(text, alternative.end()):
        # "I didn't open a new lot: the shift was only on B" carries its reason in the cue.
        explained = text.startswith((":", " because ", " since ", " as "), alternative.end())
        found.append(
            (
                DepthKind.ALTERNATIVE,
                reason or explained or bool(_REASON.search(following[:120])),
            )
        )
    trade = _TRADE_OFF.search(text)
    if trade and _named_after(text, trade.end(), before=trade.start()):
        found.append((DepthKind.TRADE_OFF, True))
    if _RISK.search(text):
        found.append((DepthKind.RISK, reason or " so " in text or " by " in text))
    if _VERIFY.search(text):
        found.append((DepthKind.VERIFICATION, True))
    if _LESSON.search(text):
        found.append((DepthKind.LESSON, bool(_CHANGED.search(text + " " + following[:160]))))
    elif _CHANGED.search(text) and re.search(r"\bnow\b|\bsince\b", text):
        found.append((DepthKind.LESSON, True))
    if (reason and not found) or reason:
        found.append((DepthKind.REASONING, True))
    return found


def _named_after(text: str, end: int, before: int | None = None) -> bool:
    """Content words (not announcing ones) near the cue: the option or the cost it names."""
    window = text[end : end + 90]
    if before is not None:
        window = text[max(0, before - 60) : before] + " " + window
    return len(specific_terms(window)) >= 2
