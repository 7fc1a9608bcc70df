"""Hostile documents: every one gets a plain answer (read, or refused naming its limit),
because the reader keeps to its budget while reading instead of checking it afterwards."""

from __future__ import annotations

import pytest

from interview_coach.documents import DocumentError, read_document
from tests.documents.hostile import (
    MAKERS,
    Hostile,
    docx_paragraph_flood,
    docx_xml_bomb,
    docx_zip_bomb,
    pdf_inflate_bomb,
)

pytestmark = pytest.mark.slow


@pytest.fixture(params=MAKERS, ids=lambda make: make.__name__)
def hostile(request: pytest.FixtureRequest) -> Hostile:
    made: Hostile = request.param()
    return made


def test_every_hostile_document_is_read_or_refused_by_the_limit_it_aims_at(
    hostile: Hostile,
) -> None:
    assert len(hostile.data) < 5 * 1024 * 1024, "a hostile upload must fit the upload limit"
    if hostile.refused is None:
        assert read_document(hostile.data, hostile.filename).text
        return
    with pytest.raises(DocumentError) as refused:
        read_document(hostile.data, hostile.filename)
    assert refused.value.code == hostile.refused
    message = refused.value.message
    assert "\n" not in message
    assert "paste" in message
    assert not any(word in message for word in ("Exception", "pypdf", "lxml", "None"))


def test_a_limit_inside_a_file_is_named_in_plain_words() -> None:
    said = {}
    for make in (pdf_inflate_bomb, docx_xml_bomb, docx_paragraph_flood, docx_zip_bomb):
        made = make()
        with pytest.raises(DocumentError) as refused:
            read_document(made.data, made.filename)
        said[made.name] = refused.value.message
    assert "unpacks to more than 8 MB" in said["pdf inflate bomb"]
    assert "more than 16 MB of XML" in said["docx xml bomb"]
    assert "more than 20,000 paragraphs" in said["docx paragraph flood"]
    assert "unzips to more than 64 MB" in said["docx zip bomb"]
