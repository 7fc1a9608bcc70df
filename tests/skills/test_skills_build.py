"""How surface forms are derived from O*NET and ESCO names, and merged in priority order."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from interview_coach.skills.derive import (
    common_words,
    curated_entry,
    esco_entry,
    language_entry,
    onet_entry,
    vendors,
)
from interview_coach.skills.draft import Draft

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
COMMON = common_words(["the word project was in the office with access to science"], min_count=1)
VENDORS = vendors(["Microsoft Excel", "Microsoft Word", "Oracle Java", "Oracle Database"])


def test_vendor_prefix_is_stripped_and_everyday_products_dropped() -> None:
    excel = onet_entry("Microsoft Excel", VENDORS, COMMON)
    word = onet_entry("Microsoft Word", VENDORS, COMMON)
    assert {f.marked for f in excel.forms} == {"microsoft excel", "=Excel"}
    assert {f.marked for f in word.forms} == {"microsoft word"}


def test_trailing_acronym_becomes_its_own_form() -> None:
    sql = onet_entry("Structured query language SQL", VENDORS, COMMON)
    assert sql.name == "Structured query language (SQL)"
    assert {"structured query language", "=SQL"} <= {f.marked for f in sql.forms}


def test_acronyms_of_obscure_tools_are_not_kept_alone() -> None:
    obscure = onet_entry("Crystallography & NMR System (CNS)", VENDORS, COMMON, popular=False)
    assert "=CNS" not in {f.marked for f in obscure.forms}


def test_esco_labels_that_say_too_little_are_dropped() -> None:
    entry = esco_entry("persist", ["keep on", "carry on", "persevere in tasks"], "transversal")
    assert [f.marked for f in entry.forms] == ["persevere in tasks"]
    assert entry.name == "Persist"


def test_languages_match_where_spoken_not_as_adjectives() -> None:
    forms = {f.marked for f in language_entry("Danish").forms}
    assert "fluent in danish" in forms
    assert "danish" not in forms


def test_curated_marks_and_canonical_form() -> None:
    entry = curated_entry("Go\ttool\tgolang | ~Go")
    assert [f.marked for f in entry.forms] == ["golang", "~Go"]
    short = curated_entry("UX design\tskill\tux")
    assert [f.marked for f in short.forms] == ["ux design", "ux"]


def test_first_entry_keeps_a_form_and_later_names_merge_into_it() -> None:
    draft = Draft(frozenset({"word"}))
    draft.add(curated_entry("Java\ttool\tcore java"), merge=False, trusted=True)
    assert draft.add(onet_entry("Oracle Java", VENDORS, COMMON)) == "Java"
    draft.add(onet_entry("Microsoft Word", VENDORS, COMMON))
    entries = {name: forms for name, _, forms in draft.entries()}
    assert entries["Java"] == ["java", "core java", "oracle java"]
    assert "word" not in entries.get("Microsoft Word", [])


def test_hand_written_case_wins_over_derived_forms() -> None:
    draft = Draft(frozenset())
    draft.add(curated_entry("Microsoft Excel\ttool\t=Excel"), merge=False, trusted=True)
    draft.add(onet_entry("Contoso Excel", frozenset({("Contoso",)}), frozenset()))
    forms = [f for _, _, fs in draft.entries() for f in fs]
    assert "excel" not in forms


@pytest.mark.slow
@pytest.mark.skipif(not DATA.is_dir(), reason="shared data not present")
def test_shipped_gazetteer_is_what_the_build_tool_makes(tmp_path: Path) -> None:
    out = tmp_path / "gazetteer.tsv.gz"
    tool = ROOT / "tools" / "build_gazetteer.py"
    subprocess.run([sys.executable, str(tool), "--data", str(DATA), "--out", str(out)], check=True)
    shipped = ROOT / "src" / "interview_coach" / "skills" / "data" / "gazetteer.tsv.gz"
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped.read_bytes())


def test_curated_lines_parse_with_known_kinds_and_unique_names() -> None:
    path = ROOT / "src" / "interview_coach" / "skills" / "data" / "curated.tsv"
    lines = [x for x in path.read_text().splitlines() if x.strip() and not x.startswith("#")]
    entries = [curated_entry(line) for line in lines]
    assert len(entries) > 300
    assert {e.kind for e in entries} == {"tool", "skill", "transversal"}
    names = [e.name.lower() for e in entries]
    assert len(names) == len(set(names))
