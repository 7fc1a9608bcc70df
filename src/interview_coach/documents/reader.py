"""Read a resume or job description from an uploaded file or pasted text."""

from __future__ import annotations

from pathlib import PurePath

from interview_coach.documents.budget import BUDGET, Budget
from interview_coach.documents.cleaning import clean_text
from interview_coach.documents.decoding import decode_text
from interview_coach.documents.document import Document, SourceKind
from interview_coach.documents.errors import (
    EmptyDocumentError,
    FileTooLargeError,
    TooMuchTextError,
    UnsupportedFormatError,
)
from interview_coach.documents.instructions import find_instructions
from interview_coach.documents.markdown import looks_like_markdown, strip_markdown

MAX_FILE_MB = BUDGET.file_mb
MAX_FILE_BYTES = BUDGET.file_bytes
MAX_PAGES = BUDGET.pages
# Text files and Word documents have no pages to count: 50 dense pages of text is the limit.
MAX_CHARACTERS = BUDGET.characters

_KINDS: dict[str, SourceKind] = {
    ".pdf": SourceKind.PDF,
    ".docx": SourceKind.DOCX,
    ".txt": SourceKind.TEXT,
    ".text": SourceKind.TEXT,
    ".md": SourceKind.MARKDOWN,
    ".markdown": SourceKind.MARKDOWN,
}


def read_document(data: bytes, filename: str, budget: Budget = BUDGET) -> Document:
    """Read an uploaded file; the extension of ``filename`` says how. Every limit of
    ``budget`` but its time is enforced here, while reading (the time by ``DocumentReaders``).

    Raises:
        DocumentError: a subclass whose message says, in plain words, what is wrong.
    """
    kind = _kind_of(filename)
    if len(data) > budget.file_bytes:
        raise FileTooLargeError(budget.file_mb)
    if not data.strip():
        raise EmptyDocumentError()
    if kind is SourceKind.PDF:
        from interview_coach.documents.pdf import read_pdf_pages  # pypdf loads on use

        pages = read_pdf_pages(data, budget)
        return _document("\n\f".join(pages), kind, budget, pages=len(pages))
    if kind is SourceKind.DOCX:
        from interview_coach.documents.word import read_docx_text  # so does docx

        return _document(read_docx_text(data, budget), kind, budget)
    return _document(decode_text(data), kind, budget)


def read_text(text: str, budget: Budget = BUDGET) -> Document:
    """Read pasted text (plain or Markdown)."""
    return _document(text, SourceKind.PASTED, budget)


def _kind_of(filename: str) -> SourceKind:
    extension = PurePath(filename).suffix.lower()
    kind = _KINDS.get(extension)
    if kind is None:
        raise UnsupportedFormatError(extension)
    return kind


def normalise_text(raw: str, kind: SourceKind = SourceKind.PASTED) -> str:
    """The cleaned text of ``raw``; pasted text that looks like Markdown loses its syntax."""
    if kind is SourceKind.MARKDOWN or (kind is SourceKind.PASTED and looks_like_markdown(raw)):
        raw = strip_markdown(raw)
    return clean_text(raw)


def _document(raw: str, kind: SourceKind, budget: Budget, pages: int | None = None) -> Document:
    if len(raw) > budget.raw_characters:  # before any cleaning works through it
        raise TooMuchTextError(budget.characters)
    text = normalise_text(raw, kind)
    if not text:
        raise EmptyDocumentError(pasted=kind is SourceKind.PASTED)
    if len(text) > budget.characters:
        raise TooMuchTextError(budget.characters)
    return Document(text, kind, pages, find_instructions(text))
