"""The AI engine on this machine: `python -m bench.llm [--base-url URL --model NAME]`.

Without a URL it serves the SmolLM2 GGUF (tests/engine/local_server.py says where it is found)
with llama.cpp in a subprocess. Prints, over a Quick interview per run:
- the scorecard's time on submit with the engine on against the built-in engine (medians; the
  engine's work is queued, not waited for; each answer is sent once the last one's wording has
  landed, as a candidate reading feedback would),
- the time to the first streamed token and to the whole reply, per kind of work (median, p95),
- from submitting an answer, the time to the first checked feedback prose stored for the page
  and to the whole prose landing (median, p95),
- how often the guards kept, trimmed, rejected or replaced a reply.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from contextlib import ExitStack
from itertools import cycle
from math import nan
from pathlib import Path

from bench.common import summary
from bench.rubric import ANSWER_VARIANTS as ANSWERS
from interview_coach import samples
from interview_coach.assessment import Assessor
from interview_coach.engine.llm import CompatibleEngine
from interview_coach.sessions import Coach
from interview_coach.sessions.wording import Wording
from interview_coach.store import open_database


def submit_ms(coach: Coach, interviews: int, level: str) -> list[float]:
    me = coach.add_candidate("bench")
    texts = cycle(ANSWERS)
    found: list[float] = []
    for number in range(interviews):
        turn = coach.start_interview(
            me, samples.resume(), samples.job(), "guide", "mixed", "quick", level,
            seed=number + 1,
        )  # fmt: skip
        coach.settle()
        coach.wording.settle()
        while True:
            start = time.perf_counter()
            outcome = coach.submit_answer(me, turn.interview_id, next(texts))
            found.append((time.perf_counter() - start) * 1000)
            coach.settle()
            coach.wording.settle()  # the candidate reads the feedback meanwhile
            if outcome.finished:
                break
    return found


def run(
    base_url: str, model: str, interviews: int, level: str, max_tokens: int, bounds: bool
) -> None:
    assessor = Assessor(embedder=None)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'builtin.db'}"
        with Coach(open_database(url), assessor) as coach:
            submit_ms(coach, 1, level)  # warm up
            builtin = submit_ms(coach, interviews, level)
        url = f"sqlite:///{Path(folder) / 'llm.db'}"
        db = open_database(url)
        engine = CompatibleEngine(
            base_url, model, timeout=900, max_tokens=max_tokens, schema_bounds=bounds
        )
        with Coach(db, assessor, wording=Wording(db, engine)) as coach:
            with_llm = submit_ms(coach, interviews, level)
            on_page = list(coach.wording.stream_timings)
    print(summary("scorecard on submit, built-in engine", builtin))
    print(summary("scorecard on submit, AI engine on", with_llm))
    difference = statistics.median(with_llm) - statistics.median(builtin)
    print(f"{'difference of the medians':<58} {difference:+8.2f} ms   (must stay within 10 ms)")
    for purpose in ("question", "feedback"):
        first = [t[1] for t in engine.timings if t[0] == purpose and t[1] is not None]
        whole = [t[2] for t in engine.timings if t[0] == purpose]
        if whole:
            print(summary(f"{purpose}: first streamed token", first or [nan], "s"))
            print(summary(f"{purpose}: whole reply", whole, "s"))
    first_prose = [first for first, _ in on_page if first is not None]
    if on_page:
        # From submitting the answer to the prose stored for the page (which polls every 1 s).
        print(summary("feedback on the page: first streamed prose", first_prose or [nan], "s"))
        print(summary("feedback on the page: whole prose landed", [w for _, w in on_page], "s"))
        print(f"{'feedback pieces that streamed some checked prose':<58} "
              f"{len(first_prose)} of {len(on_page)}")  # fmt: skip
    tally = engine.tally
    print(
        f"guards: {tally.replies} replies; {tally.kept} kept ({tally.points_dropped} points "
        f"dropped), {tally.rejected} rejected ({tally.cut_off} cut off at max_tokens), "
        f"{tally.failed_calls} failed calls; {tally.fallbacks} pieces fell back to the "
        "built-in wording"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url")
    parser.add_argument("--model", default="local-gguf")
    parser.add_argument("--interviews", type=int, default=1)
    parser.add_argument("--level", default="standard")
    parser.add_argument("--max-tokens", type=int, default=400)
    parser.add_argument(
        "--schema-bounds", action=argparse.BooleanOptionalAction, default=None,
        help="length bounds in the schema (default: on for the local llama.cpp server only)",
    )  # fmt: skip
    arguments = parser.parse_args()
    with ExitStack() as stack:
        base = arguments.base_url
        if base is None:
            from tests.engine.local_server import local_server, why_not

            reason = why_not()
            if reason:
                print(f"skipped: {reason}")
                return
            base = stack.enter_context(local_server())
        bounds = arguments.schema_bounds
        if bounds is None:
            bounds = arguments.base_url is None
        run(base, arguments.model, arguments.interviews, arguments.level, arguments.max_tokens,
            bounds)  # fmt: skip


if __name__ == "__main__":
    main()
