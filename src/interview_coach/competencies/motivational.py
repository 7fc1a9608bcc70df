"""Why the candidate wants this work: the motivational competencies."""

from __future__ import annotations

from interview_coach.competencies.model import Competency, Family, anchors
from interview_coach.vocabulary import QuestionType, TopicFocus

_M = (QuestionType.MOTIVATIONAL,)
_FOCUS = frozenset({TopicFocus.MOTIVATION})

MOTIVATIONAL: tuple[Competency, ...] = (
    Competency(
        id="role-motivation",
        name="Motivation for the role",
        family=Family.MOTIVATIONAL,
        types=_M,
        description="A specific, credible reason for wanting this job rather than any job.",
        keywords=("because", "excited", "interested", "this role", "want to", "drawn"),
        focus=_FOCUS,
        anchors=anchors(
            "Generic reasons that fit any job (salary, location, 'a challenge').",
            "Likes the field, but nothing ties the interest to this role.",
            "Links concrete parts of the role to their experience and what they want to do next.",
            "A coherent story from past work to this role, with evidence of sustained interest and "
            "a clear view of what they would contribute.",
        ),
    ),
    Competency(
        id="culture-fit",
        name="Values and culture fit",
        family=Family.MOTIVATIONAL,
        types=_M,
        description="How the candidate's values and working habits meet the organisation's.",
        keywords=("values", "culture", "environment", "believe", "matters to me", "mission"),
        triggers=("values", "culture", "mission", "diversity", "inclusion", "community"),
        focus=_FOCUS,
        anchors=anchors(
            "Flattery of the organisation or nothing about their own values.",
            "Names values they share, without evidence from their own behaviour.",
            "Shows with examples how they already work in ways the organisation values.",
            "Is candid about where they fit and where they would add something different, with "
            "evidence, and has clearly researched the organisation.",
        ),
    ),
    Competency(
        id="career-direction",
        name="Career direction",
        family=Family.MOTIVATIONAL,
        types=_M,
        description="Where the candidate is heading and how this role fits the path.",
        keywords=("goal", "years", "next step", "grow into", "long term", "career"),
        focus=_FOCUS,
        anchors=anchors(
            "No direction, or one that leads away from this role.",
            "A direction stated in titles only ('manager in five years').",
            "A direction defined by the work they want to do, with this role as a logical step.",
            "A considered path with reasons, what they are doing now to get there, and how the "
            "organisation also benefits.",
        ),
    ),
    Competency(
        id="learning-drive",
        name="Drive to learn",
        family=Family.MOTIVATIONAL,
        types=_M,
        description="Curiosity and a habit of building new skills.",
        keywords=("learned", "course", "curious", "taught myself", "read", "practice"),
        triggers=("learn", "curious", "growth", "develop", "training"),
        focus=_FOCUS,
        anchors=anchors(
            "Learning only when required; no recent example.",
            "Mentions courses or reading, without showing what changed.",
            "Learned something on their own initiative and applied it to real work.",
            "A sustained learning habit with visible results, choosing what to learn on purpose "
            "and sharing it with others.",
        ),
    ),
    Competency(
        id="work-style",
        name="Working style",
        family=Family.MOTIVATIONAL,
        types=_M,
        description="The conditions in which the candidate does their best work, honestly stated.",
        keywords=("prefer", "best work", "environment", "autonomy", "structure", "energy"),
        triggers=("remote", "hybrid", "autonom", "independent", "team environment", "shift"),
        focus=_FOCUS,
        anchors=anchors(
            "Says they can work anywhere with anyone; nothing real is revealed.",
            "States preferences, with little self-knowledge behind them.",
            "Knows their conditions for good work and how they adapt when those are missing.",
            "Self-aware, with evidence, about how they work best and what they do to make any "
            "setting work, including for the people around them.",
        ),
    ),
)
