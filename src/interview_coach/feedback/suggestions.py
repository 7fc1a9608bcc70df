"""What to add or cut, per dimension, when it falls short. Written by us."""

from __future__ import annotations

from interview_coach.vocabulary import Dimension, QuestionType

_SUGGESTIONS: dict[Dimension, str] = {
    Dimension.SITUATION: "Open with one or two sentences of context: where, when, and what was "
    "going on.",
    Dimension.TASK: "Say plainly what you had to achieve and why it mattered: a deadline, a "
    "number, a cost.",
    Dimension.ACTION: "Walk through three or four steps you took yourself, in order, each "
    "starting with 'I'.",
    Dimension.RESULT: "Close with the outcome and its number: what went from what to what, "
    "and what you learned.",
    Dimension.SPECIFICITY: "Swap general words for facts: a size, a percentage, a timeline, "
    "the tool you used.",
    Dimension.OWNERSHIP: "Where you wrote 'we', say what you did yourself; keep 'we' for the "
    "team's context.",
    Dimension.RELEVANCE: "Answer the question that was asked: name the skill it probes and pick "
    "an example that shows it.",
    Dimension.DEPTH: "Add the why: the option you rejected, the trade-off you accepted, the "
    "risk you guarded against.",
}

_TECHNICAL: dict[Dimension, str] = {
    Dimension.SITUATION: "State your assumptions first: scale, users, constraints.",
    Dimension.TASK: "Frame the problem in a sentence: what must the solution guarantee?",
    Dimension.ACTION: "Lay out your approach step by step: components, data flow, key choices.",
    Dimension.RESULT: "Show how you would validate it, or give a real example where you did this.",
}


def suggestion(dimension: Dimension, question_type: QuestionType) -> str:
    if question_type is QuestionType.TECHNICAL and dimension in _TECHNICAL:
        return _TECHNICAL[dimension]
    return _SUGGESTIONS[dimension]
