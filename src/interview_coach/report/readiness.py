"""The readiness signal: is the candidate interview-ready, and the rule that says so."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from interview_coach.vocabulary import Dimension

#: The overall mean an interview needs to count towards readiness (the "strong" band starts here).
READY_AT = 7.0
#: How many interviews in a row must reach it.
STREAK = 3
#: A latest interview this far or more below the one before counts as falling.
FALL = 0.5
#: A latest interview at or above this is within reach.
CLOSE_AT = 6.0

READINESS_RULE = (
    "Ready: the overall mean is 7 or more in each of your last three interviews, and the latest "
    "did not drop by 0.5 or more from the one before. Getting close: not ready yet, but every "
    "interview so far is at 7 or more, or two of the last three are, or the latest is at 6 or "
    "more. Not yet: anything else. Each interview counts with its latest attempt."
)


class ReadinessState(StrEnum):
    READY = "ready"
    GETTING_CLOSE = "getting close"
    NOT_YET = "not yet"


@dataclass(frozen=True, slots=True)
class Readiness:
    state: ReadinessState
    reason: str
    rule: str = READINESS_RULE


def judge_readiness(means: Sequence[float], weakest: Dimension | None = None) -> Readiness:
    """Readiness from each interview's overall mean, oldest first.

    ``weakest`` is the dimension that cost most lately; when not ready, the reason names it.
    """
    if not means:
        return Readiness(
            ReadinessState.NOT_YET,
            "No answered interviews yet: complete one to get a first reading.",
        )
    recent = list(means[-STREAK:])
    reached = sum(m >= READY_AT for m in recent)
    falling = len(means) >= 2 and round(means[-1] - means[-2], 1) <= -FALL
    if len(recent) == STREAK and reached == STREAK and not falling:
        return Readiness(
            ReadinessState.READY,
            f"Your last three interviews averaged {_figures(recent)}, all 7 or above, and the "
            "latest held its level.",
        )
    hint = f" What costs you most lately: {weakest.label}." if weakest else ""
    if reached == len(recent) and len(recent) < STREAK:
        more = STREAK - len(recent)
        return Readiness(
            ReadinessState.GETTING_CLOSE,
            f"{_interviews(len(recent))} so far, averaging {_figures(recent)}; {more} more at 7 "
            f"or above in a row make{'s' if more == 1 else ''} you ready.",
        )
    if reached == STREAK:
        return Readiness(
            ReadinessState.GETTING_CLOSE,
            f"Your last three interviews were all 7 or above, but the latest fell from "
            f"{means[-2]:.1f} to {means[-1]:.1f}; one more steady interview makes you ready."
            + hint,
        )
    if reached >= STREAK - 1:
        return Readiness(
            ReadinessState.GETTING_CLOSE,
            f"Two of your last three interviews reached 7 ({_figures(recent)}); three in a row "
            "make you ready." + hint,
        )
    if means[-1] >= CLOSE_AT:
        return Readiness(
            ReadinessState.GETTING_CLOSE,
            f"Your latest interview averaged {means[-1]:.1f}, within reach of 7; three in a row "
            "at 7 or above make you ready." + hint,
        )
    return Readiness(
        ReadinessState.NOT_YET,
        f"Your latest interview averaged {means[-1]:.1f}; work towards 6 first, then three "
        "interviews in a row at 7 or above." + hint,
    )


def _figures(means: Sequence[float]) -> str:
    texts = [f"{m:.1f}" for m in means]
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]


def _interviews(count: int) -> str:
    return "One interview" if count == 1 else f"{count} interviews"
