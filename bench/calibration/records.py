"""The calibration records (data/*.jsonl), read and split into a fitted and a held-out part."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview_coach.vocabulary import Dimension, QuestionType

DATA = Path(__file__).with_name("data")
#: A second set, written and rated separately from data/ and never fitted on (see GUIDE.md).
BLIND = Path(__file__).with_name("blind")
#: Share of the records whose labels may be fitted on; the rest are only ever measured.
FIT_SHARE = 0.6
STAR = (Dimension.SITUATION, Dimension.TASK, Dimension.ACTION, Dimension.RESULT)


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    profession: str
    type: QuestionType
    question: str
    answer: str
    case: str
    overall: float
    dimensions: dict[Dimension, float]
    star: dict[Dimension, bool]
    split: str

    @property
    def words(self) -> int:
        return len(self.answer.split())


def split_of(record_id: str) -> str:
    """A stable split from the id alone, so adding records never moves the old ones."""
    digest = int(hashlib.sha256(record_id.encode()).hexdigest()[:8], 16)
    return "fit" if digest % 100 < FIT_SHARE * 100 else "held-out"


def load(folder: Path = DATA, rater: str = "*") -> list[Record]:
    """Every record of ``folder``, or of its one file named ``rater`` (``third_rater``)."""
    records = []
    for path in sorted(folder.glob(f"{rater}.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(_record(json.loads(line)))
    return records


def _record(row: dict[str, Any]) -> Record:
    return Record(
        id=row["id"],
        profession=row["profession"],
        type=QuestionType(row["type"]),
        question=row["question"],
        answer=row["answer"],
        case=row.get("case") or "",
        overall=float(row["overall"]),
        dimensions={d: float(row["dimensions"][d.value]) for d in Dimension},
        star={d: bool(row["star"][d.value]) for d in STAR},
        split=row.get("split") or split_of(row["id"]),
    )


def write_splits(folder: Path = DATA) -> int:
    """Record each line's split in the files themselves (``--split``)."""
    changed = 0
    for path in sorted(folder.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        for row in rows:
            if row.get("split") is None:
                row["split"] = split_of(row["id"])
                changed += 1
        path.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
        )
    return changed
