"""`interview-coach questions`: the questions a session would ask, for a resume and a job."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from interview_coach.cli.inputs import read_document_file
from interview_coach.planner import PlanSettings, QuestionPlan, plan_session
from interview_coach.profile.model import CandidateProfile, JobProfile
from interview_coach.questions import phrase
from interview_coach.vocabulary import CoachMode, SessionLength, TopicFocus


def register(app: typer.Typer) -> None:
    """Add the `questions` command to the CLI."""
    app.command("questions")(questions)


def questions(
    resume: Annotated[Path, typer.Option(help="The resume: PDF, DOCX, TXT or Markdown.")],
    job: Annotated[Path, typer.Option(help="The job description: PDF, DOCX, TXT or Markdown.")],
    mode: Annotated[CoachMode, typer.Option(help="Coach mode: tone and depth.")] = CoachMode.FRIEND,
    focus: Annotated[TopicFocus, typer.Option(help="Topic focus.")] = TopicFocus.MIXED,
    count: Annotated[
        int, typer.Option(min=1, max=50, help="Number of questions.")
    ] = SessionLength.STANDARD.questions,
    seed: Annotated[int, typer.Option(help="Same seed, same questions.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a list.")] = False,
) -> None:
    """Plan and phrase the questions a session would ask for this resume and job."""
    candidate, job_profile = _profiles(resume, job)
    settings = PlanSettings(mode=mode, focus=focus, count=count)
    plans = plan_session(candidate, job_profile, settings, seed=seed)
    rows = [_row(plan, mode) for plan in plans]
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        _show(rows, mode, focus)


def _profiles(resume: Path, job: Path) -> tuple[CandidateProfile, JobProfile]:
    from interview_coach.profile.job import profile_job
    from interview_coach.profile.resume import profile_resume

    resume_text = read_document_file(resume, "resume").text
    job_text = read_document_file(job, "job description").text
    return profile_resume(resume_text), profile_job(job_text)


def _row(plan: QuestionPlan, mode: CoachMode) -> dict[str, object]:
    return {
        "text": phrase(plan, mode),
        "type": plan.type.value,
        "competency": plan.competency,
        "difficulty": plan.difficulty,
        "grounding": list(plan.grounding),
        "angle": plan.angle,
        "template": plan.template,
    }


def _show(rows: list[dict[str, object]], mode: CoachMode, focus: TopicFocus) -> None:
    table = Table(title=f"{len(rows)} questions · {mode.label} · {focus.label}", show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("Question")
    table.add_column("Type / competency")
    table.add_column("Level", justify="center")
    for number, row in enumerate(rows, 1):
        kind = f"{row['type']}\n{row['competency']}"
        table.add_row(str(number), str(row["text"]), kind, str(row["difficulty"]))
    Console().print(table)
