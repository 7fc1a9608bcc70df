"""How people work with others and with their work: the behavioural competencies."""

from __future__ import annotations

from interview_coach.competencies.model import Competency, Family, anchors
from interview_coach.vocabulary import QuestionType, TopicFocus

_B = (QuestionType.BEHAVIORAL, QuestionType.SITUATIONAL)
_LEAD = TopicFocus.LEADERSHIP
_SOFT = TopicFocus.SOFT_SKILLS
_MOTIVE = TopicFocus.MOTIVATION
_HARD = TopicFocus.HARD_SKILLS

BEHAVIORAL: tuple[Competency, ...] = (
    Competency(
        id="leadership",
        name="Leadership",
        family=Family.BEHAVIORAL,
        types=_B,
        description=(
            "Setting a direction and getting a group to deliver it, with or without authority."
        ),
        keywords=("led", "team", "direction", "delegated", "aligned", "vision", "motivated"),
        triggers=("lead", "leadership", "manage a team", "line management", "supervis", "head of"),
        focus=frozenset({_LEAD, _SOFT}),
        anchors=anchors(
            "Describes being present while others led; no direction set, no one moved by them.",
            "Organised people around a clear goal, mostly by instruction; the outcome is vague.",
            "Set a direction, explained why, delegated with care and followed up; results shown.",
            "Built a team that kept delivering without them: clear bets, developed people, "
            "measurable outcome and honest reflection on what they would change.",
        ),
    ),
    Competency(
        id="conflict",
        name="Handling conflict",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Turning a disagreement into a decision without damaging the relationship.",
        keywords=("disagree", "conflict", "tension", "pushed back", "compromise", "listened"),
        triggers=("conflict", "negotiat", "difficult conversation", "mediat", "escalation"),
        focus=frozenset({_SOFT, _LEAD}),
        anchors=anchors(
            "Avoids the conflict or blames the other side; nothing was resolved.",
            "Resolved it by escalating or giving in; little sign of understanding the other view.",
            "Sought the other person's reasons, found common ground, agreed a way forward.",
            "Named the real disagreement, separated people from positions, reached a better "
            "decision than either side started with, and the relationship grew stronger.",
        ),
    ),
    Competency(
        id="ambiguity",
        name="Working with ambiguity",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Making progress when goals, data or ownership are unclear.",
        keywords=("unclear", "ambiguous", "assumption", "clarified", "unknown", "incomplete"),
        triggers=("ambigu", "fast-paced", "startup", "self-starter", "autonomous", "evolving"),
        focus=frozenset({_SOFT, _LEAD}),
        anchors=anchors(
            "Waited for clarity or complained about it; no progress of their own.",
            "Asked for direction and did what was asked once it came.",
            "Stated assumptions, ran a small step to learn, adjusted as facts arrived.",
            "Framed the unknowns for others, chose reversible steps, set checkpoints, and turned "
            "the ambiguity into a plan the team could follow.",
        ),
    ),
    Competency(
        id="ownership",
        name="Ownership",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Treating an outcome as one's own, beyond the edges of the job description.",
        keywords=("i owned", "responsible", "took charge", "followed through", "accountable"),
        triggers=("ownership", "accountab", "end-to-end", "take responsibility", "self-driven"),
        focus=frozenset({_SOFT, _LEAD, _MOTIVE}),
        anchors=anchors(
            "Describes what happened to them; the outcome was someone else's problem.",
            "Did their part well but stopped at the boundary of their role.",
            "Took the outcome on, followed through past obstacles, and says 'I' for their part.",
            "Owned a result end to end, including the unglamorous parts and their own mistakes, "
            "and left a lasting fix so it would not recur.",
        ),
    ),
    Competency(
        id="failure-learning",
        name="Failure and learning",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Owning a mistake, understanding its cause and changing because of it.",
        keywords=("mistake", "failed", "learned", "lesson", "wrong", "since then", "changed"),
        triggers=("learn", "growth mindset", "continuous improvement", "feedback", "reflect"),
        focus=frozenset({_SOFT, _MOTIVE}),
        anchors=anchors(
            "Offers a disguised strength or blames circumstances; no real failure or lesson.",
            "Admits a real mistake but the lesson is generic ('communicate more').",
            "Explains the cause honestly, what they did to recover, and a specific change since.",
            "Shows the change working in a later situation and how they helped others avoid the "
            "same mistake.",
        ),
    ),
    Competency(
        id="influence",
        name="Influence without authority",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Winning support for an idea from people one cannot instruct.",
        keywords=("convinced", "persuaded", "buy-in", "stakeholder", "proposal", "data showed"),
        triggers=("influenc", "stakeholder", "cross-functional", "persuad", "advocate"),
        focus=frozenset({_LEAD, _SOFT}),
        anchors=anchors(
            "Pushed their idea louder or gave up; no one changed their mind.",
            "Got agreement from a sympathetic person, mainly by repeating the case.",
            "Understood what each stakeholder cared about and shaped the case and evidence to it.",
            "Built a coalition, handled the strongest objection openly, and the idea was adopted "
            "and outlasted their involvement.",
        ),
    ),
    Competency(
        id="prioritisation",
        name="Prioritisation",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Choosing what matters most when everything cannot be done.",
        keywords=("prioritised", "trade-off", "deadline", "urgent", "impact", "deprioritised"),
        triggers=("priorit", "multiple deadlines", "multitask", "time management", "deadlines"),
        focus=frozenset({_SOFT, _LEAD, _HARD}),
        anchors=anchors(
            "Tried to do everything or did what was loudest; no criteria.",
            "Ordered tasks by deadline; consequences of what was dropped are not discussed.",
            "Used explicit criteria (impact, urgency, effort) and told people what slipped.",
            "Said no to good work on purpose, negotiated scope with stakeholders, and can show the "
            "outcome justified the choice.",
        ),
    ),
    Competency(
        id="customer-focus",
        name="Customer focus",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Understanding what the people served need, and acting on it.",
        keywords=("customer", "client", "patient", "user", "needs", "feedback", "satisfaction"),
        triggers=("customer", "client", "patient", "user experience", "service", "satisfaction"),
        focus=frozenset({_SOFT, _MOTIVE}),
        anchors=anchors(
            "Talks about the customer as an interruption or in generic terms.",
            "Responded to a request politely; did what was asked.",
            "Found the need behind the request and changed something to meet it.",
            "Anticipated needs before they were voiced, measured the effect on the people served, "
            "and changed how the team works as a result.",
        ),
    ),
    Competency(
        id="communication",
        name="Communication",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Getting a message understood by the people who need it, in the right form.",
        keywords=("explained", "presented", "wrote", "audience", "clarity", "simplified"),
        triggers=("communicat", "present", "written", "verbal", "report to", "explain"),
        focus=frozenset({_SOFT}),
        anchors=anchors(
            "Message unclear or never checked; the audience is not considered.",
            "Delivered the information, but in one form for everyone.",
            "Adapted content and channel to the audience and checked that it landed.",
            "Turned a complex or unwelcome message into a decision others acted on, and can show "
            "the understanding it produced.",
        ),
    ),
    Competency(
        id="collaboration",
        name="Collaboration",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Working with others so that the joint result beats what each would do alone.",
        keywords=("together", "partnered", "shared", "helped", "teammate", "coordinated"),
        triggers=("collaborat", "teamwork", "team player", "cross-functional", "partner"),
        focus=frozenset({_SOFT}),
        anchors=anchors(
            "Worked alone or describes the team as an obstacle.",
            "Cooperated when asked; their own contribution is hard to see.",
            "Made others' work easier, shared credit and information, and their part is clear.",
            "Shaped how the group worked together, resolved friction early, and the joint outcome "
            "is measurably better for it.",
        ),
    ),
    Competency(
        id="adaptability",
        name="Adaptability",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Changing approach quickly and calmly when the situation changes.",
        keywords=("changed", "adapted", "pivot", "adjusted", "new approach", "shifted"),
        triggers=("adapt", "flexib", "change", "dynamic", "shifting"),
        focus=frozenset({_SOFT, _MOTIVE}),
        anchors=anchors(
            "Resisted the change or kept the old approach until it failed.",
            "Accepted the change and coped, without adjusting much.",
            "Read the new situation, changed their approach and helped others adjust.",
            "Used the change as an opportunity, kept the goal in view, and came out with a better "
            "way of working that stuck.",
        ),
    ),
    Competency(
        id="initiative",
        name="Initiative",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Spotting something worth doing and doing it without being asked.",
        keywords=("noticed", "proposed", "on my own", "started", "volunteered", "without being"),
        triggers=("initiative", "proactive", "self-starter", "entrepreneur", "drive"),
        focus=frozenset({_SOFT, _LEAD, _MOTIVE}),
        anchors=anchors(
            "Waited to be told; the example was an assigned task.",
            "Suggested an improvement but left it to others to act.",
            "Saw a problem, made the case, and delivered an improvement on their own initiative.",
            "Created lasting value nobody had asked for, brought others along, and measured the "
            "effect.",
        ),
    ),
    Competency(
        id="developing-others",
        name="Developing others",
        family=Family.BEHAVIORAL,
        types=_B,
        description="Helping colleagues grow through coaching, feedback and stretch.",
        keywords=("mentored", "coached", "feedback", "trained", "grew", "onboarded"),
        triggers=("mentor", "coach", "train", "develop staff", "onboard", "supervis"),
        focus=frozenset({_LEAD}),
        anchors=anchors(
            "No example of helping someone else grow, or only of fixing their work for them.",
            "Answered questions and gave occasional feedback.",
            "Coached someone deliberately with regular feedback, and their progress is visible.",
            "Grew people who now do things they could not before, adapted their coaching to each "
            "person, and built a habit of development in the team.",
        ),
    ),
)
