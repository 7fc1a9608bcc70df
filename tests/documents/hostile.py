"""Hostile documents, made at test time: small files built to make a reader work for minutes.

Each sits under the upload limit (5 MB) and aims at one of the reader's budgets: pages,
bytes inflated from one stream, characters of text, XML parsed, nesting, entities. The tests
read every one and expect a clean answer (a refusal naming the limit, or the text); the
documents benchmark (``python -m bench documents``) times them and another user meanwhile.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from tests.documents.document_files import assemble as pdf
from tests.documents.document_files import build_docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@dataclass(frozen=True, slots=True)
class Hostile:
    """One hostile file: what it is called, what it aims at, its bytes, and the reader's
    answer: the code of the refusal, or None when it is read (it stays under every limit)."""

    name: str
    filename: str
    aims_at: str
    data: bytes
    refused: str | None = None


def corpus() -> list[Hostile]:
    """Every hostile document, each format and each budget."""
    return [make() for make in MAKERS]


# PDF


def flate_stream(content: bytes) -> bytes:
    packed = zlib.compress(content, 9)
    return (
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    )


def one_page_pdf(content: bytes) -> bytes:
    """One page whose (compressed) content stream is ``content``."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            flate_stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def pdf_inflate_bomb() -> Hostile:
    """One page whose content stream inflates to 200 MB (of spaces: nothing to show)."""
    return Hostile(
        "pdf inflate bomb",
        "bomb.pdf",
        "bytes inflated per stream",
        one_page_pdf(b" " * 200_000_000),
        refused="too_complex",
    )


def pdf_operator_flood() -> Hostile:
    """A content stream of a million tiny text operators, inflating to under 8 MB."""
    content = b"BT /F1 1 Tf " + b"(a) Tj " * 1_000_000 + b"ET"
    return Hostile(
        "pdf operator flood", "flood.pdf", "work per page", one_page_pdf(content), "too_complex"
    )


def pdf_text_flood() -> Hostile:
    """One page that shows far more text than 50 pages hold."""
    line = b"(" + b"Experienced engineer who ships " * 40 + b") Tj T* "
    content = b"BT /F1 1 Tf 1 TL " + line * 1_200 + b"ET"
    return Hostile(
        "pdf text flood", "text.pdf", "characters", one_page_pdf(content), "too_much_text"
    )


def pdf_at_every_limit() -> Hostile:
    """Fifty pages, each one near the drawing-instruction limit and all together just under
    the character limit: the most a PDF may make the reader do."""
    line = b"(Led the team that rebuilt checkout and cut p95 latency by half) Tj T* "
    page = b"BT /F1 1 Tf 1 TL " + line * 75 + b" 0 0 Td" * 4_000 + b" ET"
    count = 50
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count))
    for i in range(count):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (3 + 2 * count, 4 + 2 * i)
        )
        objects.append(flate_stream(page))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return Hostile(
        "pdf at every limit", "limits.pdf", "pages, operations, characters", pdf(objects)
    )


def pdf_page_flood() -> Hostile:
    """Fifty thousand pages sharing one content stream: a few hundred KB."""
    count = 50_000
    kids = b" ".join(b"4 0 R" for _ in range(count))
    return Hostile(
        "pdf page flood",
        "pages.pdf",
        "pages",
        pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
                flate_stream(b"BT /F1 11 Tf 50 700 Td (Page) Tj ET"),
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                b"/Resources << /Font << /F1 5 0 R >> >> /Contents 3 0 R >>",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ]
        ),
        refused="too_many_pages",
    )


def pdf_form_recursion() -> Hostile:
    """Form XObjects that draw each other ten times over, nine levels deep (10^9 draws)."""
    depth = 9
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /XObject << /X 5 0 R >> /Font << /F1 4 0 R >> >> /Contents %d 0 R >>"
        % (5 + depth + 1),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for level in range(depth + 1):
        number = 5 + level
        if level == depth:
            body = b"BT /F1 11 Tf (deep) Tj ET"
            resources = b"<< /Font << /F1 4 0 R >> >>"
        else:
            body = b"/X Do " * 10
            resources = b"<< /XObject << /X %d 0 R >> >>" % (number + 1)
        objects.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %s /Length %d >>"
            b"\nstream\n%s\nendstream" % (resources, len(body), body)
        )
    objects.append(flate_stream(b"/X Do " * 10))
    return Hostile("pdf form recursion", "forms.pdf", "work per page", pdf(objects))


def pdf_deep_nesting() -> Hostile:
    """An object nested 100,000 arrays deep."""
    nested = b"[" * 100_000 + b"]" * 100_000
    return Hostile(
        "pdf deep nesting",
        "nested.pdf",
        "parsing",
        pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R /Junk 4 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
                nested,
            ]
        ),
        refused="no_text_layer",
    )


