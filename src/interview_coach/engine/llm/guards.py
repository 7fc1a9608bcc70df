"""The content checks a schema-valid reply must pass before anyone reads it.

Each point must quote the answer exactly (or quote nothing), state no number the sources do
not, speak only to a dimension the scorecard put on its side (a strength the rubric scored
strong, a gap it scored weak), and be plain text. A failing point is dropped; a reply with a
failing headline, or with too little left, is rejected as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from interview_coach.engine.briefs import (
    FeedbackBrief,
    Finding,
    Phrasing,
    Preview,
    QuestionBrief,
)
from interview_coach.engine.llm.partial import Field, fields_so_far
from interview_coach.engine.llm.privacy import PLACEHOLDER
from interview_coach.engine.llm.prompts import Prompt, unmark
from interview_coach.engine.numbers import numbers_in
from interview_coach.feedback import Feedback
from interview_coach.feedback.model import Point
from interview_coach.planner.similarity import NEAR_DUPLICATE, lexical_similarity
from interview_coach.rubric.scorecard import Span
from interview_coach.vocabulary import Dimension, FeedbackLevel

#: A dimension scored at least this is plainly there: prose may not call it missing.
PLAINLY_THERE = 8.0
SHOWN = 3
#: A piece still streaming in is shown once it has this many whole words.
PREVIEW_WORDS = 3
#: The fewest words a headline and a report's summary ("three or four sentences") may have.
HEADLINE_WORDS, SUMMARY_WORDS = 2, 12
#: The most characters each field of a reply may have (a longer one fails its check).
LIMITS = {"headline": 300, "text": 400, "quote": 400, "suggestion": 300, "closing": 300,
          "question": 600, "hint": 300, "summary": 1200}  # fmt: skip
_UNSAFE = re.compile(
    r"[<>`]|\]\(|https?:|www\.|javascript:|[\w.+-]+@[\w-]+\.\w|«|»|\bdata\s+\w+\s+[0-9a-f]{16}\b",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"(?:[:;,(–—-]|\b(?:a|an|the|and|or|but|to|of|in|on|for|with|is|are|your|my|that))\s*$",
    re.IGNORECASE,
)
_TERM = re.compile(r"[A-Za-z][\w+#.-]*[\w+#]|[A-Za-z]")
_ABSENT = r"(?:no|missing|lacks?|lacking|without|absent|omits?|forgot)"


class Rejected(ValueError):
    """The reply as a whole cannot be shown; the message says why."""


@dataclass(frozen=True, slots=True)
class Checked:
    """A reply that passed, and how many of its points were dropped on the way."""

    feedback: Feedback
    dropped: int


def problem_with(
    text: str, allowed_numbers: frozenset[str], prompt: Prompt, limit: int
) -> str | None:
    """Why ``text`` cannot be shown, or None."""
    if len(text) > limit:
        return "too long"
    if prompt.token in text or _UNSAFE.search(text):
        return "markup, a link or the prompt's markers"
    if prompt.echoed_in(text):
        return "repeats the coach's own instructions"
    if loops(text):
        return "repeats itself"
    if numbers_in(text) - allowed_numbers:
        # Which numbers stays in the log of what came back: a page never repeats them.
        return "states a number that neither the answer nor the scorecard holds"
    return None


def loops(text: str) -> bool:
    """Says the same five words in a row twice (a small model running in circles)."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    runs = [tuple(words[i : i + 5]) for i in range(len(words) - 4)]
    return len(runs) != len(set(runs))


def unfinished(text: str) -> bool:
    """A sentence that stops mid-way ("Your answer to the question:") says nothing."""
    return bool(_DANGLING.search(text))


def check_question(reply: dict[str, Any], brief: QuestionBrief, prompt: Prompt) -> Phrasing:
    allowed = numbers_in(" ".join((brief.draft, brief.ask, *brief.grounding)))
    text = " ".join(unmark(reply["question"]).split())
    if not text or "?" not in text:
        raise Rejected("the question is empty or asks nothing")
    problem = problem_with(text, allowed, prompt, LIMITS["question"]) or changed_ask(text, brief)
    if problem:
        raise Rejected(f"the question {problem}")
    hint = unmark(reply["hint"]) or None
    if hint is not None and (
        not brief.wants_hint or problem_with(hint, allowed, prompt, LIMITS["hint"])
    ):
        hint = None  # a hint is optional: a bad one is left out, not a reason to refuse
    return Phrasing(text, hint)


