"""The wording of a follow-up on the candidate's own answer: their words, then one ask."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from interview_coach.questions.grammar import tidy
from interview_coach.vocabulary import CoachMode

#: Follow-up template ids read ``follow-up:GAP:SLOT``.
PREFIX = "follow-up:"


@cache
def _wording() -> dict[str, dict[str, str]]:
    text = (
        resources.files("interview_coach")
        .joinpath("questions/data/voices.toml")
        .read_text(encoding="utf-8")
    )
    return {k: dict(v) for k, v in tomllib.loads(text)["follow-up"].items()}


def gaps() -> tuple[str, ...]:
    """The gaps a follow-up can ask about."""
    return tuple(k for k in _wording() if k != "framing")


def follow_up_id(gap: str, slot: int) -> str:
    return f"{PREFIX}{gap}:{slot}"


def follow_up_text(template_id: str, slots: dict[str, str], mode: CoachMode | None) -> str:
    """The follow-up: 'You said "…".' and the ask for what the answer lacked, in a mode."""
    gap = template_id.removeprefix(PREFIX).split(":")[0]
    wording = _wording()
    if gap not in wording or gap == "framing":
        raise KeyError(f"unknown template: {template_id!r}")
    asks = wording[gap]
    ask = asks.get(mode.value, asks["plain"]) if mode is not None else asks["plain"]
    quote = slots.get("quote", "")
    framing = wording["framing"]["quoted" if quote else "unquoted"].format(quote=quote)
    return tidy(f"{framing} {ask}")
