"""Skills gazetteer benchmark: precision and recall on SkillSpan and Green 2022, speed, load time.

Run from the repository root: ``.venv/bin/python -m bench.skills`` (``--split dev`` while tuning;
``--errors train`` lists the commonest misses and false hits; never tune on test).

Matching rules, per sentence, on the datasets' own tokens (joined by single spaces):
- exact: a predicted span is correct when it covers exactly the tokens of a gold span.
- overlap: a prediction is correct when it shares at least one token with a gold span, and a gold
  span is found when at least one prediction shares a token with it.
Rows name the gold spans and which predictions are scored: against knowledge spans only tools and
hard skills ("knowledge/tools": tools only); against skill spans and either kind, every mention.
SkillSpan's skill spans are clauses ("Design and implement complex end-to-end tests"), so a
gazetteer of names can rarely match them exactly; the overlap rule shows what it does find.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from interview_coach.skills import (
    KINDS,
    Gazetteer,
    SkillMention,
    default_gazetteer,
    find_skills,
)

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
Span = tuple[int, int]  # token range [start, end)

ANSWER = (
    "In my last role as a data analyst I owned the weekly revenue dashboard. The situation was "
    "that leadership did not trust the numbers, because three teams pulled data from different "
    "sources. My task was to build one source of truth within six weeks. I interviewed the "
    "finance and sales leads, mapped every metric in a shared Confluence page, and wrote the "
    "transformations in SQL and Python with pandas. I scheduled the jobs in Airflow, loaded "
    "them into Snowflake, and rebuilt the dashboard in Tableau with row-level checks. When two "
    "stakeholders disagreed about how to count churn, I ran a short workshop, showed both "
    "versions side by side in Excel, and we agreed on one definition. I documented it in Jira "
    "so the change had an owner. As a result, the weekly report went from two days of manual "
    "work to twenty minutes, and the number of data questions in Slack dropped by 60 percent. "
    "I also mentored a junior analyst on Git and code review, which improved our team's "
    "communication and time management. Looking back, I would involve the sales operations team "
    "earlier, since their CRM data in Salesforce caused most of the late surprises. "
)


@dataclass(frozen=True, slots=True)
class Sentence:
    tokens: tuple[str, ...]
    gold: dict[str, list[Span]]  # label -> spans


@dataclass(slots=True)
class Score:
    """Counts for one gold label under one matching rule."""

    predicted: int = 0
    correct: int = 0  # predictions that match a gold span
    gold: int = 0
    found: int = 0  # gold spans matched by a prediction

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _bio_spans(tags: Sequence[str], label: str | None = None) -> list[Span]:
    """Spans of BIO tags ("B", "I" or "B-Skill", "I-Skill"), of one label when given."""
    spans: list[Span] = []
    start = None
    for i, tag in enumerate([*tags, "O"]):
        kind, _, name = tag.partition("-")
        wanted = kind in ("B", "I") and (label is None or name == label)
        if wanted and kind == "I" and start is not None:
            continue
        if start is not None:
            spans.append((start, i))
            start = None
        if wanted:
            start = i
    return spans


def skillspan(split: str) -> Iterator[Sentence]:
    path = DATA / "skillspan" / "data" / "json" / f"{split}.json"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        skill, knowledge = _bio_spans(row["tags_skill"]), _bio_spans(row["tags_knowledge"])
        gold = {"skill": skill, "knowledge": knowledge, "either": skill + knowledge}
        yield Sentence(tuple(row["tokens"]), gold)


def green2022() -> Iterator[Sentence]:
    path = DATA / "green2022" / "raw_data" / "testset.txt"
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) >= 2:
            words.append(parts[0])
            tags.append(parts[-1])
        elif words:
            gold = {"skill": _bio_spans(tags, "Skill"), "skill+domain": _bio_spans(tags, "Skill")}
            gold["skill+domain"] += _bio_spans(tags, "Domain")
            yield Sentence(tuple(words), gold)
            words, tags = [], []


def predict(gazetteer: Gazetteer, tokens: Sequence[str]) -> list[tuple[Span, SkillMention]]:
    """Mentions found in the space-joined sentence, as token ranges."""
    starts: list[int] = []
    offset = 0
    for token in tokens:
        starts.append(offset)
        offset += len(token) + 1
    text = " ".join(tokens)
    spans = []
    for mention in gazetteer.find(text):
        covered = [
            i
            for i, s in enumerate(starts)
            if s < mention.end and s + len(tokens[i]) > mention.start
        ]
        spans.append(((covered[0], covered[-1] + 1), mention))
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# Rows of the report: (row name, gold label, kinds of prediction scored).
ALL_KINDS = frozenset(KINDS)
HARD = frozenset({"tool", "skill"})
SKILLSPAN_ROWS = [
    ("knowledge", "knowledge", HARD),
    ("knowledge/tools", "knowledge", frozenset({"tool"})),
    ("skill", "skill", ALL_KINDS),
    ("either", "either", ALL_KINDS),
]
GREEN_ROWS = [("skill", "skill", ALL_KINDS), ("skill+domain", "skill+domain", ALL_KINDS)]


def evaluate(
    gazetteer: Gazetteer,
    sentences: Iterable[Sentence],
    rows: Sequence[tuple[str, str, frozenset[str]]],
) -> dict[tuple[str, str], Score]:
    scores = {(row, rule): Score() for row, _, _ in rows for rule in ("exact", "overlap")}
    for sentence in sentences:
        found = predict(gazetteer, sentence.tokens)
        for row, label, kinds in rows:
            gold = sentence.gold[label]
            spans = [s for s, m in found if m.kind in kinds]
            exact, loose = scores[row, "exact"], scores[row, "overlap"]
            for score in (exact, loose):
                score.predicted += len(spans)
                score.gold += len(gold)
            exact.correct += sum(s in gold for s in spans)
            exact.found += sum(g in spans for g in gold)
            loose.correct += sum(any(_overlaps(s, g) for g in gold) for s in spans)
            loose.found += sum(any(_overlaps(s, g) for s in spans) for g in gold)
    return scores


def _report(title: str, scores: dict[tuple[str, str], Score]) -> None:
    print(f"\n{title}")
    print(f"  {'gold spans':<17}{'rule':<9}{'P':>7}{'R':>7}{'F1':>7}{'pred':>8}{'gold':>8}")
    for (label, rule), s in scores.items():
        print(
            f"  {label:<17}{rule:<9}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
            f"{s.predicted:>8}{s.gold:>8}"
        )


def errors(gazetteer: Gazetteer, split: str, top: int = 60) -> None:
    """The commonest false hits and misses of tools and hard skills against knowledge spans."""
    false_hits: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for sentence in skillspan(split):
        found = predict(gazetteer, sentence.tokens)
        gold = sentence.gold["knowledge"]
        for span, mention in found:
            if mention.kind == "transversal":
                continue
            label = f"{mention.text} -> {mention.name} ({mention.kind})"
            (hits if any(_overlaps(span, g) for g in gold) else false_hits)[label] += 1
        for g in sentence.gold["knowledge"]:
            if not any(_overlaps(s, g) for s, _ in found):
                misses[" ".join(sentence.tokens[g[0] : g[1]])] += 1
    for title, counter in (("false hits", false_hits), ("hits", hits), ("misses", misses)):
        print(f"\n{title} on {split}:")
        print("  " + "; ".join(f"{k} x{n}" for k, n in counter.most_common(top)))


def answer_text(words: int = 300) -> str:
    """A realistic STAR answer of exactly ``words`` words."""
    vocabulary = ANSWER.split()
    return " ".join(vocabulary[i % len(vocabulary)] for i in range(words))


def time_find(runs: int = 2000) -> tuple[float, int]:
    """Median milliseconds of find_skills on a 300-word answer, and its mention count."""
    text = answer_text()
    mentions = find_skills(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        find_skills(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, len(mentions)


def time_load(runs: int = 15) -> tuple[float, float]:
    """Median milliseconds of Gazetteer.load() in this process, and of import + load, cold."""
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        Gazetteer.load()
        warm.append(time.perf_counter() - start)
    code = (
        "import time; t = time.perf_counter(); "
        "from interview_coach.skills import find_skills; find_skills('Python'); "
        "print(time.perf_counter() - t)"
    )
    cold = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout)
        for _ in range(5)
    ]
    return statistics.median(warm) * 1000, statistics.median(cold) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description="Skills gazetteer benchmark")
    parser.add_argument("--split", default="test", choices=["train", "dev", "test"])
    parser.add_argument("--errors", choices=["train", "dev"], help="list errors on a tuning split")
    args = parser.parse_args()
    gazetteer = default_gazetteer()
    if args.errors:
        errors(gazetteer, args.errors)
        return
    print(f"Gazetteer: {len(gazetteer)} entries")
    title = f"SkillSpan {args.split} ({'reported' if args.split == 'test' else 'tuning'} split)"
    _report(title, evaluate(gazetteer, skillspan(args.split), SKILLSPAN_ROWS))
    green = evaluate(gazetteer, green2022(), GREEN_ROWS)
    _report("Green et al. 2022 gold test set (never tuned on)", green)
    find_ms, count = time_find()
    warm_ms, cold_ms = time_load()
    print(f"\nfind_skills, 300-word answer ({count} mentions): median {find_ms:.3f} ms")
    print(f"Gazetteer.load(): median {warm_ms:.1f} ms; cold import + first call: {cold_ms:.1f} ms")


if __name__ == "__main__":
    main()
