"""Rubric speed and memory: `python -m bench.rubric` (or `make bench`).

Prints medians and p95 for scoring a 300-word answer in-process (the rubric's own work, then
with the embedding model), the throughput of `interview-coach score --batch` over the 650 MIT
answers, the cold start of `interview-coach score`, and peak memory: the largest of those
scoring processes' own high-water marks (`bench.peak`), and beside it the short process that
makes the model's optimised copy, once per machine and onnxruntime version.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import MIT, summary, timings_ms
from interview_coach.analysis import analyse
from interview_coach.analysis.patterns import forget_texts
from interview_coach.assessment import Assessor
from interview_coach.embedding import default_embedder
from interview_coach.embedding.minilm import ModelUnavailable, model_path
from interview_coach.feedback import write_feedback
from interview_coach.rubric.score import score
from interview_coach.vocabulary import CoachMode, FeedbackLevel

QUESTION = "Tell me about a time you led a team through a difficult deadline."
#: About 300 words, written for this benchmark.
ANSWER = " ".join(
    [
        "In the autumn of 2022 I was the team lead for a group of five analysts at a mid-sized "
        "logistics company, and our quarterly carrier report was due to the board in ten days.",
        "Two weeks earlier our data warehouse had been migrated to Snowflake, and half of the "
        "queries behind the report were failing or returning numbers that did not match.",
        "My task was to deliver a report the finance director could trust, on time, without "
        "burning out a team that was already working late.",
        "First I listed every failing query and sorted them by how much of the report depended "
        "on them, because I wanted us to fix what mattered most before anything else.",
        "I split the list into three streams and paired each analyst with someone who knew the "
        "old schema, instead of letting everyone debug alone.",
        "I set up a fifteen-minute stand-up every morning and a shared tracker in Jira, so "
        "blockers surfaced within hours rather than days.",
        "I personally rewrote the revenue reconciliation in dbt, since it was the riskiest piece "
        "and I knew the finance rules best.",
        "When we found that two carrier tables had duplicate rows, I weighed patching the report "
        "against fixing the pipeline; I chose to patch the report and log a ticket, accepting "
        "the trade-off of some manual work next quarter to keep the deadline.",
        "As a result, we delivered the report a day early, every figure reconciled to within "
        "0.5% of the finance ledger, and nobody on the team worked a weekend.",
        "The board approved a 12% budget increase for the carrier program based on it.",
        "I learned that triage by impact beats working harder, and I now keep a dependency map "
        "of our key reports so migrations do not surprise us again.",
    ]
)


#: The answer, a short cut of it, and a version that says "we" throughout: the mix the session
#: and load benchmarks submit.
ANSWER_VARIANTS = (
    ANSWER,
    " ".join(ANSWER.split()[:90]),
    ANSWER.replace(" I ", " we ").replace("My ", "Our "),
)


def in_process() -> None:
    words = len(ANSWER.split())
    lexical = Assessor(embedder=None)
    question = lexical.question(QUESTION)

    def rubric_only() -> None:
        forget_texts()  # a new answer's clauses are in no cache yet
        analysis = analyse(question, ANSWER, None)
        write_feedback(score(analysis), analysis, FeedbackLevel.EXPERT, CoachMode.GUIDE)

    print(
        summary(f"rubric's own work, {words}-word answer (no model)", timings_ms(rubric_only, 300))
    )
    embedder = default_embedder()
    if embedder is None:
        print("embedding model not installed: skipping the with-model figure")
        return
    with_model = Assessor(embedder=embedder)
    with_model.question(QUESTION)  # embedded once, as a session does

    def full() -> None:
        forget_texts()
        with_model.assess(QUESTION, ANSWER, level=FeedbackLevel.EXPERT)

    print(summary(f"full scoring with the model, {words}-word answer", timings_ms(full, 200)))


#: A process starts as on an installed machine, where Python keeps the compiled modules
#: (pip compiles them on install; the first start here writes them): a sandbox that sets
#: PYTHONDONTWRITEBYTECODE would otherwise recompile every module on every start.
_INSTALLED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


class Peaks:
    """Runs commands under `bench.peak` and keeps each process's own peak memory."""

    def __init__(self, workdir: Path) -> None:
        self._file = workdir / "peak.txt"
        self.found: list[float] = []

    def run(self, module: str, *arguments: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "bench.peak", str(self._file), module, *arguments]
        done = subprocess.run(command, capture_output=True, check=True, text=True, env=_INSTALLED)
        self.found.append(float(self._file.read_text()))
        return done


def batch_throughput(workdir: Path, peaks: Peaks) -> None:
    source = MIT / "answers_by_question.jsonl"
    if not source.exists():
        print(f"MIT data not found at {source}: skipping the batch figure")
        return
    batch = workdir / "mit.jsonl"
    with source.open() as rows, batch.open("w") as out:
        for row in map(json.loads, rows):
            out.write(
                json.dumps({"question": row["interviewer_question"], "answer": row["answer"]})
            )
            out.write("\n")
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        done = peaks.run("interview_coach", "score", "--batch", str(batch))
        runs.append(time.perf_counter() - start)
    answers = len(done.stdout.splitlines())
    rates = [answers / seconds for seconds in runs]
    print(
        f"{'score --batch over the MIT answers (' + str(answers) + ', whole process)':<58} "
        f"median {statistics.median(rates):8.1f} answers/s   (runs={len(runs)})"
    )


def cold_start(workdir: Path, peaks: Peaks) -> None:
    answer = workdir / "answer.txt"
    answer.write_text(ANSWER)
    arguments = ["score", "--question", QUESTION, "--answer-file", str(answer), "--json"]
    seconds = []
    for _ in range(7):
        start = time.perf_counter()
        peaks.run("interview_coach", *arguments)
        seconds.append((time.perf_counter() - start) * 1000)
    print(summary("`interview-coach score` cold start (one answer, with model)", seconds))


def optimiser_peak(workdir: Path, peaks: Peaks) -> float | None:
    """The peak of making the optimised copy afresh, as a first start on a new machine does."""
    try:
        source = model_path()
    except ModelUnavailable:
        return None
    target, recorded = workdir / "minilm.onnx", workdir / "minilm.sha256"
    peaks.run("interview_coach.embedding.optimized", str(source), str(target), str(recorded))
    return peaks.found.pop()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        peaks = Peaks(workdir)
        optimiser = optimiser_peak(workdir, peaks)
        # The subprocess figures come first, while this process is still small.
        batch_throughput(workdir, peaks)
        cold_start(workdir, peaks)
    in_process()
    if peaks.found:
        label = "peak memory of the largest scoring process (own, model)"
        print(f"{label:<58} {max(peaks.found):8.1f} MB")
    if optimiser is not None:
        label = "peak memory making the optimised model (once per machine)"
        print(f"{label:<58} {optimiser:8.1f} MB")


if __name__ == "__main__":
    main()
