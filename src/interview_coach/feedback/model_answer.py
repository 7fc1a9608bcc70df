"""A model structure for this answer, assembled only from what the candidate said."""

from __future__ import annotations

from interview_coach.analysis import AnswerAnalysis
from interview_coach.analysis.star import StarRole
from interview_coach.feedback.model import ModelLine
from interview_coach.rubric.weights import reading
from interview_coach.vocabulary import Dimension

_BLANKS = {
    Dimension.SITUATION: "[blank: where you were and when, in one sentence]",
    Dimension.TASK: "[blank: what you had to achieve, and by when]",
    Dimension.ACTION: "[blank: the steps you took yourself, in order]",
    Dimension.RESULT: "[blank: the outcome, with the number that moved]",
}


def model_structure(analysis: AnswerAnalysis) -> tuple[ModelLine, ...]:
    kind = analysis.question.type
    lines = [
        _from_role(analysis, StarRole.SITUATION, Dimension.SITUATION),
        _from_role(analysis, StarRole.TASK, Dimension.TASK),
    ]
    lines += _actions(analysis)
    lines.append(_result(analysis))
    return tuple(
        ModelLine(reading(Dimension(line.part), kind), line.text, line.from_answer)
        for line in lines
    )


def _from_role(analysis: AnswerAnalysis, role: StarRole, dimension: Dimension) -> ModelLine:
    found = analysis.with_role(role)
    if found:
        return ModelLine(dimension.value, found[0].sentence.text, True)
    return ModelLine(dimension.value, _BLANKS[dimension], False)


def _actions(analysis: AnswerAnalysis) -> list[ModelLine]:
    own = analysis.ownership.own_actions
    team = analysis.ownership.team_actions
    lines = [ModelLine(Dimension.ACTION.value, s.text, True) for s in own[:3]]
    lines += [
        ModelLine(Dimension.ACTION.value, f"{s.text} [say what you did yourself here]", True)
        for s in team[: max(0, 3 - len(lines))]
    ]
    return lines or [ModelLine(Dimension.ACTION.value, _BLANKS[Dimension.ACTION], False)]


def _result(analysis: AnswerAnalysis) -> ModelLine:
    found = analysis.with_role(StarRole.RESULT)
    measured = [s for s in found if s.has_metric]
    if measured:
        return ModelLine(Dimension.RESULT.value, measured[0].sentence.text, True)
    if found:
        text = f"{found[0].sentence.text} [add the number that moved]"
        return ModelLine(Dimension.RESULT.value, text, True)
    return ModelLine(Dimension.RESULT.value, _BLANKS[Dimension.RESULT], False)
