"""`interview-coach score` as other tools use it: a real process, real files, real stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.rubric.answers import QUESTION, STRONG, WITHOUT_RESULT

pytestmark = pytest.mark.slow
DIMENSIONS = {
    "situation",
    "task",
    "action",
    "result",
    "specificity",
    "ownership",
    "relevance",
    "depth",
}


def coach(*args: str, stdin: str | bytes = b"") -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "interview_coach", *args],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_json_output_has_the_contracted_shape() -> None:
    done = coach("score", "--question", QUESTION, "--answer-file", "-", "--json", stdin=STRONG)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert 1 <= result["overall"] <= 10
    assert result["band"] in {"needs work", "good", "strong", "best practice"}
    assert set(result["dimensions"]) == DIMENSIONS
    assert all(0 <= v <= 10 for v in result["dimensions"].values())
    assert set(result["evidence"]) == DIMENSIONS
    assert result["feedback"]["text"]
    assert isinstance(result["warnings"], list)


def test_readable_output_shows_scores_and_feedback(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(STRONG)
    done = coach(
        "score",
        "--question",
        QUESTION,
        "--answer-file",
        str(answer),
        "--level",
        "detailed",
        "--mode",
        "drill-sergeant",
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "Overall" in out
    assert "Ownership" in out
    assert "Strengths:" in out


def test_batch_scores_lines_in_order_and_names_bad_lines(tmp_path: Path) -> None:
    batch = tmp_path / "answers.jsonl"
    lines = [
        json.dumps({"question": QUESTION, "answer": STRONG}),
        "{not json",
        json.dumps({"question": QUESTION, "answer": WITHOUT_RESULT, "type": "behavioral"}),
        json.dumps({"question": QUESTION}),
        json.dumps({"question": QUESTION, "answer": "x", "type": "riddle"}),
    ]
    batch.write_text("\n".join(lines) + "\n")
    done = coach("score", "--batch", str(batch))
    assert done.returncode == 1
    results = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(results) == 5
    assert results[0]["overall"] > results[2]["overall"]
    assert results[1] == {"line": 2, "error": results[1]["error"]}
    assert "line 2: not valid JSON" in done.stderr.decode()
    assert "line 4: 'answer' is missing" in done.stderr.decode()
    assert "line 5: type 'riddle'" in done.stderr.decode()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "no answer file at"),
        ("huge", "an answer can be at most 1 MB"),
        ("binary", "looks like a binary file"),
        ("folder", "is a folder"),
    ],
)
def test_bad_answer_files_get_a_clear_error_and_no_traceback(
    tmp_path: Path, setup: str, message: str
) -> None:
    path = tmp_path / "answer"
    if setup == "huge":
        path.write_text("word " * 1_100_000)
    elif setup == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    elif setup == "folder":
        path.mkdir()
    done = coach("score", "--question", QUESTION, "--answer-file", str(path), "--json")
    assert done.returncode == 2
    assert message in done.stderr.decode()
    assert b"Traceback" not in done.stderr


def test_a_missing_batch_file_is_a_clear_error(tmp_path: Path) -> None:
    done = coach("score", "--batch", str(tmp_path / "nope.jsonl"))
    assert done.returncode == 2
    assert "cannot read batch file" in done.stderr.decode()
    assert b"Traceback" not in done.stderr


def test_the_demo_scores_the_bundled_sample() -> None:
    done = coach("demo")
    assert done.returncode == 0, done.stderr
    assert "Overall" in done.stdout.decode()


def test_the_command_starts_without_loading_storage_or_the_web_stack() -> None:
    """`score` must start fast: storage and web libraries load only for the commands using them."""
    probe = (
        "import sys, interview_coach.cli.main; "
        "print(sorted({'sqlalchemy', 'fastapi', 'uvicorn', 'pypdf', 'docx'} & set(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
