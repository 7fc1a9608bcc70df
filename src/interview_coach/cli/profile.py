"""`interview-coach profile`: what the coach reads in a resume and a job description."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from interview_coach.cli.inputs import fail, read_document_file
from interview_coach.profile.model import CandidateProfile, JobProfile

_ACHIEVEMENTS_SHOWN = 6

ResumeOption = Annotated[
    Path | None, typer.Option("--resume", help="Resume: PDF, Word (.docx), .txt or .md.")
]
JobOption = Annotated[
    Path | None, typer.Option("--job", help="Job description: PDF, Word (.docx), .txt or .md.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a summary.")]


def register(app: typer.Typer) -> None:
    """Add the `profile` command to the `interview-coach` app."""
    app.command("profile")(profile)


def profile(
    resume: ResumeOption = None, job: JobOption = None, as_json: JsonOption = False
) -> None:
    """Show the candidate and job profiles the coach builds its questions from."""
    if resume is None and job is None:
        fail("give a resume (--resume PATH), a job description (--job PATH), or both")
    # Imported here so other commands start without the document readers.
    from interview_coach.profile.job import profile_job
    from interview_coach.profile.resume import profile_resume

    resume_document = read_document_file(resume, "resume") if resume else None
    job_document = read_document_file(job, "job description") if job else None
    candidate = profile_resume(resume_document.text) if resume_document else None
    wanted = profile_job(job_document.text) if job_document else None
    set_aside = [
        *(resume_document.embedded_instructions if resume_document else ()),
        *(job_document.embedded_instructions if job_document else ()),
    ]
    if as_json:
        payload = {
            "candidate": candidate.to_dict() if candidate else None,
            "job": wanted.to_dict() if wanted else None,
            "set_aside": set_aside,
        }
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    console = Console()
    if candidate:
        console.print(_candidate_view(candidate))
    if wanted:
        console.print(_job_view(wanted))
    if set_aside:
        console.print(_set_aside_view(set_aside))


def _candidate_view(candidate: CandidateProfile) -> Panel:
    facts = _facts(
        ("Experience", _years(candidate.years_experience)),
        ("Domains", ", ".join(candidate.domains)),
        ("Skills", ", ".join(candidate.skills)),
        ("Education", "\n".join(candidate.education)),
    )
    roles = Table("Role", "Employer", "Dates", "Years", title="Roles", title_justify="left")
    for role in candidate.roles:
        dates = f"{role.start} – {role.end}" if role.start else ""
        roles.add_row(role.title, role.employer or "", dates, _years(role.years))
    achievements = Table("Achievement", "Numbers", title="Achievements", title_justify="left")
    for achievement in candidate.achievements[:_ACHIEVEMENTS_SHOWN]:
        achievements.add_row(achievement.text, ", ".join(achievement.metrics))
    return Panel(Group(facts, roles, achievements), title="Candidate", title_align="left")


def _job_view(job: JobProfile) -> Panel:
    facts = _facts(
        ("Title", job.title or ""),
        ("Seniority", job.seniority or ""),
        ("Domain", job.domain or ""),
        ("Must have", ", ".join(job.must_have)),
        ("Nice to have", ", ".join(job.nice_to_have)),
        ("Responsibilities", "\n".join(f"- {duty}" for duty in job.responsibilities)),
        ("Values", ", ".join(job.values)),
    )
    return Panel(facts, title="Job", title_align="left")


def _set_aside_view(lines: list[str]) -> Panel:
    said = "These lines read like instructions to an AI; they are left out of the profiles:"
    body = Group(said, *(f"- {line}" for line in lines))
    return Panel(body, title="Set aside", title_align="left")


def _facts(*rows: tuple[str, str]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    for label, value in rows:
        table.add_row(label, value or "—")
    return table


def _years(years: float | None) -> str:
    return "" if years is None else f"{years:g} years"
