"""Load: `python -m bench.load` — answer submit → feedback + next question, over HTTP.

Starts `interview-coach serve`'s app (uvicorn, SQLite in a temporary folder, the embedding
model on, as shipped) as a subprocess, gives each simulated candidate their own token and their
own live interview, then submits answers at a fixed total arrival rate: open loop, each
submission scheduled on the clock whether or not earlier ones have been answered, and timed from
its scheduled moment (so a slow server cannot hide its queue). Reports p50 (the median) and p95
at 10 and 20 submissions per second, and the highest rate tried at which p95 stays under 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.common import p95
from bench.interview_pairs import documents
from bench.rubric import ANSWER_VARIANTS as ANSWERS
from tests.serving import running_app

LIMIT_MS = 200.0
MODES = ("friend", "guide", "challenger", "drill-sergeant")


@dataclass
class Candidate:
    token: str
    interview_id: str = ""
    busy: bool = False
    answered: int = 0
    position: int = 1  # of the question waiting in the candidate's interview


@dataclass
class Step:
    rate: float
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    skipped: int = 0  # arrivals with every candidate still waiting for feedback

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies) if self.latencies else float("inf")

    @property
    def p95(self) -> float:
        return p95(self.latencies) if self.latencies else float("inf")

    @property
    def passes(self) -> bool:
        return self.p95 < LIMIT_MS and not self.errors and not self.skipped

    def line(self) -> str:
        errors = sum(self.errors.values()) + self.skipped
        return (
            f"{self.rate:6.1f}/s  answered {len(self.latencies):5d}  errors {errors:3d}   "
            f"p50 (median) {self.p50:8.1f} ms   p95 {self.p95:8.1f} ms"
        )


def make_candidates(data_dir: Path, count: int) -> list[Candidate]:
    """Candidates and their tokens, written straight into the database before serving."""
    from interview_coach.accounts import Accounts
    from interview_coach.assessment import Assessor
    from interview_coach.bootstrap import build_coach
    from interview_coach.settings import Settings

    coach = build_coach(Settings(data_dir=data_dir), assessor=Assessor(embedder=None))
    try:
        accounts = Accounts(coach)
        return [
            Candidate(accounts.create_token(coach.add_candidate(f"load {n}"))) for n in range(count)
        ]
    finally:
        coach.close()


@contextmanager
def server(data_dir: Path, port: int, workers: int, embedding: bool) -> Iterator[str]:
    settings = {
        "INTERVIEW_COACH_DATA_DIR": str(data_dir),
        "INTERVIEW_COACH_EMBEDDING": "true" if embedding else "false",
    }
    # Idle keep-alive connections outlive the gaps between rates (uvicorn closes them at 5 s).
    quiet = ["--no-access-log", "--timeout-keep-alive", "120"]
    with running_app(
        settings, workers=workers, port=port, uvicorn_args=quiet, startup_seconds=120
    ) as base:
        yield base


async def start_interviews(client: httpx.AsyncClient, candidates: list[Candidate]) -> None:
    """Each candidate brings one of five professions' resume and job and one of the coach
    modes, so questions vary as they do across a real cohort."""
    gate = asyncio.Semaphore(4)
    pairs = documents()

    async def start(candidate: Candidate, number: int) -> None:
        resume, job = pairs[number % len(pairs)]
        body = {
            "resume_text": resume,
            "job_text": job,
            "mode": MODES[number % len(MODES)],
            "length": "full",
            "level": "detailed",
        }
        async with gate:
            response = await client.post("/api/v1/interviews", json=body, headers=_auth(candidate))
            response.raise_for_status()
            candidate.interview_id = response.json()["interview_id"]

    await asyncio.gather(*(start(c, n) for n, c in enumerate(candidates)))


async def submit(client: httpx.AsyncClient, candidate: Candidate, due: float, step: Step) -> None:
    candidate.busy = True
    try:
        text = ANSWERS[candidate.answered % len(ANSWERS)]
        response = await client.post(
            f"/api/v1/interviews/{candidate.interview_id}/answers",
            json={"answer_text": text, "position": candidate.position},
            headers=_auth(candidate),
        )
        elapsed = (time.perf_counter() - due) * 1000
        if response.status_code != 200:
            key = str(response.status_code)
            step.errors[key] = step.errors.get(key, 0) + 1
            return
        step.latencies.append(elapsed)
        candidate.answered += 1
        candidate.position += 1
        if response.json()["finished"]:  # a new interview, outside the measured submissions
            fresh = await client.post(
                f"/api/v1/interviews/{candidate.interview_id}/new", headers=_auth(candidate)
            )
            candidate.interview_id = fresh.json()["interview_id"]
            candidate.position = 1
    except httpx.HTTPError as error:
        step.errors[type(error).__name__] = step.errors.get(type(error).__name__, 0) + 1
    finally:
        candidate.busy = False


async def run_step(
    client: httpx.AsyncClient, candidates: list[Candidate], rate: float, seconds: float
) -> Step:
    """Open loop: arrival k is due at start + k / rate, sent then whatever came back."""
    step = Step(rate)
    tasks: list[asyncio.Task[None]] = []
    start = time.perf_counter()
    turn = 0
    for k in range(int(rate * seconds)):
        due = start + k / rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        free = next((c for c in _round(candidates, turn) if not c.busy), None)
        turn += 1
        if free is None:
            step.skipped += 1
            continue
        tasks.append(asyncio.create_task(submit(client, free, due, step)))
    await asyncio.gather(*tasks)
    return step


def _round(candidates: list[Candidate], turn: int) -> Iterator[Candidate]:
    count = len(candidates)
    return (candidates[(turn + i) % count] for i in range(count))


def _auth(candidate: Candidate) -> dict[str, str]:
    return {"Authorization": f"Bearer {candidate.token}"}


def next_rate(steps: dict[float, Step]) -> float | None:
    """The next rate to try: up by 5/s while 20/s holds, else halving the gap below it."""
    passing = [r for r, s in steps.items() if s.passes]
    failing = [r for r, s in steps.items() if not s.passes]
    low = max(passing, default=0.0)
    high = min((r for r in failing if r > low), default=None)
    if high is None:
        return low + 5.0 if low < 80 else None
    gap = high - low
    return low + gap / 2 if gap > 2.5 else None


async def measure(base: str, args: argparse.Namespace, candidates: list[Candidate]) -> None:
    limits = httpx.Limits(max_connections=2000, max_keepalive_connections=500)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await start_interviews(client, candidates)
        await run_step(client, candidates, 5, args.warmup)  # warm caches; not reported
        steps: dict[float, Step] = {}
        for fixed in (10.0, 20.0):
            steps[fixed] = await run_step(client, candidates, fixed, args.seconds)
            print(steps[fixed].line(), flush=True)
            await asyncio.sleep(args.pause)
        while (rate := next_rate(steps)) is not None and len(steps) < args.most_steps:
            steps[rate] = await run_step(client, candidates, rate, args.seconds)
            print(steps[rate].line(), flush=True)
            await asyncio.sleep(args.pause)
    best = max((r for r, s in steps.items() if s.passes), default=None)
    print()
    for fixed in (10.0, 20.0):
        s = steps[fixed]
        print(f"at {fixed:g}/s: p50 (median) {s.p50:.1f} ms, p95 {s.p95:.1f} ms")
    if best is None:
        print(f"p95 stayed under {LIMIT_MS:g} ms at none of the rates tried")
    else:
        print(f"highest rate tried with p95 under {LIMIT_MS:g} ms: {best:g} submissions/s")
    for rate_tried, s in sorted(steps.items()):
        if s.errors:
            print(f"  errors at {rate_tried:g}/s: {s.errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--candidates", type=int, default=150)
    parser.add_argument("--seconds", type=float, default=20.0, help="per rate")
    parser.add_argument("--warmup", type=float, default=6.0)
    parser.add_argument("--pause", type=float, default=3.0, help="between rates")
    parser.add_argument("--most-steps", type=int, default=9)
    parser.add_argument("--no-embedding", dest="embedding", action="store_false")
    parser.add_argument("--port", type=int, default=8731)
    args = parser.parse_args(sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="coach-load-") as folder:
        data = Path(folder)
        candidates = make_candidates(data, args.candidates)
        model = "on" if args.embedding else "off"
        print(
            f"{args.workers} uvicorn workers, SQLite (WAL, synchronous=FULL), embedding model "
            f"{model}, {args.candidates} candidates, {args.seconds:g} s per rate, open loop",
            flush=True,
        )
        with server(data, args.port, args.workers, args.embedding) as base:
            asyncio.run(measure(base, args, candidates))


if __name__ == "__main__":
    main()
