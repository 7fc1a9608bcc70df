"""Setup: the resume (uploaded or pasted), the job description, and the interview's choices."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.responses import RedirectResponse, Response

from interview_coach import samples
from interview_coach.documents import MAX_FILE_BYTES, DocumentError
from interview_coach.documents.errors import FileTooLargeError
from interview_coach.documents.reader import MAX_FILE_MB
from interview_coach.sessions import InvalidInput, NoNewQuestions
from interview_coach.web import choices, plausibility
from interview_coach.web.forms import file_field, read_form, text_field
from interview_coach.web.identity import PageCandidate
from interview_coach.web.pages.preferences import remember_calm
from interview_coach.web.rendering import is_calm, render
from interview_coach.web.services import services

router = APIRouter()

SAMPLE_RESUME = samples.resume()
SAMPLE_JOB = samples.job()
MISSING = {
    "resume": "Your resume is missing: paste it or upload a file.",
    "job": "The job description is missing: paste the advert for the job you want.",
}
#: Which form field each service complaint belongs next to.
_FIELDS = {"resume": "resume", "job_description": "job"}


@dataclass(slots=True)
class SetupForm:
    """What the candidate entered, to show again with the problems found."""

    resume_text: str = ""
    job_text: str = ""
    chosen: dict[str, str] = field(default_factory=lambda: dict(choices.DEFAULTS))
    calm: bool = False
    errors: dict[str, str] = field(default_factory=dict)
    offer_repeats: bool = False  # no new question was left: offer to allow repeats
    offer_anyway: bool = False  # a document looks too short or unlike one: the user may go on
    anyway: bool = False  # the user chose to go on with documents that look doubtful

    @classmethod
    def of(cls, form: FormData) -> SetupForm:
        chosen = {name: text_field(form, name, value) for name, value in choices.DEFAULTS.items()}
        return cls(
            text_field(form, "resume_text"),
            text_field(form, "job_text"),
            chosen,
            text_field(form, "calm") == "1",
        )


@router.get("/")
def setup_page(request: Request, candidate: PageCandidate) -> Response:
    return _page(request, SetupForm(calm=is_calm(request)))


@router.post("/interviews")
async def start_interview(request: Request, candidate: PageCandidate) -> Response:
    form = await read_form(request)
    entered = SetupForm.of(form)
    if text_field(form, "sample") == "1":
        entered.resume_text, entered.job_text = SAMPLE_RESUME, SAMPLE_JOB
    else:
        upload = file_field(form, "resume_file")
        if upload is not None:
            try:
                entered.resume_text = await _read_upload(request, upload)
            except DocumentError as error:
                entered.errors["resume"] = _upload_problem(upload, error)
                return _page(request, entered, status=400)
    entered.anyway = text_field(form, "anyway") == "1"
    if text_field(form, "sample") != "1" and _doubted(entered, entered.anyway):
        return _page(request, entered, status=400)
    coach = services(request).coach
    chosen = entered.chosen
    try:
        turn = await run_in_threadpool(
            coach.start_interview,
            candidate,
            entered.resume_text,
            entered.job_text,
            chosen["mode"],
            chosen["focus"],
            chosen["length"],
            chosen["level"],
            allow_repeats=text_field(form, "allow_repeats") == "1",
        )
    except NoNewQuestions as error:
        entered.errors["form"] = error.message
        entered.offer_repeats = True
        return _page(request, entered, status=409)
    except InvalidInput as error:
        entered.errors[_FIELDS.get(error.field or "", "form")] = error.message
        return _page(request, entered, status=400)
    response = RedirectResponse(f"/interviews/{turn.interview_id}", status_code=303)
    await run_in_threadpool(remember_calm, request, response, entered.calm)
    return response


def _doubted(entered: SetupForm, anyway: bool) -> bool:
    """Note what is missing (always) and what looks doubtful (unless the user said go on)."""
    for name, text in (("resume", entered.resume_text), ("job", entered.job_text)):
        if not text.strip():
            entered.errors[name] = MISSING[name]
        elif not anyway and (doubt := plausibility.doubt(text, name)) is not None:
            entered.errors[name] = doubt
            entered.offer_anyway = True
    return bool(entered.errors)


async def _read_upload(request: Request, upload: UploadFile) -> str:
    data = await upload.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLargeError(MAX_FILE_MB)
    # On the document readers' processes: a hostile file never holds a request thread.
    document = await services(request).readers.read(data, upload.filename or "resume.txt")
    return document.text


def _upload_problem(upload: UploadFile, error: DocumentError) -> str:
    return f"We couldn't read {upload.filename or 'the file'}: {error.message}."


def _page(request: Request, entered: SetupForm, status: int = 200) -> Response:
    return render(
        request,
        "setup.html",
        {
            "form": entered,
            "modes": choices.MODES,
            "focuses": choices.FOCUSES,
            "lengths": choices.LENGTHS,
            "levels": choices.LEVELS,
            "max_mb": MAX_FILE_MB,
            "minimum_words": {k: e.min_words for k, e in plausibility.expectations().items()},
        },
        status=status,
    )
