"""The numbers a text states, as written: what the guards compare between prose and sources."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")


def numbers_in(text: str) -> frozenset[str]:
    """Every number in ``text``, with thousands separators dropped ("1,200" -> "1200")."""
    return frozenset(match.group().replace(",", "") for match in _NUMBER.finditer(text))
