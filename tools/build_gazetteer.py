"""Build src/interview_coach/skills/data/gazetteer.tsv.gz from O*NET, ESCO and our curated lists.

Usage: .venv/bin/python tools/build_gazetteer.py [--data ../shared/data]

Sources, in priority order (a surface form belongs to the first entry that claims it):
curated.tsv (our aliases), O*NET 29.2 Technology Skills example names (most widely used
first) and commodity titles, ESCO transversal and ICT skills, ESCO skill groups and ISCED-F
fields of education. stoplist.txt lists keys no derived entry may use. The output is
deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from interview_coach.skills.derive import (  # noqa: E402
    common_words,
    curated_entry,
    esco_entry,
    language_entry,
    onet_entry,
    vendors,
)
from interview_coach.skills.draft import Draft  # noqa: E402

PACKAGE_DATA = ROOT / "src" / "interview_coach" / "skills" / "data"
# An O*NET example used in this many occupations is well known enough for its acronym alone.
POPULAR = 3
_DIGITAL = re.compile(r"digital|\bict\b|computer|software|data", re.IGNORECASE)
_VAGUE_FIELD = re.compile(r"not further defined|not elsewhere classified|inter-disciplinary")


def _tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _lines(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line


def _alt_labels(row: dict[str, str]) -> list[str]:
    return [a.strip() for a in re.split(r"\s*\|\s*|\n", row.get("altLabels") or "") if a.strip()]


def _prose(data: Path) -> Iterator[str]:
    """Ordinary job-related English, to learn which words are everyday words."""
    onet = data / "onet"
    for row in _tsv(onet / "Task Statements.txt"):
        yield row["Task"]
    for row in _tsv(onet / "Occupation Data.txt"):
        yield row["Description"]
    for row in _tsv(onet / "DWA Reference.txt"):
        yield row["DWA Title"]
    for row in _csv(data / "esco" / "occupations_en.csv"):
        yield row["description"]
    for name in ("transversalSkillsCollection_en.csv", "skillGroups_en.csv"):
        for row in _csv(data / "esco" / name):
            yield row["description"]


def build(data: Path) -> Draft:
    """Assemble every source into one draft gazetteer."""
    stoplist = frozenset(line.strip().lower() for line in _lines(PACKAGE_DATA / "stoplist.txt"))
    draft = Draft(stoplist)
    for line in _lines(PACKAGE_DATA / "curated.tsv"):
        draft.add(curated_entry(line), merge=False, trusted=True)

    common = common_words(_prose(data), min_count=1)
    tech = list(_tsv(data / "onet" / "Technology Skills.txt"))
    uses = Counter(row["Example"] for row in tech)
    prefixes = vendors(uses)
    for example, count in sorted(uses.items(), key=lambda item: (-item[1], item[0])):
        draft.add(onet_entry(example, prefixes, common, popular=count >= POPULAR))
    titles = Counter(row["Commodity Title"] for row in tech)
    for title, _ in sorted(titles.items(), key=lambda item: (-item[1], item[0])):
        draft.add(onet_entry(title, frozenset(), common))

    esco = data / "esco"
    for name in ("transversalSkillsCollection_en.csv", "ictSkillsCollection_en.csv"):
        for row in _csv(esco / name):
            digital = name.startswith("ict") or _DIGITAL.search(row["broaderConceptPT"] or "")
            kind = "skill" if digital else "transversal"
            draft.add(esco_entry(row["preferredLabel"], _alt_labels(row), kind))
    for row in _csv(esco / "languageSkillsCollection_en.csv"):
        if row["skillType"] == "knowledge":
            draft.add(language_entry(row["preferredLabel"]))
    for row in _csv(esco / "skillGroups_en.csv"):
        code = row["conceptUri"].rsplit("/", 1)[-1]
        if "/isced-f/" in row["conceptUri"]:
            if len(code) == 4 and not _VAGUE_FIELD.search(row["preferredLabel"]):
                draft.add(esco_entry(row["preferredLabel"], _alt_labels(row), "skill"))
        elif re.fullmatch(r"S\d+\.\d+(\.\d+)?", code):
            kind = "transversal" if code.startswith(("S1", "S4")) else "skill"
            draft.add(esco_entry(row["preferredLabel"], _alt_labels(row), kind))
    return draft


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=PACKAGE_DATA / "gazetteer.tsv.gz")
    args = parser.parse_args()
    draft = build(args.data)
    text = draft.dump()
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    entries = draft.entries()
    forms = sum(len(f) for _, _, f in entries)
    kinds = Counter(kind for _, kind, _ in entries)
    size = args.out.stat().st_size
    print(f"{len(entries)} entries, {forms} forms, {dict(kinds)}; {args.out} ({size} bytes)")


if __name__ == "__main__":
    main()
