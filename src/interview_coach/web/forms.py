"""Reading submitted forms, with limits that fit a pasted resume and an uploaded file."""

from __future__ import annotations

from fastapi import Request
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException

from interview_coach.documents import MAX_FILE_BYTES

#: A text field may hold a long pasted document (the reader's own limits apply after).
MAX_FIELD_BYTES = MAX_FILE_BYTES


UNREADABLE = (
    "the form could not be read: a pasted text can be at most 5 MB, so paste just the part "
    "that matters, or upload the file instead"
)


async def read_form(request: Request) -> FormData:
    """The request's form, parsed once (later calls get the same one).

    Raises:
        HTTPException: 400 with a message a person understands (a part too large, a broken
            multipart body), instead of the parser's own words.
    """
    try:
        return await request.form(max_files=2, max_fields=50, max_part_size=MAX_FIELD_BYTES)
    except HTTPException as error:
        if error.status_code in (408, 413):
            raise
        raise HTTPException(400, UNREADABLE) from None


def text_field(form: FormData, name: str, default: str = "") -> str:
    value = form.get(name)
    return value if isinstance(value, str) else default


def file_field(form: FormData, name: str) -> UploadFile | None:
    value = form.get(name)
    if isinstance(value, UploadFile) and value.filename:
        return value
    return None
