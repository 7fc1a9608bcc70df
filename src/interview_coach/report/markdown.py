"""A report as Markdown a candidate would keep; optionally words only, with no scores at all."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from interview_coach.report.bars import BARS_RULE, BarsAnalysis
from interview_coach.report.breakdown import CompetencyBreakdown, CompetencyScore
from interview_coach.report.build import Highlight, QuestionScore, Report
from interview_coach.report.next_steps import listing
from interview_coach.report.retake import Change, RetakeComparison
from interview_coach.vocabulary import Dimension


def report_markdown(report: Report, show_numbers: bool = True) -> str:
    """The report as Markdown.

    With ``show_numbers=False`` (the low-anxiety rendering) no score, band or delta appears:
    only the written feedback, the patterns, the anchors' words and the next steps. HTML in
    anything the candidate wrote (quoted answers, the job's title) is escaped: Markdown viewers
    render raw HTML, and the report's own syntax needs none.
    """
    sections = [
        _title(report, show_numbers),
        _summary(report, show_numbers),
        _questions(report.questions, show_numbers),
        _patterns(report, show_numbers),
        _competencies(report.competencies, show_numbers),
    ]
    if report.bars is not None:
        sections.append(_bars(report.bars, show_numbers))
    sections.append(_next_steps(report))
    if report.retake is not None:
        sections.append(_retake(report.retake, show_numbers))
    return escape("\n\n".join(s for s in sections if s) + "\n", quote=False)


def _title(report: Report, show_numbers: bool) -> str:
    facts = [
        f"Attempt {report.attempt} of {report.attempts}",
        report.started_at.date().isoformat(),
        f"{report.mode.label} coach",
        f"{report.focus.label} focus",
        f"{report.length.value.capitalize()} session",
        f"{report.level.value.capitalize()} feedback",
    ]
    lines = [f"# Interview report: {report.job_title or 'mock interview'}", "", " · ".join(facts)]
    if not show_numbers:
        lines += ["", "_This version shows the written feedback only: no scores or bands._"]
    return "\n".join(lines)


def _summary(report: Report, show_numbers: bool) -> str:
    completion = report.completion
    lines = ["## Summary", ""]
    if not show_numbers:
        lines.append(f"- You answered {completion.answered} of {completion.planned} questions.")
        if completion.finished_early:
            lines.append("- This report covers the questions you answered.")
        return "\n".join(lines)
    if report.overall is not None and report.band is not None:
        lines.append(f"- **Overall:** {report.overall:.1f} / 10 ({report.band.value})")
    lines.append(f"- **Completion:** {completion.statement}")
    return "\n".join(lines)


def _questions(questions: Sequence[QuestionScore], show_numbers: bool) -> str:
    if not questions:
        return "## Questions\n\nNo questions were answered in this attempt."
    lines = ["## Questions", ""]
    if show_numbers:
        lines += [
            "| # | Question | Type | Competency | Score | Band |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        lines += [
            f"| {q.position} | {_cell(q.question)} | {q.type.value.capitalize()} | "
            f"{_cell(q.competency)} | {q.rating:.1f} | {q.band.value} |"
            for q in questions
        ]
        lines.append("")
    for question in questions:
        lines += [f"### {question.position}. {_one_line(question.question)}", ""]
        if question.strength:
            lines.append(f"- **Went well** {_highlight(question.strength)}")
        if question.gap:
            lines.append(f"- **To work on** {_highlight(question.gap)}")
        lines += [f"- **Note:** {warning}" for warning in question.warnings]
        if not (question.strength or question.gap or question.warnings):
            lines.append("- No notes on this answer.")
        lines.append("")
    return "\n".join(lines).rstrip()


def _highlight(highlight: Highlight) -> str:
    note = highlight.note.rstrip(".")
    text = f"({highlight.name}): {note}"
    if highlight.quote:
        text += (" " if note.endswith(("?", "!", ":")) else ": ") + f"“{_shorten(highlight.quote)}”"
    return text if text.endswith(("”", ".", "?", "!")) else text + "."


def _patterns(report: Report, show_numbers: bool) -> str:
    lines = ["## Patterns across your answers", ""]
    if not report.patterns:
        if len(report.questions) < 2:
            lines.append("Patterns need at least two answers; there are not enough yet.")
        else:
            lines.append("No issue came up in more than one answer.")
        return "\n".join(lines)
    for pattern in report.patterns:
        lines += [f"### {pattern.title}", "", pattern.detail, ""]
        lines.append(f"Seen in {_answers(pattern.positions)}.")
        if show_numbers:
            lines.append(f"_Counted when: {pattern.rule}._")
        lines.append("")
    return "\n".join(lines).rstrip()


def _competencies(breakdown: CompetencyBreakdown, show_numbers: bool) -> str:
    if not breakdown.competencies:
        return ""
    lines = ["## Competencies", ""]
    if breakdown.strongest and breakdown.weakest:
        lines.append(f"- **Strongest:** {_competency(breakdown.strongest, show_numbers)}")
        lines.append(f"- **Most room to grow:** {_competency(breakdown.weakest, show_numbers)}")
    else:
        lines.append("- All competencies asked scored alike; none stands out as strongest.")
    ranking = breakdown.dimensions
    if ranking is not None:
        lines.append(
            f"- **Across your answers** {ranking.strongest.label} is your strongest part, and "
            f"{ranking.weakest.label} is the part that costs you most."
        )
    if show_numbers:
        lines += [
            "",
            "| Competency | Answers | Mean | Band | Strongest dimension | Weakest dimension |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        lines += [
            f"| {_cell(c.name)} | {', '.join(map(str, c.positions))} | {c.mean:.1f} | "
            f"{c.band.value} | {c.strongest_dimension.label} | {c.weakest_dimension.label} |"
            for c in breakdown.competencies
        ]
    if show_numbers and ranking is not None:
        lines += [
            "",
            "| Dimension | Mean (0-10) | Rating points it costs per answer |",
            "| --- | --- | --- |",
        ]
        lines += [
            f"| {s.dimension.label} | {s.mean:.1f} | {s.points_lost:.2f} |"
            for s in ranking.dimensions
        ]
    return "\n".join(lines)


def _competency(score: CompetencyScore, show_numbers: bool) -> str:
    rating = f", {score.mean:.1f} ({score.band.value})" if show_numbers else ""
    return f"{score.name}{rating}, from {_answers(score.positions)}."


def _bars(analyses: Sequence[BarsAnalysis], show_numbers: bool) -> str:
    lines = ["## Behavioural anchors (BARS)", ""]
    if not analyses:
        return "\n".join([*lines, "No answers to place on the anchors yet."])
    if show_numbers:
        lines += [f"_{BARS_RULE}_", ""]
    for analysis in analyses:
        lines += [f"### {analysis.name}", ""]
        if show_numbers:
            lines += ["| Anchor | What an answer at this level shows | Your answers |"]
            lines += ["| --- | --- | --- |"]
            for anchor in analysis.anchors:
                here = [
                    f"{a.position} ({a.rating:.1f})"
                    for a in analysis.answers
                    if a.anchor.point == anchor.point
                ]
                lines.append(f"| {anchor.point} | {_cell(anchor.text)} | {', '.join(here)} |")
            lines.append("")
        for reach in analysis.answers:
            line = f"- **Answer {reach.position}** reads as: “{reach.anchor.text}”"
            if reach.next_anchor is not None:
                step_up = f" (anchor {reach.next_anchor.point})" if show_numbers else ""
                line += f" The next step up{step_up}: “{reach.next_anchor.text}”"
            lines.append(line)
        lines += [
            f"- **Answer {position}** could not be placed: there was nothing to judge."
            for position in analysis.unplaced
        ]
        lines.append("")
    return "\n".join(lines).rstrip()


def _next_steps(report: Report) -> str:
    lines = ["## Next steps", ""]
    for number, step in enumerate(report.next_steps, start=1):
        lines.append(f"{number}. **{step.title}.** {step.detail} _{step.because}_")
    return "\n".join(lines)


def _retake(retake: RetakeComparison, show_numbers: bool) -> str:
    lines = [f"## Compared with attempt {retake.previous_attempt}", ""]
    if not retake.questions:
        return "\n".join([*lines, "No question was answered in both attempts yet."])
    if not show_numbers:
        return "\n".join(lines + _retake_in_words(retake))
    lines += [f"_{retake.rule}_", ""]
    if retake.previous is not None and retake.current is not None and retake.delta is not None:
        change = retake.change.value if retake.change else ""
        lines += [
            f"**Overall:** {retake.previous:.1f} → {retake.current:.1f} "
            f"({_signed(retake.delta)}, {change})",
            "",
        ]
    lines += ["| # | Question | Before | Now | Change |", "| --- | --- | --- | --- | --- |"]
    lines += [
        f"| {q.position} | {_cell(q.question)} | {q.previous:.1f} | {q.current:.1f} | "
        f"{_signed(q.delta)} {q.change.value} |"
        for q in retake.questions
    ]
    lines += ["", "| Dimension | Before | Now | Change |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {d.dimension.label} | {d.previous:.1f} | {d.current:.1f} | "
        f"{_signed(d.delta)} {d.change.value} |"
        for d in retake.dimensions
    ]
    unmatched = _unmatched(retake)
    return "\n".join([*lines, "", *unmatched] if unmatched else lines)


def _retake_in_words(retake: RetakeComparison) -> list[str]:
    lines = []
    for change, words in (
        (Change.IMPROVED, "Better this time"),
        (Change.REGRESSED, "Slipped this time"),
        (Change.UNCHANGED, "About the same"),
    ):
        positions = [q.position for q in retake.questions if q.change is change]
        if positions:
            lines.append(f"- **{words}:** {_questions_named(positions)}.")
    for change, words in ((Change.IMPROVED, "improved"), (Change.REGRESSED, "slipped")):
        moved = [d.dimension for d in retake.dimensions if d.change is change]
        if moved:
            lines.append(f"- **Parts of your answers that {words}:** {_dimensions(moved)}.")
    return lines + _unmatched(retake)


def _unmatched(retake: RetakeComparison) -> list[str]:
    lines = []
    if retake.only_previous:
        lines.append(f"- Not answered this time: {_questions_named(retake.only_previous)}.")
    if retake.only_current:
        lines.append(f"- Answered only this time: {_questions_named(retake.only_current)}.")
    return lines


def _answers(positions: Sequence[int]) -> str:
    return ("answer " if len(positions) == 1 else "answers ") + listing(positions)


def _questions_named(positions: Sequence[int]) -> str:
    return ("question " if len(positions) == 1 else "questions ") + listing(positions)


def _dimensions(dimensions: Sequence[Dimension]) -> str:
    return listing([d.label for d in dimensions])


def _signed(delta: float) -> str:
    return "0.0" if round(delta, 1) == 0 else f"{delta:+.1f}"


def _cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str, limit: int = 120) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
