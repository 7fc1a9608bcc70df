"""Readable terminal output of an assessment (Rich)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from interview_coach.assessment import Assessment
from interview_coach.rubric.weights import reading
from interview_coach.vocabulary import Band

_BAND_STYLE = {
    Band.NEEDS_WORK: "red",
    Band.GOOD: "yellow",
    Band.STRONG: "green",
    Band.BEST_PRACTICE: "bold green",
}


def show_assessment(console: Console, assessment: Assessment) -> None:
    card = assessment.scorecard
    style = _BAND_STYLE[card.band]
    title = Text.assemble(
        ("Overall ", "bold"), (f"{card.overall:g}/10 ", style), (card.band.value, style)
    )
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(justify="left")
    table.add_column(justify="right")
    table.add_column()
    for item in card.scores:
        bar = "█" * round(item.score) + "░" * (10 - round(item.score))
        table.add_row(reading(item.dimension, card.question_type), f"{item.score:g}", bar)
    length = assessment.analysis.length
    facts = Text(
        f"{length.words} words (~{length.speaking_seconds} s spoken; target "
        f"{length.target.low}-{length.target.high} for a {card.question_type.value} question)",
        style="dim",
    )
    parts: list[Text | Table] = [title, table, facts]
    for warning in card.warnings:
        parts.append(Text(f"! {warning.message}", style="yellow"))  # Text: no markup
    console.print(Panel(Group(*parts), title=assessment.question.text, title_align="left"))
    console.print(assessment.feedback.to_text(), markup=False, highlight=False)
