"""What a profession pack is: competencies, the seeds of their questions, and its words."""

from __future__ import annotations

from dataclasses import dataclass, field

from interview_coach.competencies.model import Competency


@dataclass(frozen=True, slots=True)
class Seeds:
    """What can be asked about one competency. Each line may use profile slots such as {domain}.

    experiences: complete "Tell me about a time you ..." (past tense).
    scenarios: complete "What would you do if ..." (present tense).
    tasks: complete "How would you ..." (a verb in its base form first).
    asks: whole motivational questions, without the question mark.
    twists: a constraint the Challenger adds ("... if {twist}?"), present tense.
    dives: whole questions about one of the candidate's own achievements ("that work"),
        asked after "You {did}." and ending in a question mark.
    """

    experiences: tuple[str, ...] = ()
    scenarios: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    twists: tuple[str, ...] = ()
    dives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pack:
    """A profession pack, as loaded from its file.

    ``customer``/``customers`` are the words for the people the profession serves (patient,
    pupil, shopper, client); ``avoid`` lists words whose seeds do not fit the profession
    ("remote" for a bedside role), so people questions containing them are not asked.
    """

    id: str
    name: str
    source: str
    competencies: tuple[Competency, ...] = ()
    seeds: dict[str, Seeds] = field(default_factory=dict, hash=False, compare=False)
    customer: str = "customer"
    customers: str = "customers"
    avoid: tuple[str, ...] = ()

    @property
    def seed_count(self) -> int:
        return sum(
            len(s.experiences) + len(s.scenarios) + len(s.tasks) + len(s.asks) + len(s.dives)
            for s in self.seeds.values()
        )


class PackError(ValueError):
    """A pack file that cannot be used; the message names the file and line."""
