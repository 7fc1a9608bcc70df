"""Text layer of a PDF, page by page, via pypdf, within the reading budget."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject

from interview_coach.documents.budget import MB, Budget
from interview_coach.documents.errors import (
    CorruptDocumentError,
    EncryptedPdfError,
    NoTextLayerError,
    TooComplexError,
    TooManyPagesError,
    TooMuchTextError,
)

# Fewer letters than this on all pages together means a scan or a picture, not a document.
_MIN_LETTERS = 20


class _TextLimit(Exception):
    """Raised from inside pypdf's text visitor to stop extracting at the character limit."""


def read_pdf_pages(data: bytes, budget: Budget) -> list[str]:
    """The raw text of each page; raises a ``DocumentError`` for what can't be read.

    Pages are counted before any is extracted, every stream inflates to at most
    ``budget.stream_bytes``, and extraction stops as soon as the text reaches the limit.
    """
    if b"%PDF-" not in data[:1024]:
        raise CorruptDocumentError("PDF")
    with _quiet_pypdf(), apply_configuration(**_limits(budget)):
        try:
            reader = _open(data)
            page_count = len(reader.pages)
            if page_count > budget.pages:
                raise TooManyPagesError(budget.pages)
            _check_contents(reader, page_count, budget)
            pages = _extract(reader, page_count, budget)
        except LimitReachedError as error:
            if "page tree" in str(error).lower():
                raise TooManyPagesError(budget.pages) from error
            raise TooComplexError(_limit_reached(error, budget)) from error
        except (EncryptedPdfError, TooManyPagesError, TooMuchTextError, TooComplexError):
            raise
        # pypdf raises many kinds of exception on damaged files (its own, ValueError,
        # KeyError, RecursionError...): whatever it raises, the file is damaged to the user.
        except Exception as error:
            raise CorruptDocumentError("PDF") from error
    if sum(sum(char.isalpha() for char in page) for page in pages) < _MIN_LETTERS:
        raise NoTextLayerError()
    return pages


def _limits(budget: Budget) -> dict[str, Any]:
    inflated = budget.stream_bytes
    return {
        "maximum_declared_stream_length": inflated,
        "array_based_stream_maximum_output_length": inflated,
        "zlib_maximum_output_length": inflated,
        "lzw_maximum_output_length": inflated,
        "run_length_maximum_output_length": inflated,
        "brotli_maximum_output_length": inflated,
        "jbig2_maximum_output_length": inflated,
        "image_maximum_buffer_size": inflated,
        "stream_decoding_work_maximum_length": 4 * inflated,
        "stream_parsing_work_maximum_count": budget.stream_operations,
        "xform_maximum_invocations_per_extraction": budget.form_draws,
        "page_tree_maximum_entries": 10 * budget.pages,
        "page_tree_maximum_page_entries": 10 * budget.pages,
    }


def _limit_reached(error: LimitReachedError, budget: Budget) -> str:
    said = str(error).lower()
    if "pars" in said or "operat" in said or "xobject" in said or "form" in said:
        return f"a page holds more than {budget.stream_operations:,} drawing instructions"
    return f"a part of it unpacks to more than {budget.stream_bytes // MB} MB"


def _open(data: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not _opens_without_password(reader):
        raise EncryptedPdfError()
    return reader


def _opens_without_password(reader: PdfReader) -> bool:
    # Many PDFs are encrypted only against editing: an empty user password opens them.
    try:
        return bool(reader.decrypt(""))
    except Exception:  # an unsupported cipher
        return False


def _check_contents(reader: PdfReader, page_count: int, budget: Budget) -> None:
    """Every page's drawing instructions together, inflated (cheap) before any is parsed
    (slow): fifty pages each just under the per-stream limits would still take minutes."""
    total = 0
    for index in range(page_count):
        contents = reader.pages[index].get("/Contents")
        found = contents.get_object() if contents is not None else None
        streams = found if isinstance(found, ArrayObject) else [found]
        total += sum(len(stream.get_object().get_data()) for stream in streams if stream)
        if total > budget.content_bytes:
            raise TooComplexError(
                f"its pages hold more than {budget.content_bytes // MB} MB of drawing instructions"
            )


def _extract(reader: PdfReader, page_count: int, budget: Budget) -> list[str]:
    """Page texts, stopping at the budget's raw character limit even inside a page."""
    left = budget.raw_characters
    pages: list[str] = []

    def count(text: str, *_: object) -> None:
        nonlocal left
        left -= len(text)
        if left < 0:
            raise _TextLimit()

    for index in range(page_count):
        try:
            text = reader.pages[index].extract_text(visitor_text=count) or ""
        except _TextLimit:
            raise TooMuchTextError(budget.characters) from None
        pages.append(text)
    return pages


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs a warning for each defect it repairs; the user should see our errors only."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
