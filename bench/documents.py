"""Documents: `python -m bench documents` — hostile uploads, and what they cost everyone else.

1. Reads every document of the hostile corpus (tests/documents/hostile.py: bombs at or under
   every limit, in each format) on the document readers, as the server does, and prints each
   read's time and answer, and the slowest.
2. Serves the app (uvicorn, SQLite in a temporary folder) and times another candidate's
   `GET /api/v1/interviews`, one request after another, first with no uploads, then while four
   of the slowest hostile documents are uploaded again and again, four at once. Prints the
   median and p95 of both: reading should leave the other candidate's latency unchanged.
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bench.common import p95
from bench.load import make_candidates
from interview_coach.documents import DocumentError
from interview_coach.documents.readers import DocumentReaders
from tests.documents.hostile import Hostile, corpus
from tests.serving import running_app

UPLOADS_AT_ONCE = 4
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def read_corpus() -> list[tuple[float, Hostile]]:
    readers = DocumentReaders()
    timed = []
    try:
        for hostile in corpus():
            start = time.perf_counter()
            try:
                answer = (
                    f"read, {len(readers.read_now(hostile.data, hostile.filename).text):,} chars"
                )
            except DocumentError as error:
                answer = f"refused: {error.code}"
            seconds = time.perf_counter() - start
            timed.append((seconds, hostile))
            print(
                f"  {hostile.name:<26} {len(hostile.data) / 1024:8.0f} KB  {seconds * 1000:8.0f} ms"
                f"  {answer}"
            )
    finally:
        readers.close()
    slowest, which = max(timed, key=lambda pair: pair[0])
    print(f"slowest read: {slowest * 1000:.0f} ms ({which.name})")
    return timed


def latencies(base: str, token: str, requests: int) -> list[float]:
    found = []
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=120) as client:
        for _ in range(requests):
            start = time.perf_counter()
            client.get("/api/v1/interviews", headers=headers).raise_for_status()
            found.append((time.perf_counter() - start) * 1000)
            time.sleep(0.01)
    return found


def keep_uploading(base: str, hostile: Hostile, stop: threading.Event, counts: list[int]) -> None:
    with httpx.Client(base_url=base, timeout=120) as client:
        token = _CSRF.search(client.get("/").text)
        assert token, "the setup page has no CSRF token"
        while not stop.is_set():
            response = client.post(
                "/interviews",
                data={"csrf_token": token.group(1), "job_text": "Data analyst wanted."},
                files={"resume_file": (hostile.filename, hostile.data, "application/octet-stream")},
            )
            assert response.status_code < 500, response.text[:500]
            counts.append(1)


def other_user(timed: list[tuple[float, Hostile]], requests: int) -> None:
    slowest = [h for _, h in sorted(timed, key=lambda pair: pair[0], reverse=True)]
    chosen = slowest[:UPLOADS_AT_ONCE]
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        (candidate,) = make_candidates(data_dir, 1)
        settings = {"INTERVIEW_COACH_DATA_DIR": str(data_dir), "INTERVIEW_COACH_EMBEDDING": "false"}
        with running_app(settings, uvicorn_args=["--no-access-log"]) as base:
            latencies(base, candidate.token, 20)  # warm up
            quiet = latencies(base, candidate.token, requests)
            stop, counts = threading.Event(), []
            uploaders = [
                threading.Thread(target=keep_uploading, args=(base, h, stop, counts))
                for h in chosen
            ]
            for uploader in uploaders:
                uploader.start()
            time.sleep(1.0)  # the uploads are under way
            busy = latencies(base, candidate.token, requests)
            stop.set()
            for uploader in uploaders:
                uploader.join()
    print(f"other candidate's GET /api/v1/interviews, {requests} requests each:")
    print(_line("no uploads", quiet))
    names = ", ".join(h.name for h in chosen)
    label = f"{UPLOADS_AT_ONCE} hostile uploads at once"
    print(_line(label, busy), f"({len(counts)} read: {names})")


def _line(label: str, values: list[float]) -> str:
    return f"  {label:<26} median {statistics.median(values):7.1f} ms   p95 {p95(values):7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    arguments = parser.parse_args()
    print("hostile corpus, read on the document readers:")
    timed = read_corpus()
    other_user(timed, arguments.requests)


if __name__ == "__main__":
    main()
