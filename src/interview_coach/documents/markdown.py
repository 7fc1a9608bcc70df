"""Markdown syntax removed, its structure kept: headings stay lines, lists stay bullets."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r"^[ \t]*(?:=+|-{2,})[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
# Every repeat is bounded and stays within a line: an unclosed "[", "**" or "<" then costs a
# short scan, not one to the end of the text (which made a line of them quadratic).
_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]{1,2000})>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`+([^`\n]*)`+")
_TABLE_SEPARATOR = re.compile(r"^[ \t|:-]*-{2,}[ \t|:-]*$")
_TABLE_EDGES = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,500}>")

# Signs that pasted text is Markdown rather than plain text.
_MARKDOWN_SIGNS = re.compile(r"^#{1,6} \S|\*\*\S|\]\(|^\|.*\|$", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    return len(_MARKDOWN_SIGNS.findall(text)) >= 2


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown document; list markers are left for ``clean_text``."""
    lines = [line for line in text.split("\n") if not _TABLE_SEPARATOR.match(line)]
    text = "\n".join(lines)
    text = _RULE.sub("", text)
    text = _HEADING.sub(r"\1", text)
    text = _SETEXT_UNDERLINE.sub("", text)
    text = _QUOTE.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    return _TABLE_EDGES.sub(lambda m: m.group(1).strip(), text)
