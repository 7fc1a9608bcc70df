"""Document readers: reads happen in worker processes with a hard time limit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import anyio
import pytest
from anyio import wait_all_tasks_blocked

from interview_coach.documents import CorruptDocumentError, DocumentError
from interview_coach.documents.budget import BUDGET
from interview_coach.documents.errors import ReadersBusyError, TooComplexError, TooSlowError
from interview_coach.documents.readers import DocumentReaders
from tests.documents.document_files import build_pdf
from tests.documents.hostile import docx_zip_bomb
from tests.event_loop import run_async

pytestmark = pytest.mark.slow
RESUME = build_pdf([["Jordan Lee, data analyst: built a Tableau dashboard for 40 stores"]])
HANGS = "tests.documents.slow:read_or_hang"


@pytest.fixture
def readers() -> Iterator[DocumentReaders]:
    opened = DocumentReaders(1, replace(BUDGET, seconds=1.5), read=HANGS)
    yield opened
    opened.close()


def test_a_document_is_read_in_a_worker(readers: DocumentReaders) -> None:
    assert "Tableau" in readers.read_now(RESUME, "resume.pdf").text


def test_a_read_past_the_time_limit_is_refused_and_its_worker_replaced(
    readers: DocumentReaders,
) -> None:
    with pytest.raises(TooSlowError, match=r"longer than 1\.5 seconds"):
        readers.read_now(RESUME, "hang.pdf")

    assert "Tableau" in readers.read_now(RESUME, "resume.pdf").text


def test_a_refusal_in_the_worker_arrives_as_the_same_error(readers: DocumentReaders) -> None:
    bomb = docx_zip_bomb()
    with pytest.raises(TooComplexError, match="64 MB"):
        readers.read_now(bomb.data, bomb.filename)
    with pytest.raises(CorruptDocumentError, match="damaged"):
        readers.read_now(b"%PDF-1.7 not really", "resume.pdf")


def test_reads_beyond_the_queue_are_refused_as_busy() -> None:
    readers = DocumentReaders(1, replace(BUDGET, seconds=3), waiting=1, read=HANGS)
    outcomes: list[BaseException] = []

    async def upload(name: str) -> None:
        try:
            await readers.read(RESUME, name)
        except DocumentError as error:
            outcomes.append(error)

    async def three_at_once() -> None:
        async with anyio.create_task_group() as group:
            group.start_soon(upload, "hang-1.pdf")
            group.start_soon(upload, "hang-2.pdf")
            await wait_all_tasks_blocked()  # one reading, one waiting for the worker
            group.start_soon(upload, "hang-3.pdf")

    try:
        run_async(three_at_once)
    finally:
        readers.close()
    assert any(isinstance(o, ReadersBusyError) for o in outcomes)
    assert sum(isinstance(o, TooSlowError) for o in outcomes) == 2
