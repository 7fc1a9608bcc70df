"""The rubric's own work counted in instructions, not seconds: `python -m bench instructions`.

A shared machine's timings swing by half from one run to the next; valgrind's callgrind counts
the instructions the interpreter executes, which stay the same whatever else the machine is
doing. One answer's cost is the difference between scoring the benchmark answer 21 times and
once, divided by 20 (so start-up and imports cancel out), with the hash seed fixed. Use it to
compare two versions of the code; the milliseconds in `bench.rubric` are the figure to report.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_ROUNDS = 21
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def main() -> None:
    if "--loop" in sys.argv:
        _score(int(sys.argv[sys.argv.index("--loop") + 1]))
        return
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: skipping the instruction count")
        return
    once, many = _count(1), _count(_ROUNDS)
    per_answer = (many - once) / (_ROUNDS - 1)
    print(f"rubric's own work, one answer (analysis, scorecard, feedback): "
          f"{per_answer / 1e6:.2f} M instructions")  # fmt: skip


def _count(rounds: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable]
        command += ["-m", "bench.instructions", "--loop", str(rounds)]
        run = subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0", "ORT_DISABLE_TELEMETRY": "1"},
        )
    found = _COLLECTED.search(run.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def _score(rounds: int) -> None:
    from bench.rubric import ANSWER, QUESTION
    from interview_coach.analysis import analyse
    from interview_coach.analysis.patterns import forget_texts
    from interview_coach.assessment import Assessor
    from interview_coach.feedback import write_feedback
    from interview_coach.rubric.score import score
    from interview_coach.vocabulary import CoachMode, FeedbackLevel

    question = Assessor(embedder=None).question(QUESTION)
    for _ in range(rounds):
        forget_texts()
        analysis = analyse(question, ANSWER, None)
        write_feedback(score(analysis), analysis, FeedbackLevel.EXPERT, CoachMode.GUIDE)


if __name__ == "__main__":
    main()
