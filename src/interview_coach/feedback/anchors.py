"""Behavioural anchors: what an answer at 3, 5, 7 and 9 shows on each dimension. Ours.

Each anchor says what is there at that level, never what is absent, so the anchor an answer
reached is true of it whatever else it holds."""

from __future__ import annotations

from interview_coach.vocabulary import Dimension

ANCHORS: dict[Dimension, dict[int, str]] = {
    Dimension.SITUATION: {
        3: "A hint of when or where.",
        5: "Some context, in general terms.",
        7: "Clear context in one or two sentences: the team, the place, the time.",
        9: "Crisp, specific context that makes the stakes obvious before the story starts.",
    },
    Dimension.TASK: {
        3: "The problem can be guessed from the story.",
        5: "The goal is stated loosely.",
        7: "The problem you owned and what success meant.",
        9: "The problem, your part in it, and what was at stake, with a number or date.",
    },
    Dimension.ACTION: {
        3: "Actions in general terms.",
        5: "One or two steps.",
        7: "Several concrete steps in order, each something you did.",
        9: "A clear sequence of your own decisions and steps, each with its reason.",
    },
    Dimension.RESULT: {
        3: "A hint of how it ended.",
        5: "An outcome in words.",
        7: "A measured outcome: a number that moved because of what you did.",
        9: "Measured outcomes, what they meant for others, and what you learned.",
    },
    Dimension.SPECIFICITY: {
        3: "Mostly general statements.",
        5: "One or two specifics among general claims.",
        7: "Numbers, tools and named systems carry the story.",
        9: "Every claim is backed by a concrete fact: sizes, timelines, tools, results.",
    },
    Dimension.OWNERSHIP: {
        3: "Your own part is hard to see.",
        5: "Some key actions are clearly yours.",
        7: "Your actions are clearly yours; 'we' is kept for the team's context.",
        9: "Your role, decisions and actions are unmistakable, with credit given to others.",
    },
    Dimension.RELEVANCE: {
        3: "Touches the subject of the question.",
        5: "Answers part of the question.",
        7: "Answers the question asked and shows the competency it probes.",
        9: "Answers it directly, with an example that is a strong fit for the competency.",
    },
    Dimension.DEPTH: {
        3: "What happened, with little of why.",
        5: "Some reasoning behind a decision.",
        7: "Reasoning plus a trade-off or an alternative considered.",
        9: "Weighs trade-offs, alternatives and risks, and reflects on the lesson.",
    },
}


#: A part scored this low is not in the answer at all (the rubric's cap for an absent part).
ABSENT = 2.5
NOT_SHOWN = "Not shown yet."


def nearest_anchor(score: float) -> int:
    """The highest anchor (3, 5, 7 or 9) a score reaches, within half a point; 1 when the part
    is absent."""
    if score <= ABSENT:
        return 1
    reached = [anchor for anchor in ANCHORS[Dimension.ACTION] if score >= anchor - 0.5]
    return max(reached, default=3)


def anchor_above(reached: int) -> int | None:
    """The anchor to aim for next from the one reached: from nothing, the 5 of a part that is
    there; None at the top."""
    if reached == 1:
        return 5
    return reached + 2 if reached < 9 else None


def anchor_text(dimension: Dimension, anchor: int) -> str:
    return NOT_SHOWN if anchor == 1 else ANCHORS[dimension][anchor]