# DOCX


def docx_with(document_xml: bytes, *, extra: dict[str, bytes] | None = None) -> bytes:
    """A real .docx (as python-docx writes one) with its body replaced by ``document_xml``."""
    source = zipfile.ZipFile(io.BytesIO(build_docx(["placeholder"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = document_xml if item.filename == "word/document.xml" else source.read(item)
            archive.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def body(inner: bytes) -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>'
        % (
            W.encode(),
            inner,
        )
    )


def docx_xml_bomb() -> Hostile:
    """Sixty MB of XML: one paragraph of sixty runs with a 1 MB attribute each, zipped small."""
    return Hostile(
        "docx xml bomb",
        "spaces.docx",
        "XML size",
        docx_with(body(b"<w:p>%s</w:p>" % (b'<w:r w:rsidR="%s"/>' % (b"0" * 1_000_000) * 60))),
        refused="too_complex",
    )


def docx_run_flood() -> Hostile:
    """Ten million empty runs in one paragraph."""
    return Hostile(
        "docx run flood",
        "runs.docx",
        "XML elements",
        docx_with(body(b"<w:p>" + b"<w:r/>" * 10_000_000 + b"</w:p>")),
        refused="too_complex",
    )


def docx_paragraph_flood() -> Hostile:
    """Just under any XML size limit: 400,000 short paragraphs."""
    paragraph = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    return Hostile(
        "docx paragraph flood",
        "flood.docx",
        "work per element",
        docx_with(body(paragraph * 400_000)),
        refused="too_complex",
    )


def docx_at_every_limit() -> Hostile:
    """Just under the paragraph limit, each in a run of its own style, under the text limit."""
    paragraph = (
        b'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Shipped it</w:t></w:r></w:p>'
    )
    return Hostile(
        "docx at every limit",
        "limits.docx",
        "paragraphs, characters",
        docx_with(body(paragraph * 18_000)),
    )


def docx_text_flood() -> Hostile:
    """One paragraph holding two million characters."""
    text = b"Led the migration of the billing platform. " * 50_000
    return Hostile(
        "docx text flood",
        "text.docx",
        "characters",
        docx_with(body(b"<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % text)),
        refused="too_much_text",
    )


def docx_billion_laughs() -> Hostile:
    """Entities that expand to a billion 'lol's, declared in the body's DOCTYPE."""
    entities = b'<!ENTITY l0 "lol">' + b"".join(
        b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [%s]><w:document %s><w:body>'
        b"<w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>" % (entities, W.encode())
    )
    return Hostile("docx billion laughs", "laughs.docx", "entities", docx_with(xml), "corrupt")


def docx_deep_nesting() -> Hostile:
    """Tables nested inside table cells, 5,000 deep."""
    depth = 5_000
    opening = b"<w:tbl><w:tr><w:tc>" * depth
    closing = b"<w:p/></w:tc></w:tr></w:tbl>" * depth
    return Hostile(
        "docx deep nesting",
        "nested.docx",
        "nesting",
        docx_with(body(opening + closing)),
        refused="too_complex",
    )


def docx_zip_bomb() -> Hostile:
    """A member declared as 1 GB of zeros beside a normal body."""
    return Hostile(
        "docx zip bomb",
        "zip.docx",
        "bytes unzipped",
        docx_with(
            body(b"<w:p><w:r><w:t>Resume</w:t></w:r></w:p>"),
            extra={"word/media/big.bin": b"\0" * 300_000_000},
        ),
        refused="too_complex",
    )


# Text


def text_flood() -> Hostile:
    """Five MB of plain text: twenty times what 50 pages hold."""
    return Hostile(
        "text flood", "flood.txt", "characters", b"I shipped it. " * 370_000, "too_much_text"
    )


def markdown_emphasis_flood() -> Hostile:
    """One line of unclosed emphasis, links and tags (a regex back-tracking trap), just
    under the character limit."""
    return Hostile(
        "markdown emphasis flood",
        "flood.md",
        "work per line",
        b"*a **b _c `d [e](f <g " * 20_000 + b"\n",
        refused="too_much_text",
    )


MAKERS: tuple[Callable[[], Hostile], ...] = (
    pdf_at_every_limit,
    pdf_inflate_bomb,
    pdf_operator_flood,
    pdf_text_flood,
    pdf_page_flood,
    pdf_form_recursion,
    pdf_deep_nesting,
    docx_at_every_limit,
    docx_xml_bomb,
    docx_run_flood,
    docx_paragraph_flood,
    docx_text_flood,
    docx_billion_laughs,
    docx_deep_nesting,
    docx_zip_bomb,
    text_flood,
    markdown_emphasis_flood,
)
