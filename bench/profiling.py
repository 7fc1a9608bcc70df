"""Median time to profile a two-page resume and a job description, and to read a PDF.

Run from the repository root: `python -m bench.profiling`.
"""

from __future__ import annotations

import statistics
import textwrap
import time
from collections.abc import Callable, Sequence

from interview_coach import samples
from interview_coach.documents import read_document
from interview_coach.profile.job import profile_job
from interview_coach.profile.resume import profile_resume

RUNS = 50
_LINES_PER_PAGE = 60
_CHARACTERS_PER_LINE = 100
_EARLIER_ROLES = """
### Platform Engineer (secondment) — Ledgerly, London
*Jan 2020 – Feb 2021*

- Moved 40 services from hand-built EC2 hosts to Kubernetes with Terraform modules, cutting
  the monthly AWS bill by 22% and deploy time from 45 minutes to 7 minutes.
- Wrote the incident-response runbook and led 9 post-incident reviews; repeat incidents
  fell by half.
- Set up OpenTelemetry tracing across the payments path, so on-call found root causes in
  minutes instead of hours.
- Ran a 6-week onboarding programme for 8 new hires across three teams.

### Backend Developer (contract) — Tillpoint Retail Systems, Manchester
*Mar 2017 – Feb 2018*

- Built a point-of-sale sync service in Java and RabbitMQ for 350 stores, with offline queues
  that survived 2-day network outages without losing a sale.
- Cut nightly batch time from 5 hours to 50 minutes by rewriting SQL reports against read replicas.
- Worked with store managers to design refund flows that reduced till errors by 30%.

### Junior Developer — Brightwater Insurance, Leeds
*Jul 2015 – Aug 2016*

- Wrote Python scripts that validated 40,000 policy records a month, cutting manual checks by 60%.
- Built an internal claims search page used by 120 adjusters.
- Took part in weekly code reviews and pair programming with senior engineers.

### Graduate Intern — Harbour Analytics, Leeds
*Jun 2014 – Sep 2014*

- Cleaned and analysed card-transaction data in SQL for a fraud model, improving recall by 8%.
- Presented findings to the risk team and wrote the handover documentation.

## Projects

- Open-source contributor to a Go library for ISO 20022 payment messages (35 merged PRs).
- Built a personal budgeting app with FastAPI and React used by 300 people.
- Wrote a blog series on idempotency keys that reached 20,000 readers.

## Awards

- Ledgerly Engineering Award 2023 for the ledger redesign.
- Quickpay hackathon winner 2019: real-time settlement dashboard built in 48 hours.

## Volunteering

- Code Club mentor at a Leeds primary school: 2 hours a week teaching 15 children Scratch
  and Python.
- Organiser of the Leeds Go meetup (600 members), running 10 talks a year.

## Languages

English (native), Spanish (professional working proficiency)
"""


def two_page_resume() -> str:
    """The shipped sample resume with earlier roles, projects and awards: about two pages."""
    sample = samples.resume()
    experience_end = sample.index("## Skills")
    return sample[:experience_end] + _EARLIER_ROLES.lstrip() + "\n" + sample[experience_end:]


def sample_job() -> str:
    return samples.job()


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    action()  # warm-up: loads the skills gazetteer and compiles patterns
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def text_pdf(lines: Sequence[str]) -> bytes:
    """A minimal PDF with a text layer, ``_LINES_PER_PAGE`` lines a page, in Helvetica."""
    pages = [lines[i : i + _LINES_PER_PAGE] for i in range(0, len(lines), _LINES_PER_PAGE)]
    font = 3 + 2 * len(pages)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(len(pages)))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    for index, page in enumerate(pages):
        shown = b" T* ".join(b"(%s) Tj" % _escaped(line) for line in page)
        content = b"BT /F1 9 Tf 13 TL 40 770 Td " + shown + b" ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, 4 + 2 * index)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _escaped(line: str) -> bytes:
    raw = line.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def main() -> None:
    resume = two_page_resume()
    job = sample_job()
    pdf = text_pdf(
        [
            wrapped
            for line in resume.splitlines()
            for wrapped in textwrap.wrap(line, _CHARACTERS_PER_LINE) or [""]
        ]
    )
    pages = read_document(pdf, "resume.pdf").pages
    print(f"resume: {len(resume):,} characters, {pages} PDF pages; median of {RUNS} runs")
    print(f"profile_resume (two-page resume)   {median_ms(lambda: profile_resume(resume)):7.2f} ms")
    print(f"profile_job (sample job)           {median_ms(lambda: profile_job(job)):7.2f} ms")
    pdf_ms = median_ms(lambda: read_document(pdf, "resume.pdf"))
    print(f"read_document (PDF text, {pages} pages)   {pdf_ms:7.2f} ms")


if __name__ == "__main__":
    main()
