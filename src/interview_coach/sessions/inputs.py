"""Checking what the candidate hands in before anything is stored."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from interview_coach.documents import DocumentError, read_text
from interview_coach.documents.instructions import find_instructions
from interview_coach.sessions.errors import InvalidInput

E = TypeVar("E", bound=StrEnum)

#: About 3,000 words: ten times what an interviewer waits for, and far below anything abusive.
MAX_ANSWER_CHARACTERS = 20_000
MAX_NAME_CHARACTERS = 200
#: Identifiers are uuids; anything much longer cannot be one and is simply not found.
MAX_ID_CHARACTERS = 64


def document(text: str, what: str) -> str:
    """The cleaned text of a pasted resume or job description.

    Raises:
        InvalidInput: empty, binary, or too long, with the reader's own explanation.
    """
    if not isinstance(text, str):
        raise InvalidInput(f"the {what} must be text", field=_field(what))
    if not text.strip():
        raise InvalidInput(f"the {what} is empty; paste the {what} to start", field=_field(what))
    try:
        return read_text(storable(text)).text
    except DocumentError as error:
        raise InvalidInput(
            f"the {what} can't be used: {error.message}", field=_field(what)
        ) from None


def set_aside(*texts: str) -> tuple[str, ...]:
    """Lines of the documents that address an AI ("ignore previous instructions..."): kept
    as data, left out of the profiles, and shown to the candidate so they know."""
    return tuple(dict.fromkeys(line for text in texts for line in find_instructions(text)))


def answer(text: str, what: str = "answer") -> str:
    """An answer (or draft) as stored: any length up to the limit, blank allowed."""
    if not isinstance(text, str):
        raise InvalidInput(f"the {what} must be text", field=what)
    if len(text) > MAX_ANSWER_CHARACTERS:
        raise InvalidInput(
            f"this {what} is {len(text):,} characters long; the limit is "
            f"{MAX_ANSWER_CHARACTERS:,} (about 3,000 words), far more than an interviewer "
            "would listen to, so shorten it",
            field=what,
        )
    return storable(text)


def choice(kind: type[E], value: E | str, what: str, field: str) -> E:
    """``value`` as one of the enum's members, by value ("drill-sergeant") or member."""
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(member.value for member in kind)
        raise InvalidInput(f"{value!r} is not a {what}; choose one of: {options}", field) from None


def name(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > MAX_NAME_CHARACTERS:
        raise InvalidInput(f"a name can be at most {MAX_NAME_CHARACTERS} characters", "name")
    return storable(value.strip())


def identifier(value: object) -> str | None:
    """A plausible id, or None for anything that cannot be one (then it is simply not found)."""
    if isinstance(value, str) and 0 < len(value) <= MAX_ID_CHARACTERS:
        return value
    return None


def storable(text: str) -> str:
    """Text every database can store: no NUL characters, no lone surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _field(what: str) -> str:
    return what.replace(" ", "_")
