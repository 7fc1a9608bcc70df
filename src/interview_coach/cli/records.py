"""`report`, `progress`, `history`, `export` and `delete`: the candidate's own records."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from interview_coach.cli.inputs import fail

if TYPE_CHECKING:  # the service and storage load only when a command runs, for a quick start
    from interview_coach.report import Progress, TrendPoint
    from interview_coach.sessions import Coach


class ReportFormat(StrEnum):
    MARKDOWN = "markdown"
    JSON = "json"


def register(app: typer.Typer) -> None:
    app.command()(report)
    app.command()(progress)
    app.command()(history)
    app.command()(export)
    app.command()(delete)


def report(
    interview_id: Annotated[str, typer.Argument(help="The interview to report on.")],
    output_format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.MARKDOWN,
    attempt: Annotated[int | None, typer.Option(help="An earlier attempt's number.")] = None,
    hide_numbers: Annotated[
        bool, typer.Option("--hide-numbers", help="Written feedback only, no scores.")
    ] = False,
) -> None:
    """The report of an interview: scores, patterns, competencies, next steps."""
    from interview_coach.report import report_markdown
    from interview_coach.sessions import CoachError

    with _coach() as coach:
        try:
            found = coach.report(coach.local_candidate_id(), interview_id, attempt)
        except CoachError as error:
            fail(str(error))
    if output_format is ReportFormat.JSON:
        print(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report_markdown(found, show_numbers=not hide_numbers))


def progress(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Your scores per dimension and competency over interviews, and how ready you are."""
    with _coach() as coach:
        found = coach.progress(coach.local_candidate_id())
    if as_json:
        print(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
        return
    _show_progress(Console(), found)


def history(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Your interviews, newest first."""
    with _coach() as coach:
        found = coach.history(coach.local_candidate_id())
    if as_json:
        print(json.dumps([item.to_dict() for item in found], ensure_ascii=False, indent=2))
        return
    table = Table("Interview", "Started", "Job", "Status", "Answered", "Overall", "Attempts")
    for item in found:
        table.add_row(
            item.id,
            item.started_at.strftime("%Y-%m-%d %H:%M"),
            item.job_title or "",
            item.status.value,
            f"{item.progress.answered}/{item.progress.total}",
            "" if item.overall is None else f"{item.overall:g} ({item.band})",
            str(item.attempts),
        )
    Console().print(
        table if found else "No interviews yet: start one with `interview-coach practice`."
    )


def export(
    output: Annotated[
        Path | None, typer.Option(help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Everything stored about you, as JSON."""
    with _coach() as coach:
        data = json.dumps(
            coach.export_all(coach.local_candidate_id()), ensure_ascii=False, indent=2
        )
    if output is None:
        print(data)
        return
    try:
        output.write_text(data + "\n", encoding="utf-8")
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")
    typer.echo(f"Exported to {output}", err=True)


def delete(
    everything: Annotated[bool, typer.Option("--all", help="Delete all your data.")] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete your data from this machine."""
    if not everything:
        fail("say what to delete: --all deletes every interview, answer and report")
    if not yes and not typer.confirm("Delete every interview, answer and report you have?"):
        raise typer.Exit(1)
    with _coach() as coach:
        coach.delete_all(coach.local_candidate_id())
    typer.echo("Deleted.", err=True)


def _show_progress(console: Console, found: Progress) -> None:
    readiness = found.readiness
    console.print(f"[bold]Readiness: {readiness.state.value}[/]. {readiness.reason}")
    console.print(f"[dim]Rule: {readiness.rule}[/]")
    if not found.interviews:
        return
    table = Table("Measure", "Best", "Latest", "Over interviews (oldest first)")
    for trend in (found.overall, *found.dimensions, *found.competencies):
        table.add_row(
            trend.name,
            _mean(trend.best),
            _mean(trend.latest),
            " → ".join(f"{point.mean:g}" for point in trend.points),
        )
    console.print(table)


def _mean(point: TrendPoint | None) -> str:
    return "" if point is None else f"{point.mean:g}"


def _coach() -> Coach:
    from interview_coach.bootstrap import build_coach

    return build_coach()
