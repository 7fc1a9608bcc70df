"""Why a document could not be read, in words a job seeker understands.

Every message names the problem and what to do instead; the ``code`` is for programs (API, UI).
"""

from __future__ import annotations

from typing import ClassVar

PASTE_INSTEAD = "paste the text instead"
#: How many characters make a dense page, to say a text limit in pages.
CHARACTERS_PER_PAGE = 5_000


class DocumentError(Exception):
    """A resume or job description that cannot be read; ``str(error)`` is for the user."""

    code: ClassVar[str] = "unreadable"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FileTooLargeError(DocumentError):
    code = "too_large"

    def __init__(self, limit_mb: int) -> None:
        super().__init__(
            f"this file is larger than {limit_mb} MB; upload a smaller file or {PASTE_INSTEAD}"
        )


class TooManyPagesError(DocumentError):
    code = "too_many_pages"

    def __init__(self, limit_pages: int) -> None:
        super().__init__(
            f"this document is longer than {limit_pages} pages; a resume or job description "
            "should be much shorter, so upload or paste just the part that matters"
        )


class TooMuchTextError(DocumentError):
    code = "too_much_text"

    def __init__(self, limit_characters: int) -> None:
        super().__init__(
            f"this document holds more than {limit_characters:,} characters of text (about "
            f"{limit_characters // CHARACTERS_PER_PAGE} pages); a resume or job description "
            "should be much shorter, so upload or paste just the part that matters"
        )


class TooComplexError(DocumentError):
    """A file that unpacks to far more than any resume: ``limit`` says which, in plain words."""

    code = "too_complex"

    def __init__(self, limit: str) -> None:
        super().__init__(
            f"this file is far bigger inside than a resume or job description ({limit}); "
            f"save it again as a simpler file, or {PASTE_INSTEAD}"
        )


class TooSlowError(DocumentError):
    code = "too_slow"

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"this file takes longer than {seconds:g} seconds to read, much longer than a "
            f"resume or job description does; save it again as a simpler file, or {PASTE_INSTEAD}"
        )


class ReadersBusyError(DocumentError):
    code = "busy"

    def __init__(self) -> None:
        super().__init__(
            "the coach is reading many other documents right now; "
            f"try again in a minute, or {PASTE_INSTEAD}"
        )


class EncryptedPdfError(DocumentError):
    code = "encrypted"

    def __init__(self) -> None:
        super().__init__(
            f"this PDF is password-protected; save a copy without the password or {PASTE_INSTEAD}"
        )


class CorruptDocumentError(DocumentError):
    code = "corrupt"

    def __init__(self, format_name: str) -> None:
        super().__init__(
            f"this {format_name} file is damaged and can't be opened; "
            f"try saving or exporting it again, or {PASTE_INSTEAD}"
        )


class NoTextLayerError(DocumentError):
    """A scanned or image-only PDF: there are pages, but no text in them."""

    code = "no_text_layer"

    def __init__(self) -> None:
        super().__init__(f"this PDF has no text we can read; {PASTE_INSTEAD}")


class NotTextError(DocumentError):
    """Binary content: NUL bytes, bytes no text encoding explains, or mostly control characters."""

    code = "not_text"

    def __init__(self) -> None:
        super().__init__(
            "this file doesn't look like a text document; upload a PDF, a Word (.docx) "
            f"or a text file, or {PASTE_INSTEAD}"
        )


class EmptyDocumentError(DocumentError):
    code = "empty"

    def __init__(self, pasted: bool = False) -> None:
        if pasted:
            super().__init__("there is no text here; paste the resume or the job description")
        else:
            super().__init__(f"this file is empty; choose another file or {PASTE_INSTEAD}")


class UnsupportedFormatError(DocumentError):
    code = "unsupported_format"

    def __init__(self, extension: str) -> None:
        if extension == ".doc":
            message = (
                f"old Word (.doc) files can't be read; save it as .docx or PDF, or {PASTE_INSTEAD}"
            )
        else:
            kind = f"files ending in {extension}" if extension else "files without an extension"
            message = (
                f"{kind} can't be read; upload a PDF, Word (.docx), .txt or .md file, "
                f"or {PASTE_INSTEAD}"
            )
        super().__init__(message)
