"""Bytes of a plain-text file to ``str``: BOMs first, then UTF-8, then Windows-1252."""

from __future__ import annotations

import codecs
import re

from interview_coach.documents.errors import NotTextError

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
# Real documents have almost no control characters; binary data decoded as cp1252 has ~12%.
_MAX_CONTROL_SHARE = 0.02


def decode_text(data: bytes) -> str:
    """Decode a text file, or raise ``NotTextError`` when the bytes are not text in any encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data[len(bom) :], encoding))
    if b"\x00" in data:
        raise NotTextError()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode(data, "cp1252")
    return _checked(text)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise NotTextError() from error


def _checked(text: str) -> str:
    if "\x00" in text or _control_share(text) > _MAX_CONTROL_SHARE:
        raise NotTextError()
    return text


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for _ in _CONTROL.finditer(text)) / len(text)
