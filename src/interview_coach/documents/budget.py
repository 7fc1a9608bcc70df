"""How much work reading one document may take, enforced while reading, not after.

A resume or job description is a few pages of text. Every limit below is many times what a
real one needs and small enough that a file built to make the reader work (a zip bomb, a page
that inflates to gigabytes, millions of paragraphs) is refused within a second or two.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_coach.documents.errors import CHARACTERS_PER_PAGE

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Budget:
    #: The uploaded file itself.
    file_bytes: int = 5 * MB
    #: PDF pages, counted before any text is extracted.
    pages: int = 50
    #: Characters of cleaned text; reading stops as soon as the raw text reaches twice this.
    characters: int = 50 * CHARACTERS_PER_PAGE
    #: Bytes one PDF stream may inflate to.
    stream_bytes: int = 8 * MB
    #: Bytes of all pages' drawing instructions together, inflated.
    content_bytes: int = 2 * MB
    #: Operators and operands in one PDF content stream.
    stream_operations: int = 300_000
    #: Form XObjects drawn while extracting one page.
    form_draws: int = 1_000
    #: Bytes a Word file's parts unzip to, together.
    unzipped_bytes: int = 64 * MB
    #: Bytes of a Word body's XML, counted while it is parsed.
    xml_bytes: int = 16 * MB
    #: XML elements (paragraphs, runs, properties...) in a Word body.
    xml_elements: int = 400_000
    #: Paragraphs (each table cell holds at least one) in a Word body.
    paragraphs: int = 20_000
    #: How deeply a Word body's elements may nest (tables in tables...).
    depth: int = 64
    #: Wall-clock seconds one read may take in the document readers' worker processes.
    seconds: float = 10.0

    @property
    def file_mb(self) -> int:
        return self.file_bytes // MB

    @property
    def raw_characters(self) -> int:
        """Extracted text before cleaning (spaces and markup collapse) may be twice as long."""
        return 2 * self.characters


BUDGET = Budget()
