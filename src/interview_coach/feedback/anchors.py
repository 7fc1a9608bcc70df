"""Behavioural anchors: what an answer at 3, 5, 7 and 9 shows on each dimension. Ours."""

from __future__ import annotations

from interview_coach.vocabulary import Dimension

ANCHORS: dict[Dimension, dict[int, str]] = {
    Dimension.SITUATION: {
        3: "No context, or a vague 'at one job I had'.",
        5: "Some context, but generic: no where, when or who.",
        7: "Clear context in one or two sentences: the team, the place, the time.",
        9: "Crisp, specific context that makes the stakes obvious before the story starts.",
    },
    Dimension.TASK: {
        3: "The problem is never stated; the listener has to guess it.",
        5: "The goal is implied or stated loosely.",
        7: "States the problem you owned and what success meant.",
        9: "States the problem, your part in it, and what was at stake, with a number or date.",
    },
    Dimension.ACTION: {
        3: "Actions are missing or general ('I worked hard on it').",
        5: "One or two steps, with little of how or why.",
        7: "Several concrete steps in order, each something you did.",
        9: "A clear sequence of your own decisions and steps, each with its reason.",
    },
    Dimension.RESULT: {
        3: "No outcome, or 'it went well'.",
        5: "An outcome in words but no measure of it.",
        7: "A measured outcome: a number that moved because of what you did.",
        9: "Measured outcomes plus what you learned or changed afterwards.",
    },
    Dimension.SPECIFICITY: {
        3: "General statements; no numbers, names or tools.",
        5: "One or two specifics among general claims.",
        7: "Numbers, tools and named systems carry the story.",
        9: "Every claim is backed by a concrete fact: sizes, timelines, tools, results.",
    },
    Dimension.OWNERSHIP: {
        3: "'We' throughout; your own part is invisible.",
        5: "A mix of 'I' and 'we'; some key actions are the team's.",
        7: "Your actions are clearly yours; 'we' is kept for the team's context.",
        9: "Your role, your decisions and your actions are unmistakable, credit to others given.",
    },
    Dimension.RELEVANCE: {
        3: "Answers a different question.",
        5: "Touches the question but drifts.",
        7: "Answers the question asked and shows the competency it probes.",
        9: "Directly answers it, and the example is a strong fit for the competency.",
    },
    Dimension.DEPTH: {
        3: "Surface only: what happened, never why.",
        5: "Some reasoning behind a decision.",
        7: "Reasoning plus a trade-off or alternative considered.",
        9: "Weighs trade-offs, alternatives and risks, and reflects on the lesson.",
    },
}


def nearest_anchor(score: float) -> int:
    """The highest anchor (3, 5, 7 or 9) a score reaches, within half a point."""
    reached = [anchor for anchor in ANCHORS[Dimension.ACTION] if score >= anchor - 0.5]
    return max(reached, default=3)
