"""The Gazetteer class on small hand-made data, and the shipped file's shape."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from interview_coach.skills import KINDS, Gazetteer, default_gazetteer

SMALL = """\
# a comment
Kubernetes\ttool\tkubernetes|k8s
Go\ttool\tgolang|~Go
Microsoft Excel\ttool\tmicrosoft excel|=Excel
Teamwork\ttransversal\tteamwork|team player
"""


def test_parse_reads_names_kinds_and_forms() -> None:
    gazetteer = Gazetteer.parse(SMALL)
    assert len(gazetteer) == 4
    assert next(iter(gazetteer)) == ("Kubernetes", "tool")


def test_canonical_accepts_names_and_surface_forms() -> None:
    gazetteer = Gazetteer.parse(SMALL)
    assert gazetteer.canonical("k8s") == "Kubernetes"
    assert gazetteer.canonical("KUBERNETES") == "Kubernetes"
    assert gazetteer.canonical("Excel") == "Microsoft Excel"
    assert gazetteer.canonical("excel") == "Microsoft Excel"  # a skills list, not running text
    assert gazetteer.canonical("nothing at all") is None


def test_kind_of_names_the_kind() -> None:
    gazetteer = Gazetteer.parse(SMALL)
    assert gazetteer.kind_of("team player") == "transversal"
    assert gazetteer.kind_of("Go") == "tool"
    assert gazetteer.kind_of("unknown") is None


def test_exact_case_forms_ignore_other_cases() -> None:
    gazetteer = Gazetteer.parse(SMALL)
    assert [m.text for m in gazetteer.find("Excel, EXCEL, excel")] == ["Excel"]


def test_context_forms_need_another_tool_in_the_sentence() -> None:
    gazetteer = Gazetteer.parse(SMALL)
    assert [m.name for m in gazetteer.find("Go on k8s")] == ["Go", "Kubernetes"]
    assert gazetteer.find("Go on. We use k8s.")[0].name == "Kubernetes"
    assert [m.name for m in gazetteer.find("Go on, team player")] == ["Teamwork"]


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        Gazetteer.parse("Thing\tgadget\tthing\n")


def test_default_gazetteer_is_loaded_once() -> None:
    assert default_gazetteer() is default_gazetteer()


def test_shipped_file_is_compact_and_well_formed() -> None:
    blob = resources.files("interview_coach.skills").joinpath("data", "gazetteer.tsv.gz")
    data = blob.read_bytes()
    assert len(data) < 3_000_000
    rows = [r for r in gzip.decompress(data).decode().splitlines() if not r.startswith("#")]
    assert len(rows) > 5_000
    for row in rows:
        name, kind, forms = row.split("\t")
        assert name
        assert kind in KINDS
        assert all(forms.split("|"))


def test_shipped_gazetteer_covers_every_kind() -> None:
    kinds = {kind for _, kind in default_gazetteer()}
    assert kinds == set(KINDS)
