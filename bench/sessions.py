"""Answer latency end to end: `python -m bench.sessions` (or `make bench`).

Submit an answer and get its scorecard, feedback and the next question, stored, in-process, with
the embedding model: on SQLite (a file in a temporary folder, as shipped: WAL, synchronous=FULL)
and on PostgreSQL (a scratch schema in the ``test`` database at 127.0.0.1:5432, or
INTERVIEW_COACH_BENCH_POSTGRES; skipped when unreachable). Also prints the assessment alone for
the same answers, so the difference is what the session adds (planning, storing).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import cycle
from pathlib import Path

from bench.common import summary
from bench.rubric import ANSWER_VARIANTS as ANSWERS
from interview_coach import samples
from interview_coach.assessment import Assessor
from interview_coach.embedding import default_embedder
from interview_coach.sessions import Coach
from interview_coach.store import open_database

POSTGRES = os.environ.get("INTERVIEW_COACH_BENCH_POSTGRES", "postgresql://root@127.0.0.1:5432/test")
INTERVIEWS = 8  # Full interviews of 20 questions each: 160 answers per backend


def submit_timings(coach: Coach) -> tuple[list[float], list[tuple[str, str]]]:
    """Milliseconds per submitted answer, and the (question, answer) pairs submitted."""
    me = coach.add_candidate("bench")
    texts = cycle(ANSWERS)
    found: list[float] = []
    pairs: list[tuple[str, str]] = []
    turn = coach.start_interview(
        me, samples.resume(), samples.job(), "guide", "mixed", "full", "detailed", seed=1
    )
    for number in range(INTERVIEWS):
        if number:
            turn = coach.start_new(me, turn.interview_id, seed=number + 1)
        question = turn.question.text
        coach.settle()
        while True:
            answer = next(texts)
            start = time.perf_counter()
            outcome = coach.submit_answer(me, turn.interview_id, answer)
            found.append((time.perf_counter() - start) * 1000)
            coach.settle()  # the candidate reads the next question and types for a while
            pairs.append((question, answer))
            if outcome.next_question is None:
                break
            question = outcome.next_question.text
    return found, pairs


def assess_timings(assessor: Assessor, pairs: list[tuple[str, str]]) -> list[float]:
    found = []
    for question, answer in pairs:
        assessor.question(question)  # prepared while the candidate reads it, as in a session
        start = time.perf_counter()
        assessor.assess(question, answer)
        found.append((time.perf_counter() - start) * 1000)
    return found


@contextmanager
def sqlite_url() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="bench-sessions-") as folder:
        yield f"sqlite:///{Path(folder) / 'coach.db'}"


@contextmanager
def postgres_url() -> Iterator[str | None]:
    try:
        import psycopg

        with psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3) as connection:
            schema = f"bench_{uuid.uuid4().hex[:12]}"
            connection.execute(f'CREATE SCHEMA "{schema}"')
    except Exception as error:
        print(f"PostgreSQL not reachable ({error}): skipping the PostgreSQL figures")
        yield None
        return
    base = POSTGRES.replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def run(label: str, url: str, assessor: Assessor) -> list[tuple[str, str]]:
    # A fresh assessor per backend, so neither run finds the other's questions prepared.
    coach = Coach(open_database(url), Assessor(embedder=assessor.embedder))
    try:
        timings, pairs = submit_timings(coach)
    finally:
        coach.close()
    print(summary(f"submit -> scorecard+feedback+next, stored ({label})", timings[3:]))
    return pairs


def main() -> None:
    embedder = default_embedder()
    if embedder is None:
        print("embedding model not installed: the figures below use the lexical fallback")
    assessor = Assessor(embedder=embedder)
    with sqlite_url() as url:
        pairs = run("SQLite", url, assessor)
    with postgres_url() as pg:
        if pg is not None:
            run("PostgreSQL", pg, assessor)
    alone = assess_timings(assessor, pairs)
    print(summary("the assessment alone, same answers (for comparison)", alone))
    print(f"median words per answer: {statistics.median(len(a.split()) for _, a in pairs):.0f}")


if __name__ == "__main__":
    main()
