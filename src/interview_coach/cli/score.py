"""`interview-coach score`: judge one answer, or a JSON Lines batch, from the command line."""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from interview_coach.assessment import Assessor
from interview_coach.cli.inputs import InputError, fail, read_answer_file
from interview_coach.cli.render import show_assessment
from interview_coach.vocabulary import CoachMode, FeedbackLevel, QuestionType

MAX_BATCH_LINE = 1_000_000
BATCH_WORKERS = 2


def score(
    question: Annotated[str | None, typer.Option(help="The interview question.")] = None,
    answer_file: Annotated[
        str | None, typer.Option(help="File holding the answer; - reads standard input.")
    ] = None,
    question_type: Annotated[
        QuestionType | None,
        typer.Option("--type", help="Question type; inferred from the question when absent."),
    ] = None,
    level: Annotated[FeedbackLevel, typer.Option(help="How much feedback.")] = (
        FeedbackLevel.STANDARD
    ),
    mode: Annotated[CoachMode, typer.Option(help="The coach's voice.")] = CoachMode.GUIDE,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    batch: Annotated[
        Path | None, typer.Option(help="JSON Lines of {question, answer, type?}; one result each.")
    ] = None,
) -> None:
    """Score an answer on the rubric and print feedback."""
    if batch is not None:
        raise typer.Exit(_score_batch(batch, level, mode))
    if question is None or answer_file is None:
        fail("give --question and --answer-file (or --batch FILE)")
    try:
        answer = read_answer_file(answer_file)
    except InputError as error:
        fail(str(error))
    assessor = Assessor.offline_default()
    result = assessor.assess(question, answer, question_type, level, mode)
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        show_assessment(Console(), result)


def _score_batch(path: Path, level: FeedbackLevel, mode: CoachMode) -> int:
    """Score every line in input order; a bad line prints an error object and the run goes on.

    Two workers share one model (one thread each), so the model and the rubric keep both
    cores busy; results still come out in input order.
    """
    try:
        handle = path.open("rb")
    except OSError as error:
        fail(f"cannot read batch file {path}: {error.strerror or error}")
    assessor = Assessor.offline_default(threads=1)
    failures = 0

    def score_line(numbered: tuple[int, bytes]) -> dict[str, Any]:
        number, raw = numbered
        try:
            item = _batch_item(raw, number)
            return assessor.assess(
                item["question"], item["answer"], item["type"], level, mode
            ).to_dict()
        except InputError as error:
            return {"line": number, "error": str(error)}

    with handle, ThreadPoolExecutor(max_workers=BATCH_WORKERS) as pool:
        lines = ((n, raw) for n, raw in enumerate(handle, start=1) if raw.strip())
        # In chunks, so a huge file is never all in memory at once.
        for chunk in iter(lambda: list(islice(lines, 64)), []):
            for result in pool.map(score_line, chunk):
                if "error" in result:
                    failures += 1
                    print(f"error: {result['error']}", file=sys.stderr)
                print(json.dumps(result, ensure_ascii=False))
    sys.stdout.flush()
    return 1 if failures else 0


def _batch_item(raw: bytes, number: int) -> dict[str, Any]:
    if len(raw) > MAX_BATCH_LINE:
        raise InputError(f"line {number}: the answer is over 1 MB; shorten it")
    try:
        item = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"line {number}: not valid JSON ({error})") from None
    if not isinstance(item, dict):
        raise InputError(f"line {number}: expected an object with question and answer")
    for key in ("question", "answer"):
        if not isinstance(item.get(key), str):
            raise InputError(f"line {number}: {key!r} is missing or not text")
    kind = item.get("type")
    try:
        item["type"] = QuestionType(kind) if kind is not None else None
    except ValueError:
        choices = ", ".join(t.value for t in QuestionType)
        raise InputError(f"line {number}: type {kind!r} is not one of {choices}") from None
    return item
