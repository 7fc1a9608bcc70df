"""Text layer of a PDF, page by page, via pypdf."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader

from interview_coach.documents.errors import (
    CorruptDocumentError,
    EncryptedPdfError,
    NoTextLayerError,
    TooManyPagesError,
)

# Fewer letters than this on all pages together means a scan or a picture, not a document.
_MIN_LETTERS = 20


def read_pdf_pages(data: bytes, max_pages: int) -> list[str]:
    """The raw text of each page; raises a ``DocumentError`` for what can't be read."""
    if b"%PDF-" not in data[:1024]:
        raise CorruptDocumentError("PDF")
    with _quiet_pypdf():
        reader = _open(data)
        page_count = _page_count(reader)
        if page_count > max_pages:
            raise TooManyPagesError(max_pages)
        pages = [_page_text(reader, index) for index in range(page_count)]
    if sum(sum(char.isalpha() for char in page) for page in pages) < _MIN_LETTERS:
        raise NoTextLayerError()
    return pages


# pypdf raises many kinds of exception on damaged files (its own, ValueError, KeyError, ...):
# whatever it raises while reading, the file is damaged as far as the user is concerned.


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception as error:
        raise CorruptDocumentError("PDF") from error
    if reader.is_encrypted and not _opens_without_password(reader):
        raise EncryptedPdfError()
    return reader


def _opens_without_password(reader: PdfReader) -> bool:
    # Many PDFs are encrypted only against editing: an empty user password opens them.
    try:
        return bool(reader.decrypt(""))
    except Exception:  # an unsupported cipher, or `cryptography` missing for AES
        return False


def _page_count(reader: PdfReader) -> int:
    try:
        return len(reader.pages)
    except Exception as error:
        raise CorruptDocumentError("PDF") from error


def _page_text(reader: PdfReader, index: int) -> str:
    try:
        return reader.pages[index].extract_text() or ""
    except Exception as error:
        raise CorruptDocumentError("PDF") from error


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
