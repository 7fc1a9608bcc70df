"""Normalise extracted text while keeping its line structure, so sections and bullets survive."""

from __future__ import annotations

import re
import unicodedata

# Glyphs people (and PDF exporters) use as bullets; each becomes "- ".
BULLET_GLYPHS = "•●○◦▪▫■□◆◇♦►▶▸▹‣⁃∙·⦁⦾⦿➢➣➤➔→✓✔✗❖❯»–—*+-"

_LINE_BREAKS = re.compile(r"\r\n?|[\v\u2028\u2029\x85]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")
_BULLET = re.compile(rf"^[ \t]*[{re.escape(BULLET_GLYPHS)}](?:[ \t]+|$)", re.MULTILINE)
# Glyphs that never start a word, so "•Led the team" is a bullet even without a space.
_TIGHT_BULLET = re.compile(r"^[ \t]*[•●○◦▪▫■□◆◇♦►▶▸▹‣⁃∙⦁➢➣➤❖](?=\w)", re.MULTILINE)
_LONE_BULLET = re.compile(r"^-\n(?=\S)", re.MULTILINE)
_HYPHENATED_BREAK = re.compile(r"\b([^\W\d_]\w*)-[ \t]*\n[ \t]*(?=[a-z])")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_RUNS = re.compile(r"\n{3,}")

# First halves of compounds that keep their hyphen when broken at the end of a line.
_COMPOUND_WORDS = """
    self well cross non co multi full part long short high low real end fast hands world first
    second third cutting state data cost time mid front back client customer team detail results
    deadline fact user web mobile cloud open
"""
_COMPOUND_PREFIXES = frozenset(_COMPOUND_WORDS.split())


def clean_text(text: str) -> str:
    """Unicode NFKC, one bullet style, words re-joined across line breaks, single spaces.

    Line breaks are kept (a page break becomes a blank line) and at most one blank line
    separates blocks. Idempotent: cleaning clean text changes nothing.
    """
    text = _LINE_BREAKS.sub("\n", text).replace("\f", "\n\n")
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SOFT_HYPHEN_BREAK.sub("", text).replace("\u00ad", "")
    text = _TIGHT_BULLET.sub("- ", text)
    text = _BULLET.sub("- ", text)
    text = _HYPHENATED_BREAK.sub(_join_broken_word, text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    # A bullet glyph alone on its line (common in PDFs) belongs to the line after it.
    text = _LONE_BULLET.sub("- ", "\n".join(lines))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def _join_broken_word(match: re.Match[str]) -> str:
    first_half = match.group(1)
    inside_compound = match.start() > 0 and match.string[match.start() - 1] == "-"
    keep_hyphen = inside_compound or first_half.lower() in _COMPOUND_PREFIXES
    return first_half + ("-" if keep_hyphen else "")
