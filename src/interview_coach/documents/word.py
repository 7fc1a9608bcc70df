"""Text of a Word (.docx) file: paragraphs and tables in reading order, list items as bullets."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from interview_coach.documents.errors import CorruptDocumentError

# A .docx is a zip; refuse archives that inflate far beyond any real resume (zip bombs).
_MAX_UNZIPPED_BYTES = 64 * 1024 * 1024


def read_docx_text(data: bytes) -> str:
    """The body text; headers and footers (usually contact details) are left out."""
    _check_archive(data)
    try:
        body = docx.Document(io.BytesIO(data))
        return "\n".join(_block_lines(body.iter_inner_content()))
    except Exception as error:  # python-docx and lxml raise many kinds on damaged files
        raise CorruptDocumentError("Word") from error


def _check_archive(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(member.file_size for member in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise CorruptDocumentError("Word") from error
    if unzipped > _MAX_UNZIPPED_BYTES or "word/document.xml" not in names:
        raise CorruptDocumentError("Word")


def _block_lines(blocks: Iterator[Paragraph | Table]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield _paragraph_line(block)
        else:
            yield from _table_lines(block)


def _paragraph_line(paragraph: Paragraph) -> str:
    text = paragraph.text
    return f"- {text}" if text.strip() and _is_list_item(paragraph) else text


def _is_list_item(paragraph: Paragraph) -> bool:
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return True
    style = paragraph.style
    return style is not None and (style.name or "").startswith("List")


def _table_lines(table: Table) -> Iterator[str]:
    """One line per row, cells joined by " | "; cells holding paragraphs or tables expand."""
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = _cell_text(cell)
            # A merged cell is repeated once per grid column it spans.
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if any("\n" in cell for cell in cells):
            yield from (line for cell in cells for line in cell.split("\n"))
        else:
            yield " | ".join(cells)
    yield ""


def _cell_text(cell: _Cell) -> str:
    return "\n".join(_block_lines(cell.iter_inner_content())).strip()
