"""The project's own text files hold no stray control characters.

A backspace typed into a regular expression (``"\\b"`` where ``r"\\b"`` was meant) is invisible
on screen and silently makes the pattern match nothing; this caught one such phrase list.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("*.py", "*.toml", "*.md", "*.txt", "*.jsonl", "*.html", "*.css", "*.js")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _files() -> list[Path]:
    found = []
    for folder in ("src", "tests", "bench"):
        for pattern in TEXT:
            found += (ROOT / folder).rglob(pattern)
    return sorted(found)


def test_no_source_file_has_control_characters() -> None:
    stray = [
        f"{path.relative_to(ROOT)}:{number}: {line!r}"
        for path in _files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _CONTROL.search(line)
    ]
    assert _files(), "no source files found"
    assert not stray, "control characters in:\n" + "\n".join(stray)
