from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from interview_coach.cli.questions import register

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RESUME = FIXTURES / "resumes" / "nurse.txt"
JOB = FIXTURES / "jobs" / "registered_nurse.txt"


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:
        """A second command, so `questions` is addressed by name as in the real CLI."""

    return app


def _run(*args: str) -> tuple[int, str]:
    """Exit code and standard output; notes and errors go to standard error."""
    result = CliRunner().invoke(_app(), ["questions", *args])
    return result.exit_code, result.stdout if result.exit_code == 0 else result.output


def test_json_lists_each_question_with_its_plan() -> None:
    code, output = _run("--resume", str(RESUME), "--job", str(JOB), "--count", "5", "--json")
    assert code == 0
    questions = json.loads(output)
    assert len(questions) == 5
    for question in questions:
        assert question["text"].endswith((".", "?"))
        assert question["type"] in {"behavioral", "technical", "situational", "motivational"}
        assert 1 <= question["difficulty"] <= 5
        assert isinstance(question["grounding"], list)
        assert question["competency"]


def test_same_seed_same_questions_other_seed_others() -> None:
    base = ("--resume", str(RESUME), "--job", str(JOB), "--count", "3", "--json")
    first = _run(*base, "--seed", "4")[1]
    assert first == _run(*base, "--seed", "4")[1]
    assert first != _run(*base, "--seed", "5")[1]


def test_mode_and_focus_are_taken_by_name() -> None:
    code, output = _run(
        "--resume", str(RESUME), "--job", str(JOB), "--mode", "drill-sergeant",
        "--focus", "hard-skills", "--count", "4", "--json",
    )  # fmt: skip
    assert code == 0
    assert sum(q["type"] == "technical" for q in json.loads(output)) >= 2


def test_without_json_prints_a_readable_list() -> None:
    code, output = _run("--resume", str(RESUME), "--job", str(JOB), "--count", "3")
    assert code == 0
    assert "3 questions" in output


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    code, output = _run("--resume", str(tmp_path / "none.pdf"), "--job", str(JOB))
    assert code != 0
    assert "there is no such file" in output
