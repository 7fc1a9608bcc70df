"""Reading resumes and job descriptions from PDF, Word, text and Markdown files."""

from __future__ import annotations

import codecs

import pytest

from interview_coach.documents import (
    CorruptDocumentError,
    DocumentError,
    EmptyDocumentError,
    EncryptedPdfError,
    FileTooLargeError,
    NoTextLayerError,
    NotTextError,
    SourceKind,
    TooManyPagesError,
    UnsupportedFormatError,
    read_document,
)
from tests.documents.document_files import build_docx, build_image_only_pdf, build_pdf, encrypt_pdf

RESUME_LINES = [
    "Jordan Lee",
    "Experience",
    "Senior Engineer, Paylane | Jan 2020 - Present",
    "\u2022 Cut p99 latency by 40% on the payments API",
    "\u2022 Led the migration of the ledger to manage-",
    "ment by events",
]


def test_pdf_text_layer_is_read_with_page_count() -> None:
    pdf = build_pdf([RESUME_LINES, ["Education", "BSc Computer Science, 2015"]])

    document = read_document(pdf, "resume.pdf")

    assert document.kind is SourceKind.PDF
    assert document.pages == 2
    assert "Senior Engineer, Paylane | Jan 2020 - Present" in document.text
    assert "- Cut p99 latency by 40% on the payments API" in document.text
    assert "management by events" in document.text
    assert "BSc Computer Science, 2015" in document.text


def test_pdf_extension_is_case_insensitive() -> None:
    assert read_document(build_pdf([RESUME_LINES]), "CV.PDF").kind is SourceKind.PDF


def test_scanned_pdf_without_text_asks_to_paste_the_text() -> None:
    with pytest.raises(NoTextLayerError) as raised:
        read_document(build_image_only_pdf(), "scan.pdf")

    assert str(raised.value) == "this PDF has no text we can read; paste the text instead"


ALGORITHMS = ["RC4-128", "AES-128", "AES-256"]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_password_protected_pdf_is_refused_in_plain_words(algorithm: str) -> None:
    locked = encrypt_pdf(build_pdf([RESUME_LINES]), "secret", algorithm=algorithm)

    with pytest.raises(EncryptedPdfError, match="this PDF is password-protected"):
        read_document(locked, "resume.pdf")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_pdf_encrypted_only_against_editing_is_read(algorithm: str) -> None:
    owner_only = encrypt_pdf(build_pdf([RESUME_LINES]), "", algorithm=algorithm)

    assert "Paylane" in read_document(owner_only, "resume.pdf").text


