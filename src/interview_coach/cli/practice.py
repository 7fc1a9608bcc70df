"""`interview-coach practice` and `resume`: a whole mock interview in the terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from interview_coach.cli.engines import (
    BaseUrlOption,
    EngineOption,
    GgufOption,
    ModelOption,
    chosen_engine,
)
from interview_coach.cli.inputs import InputError, fail, read_answer_file, read_document_file

if TYPE_CHECKING:  # the service and storage load only when a command runs, for a quick start
    from interview_coach.report import Report
    from interview_coach.sessions import Coach
from interview_coach import samples
from interview_coach.vocabulary import CoachMode, FeedbackLevel, SessionLength, TopicFocus

#: In an answers file, a line holding only this separates one answer from the next.
ANSWER_SEPARATOR = "---"


def register(app: typer.Typer) -> None:
    app.command()(practice)
    app.command("resume")(resume_interview)


def practice(
    resume: Annotated[
        Path | None, typer.Option(help="Resume: PDF, Word (.docx), .txt or .md.")
    ] = None,
    job: Annotated[
        Path | None, typer.Option(help="Job description: PDF, Word (.docx), .txt or .md.")
    ] = None,
    sample: Annotated[
        bool, typer.Option("--sample", help="Use the bundled sample resume and job.")
    ] = False,
    mode: Annotated[CoachMode, typer.Option(help="The coach's voice and depth.")] = (
        CoachMode.FRIEND
    ),
    focus: Annotated[TopicFocus, typer.Option(help="What the questions are about.")] = (
        TopicFocus.MIXED
    ),
    length: Annotated[SessionLength, typer.Option(help="quick 5, standard 11, full 20.")] = (
        SessionLength.STANDARD
    ),
    level: Annotated[FeedbackLevel, typer.Option(help="How much feedback.")] = (
        FeedbackLevel.STANDARD
    ),
    answers: Annotated[
        Path | None,
        typer.Option(help="Run without prompts: answers separated by lines holding only ---."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="With --answers: print JSON.")] = False,
    allow_repeats: Annotated[
        bool,
        typer.Option(
            "--allow-repeats",
            help="When no new question is left, ask again those asked longest ago.",
        ),
    ] = False,
    engine: EngineOption = None,
    llm_base_url: BaseUrlOption = None,
    llm_model: ModelOption = None,
    llm_gguf: GgufOption = None,
) -> None:
    """Practise a mock interview for this resume and job, one question at a time."""
    with chosen_engine(engine, llm_base_url, llm_model, llm_gguf):
        _practice(resume, job, sample, mode, focus, length, level, answers, as_json, allow_repeats)


def _practice(
    resume: Path | None,
    job: Path | None,
    sample: bool,
    mode: CoachMode,
    focus: TopicFocus,
    length: SessionLength,
    level: FeedbackLevel,
    answers: Path | None,
    as_json: bool,
    allow_repeats: bool,
) -> None:
    from interview_coach.sessions import CoachError, NoNewQuestions

    resume_text, job_text = _documents(resume, job, sample)
    scripted = _scripted_answers(answers) if answers is not None else None
    console = Console()
    with _coach() as coach:
        candidate = coach.local_candidate_id()
        try:
            with console.status("Recruiter is typing…"):
                turn = coach.start_interview(
                    candidate, resume_text, job_text, mode, focus, length, level,
                    allow_repeats=allow_repeats,
                )  # fmt: skip
            if scripted is not None:
                result, report = _run_scripted(coach, candidate, turn.interview_id, scripted)
                _print_result(console, result, report, as_json)
                return
            _interactive(coach, candidate, console).run(turn)
        except NoNewQuestions as error:
            fail(f"{error} (--focus FOCUS, or --allow-repeats)")
        except CoachError as error:
            fail(str(error))


def resume_interview(
    interview_id: Annotated[str, typer.Argument(help="The interview to continue.")],
) -> None:
    """Continue an unfinished interview where you left it."""
    from interview_coach.sessions import CoachError, Turn

    console = Console()
    with _coach() as coach:
        candidate = coach.local_candidate_id()
        try:
            view = coach.interview(candidate, interview_id)
            if view.current_question is None:
                fail(
                    "this interview is finished; see `interview-coach report " + interview_id + "`"
                )
            if view.draft:
                console.print(f"[dim]Your saved draft for this question:[/]\n{view.draft}\n")
            turn = Turn(view.id, view.attempt, view.current_question, view.progress)
            _interactive(coach, candidate, console).run(turn)
        except CoachError as error:
            fail(str(error))


def _documents(resume: Path | None, job: Path | None, sample: bool) -> tuple[str, str]:
    if sample:
        return samples.resume(), samples.job()
    if resume is None or job is None:
        fail("give --resume PATH and --job PATH (or --sample to try the bundled ones)")
    return read_document_file(resume, "resume").text, read_document_file(
        job, "job description"
    ).text


def _interactive(coach: Coach, candidate: str, console: Console) -> Any:
    from interview_coach.cli.terminal import TerminalPractice

    def read_line() -> str | None:
        line = sys.stdin.readline()
        return None if line == "" else line.rstrip("\n")

    return TerminalPractice(coach, candidate, console, read_line)


def _scripted_answers(path: Path) -> list[str]:
    try:
        text = read_answer_file(str(path))
    except InputError as error:
        fail(str(error))
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip() == ANSWER_SEPARATOR:
            blocks.append([])
        else:
            blocks[-1].append(line)
    found = ["\n".join(block).strip() for block in blocks]
    return [answer for answer in found if answer]


def _run_scripted(
    coach: Coach, candidate: str, interview_id: str, answers: list[str]
) -> tuple[dict[str, Any], Report]:
    """Answer question after question from the file; finish when either runs out."""
    outcomes = []
    for answer in answers:
        outcome = coach.submit_answer(candidate, interview_id, answer)
        coach.wording.settle()  # an AI engine's wording, stored with the answer once written
        outcomes.append(outcome.to_dict())
        if outcome.finished:
            break
    report = coach.finish(candidate, interview_id)
    result = {
        "interview": coach.interview(candidate, interview_id).to_dict(),
        "answers": outcomes,
        "report": report.to_dict(),
    }
    return result, report


def _print_result(console: Console, result: dict[str, Any], report: Report, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    from rich.markdown import Markdown

    from interview_coach.report import report_markdown

    console.print(Markdown(report_markdown(report)))


def _coach() -> Coach:
    from interview_coach.bootstrap import build_coach
    from interview_coach.engine import UnknownEngine
    from interview_coach.engine.llm import EngineMisconfigured
    from interview_coach.sessions import CoachError

    try:
        return build_coach()
    except (CoachError, UnknownEngine, EngineMisconfigured) as error:
        fail(str(error))
