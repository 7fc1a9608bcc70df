"""The written raw material of questions, one set per competency."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Seeds:
    """What can be asked about one competency. Each line may use profile slots such as {domain}.

    experiences: complete "Tell me about a time you ..." (past tense).
    scenarios: complete "What would you do if ..." (present tense).
    tasks: complete "How would you ..." (a verb in its base form first).
    asks: whole motivational questions, without the question mark.
    twists: complete "What changes if ..." for the Challenger's follow-up.
    """

    experiences: tuple[str, ...] = ()
    scenarios: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    twists: tuple[str, ...] = ()