def changed_ask(text: str, brief: QuestionBrief) -> str | None:
    """Why the wording no longer asks the planned ask, or None.

    The stored ask is what the answer is scored against and what the ledger and the repeat
    check read, so the wording must stay the same question by the planner's own measure (the
    near-duplicate similarity) and keep every named thing the ask cites ("PostgreSQL")."""
    if PLACEHOLDER in text:
        return "repeats a detail that was withheld from the engine"
    if lexical_similarity(brief.ask, text) < NEAR_DUPLICATE:
        return "asks something other than the planned question"
    private = {p.lower() for p in (*brief.private_names, *brief.employers)}
    dropped = [
        term
        for term in _named_terms(brief.ask, brief.grounding)
        if term.lower() not in private and not re.search(_whole(term), text, re.IGNORECASE)
    ]
    if dropped:
        return f"drops what the planned question is about: {', '.join(dropped)}"
    return None


def _named_terms(ask: str, grounding: tuple[str, ...]) -> list[str]:
    """The names in the resume or job facts that the ask repeats: a fact that is one term
    ("Kubernetes"), or a capitalised word after a fact's first ("PostgreSQL")."""
    found: list[str] = []
    for fact in grounding:
        words = _TERM.findall(fact)
        names = words if len(words) == 1 else [w for w in words[1:] if w != w.lower()]
        found += [n for n in names if n not in found and re.search(_whole(n), ask)]
    return found


def _whole(term: str) -> str:
    return rf"(?<!\w){re.escape(term)}(?!\w)"


def check_summary(reply: dict[str, Any], allowed: frozenset[str], prompt: Prompt) -> str:
    text = unmark(reply["summary"])
    problem = problem_with(text, allowed, prompt, LIMITS["summary"]) if text else "is empty"
    if not problem and unfinished(text):
        problem = "stops mid-sentence"
    if not problem and len(text.split()) < SUMMARY_WORDS:
        problem = f"is under {SUMMARY_WORDS} words: too little to sum up a report"
    if problem:
        raise Rejected(f"the summary {problem}")
    return text


def check_feedback(reply: dict[str, Any], brief: FeedbackBrief, prompt: Prompt) -> Checked:
    """The reply as Feedback at the brief's level, or Rejected."""
    allowed = brief.allowed_numbers()
    headline = unmark(reply["headline"])
    _whole_text("headline", headline, brief, allowed, prompt)
    if brief.level is FeedbackLevel.BASIC:
        return Checked(Feedback(brief.level, brief.mode, headline), 0)
    closing = unmark(reply["closing"])
    _whole_text("closing", closing, brief, allowed, prompt, may_be_empty=True)
    offered = reply["points"]
    strengths: list[tuple[Finding, Point]] = []
    gaps: list[tuple[Finding, Point]] = []
    sides = {"strength": (brief.strengths, strengths), "gap": (brief.gaps, gaps)}
    for raw in offered:
        findings, kept = sides[raw["kind"]]
        point = _point(raw, findings, brief, allowed, prompt)
        if (
            point is not None
            and len(kept) < SHOWN
            and all(p.dimension != point[1].dimension for _, p in kept)
        ):
            kept.append(point)
    kept_count = len(strengths) + len(gaps)
    wanted = min(len(brief.strengths), SHOWN) + min(len(brief.gaps), SHOWN)
    if (wanted and kept_count * 2 < min(len(offered), wanted)) or (wanted and not kept_count):
        raise Rejected(f"too little left: {kept_count} of {len(offered)} points passed the checks")
    draft = brief.draft
    clear = tuple(p.text for _, p in strengths)
    missing = tuple(p.text for _, p in gaps)
    dropped = len(offered) - kept_count
    if brief.level is FeedbackLevel.STANDARD:
        return Checked(Feedback(brief.level, brief.mode, headline, clear, missing), dropped)
    expert = brief.level is FeedbackLevel.EXPERT
    return Checked(
        Feedback(
            brief.level,
            brief.mode,
            headline,
            clear,
            missing,
            tuple(p for _, p in strengths),
            tuple(p for _, p in gaps),
            draft.anchors if expert else (),
            draft.model_answer if expert else (),
            closing or draft.closing,
        ),
        dropped,
    )


