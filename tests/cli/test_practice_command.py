"""Terminal practice end to end: real processes on a real SQLite file in a temporary data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.rubric.answers import STRONG, WE_VERSION, WITHOUT_NUMBERS

pytestmark = pytest.mark.slow
SAMPLES = Path(__file__).resolve().parents[2] / "src" / "interview_coach" / "samples"
DOCUMENTS = ["--resume", str(SAMPLES / "resume.md"), "--job", str(SAMPLES / "job.md")]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def coach(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTERVIEW_COACH_DATA_DIR": str(data_dir),
           "INTERVIEW_COACH_EMBEDDING": "false"}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "interview_coach", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def write_answers(folder: Path, *answers: str) -> Path:
    path = folder / "answers.txt"
    path.write_text("\n---\n".join(answers))
    return path


def test_a_scripted_session_prints_the_session_its_scorecards_and_report(
    data_dir: Path, tmp_path: Path
) -> None:
    answers = write_answers(tmp_path, STRONG, WITHOUT_NUMBERS, WE_VERSION, STRONG, STRONG)
    done = coach(data_dir, "practice", *DOCUMENTS, "--length", "quick", "--answers",
                 str(answers), "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert [a["position"] for a in result["answers"]] == [1, 2, 3, 4, 5]
    assert all(set(a["dimensions"]) >= {"result", "ownership"} for a in result["answers"])
    assert result["answers"][-1]["next_question"] is None
    assert result["report"]["completion"]["rate"] == 1.0
    assert result["interview"]["status"] == "finished"


def test_fewer_answers_than_questions_finishes_early_with_the_completion_rate(
    data_dir: Path, tmp_path: Path
) -> None:
    answers = write_answers(tmp_path, STRONG, WE_VERSION)
    done = coach(data_dir, "practice", *DOCUMENTS, "--length", "standard", "--answers",
                 str(answers), "--json")  # fmt: skip
    report = json.loads(done.stdout)["report"]
    assert report["completion"]["answered"] == 2
    assert report["completion"]["planned"] == 11
    assert report["completion"]["finished_early"] is True


def test_interactive_practice_shows_questions_feedback_and_the_report(data_dir: Path) -> None:
    typed = f"{STRONG}\n.\n:finish\nq\n"
    done = coach(data_dir, "practice", *DOCUMENTS, "--length", "quick", stdin=typed)
    assert done.returncode == 0, done.stderr
    assert "Question 1 of 5" in done.stdout
    assert "Overall" in done.stdout
    assert "Interview report" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_leaving_keeps_the_interview_and_resume_picks_it_up_with_the_draft(
    data_dir: Path,
) -> None:
    coach(data_dir, "practice", *DOCUMENTS, "--length", "quick", stdin=f"{STRONG}\n.\n:quit\n")
    history = json.loads(coach(data_dir, "history", "--json").stdout)
    assert len(history) == 1
    assert history[0]["progress"]["answered"] == 1
    resumed = coach(data_dir, "resume", history[0]["id"], stdin=f"{WE_VERSION}\n.\n:quit\n")
    assert resumed.returncode == 0, resumed.stderr
    assert "Question 2 of 5" in resumed.stdout
    after = json.loads(coach(data_dir, "history", "--json").stdout)
    assert after[0]["progress"]["answered"] == 2


def test_report_progress_export_and_delete(data_dir: Path, tmp_path: Path) -> None:
    answers = write_answers(tmp_path, STRONG, WE_VERSION)
    done = coach(data_dir, "practice", *DOCUMENTS, "--length", "quick", "--answers",
                 str(answers), "--json")  # fmt: skip
    interview_id = json.loads(done.stdout)["interview"]["id"]
    markdown = coach(data_dir, "report", interview_id).stdout
    assert markdown.startswith("# ")
    words_only = coach(data_dir, "report", interview_id, "--hide-numbers").stdout
    assert "/ 10" not in words_only
    as_json = json.loads(coach(data_dir, "report", interview_id, "--format", "json").stdout)
    assert as_json["interview_id"] == interview_id
    assert "Readiness" in coach(data_dir, "progress").stdout
    exported = json.loads(coach(data_dir, "export").stdout)
    assert STRONG[:60] in json.dumps(exported)
    assert coach(data_dir, "delete", "--all", "--yes").returncode == 0
    assert json.loads(coach(data_dir, "history", "--json").stdout) == []
    assert STRONG[:60] not in coach(data_dir, "export").stdout


def test_an_unknown_interview_is_a_clear_error(data_dir: Path) -> None:
    done = coach(data_dir, "report", "no-such-interview")
    assert done.returncode == 2
    assert done.stderr.startswith("Error: ")
    assert "Traceback" not in done.stderr


def test_a_corrupt_resume_is_a_clear_error(data_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "resume.pdf"
    broken.write_bytes(b"%PDF-1.7\n this is not really a pdf")
    answers = str(write_answers(tmp_path, STRONG))
    job = str(SAMPLES / "job.md")
    done = coach(data_dir, "practice", "--resume", str(broken), "--job", job, "--answers", answers)
    assert done.returncode == 2
    assert "resume" in done.stderr
    assert "Traceback" not in done.stderr


def test_make_run_practises_on_the_bundled_sample(data_dir: Path) -> None:
    done = coach(data_dir, "practice", "--sample", "--length", "quick", stdin=":quit\n")
    assert done.returncode == 0, done.stderr
    assert "Question 1 of 5" in done.stdout
    assert "interview-coach resume" in done.stdout
