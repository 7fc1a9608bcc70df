"""What a competency is: a thing an interviewer probes, with anchors for judging an answer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from interview_coach.vocabulary import QuestionType, TopicFocus

#: The scale points every competency describes, as in behaviourally anchored rating scales.
ANCHOR_POINTS: tuple[int, ...] = (2, 5, 8, 10)


class Family(StrEnum):
    """Where a competency comes from: how people work, or the craft of one kind of job."""

    BEHAVIORAL = "behavioral"
    SITUATIONAL = "situational"
    MOTIVATIONAL = "motivational"
    SOFTWARE = "software"
    CLINICAL = "clinical"
    SALES = "sales"
    DATA = "data"
    TEACHING = "teaching"
    GENERAL = "general"

    @property
    def technical(self) -> bool:
        return self not in _PEOPLE_FAMILIES


_PEOPLE_FAMILIES = frozenset({Family.BEHAVIORAL, Family.SITUATIONAL, Family.MOTIVATIONAL})


@dataclass(frozen=True, slots=True)
class Competency:
    """One competency of the catalog.

    ``keywords`` are cues that an answer addresses the competency; ``triggers`` are cues in a job
    description (skills, responsibilities, values) that make the competency relevant to the job.
    ``anchors`` maps 2, 5, 8 and 10 to what an answer at that level shows.
    """

    id: str
    name: str
    family: str  # a Family, or the id a pack gives its own profession
    types: tuple[QuestionType, ...]
    description: str
    keywords: tuple[str, ...]
    anchors: Mapping[int, str] = field(hash=False)
    triggers: tuple[str, ...] = ()
    focus: frozenset[TopicFocus] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "anchors", MappingProxyType(dict(self.anchors)))

    @property
    def technical(self) -> bool:
        return self.family not in _PEOPLE_FAMILIES

    def anchor(self, score: float) -> tuple[int, str]:
        """The anchor nearest to a 0-10 score, as (point, text)."""
        point = min(ANCHOR_POINTS, key=lambda p: (abs(p - score), p))
        return point, self.anchors[point]


def anchors(poor: str, fair: str, strong: str, best: str) -> dict[int, str]:
    """The four anchors of a competency, lowest first."""
    return dict(zip(ANCHOR_POINTS, (poor, fair, strong, best), strict=True))


_TECHNICAL_TYPES = (QuestionType.TECHNICAL, QuestionType.SITUATIONAL)
_HARD_SKILLS = frozenset({TopicFocus.HARD_SKILLS})


def technical_area(
    id: str,
    name: str,
    family: str,
    description: str,
    keywords: tuple[str, ...],
    triggers: tuple[str, ...],
    levels: tuple[str, str, str, str],
) -> Competency:
    """A technical competency: asked as technical or situational, under the Hard Skills focus."""
    return Competency(
        id=id,
        name=name,
        family=family,
        types=_TECHNICAL_TYPES,
        description=description,
        keywords=keywords,
        triggers=triggers,
        focus=_HARD_SKILLS,
        anchors=anchors(*levels),
    )
