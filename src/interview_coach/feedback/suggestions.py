"""What to practise, per dimension, for the report's next steps. Written by us.

Each line says how, not again what: the report's step titles already name the what."""

from __future__ import annotations

from interview_coach.vocabulary import Dimension, QuestionType

_SUGGESTIONS: dict[Dimension, str] = {
    Dimension.SITUATION: "One or two sentences: where you were, when, and what was going wrong.",
    Dimension.TASK: "Say what you had to achieve, and what would have happened if you had not: a "
    "deadline, a cost, who was affected.",
    Dimension.ACTION: "Walk through what you did, in order, each step starting with 'I'.",
    Dimension.RESULT: "Say what changed because of you, and by how much: from what to what, or "
    "how many.",
    Dimension.SPECIFICITY: "Two or three facts per answer: a size, a percentage, a timeline, the "
    "tool you used.",
    Dimension.OWNERSHIP: "Keep 'we' for the team's context, and say which steps were yours.",
    Dimension.RELEVANCE: "Name the skill the question probes, and pick the example that shows it "
    "best.",
    Dimension.DEPTH: "Give the reason behind your main decision, and the option you turned down.",
}

_TECHNICAL: dict[Dimension, str] = {
    Dimension.SITUATION: "Before the design, two or three assumptions: scale, users, constraints.",
    Dimension.TASK: "One sentence on what the solution must guarantee, and what counts as failure.",
    Dimension.ACTION: "Lay out the approach step by step: components, data flow, the key choice.",
    Dimension.RESULT: "Say how you would check it works, or give a real time you did this.",
}


def suggestion(dimension: Dimension, question_type: QuestionType) -> str:
    if question_type is QuestionType.TECHNICAL and dimension in _TECHNICAL:
        return _TECHNICAL[dimension]
    return _SUGGESTIONS[dimension]
