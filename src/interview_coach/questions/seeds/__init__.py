"""Seeds of every question: experiences, scenarios, tasks and asks per competency."""

from interview_coach.questions.seeds.model import Seeds
from interview_coach.questions.seeds.motivation import MOTIVATION
from interview_coach.questions.seeds.people import PEOPLE
from interview_coach.questions.seeds.practice import CLINICAL, GENERAL, SALES, TEACHING
from interview_coach.questions.seeds.software import DATA, SOFTWARE

SEEDS: dict[str, Seeds] = {
    **PEOPLE,
    **MOTIVATION,
    **SOFTWARE,
    **DATA,
    **CLINICAL,
    **SALES,
    **TEACHING,
    **GENERAL,
}

__all__ = ["SEEDS", "Seeds"]
