"""Uploaded documents are read on the document readers' processes: however long one takes,
other candidates' requests are answered meanwhile."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import anyio
import httpx
import pytest

from interview_coach.documents.budget import BUDGET
from interview_coach.documents.readers import DocumentReaders
from tests.documents.document_files import build_pdf
from tests.event_loop import run_async
from tests.web.conftest import SiteFactory
from tests.web.helpers import BASE_URL, JOB, csrf_from

pytestmark = pytest.mark.slow
RESUME_PDF = build_pdf([["Jordan Lee, data analyst: built a Tableau dashboard for 40 stores"]])


def test_uploads_being_read_never_hold_up_other_requests(make_site: SiteFactory) -> None:
    readers = DocumentReaders(
        2, replace(BUDGET, seconds=600), read="tests.documents.slow:read_or_hang"
    )
    site = make_site(readers=readers)

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=site.app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            token = csrf_from(await client.get("/"))

            async def upload(number: int) -> httpx.Response:
                return await client.post(
                    "/interviews",
                    data={"csrf_token": token, "job_text": JOB},
                    files={"resume_file": (f"hang-{number}.pdf", RESUME_PDF, "application/pdf")},
                )

            # More uploads than the app has request threads, each one never finishing.
            uploads = [asyncio.ensure_future(upload(n)) for n in range(6)]
            await anyio.wait_all_tasks_blocked()
            assert readers.queued == 6

            history = await client.get("/history")
            setup = await client.get("/")

            assert history.status_code == 200
            assert setup.status_code == 200
            assert not any(u.done() for u in uploads)
            readers.close()  # the reads under way end, as refusals on the setup page
            answers = await asyncio.gather(*uploads)
            assert {a.status_code for a in answers} == {400}

    run_async(scenario)