@pytest.mark.parametrize(
    "damaged",
    [
        pytest.param(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", id="truncated"),
        pytest.param(b"this is not a pdf at all, just words", id="not-a-pdf"),
        pytest.param(b"%PDF-1.7\n" + bytes(range(256)) * 20, id="garbage-body"),
    ],
)
def test_damaged_pdf_is_reported_as_damaged(damaged: bytes) -> None:
    with pytest.raises(CorruptDocumentError, match="damaged"):
        read_document(damaged, "resume.pdf")


def test_pdf_over_fifty_pages_is_refused() -> None:
    pdf = build_pdf([["Page text with enough letters to count"]] * 51)

    with pytest.raises(TooManyPagesError, match="50 pages"):
        read_document(pdf, "book.pdf")


def test_docx_paragraphs_lists_and_tables_are_read_in_order() -> None:
    data = build_docx(
        paragraphs=["Experience"],
        bullets=["Grew revenue by 20%"],
        table=[["Jan 2020 \u2013 Present", "Sales Manager, Tandem"], ["Skills", "Salesforce"]],
    )

    document = read_document(data, "resume.docx")

    assert document.kind is SourceKind.DOCX
    lines = document.text.split("\n")
    assert lines[:2] == ["Experience", "- Grew revenue by 20%"]
    assert "Jan 2020 \u2013 Present | Sales Manager, Tandem" in lines
    assert "Skills | Salesforce" in lines


@pytest.mark.parametrize(
    "damaged",
    [
        pytest.param(b"PK\x03\x04 broken zip", id="broken-zip"),
        pytest.param(b"plain words pretending to be Word", id="not-a-zip"),
    ],
)
def test_damaged_docx_is_reported_as_damaged(damaged: bytes) -> None:
    with pytest.raises(CorruptDocumentError, match="Word file is damaged"):
        read_document(damaged, "resume.docx")


def test_zip_that_is_not_a_word_document_is_damaged() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")

    with pytest.raises(CorruptDocumentError):
        read_document(buffer.getvalue(), "resume.docx")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(codecs.BOM_UTF8 + "Café manager".encode(), "Café manager", id="utf8-bom"),
        pytest.param("Café manager".encode(), "Café manager", id="utf8"),
        pytest.param(codecs.BOM_UTF16_LE + "Café".encode("utf-16-le"), "Café", id="utf16-le"),
        pytest.param(codecs.BOM_UTF16_BE + "Café".encode("utf-16-be"), "Café", id="utf16-be"),
        pytest.param("Café – “quoted”".encode("cp1252"), 'Café – "quoted"', id="cp1252"),
    ],
)
def test_text_files_are_decoded(data: bytes, expected: str) -> None:
    text = read_document(data, "resume.txt").text
    assert text.replace("“", '"').replace("”", '"') == expected


def test_markdown_file_loses_its_syntax_but_keeps_structure() -> None:
    source = "# Jordan Lee\n\n## Experience\n\n* **Led** the [ledger](https://x.test) work\n"

    document = read_document(source.encode(), "resume.md")

    assert document.kind is SourceKind.MARKDOWN
    assert document.text == "Jordan Lee\n\nExperience\n\n- Led the ledger work"


@pytest.mark.parametrize(
    "junk",
    [
        pytest.param(bytes(range(256)) * 8, id="random-bytes"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, id="png"),
        pytest.param(b"hello\x00world", id="nul-byte"),
        pytest.param(b"\x01\x02\x03\x04\x05\x06 text" * 40, id="control-characters"),
    ],
)
def test_binary_junk_is_not_text(junk: bytes) -> None:
    with pytest.raises(NotTextError, match="doesn't look like a text document"):
        read_document(junk, "resume.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n", "\ufeff".encode()])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyDocumentError, match="empty"):
        read_document(data, "resume.txt")


def test_file_over_five_megabytes_is_refused() -> None:
    big = b"Experienced nurse. " * (6 * 1024 * 1024 // 19)

    with pytest.raises(FileTooLargeError, match="5 MB"):
        read_document(big, "resume.txt")


@pytest.mark.parametrize(
    ("filename", "hint"),
    [
        ("resume.doc", "save it as .docx or PDF"),
        ("resume.rtf", "files ending in .rtf"),
        ("resume.png", "files ending in .png"),
        ("resume", "without an extension"),
    ],
)
def test_unsupported_file_type_is_named(filename: str, hint: str) -> None:
    with pytest.raises(UnsupportedFormatError, match=hint):
        read_document(b"some words", filename)


def test_every_error_message_is_one_plain_sentence_with_a_way_out() -> None:
    errors: list[DocumentError] = [
        FileTooLargeError(5),
        TooManyPagesError(50),
        EncryptedPdfError(),
        CorruptDocumentError("PDF"),
        NoTextLayerError(),
        NotTextError(),
        EmptyDocumentError(),
        EmptyDocumentError(pasted=True),
        UnsupportedFormatError(".xyz"),
    ]
    for error in errors:
        message = str(error)
        assert "\n" not in message
        assert "paste" in message
        assert not any(word in message for word in ("Exception", "Traceback", "pypdf", "None"))
    assert len({error.code for error in errors}) == 8
