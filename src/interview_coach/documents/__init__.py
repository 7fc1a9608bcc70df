"""Documents: a resume or job description read from PDF, Word, text, Markdown or pasted text."""

from interview_coach.documents.cleaning import clean_text
from interview_coach.documents.document import Document, SourceKind
from interview_coach.documents.errors import (
    CorruptDocumentError,
    DocumentError,
    EmptyDocumentError,
    EncryptedPdfError,
    FileTooLargeError,
    NoTextLayerError,
    NotTextError,
    TooComplexError,
    TooManyPagesError,
    TooMuchTextError,
    TooSlowError,
    UnsupportedFormatError,
)
from interview_coach.documents.instructions import looks_like_instruction
from interview_coach.documents.reader import (
    MAX_FILE_BYTES,
    MAX_PAGES,
    normalise_text,
    read_document,
    read_text,
)

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PAGES",
    "CorruptDocumentError",
    "Document",
    "DocumentError",
    "EmptyDocumentError",
    "EncryptedPdfError",
    "FileTooLargeError",
    "NoTextLayerError",
    "NotTextError",
    "SourceKind",
    "TooComplexError",
    "TooManyPagesError",
    "TooMuchTextError",
    "TooSlowError",
    "UnsupportedFormatError",
    "clean_text",
    "looks_like_instruction",
    "normalise_text",
    "read_document",
    "read_text",
]
