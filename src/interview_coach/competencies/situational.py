"""Judgement in the moment: competencies best probed with 'what would you do if' questions."""

from __future__ import annotations

from interview_coach.competencies.model import Competency, Family, anchors
from interview_coach.vocabulary import QuestionType, TopicFocus

_S = (QuestionType.SITUATIONAL, QuestionType.BEHAVIORAL)

SITUATIONAL: tuple[Competency, ...] = (
    Competency(
        id="decision-making",
        name="Decision-making",
        family=Family.SITUATIONAL,
        types=_S,
        description="Making a sound call on time, with the information available.",
        keywords=("decided", "options", "weighed", "risk", "criteria", "call"),
        triggers=("decision", "judgement", "judgment", "autonom", "accountab"),
        focus=frozenset({TopicFocus.LEADERSHIP, TopicFocus.SOFT_SKILLS}),
        anchors=anchors(
            "No clear decision, or one made on impulse with no reasoning given.",
            "Made a reasonable call but cannot say what else was considered.",
            "Weighed options against stated criteria, named the risks and decided in time.",
            "Matched the speed of the decision to its reversibility, involved the right people, "
            "and reviewed the outcome to improve future calls.",
        ),
    ),
    Competency(
        id="integrity",
        name="Integrity",
        family=Family.SITUATIONAL,
        types=_S,
        description="Doing the right thing when it is costly or nobody is watching.",
        keywords=("honest", "ethical", "reported", "transparent", "right thing", "policy"),
        triggers=("integrity", "ethic", "complian", "confidential", "safeguard", "regulat"),
        focus=frozenset({TopicFocus.SOFT_SKILLS, TopicFocus.MOTIVATION, TopicFocus.LEADERSHIP}),
        anchors=anchors(
            "Looks away from the problem or rationalises it.",
            "Knows the rule and follows it, without engaging with the people involved.",
            "Raises the issue openly and through the right channel, even at some personal cost.",
            "Acts on principle, protects the people affected, and fixes the conditions that let "
            "the problem happen.",
        ),
    ),
    Competency(
        id="composure",
        name="Composure under pressure",
        family=Family.SITUATIONAL,
        types=_S,
        description="Staying effective and calm when time, stakes or emotions run high.",
        keywords=("pressure", "calm", "deadline", "stress", "urgent", "focused"),
        triggers=("pressure", "fast-paced", "deadline", "high-stakes", "emergency", "resilien"),
        focus=frozenset({TopicFocus.SOFT_SKILLS}),
        anchors=anchors(
            "Describes being overwhelmed; the work or the people suffered.",
            "Got through it, mostly by working longer.",
            "Stayed calm, triaged what mattered, kept others informed and delivered.",
            "Steadied others as well as themselves, made clear calls under pressure, and changed "
            "something so the next crunch was smaller.",
        ),
    ),
    Competency(
        id="problem-solving",
        name="Problem-solving",
        family=Family.SITUATIONAL,
        types=_S,
        description="Breaking a messy problem down, finding its cause and solving it.",
        keywords=("root cause", "analysed", "hypothesis", "broke down", "solution", "tested"),
        triggers=("problem-solving", "problem solving", "analytical", "troubleshoot", "solve"),
        focus=frozenset({TopicFocus.HARD_SKILLS, TopicFocus.SOFT_SKILLS}),
        anchors=anchors(
            "Jumps to a fix without understanding the problem.",
            "Solves the symptom with a sensible fix; the cause stays unclear.",
            "Breaks the problem down, tests hypotheses, finds and fixes the cause.",
            "Frames the problem so others can help, compares approaches on evidence, and prevents "
            "the whole class of problem.",
        ),
    ),
)
