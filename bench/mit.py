"""How the rubric agrees with human ratings: `python -m bench.mit`.

Scores each of the 650 answers of the MIT Interview Dataset (read from ../shared/data, never
copied into the project), averages per interview, and reports Spearman's rank correlation with
the human whole-interview `Overall` and `RecommendHiring` ratings, beside the answer-length
baseline. Also counts how often a participant's second interview scores above their first.
Nothing here was fitted to these labels.
"""

from __future__ import annotations

import csv
import json
import statistics
from collections import defaultdict

from bench.calibration.agreement import spearman
from bench.common import MIT
from interview_coach.assessment import Assessor
from interview_coach.vocabulary import Dimension


def main() -> None:
    rows = [json.loads(line) for line in (MIT / "answers_by_question.jsonl").open()]
    with (MIT / "ratings_aggregated.csv").open() as ratings_file:
        ratings = {row["participant"]: row for row in csv.DictReader(ratings_file)}
    assessor = Assessor.offline_default()
    overall: dict[str, list[float]] = defaultdict(list)
    words: dict[str, list[float]] = defaultdict(list)
    dimensions: dict[Dimension, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        result = assessor.assess(row["interviewer_question"], row["answer"])
        participant = row["participant"]
        overall[participant].append(result.scorecard.overall)
        words[participant].append(len(row["answer"].split()))
        for item in result.scorecard.scores:
            dimensions[item.dimension][participant].append(item.score)
    people = sorted(p for p in overall if p in ratings)
    mean_of = {p: statistics.mean(overall[p]) for p in people}
    print(
        f"MIT Interview Dataset: {len(rows)} answers, {len(people)} interviews, relevance by "
        f"{'the embedding model' if assessor.embedder else 'the lexical fallback'}"
    )
    print(f"{'Spearman with human rating':<40} {'Overall':>9} {'RecommendHiring':>16}")
    for label, series in (
        ("rubric overall (mean per interview)", [mean_of[p] for p in people]),
        ("baseline: answer length", [statistics.mean(words[p]) for p in people]),
    ):
        human = [spearman(series, [float(ratings[p][c]) for p in people])
                 for c in ("Overall", "RecommendHiring")]  # fmt: skip
        print(f"{label:<40} {human[0]:9.3f} {human[1]:16.3f}")
    for dimension, by_person in dimensions.items():
        series = [statistics.mean(by_person[p]) for p in people]
        value = spearman(series, [float(ratings[p]["Overall"]) for p in people])
        print(f"  {'dimension ' + dimension.value:<38} {value:9.3f}")
    pairs = [p for p in people if p.startswith("pp") and p[1:] in mean_of]
    better = sum(1 for p in pairs if mean_of[p] > mean_of[p[1:]])
    print(f"second interview scored above the first: {better} of {len(pairs)} (humans: 45 of 69)")


if __name__ == "__main__":
    main()
