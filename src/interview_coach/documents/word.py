"""Text of a Word (.docx) file: paragraphs and tables in reading order, list items as bullets.

The body's XML is first read as a stream, counting bytes, paragraphs, nesting and characters
as it goes, and refused the moment one passes the budget; only a body within the budget is
then laid out by python-docx.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import IO

import docx
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from interview_coach.documents.budget import MB, Budget
from interview_coach.documents.errors import (
    CorruptDocumentError,
    DocumentError,
    TooComplexError,
    TooMuchTextError,
)

BODY = "word/document.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx_text(data: bytes, budget: Budget) -> str:
    """The body text; headers and footers (usually contact details) are left out."""
    with _archive(data) as archive:
        _check_archive(archive, budget)
        _scan_body(archive, budget)
    try:
        body = docx.Document(io.BytesIO(data))
        styles = {style.style_id: style.name or "" for style in body.styles}
        return "\n".join(_block_lines(body.iter_inner_content(), styles))
    except Exception as error:  # python-docx and lxml raise many kinds on damaged files
        raise CorruptDocumentError("Word") from error


def _archive(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise CorruptDocumentError("Word") from error


def _check_archive(archive: zipfile.ZipFile, budget: Budget) -> None:
    """Zip bombs: the sizes the archive declares (reading never inflates past them)."""
    members = archive.infolist()
    if BODY not in {member.filename for member in members}:
        raise CorruptDocumentError("Word")
    if sum(member.file_size for member in members) > budget.unzipped_bytes:
        raise TooComplexError(f"it unzips to more than {budget.unzipped_bytes // MB} MB")


class _Counted(io.RawIOBase):
    """A zip member read through a byte count that stops at ``limit``."""

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self.stream, self.limit, self.count = stream, limit, 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.stream.read(size if size and size > 0 else 64 * 1024)
        self.count += len(chunk)
        if self.count > self.limit:
            raise TooComplexError(
                f"its text and formatting take more than {self.limit // MB} MB of XML"
            )
        return chunk


def _scan_body(archive: zipfile.ZipFile, budget: Budget) -> None:
    """Stream through the body's XML once, refusing it as soon as it passes a limit."""
    try:
        with archive.open(BODY) as member:
            counted = _Counted(member, budget.xml_bytes)
            if b"<!DOCTYPE" in counted.read(4096):  # Word never writes one; entity bombs do
                raise CorruptDocumentError("Word")
        with archive.open(BODY) as member:
            _count_elements(_Counted(member, budget.xml_bytes), budget)
    except DocumentError:
        raise
    except etree.XMLSyntaxError as error:
        if _is_resource_limit(error):
            raise TooComplexError("parts of it nest or repeat beyond what can be read") from error
        raise CorruptDocumentError("Word") from error
    except Exception as error:  # a broken zip member
        raise CorruptDocumentError("Word") from error


def _is_resource_limit(error: etree.XMLSyntaxError) -> bool:
    """libxml2's own limits (depth 256, huge text nodes): it may reach one inside a chunk it
    parses before the count above sees the events; libxml2 before 2.11 gave it no code."""
    return error.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT or "Excessive depth" in str(error)


def _count_elements(source: _Counted, budget: Budget) -> None:
    depth = elements = paragraphs = characters = 0
    events = etree.iterparse(
        source,
        events=("start", "end"),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
    )
    for event, element in events:
        if event == "start":
            depth += 1
            elements += 1
            if elements > budget.xml_elements:
                raise TooComplexError(f"it is made of more than {budget.xml_elements:,} parts")
            if depth > budget.depth:
                raise TooComplexError(f"parts of it nest more than {budget.depth} levels deep")
            if element.tag == _W + "p":
                paragraphs += 1
                if paragraphs > budget.paragraphs:
                    raise TooComplexError(f"it holds more than {budget.paragraphs:,} paragraphs")
            continue
        depth -= 1
        if element.tag == _W + "t" and element.text:
            characters += len(element.text)
            if characters > budget.raw_characters:
                raise TooMuchTextError(budget.characters)
        element.clear()  # keep memory flat: what was counted is not needed again


def _block_lines(blocks: Iterator[Paragraph | Table], styles: dict[str, str]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield _paragraph_line(block, styles)
        else:
            yield from _table_lines(block, styles)


def _paragraph_line(paragraph: Paragraph, styles: dict[str, str]) -> str:
    text = paragraph.text
    return f"- {text}" if text.strip() and _is_list_item(paragraph, styles) else text


def _is_list_item(paragraph: Paragraph, styles: dict[str, str]) -> bool:
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return True
    # The style by id from a table read once: python-docx's own lookup searches every style.
    style_id = properties.style if properties is not None else None
    return styles.get(style_id or "", "").startswith("List")


def _table_lines(table: Table, styles: dict[str, str]) -> Iterator[str]:
    """One line per row, cells joined by " | "; cells holding paragraphs or tables expand."""
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = _cell_text(cell, styles)
            # A merged cell is repeated once per grid column it spans.
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if any("\n" in cell for cell in cells):
            yield from (line for cell in cells for line in cell.split("\n"))
        else:
            yield " | ".join(cells)
    yield ""


def _cell_text(cell: _Cell, styles: dict[str, str]) -> str:
    return "\n".join(_block_lines(cell.iter_inner_content(), styles)).strip()
