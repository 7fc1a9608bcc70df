"""Tokens the gazetteer matches on, shared by the runtime matcher and the build tool.

A token is a word with its inner dots and trailing ``+``/``#`` kept (``Node.js``, ``.NET``,
``C++``, ``C#``), or one of the joiners ``/`` and ``&`` (``CI/CD``, ``P&L``). Hyphens, apostrophes
and other punctuation separate tokens, so "front-end" and "front end" share one key.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"\.?[^\W_]+(?:\.[^\W_]+)*[+#]*|[/&]")


def tokens(text: str) -> list[str]:
    """The surface tokens of ``text``, in order."""
    return TOKEN.findall(text)


def key(text: str, *, case_sensitive: bool = False) -> str:
    """The lookup key of a surface form: its tokens joined by single spaces."""
    joined = " ".join(tokens(text))
    return joined if case_sensitive else joined.lower()
