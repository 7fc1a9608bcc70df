"""Reading what a user hands the CLI, with errors a person understands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from interview_coach.documents import Document

#: Exit status for input the command cannot use.
BAD_INPUT = 2

#: An answer file larger than this is refused outright (about 150,000 words).
MAX_ANSWER_BYTES = 1_000_000


class InputError(ValueError):
    pass


def read_answer_file(source: str) -> str:
    """Read an answer from a path, or from standard input when the path is '-'."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_ANSWER_BYTES + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"no answer file at {source}")
        if path.is_dir():
            raise InputError(f"{source} is a folder, not an answer file")
        if path.is_file() and path.stat().st_size > MAX_ANSWER_BYTES:
            size = path.stat().st_size / 1_000_000
            raise InputError(f"the answer file is {size:.1f} MB; an answer can be at most 1 MB")
        try:
            with path.open("rb") as handle:  # also pipes and process substitution
                data = handle.read(MAX_ANSWER_BYTES + 1)
        except OSError as error:
            raise InputError(f"cannot read {source}: {error.strerror or error}") from None
    if len(data) > MAX_ANSWER_BYTES:
        raise InputError("the answer is over 1 MB; an answer can be at most 1 MB")
    return decode_text(data, source)


def decode_text(data: bytes, source: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{source} looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{source} is not UTF-8 text") from None


def fail(message: str) -> NoReturn:
    """Stop the command with a one-line message a person understands, and no traceback."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(BAD_INPUT)


def note(message: str) -> None:
    typer.echo(f"Note: {message}", err=True)


def read_document_file(path: Path, what: str) -> Document:
    """Read a resume or job description file, or stop with a clear message."""
    # Imported here so commands that read no documents start without the readers.
    from interview_coach.documents import MAX_FILE_BYTES, DocumentError, read_document
    from interview_coach.documents.errors import FileTooLargeError
    from interview_coach.documents.reader import MAX_FILE_MB

    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise FileTooLargeError(MAX_FILE_MB)
        document = read_document(data, path.name)
    except DocumentError as error:
        fail(f"{what} {path}: {error}")
    except FileNotFoundError:
        fail(f"{what} {path}: there is no such file")
    except IsADirectoryError:
        fail(f"{what} {path}: this is a folder, not a file")
    except OSError as error:
        fail(f"{what} {path}: can't open it ({error.strerror or error})")
    if document.has_embedded_instructions:
        lines = "; ".join(f'"{line}"' for line in document.embedded_instructions)
        note(f"the {what} contains text addressed to an AI, set aside as plain text: {lines}")
    return document