def preview(partial: str, brief: FeedbackBrief, prompt: Prompt) -> Preview:
    """What of a reply still streaming in may be shown while the rest arrives: the headline
    and each point's text so far, each held to the checks it can pass alone. A piece that
    fails is left out (the whole reply is checked again once it has arrived)."""
    allowed = brief.allowed_numbers()
    sides = {"strength": brief.strengths, "gap": brief.gaps}

    def shown(field: Field | None, limit: int) -> str:
        if field is None:
            return ""
        text = unmark(field.text)
        if not field.finished:  # up to the last whole word, and only once a few are there
            text = text.rsplit(" ", 1)[0] if " " in text else ""
            if len(text.split()) < PREVIEW_WORDS:
                return ""
        if problem_with(text, allowed, prompt, limit) or _contradiction(text, brief):
            return ""
        return "" if field.finished and unfinished(text) else text

    headline, points, whole = "", [], 0
    objects: dict[int, dict[str, Field]] = {}
    for field in fields_so_far(partial):
        whole += field.finished and field.key in {"headline", "text"}
        if field.key == "headline":
            headline = shown(field, LIMITS["headline"])
        elif field.key in {"kind", "dimension", "text"}:
            objects.setdefault(field.object, {})[field.key] = field
    for point in objects.values():
        kind = point["kind"].text if "kind" in point else ""
        dimension = point["dimension"].text if "dimension" in point else ""
        on_its_side = any(f.dimension.value == dimension for f in sides.get(kind, ()))
        text = shown(point.get("text"), LIMITS["text"]) if on_its_side else ""
        if text:
            points.append((kind, text))
    if brief.level is FeedbackLevel.BASIC:
        points = []
    return Preview(headline, tuple(points[: 2 * SHOWN]), whole)


def locate(answer: str, quote: str) -> Span | None:
    """Where ``quote`` stands in the answer, allowing for spacing and case; None if it does not."""
    words = unmark(quote).strip(" \"'“”‘’.…").split()
    if len(words) < 2:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    found = re.search(pattern, answer, flags=re.IGNORECASE)
    if found is None:
        return None
    return Span(found.start(), found.end(), found.group())


def _whole_text(
    where: str,
    text: str,
    brief: FeedbackBrief,
    allowed: frozenset[str],
    prompt: Prompt,
    may_be_empty: bool = False,
) -> None:
    if not text and not may_be_empty:
        raise Rejected(f"the {where} is empty")
    problem = problem_with(text, allowed, prompt, LIMITS[where]) or _contradiction(text, brief)
    if not problem and unfinished(text):
        problem = "stops mid-sentence"
    if not problem and where == "headline" and len(text.split()) < HEADLINE_WORDS:
        problem = f"is under {HEADLINE_WORDS} words: it says nothing yet"
    if problem:
        raise Rejected(f"the {where} {problem}")


def _point(
    raw: dict[str, Any],
    findings: tuple[Finding, ...],
    brief: FeedbackBrief,
    allowed: frozenset[str],
    prompt: Prompt,
) -> tuple[Finding, Point] | None:
    finding = next((f for f in findings if f.dimension.value == raw["dimension"]), None)
    if finding is None:
        return None  # a strength the rubric scored weak, or a gap it scored strong
    text = unmark(raw["text"])
    suggestion = unmark(raw["suggestion"]) if raw["kind"] == "gap" else ""
    for field, value in (("text", text), ("suggestion", suggestion)):
        if (
            problem_with(value, allowed, prompt, LIMITS[field])
            or _contradiction(value, brief)
            or unfinished(value)
        ):
            return None
    if not text:
        return None
    span = None
    if raw["quote"].strip():
        span = locate(brief.answer, raw["quote"])
        if span is None or len(span.text) > LIMITS["quote"]:
            return None  # no quote, no claim
    if not text.lower().startswith(finding.label.lower()):
        text = f"{finding.label}: {text}"
    return finding, Point(finding.dimension, text, span, suggestion or None)


def _contradiction(text: str, brief: FeedbackBrief) -> str | None:
    """Calls missing what the scorecard found plainly there."""
    lowered = text.lower()
    for finding in brief.scores:
        if finding.score < PLAINLY_THERE:
            continue
        names = {
            finding.label.lower(),
            finding.dimension.value,
            Dimension(finding.dimension).label.lower(),
        }
        for name in names:
            name_re = re.escape(name)
            if re.search(
                rf"\b{_ABSENT}\b[^.;]{{0,30}}\b{name_re}\b|\b{name_re}\b[^.;]{{0,20}}\b(?:is|was|are)\s+(?:missing|absent|lacking)",
                lowered,
            ):
                return f"calls {finding.label} missing, but the rubric scored it {finding.score:g}"
    return None
