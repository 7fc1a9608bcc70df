"""Entry point of the `interview-coach` command."""

from __future__ import annotations

import typer
from rich.console import Console

from interview_coach import samples
from interview_coach.cli import engines, packs, practice, profile, questions, records, serve, token
from interview_coach.cli.score import score
from interview_coach.vocabulary import CoachMode, FeedbackLevel

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="Interview Coach: practise interviews offline and get honest, specific feedback.",
)
app.command()(score)
profile.register(app)
questions.register(app)
packs.register(app)
practice.register(app)
records.register(app)
serve.register(app)
token.register(app)
engines.register(app)


@app.command()
def demo() -> None:
    """Score a bundled sample answer and show Detailed feedback."""
    from interview_coach.assessment import Assessor
    from interview_coach.cli.render import show_assessment

    question, answer = samples.answer()
    assessor = Assessor.offline_default()
    result = assessor.assess(question, answer, level=FeedbackLevel.DETAILED, mode=CoachMode.GUIDE)
    console = Console()
    console.print("[bold]Interview Coach[/] scores a sample answer (everything runs offline):\n")
    console.print(answer + "\n", style="italic")
    show_assessment(console, result)


def run() -> None:
    app()
