"""How the rubric agrees with our expert labels: `python -m bench calibration`.

Scores every record of data/ (see GUIDE.md) as an interview would (the question's type is
known), then reports, on the held-out part only, Spearman of the overall and of each dimension,
Cohen's kappa of STAR presence, band agreement and mean absolute error, each beside the
answer-length baseline (a straight line from log word count to the rating, fitted on the fit
part). `--blind` measures instead on blind/, sets written and rated by other raters who saw
neither data/ nor the rubric; `--rater NAME` keeps one rater's files (`second_rater`,
`'third_rater_*'`). `--worst N` lists the N largest disagreements of the fit part (of the blind
set with `--blind`), to study; `--split` writes each record's split into the files; `--part
fit|held-out|all` chooses what is measured.
"""

from __future__ import annotations

import argparse
import math
import statistics
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from bench.calibration.agreement import band_agreement, kappa, mean_absolute_error, spearman
from bench.calibration.fit import cross_validated, fit, write
from bench.calibration.records import BLIND, STAR, Record, load, write_splits
from interview_coach.analysis import infer_type
from interview_coach.assessment import Assessor
from interview_coach.rubric.learned import layer
from interview_coach.rubric.scorecard import Scorecard
from interview_coach.vocabulary import Dimension


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.calibration")
    parser.add_argument("--part", default="held-out", choices=["fit", "held-out", "all"])
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--split", action="store_true")
    parser.add_argument("--lexical", action="store_true", help="without the embedding model")
    parser.add_argument("--fit", action="store_true", help="fit the learned layer (fit part)")
    parser.add_argument("--cv", action="store_true", help="5-fold cross-validation on the fit part")
    parser.add_argument(
        "--blind", action="store_true", help="measure on blind/, the separately written set"
    )
    parser.add_argument(
        "--rater", default="*", help="with --blind, one rater's file only (second_rater, ...)"
    )
    options = parser.parse_args()
    if options.split:
        print(f"{write_splits()} records given a split")
        return
    records = load()
    assessor = Assessor(embedder=None) if options.lexical else Assessor.offline_default()
    if options.fit:
        fitted = [r for r in records if r.split == "fit"]
        write(fit(fitted, assessor), len(fitted))
        layer.cache_clear()
    fit_part = [r for r in records if r.split == "fit"]
    if options.cv:
        cards = cross_validated(fit_part, assessor)
        report(fit_part, cards, fit_part, assessor)
        if options.worst:
            worst(fit_part, cards, options.worst)
        return
    if options.blind:
        blind = load(BLIND, options.rater)
        cards = {r.id: assessor.assess(r.question, r.answer, r.type).scorecard for r in blind}
        report(blind, cards, fit_part, assessor)
        if options.worst:
            worst(blind, cards, options.worst)
        return
    cards = {r.id: assessor.assess(r.question, r.answer, r.type).scorecard for r in records}
    measured = records if options.part == "all" else [r for r in records if r.split == options.part]
    report(measured, cards, fit_part, assessor)
    if options.worst:
        worst(fit_part, cards, options.worst)


def report(records: list[Record], cards: dict[str, Scorecard], fit: list[Record],
           assessor: Assessor) -> None:  # fmt: skip
    professions = len({r.profession for r in records})
    print(f"calibration set: {len(records)} answers measured ({professions} professions), "
          f"relevance by {'the model' if assessor.embedder else 'shared words'}")  # fmt: skip
    human = [r.overall for r in records]
    rubric = [cards[r.id].overall for r in records]
    slope, intercept = _length_line(fit)
    baseline = [min(10.0, max(1.0, intercept + slope * math.log(r.words + 1))) for r in records]
    words = [float(r.words) for r in records]
    print(f"{'':<34} {'rubric':>8} {'length':>8}")
    print(f"{'Spearman, overall':<34} {spearman(rubric, human):8.3f} {spearman(words, human):8.3f}")
    per_dim = {d: spearman([cards[r.id][d].score for r in records],
                           [r.dimensions[d] for r in records]) for d in Dimension}  # fmt: skip
    base_dim = {d: spearman(words, [r.dimensions[d] for r in records]) for d in Dimension}
    print(f"{'Spearman, mean of dimensions':<34} {statistics.mean(per_dim.values()):8.3f} "
          f"{statistics.mean(base_dim.values()):8.3f}")  # fmt: skip
    for dimension in Dimension:
        print(f"  {dimension.value:<32} {per_dim[dimension]:8.3f} {base_dim[dimension]:8.3f}")
    for part in STAR:
        ours = [cards[r.id][part].present for r in records]
        theirs = [r.star[part] for r in records]
        long_enough = [r.words >= 100 for r in records]
        print(f"{'kappa, ' + part.value + ' present':<34} {kappa(ours, theirs):8.3f} "
              f"{kappa(long_enough, theirs):8.3f}")  # fmt: skip
    print(f"{'band agreement':<34} {band_agreement(rubric, human):8.1%} "
          f"{band_agreement(baseline, human):8.1%}")  # fmt: skip
    print(f"{'mean absolute error':<34} {mean_absolute_error(rubric, human):8.2f} "
          f"{mean_absolute_error(baseline, human):8.2f}")  # fmt: skip
    inferred = sum(1 for r in records if infer_type(r.question) is r.type)
    print(f"question type inferred from the wording: {inferred} of {len(records)}")
    by_case: dict[str, list[float]] = defaultdict(list)
    for r in records:
        by_case[r.case].append(cards[r.id].overall - r.overall)
    print(
        "mean error (rubric - expert) by case: "
        + ", ".join(
            f"{case} {statistics.mean(errors):+.1f}" for case, errors in sorted(by_case.items())
        )
    )


def _length_line(fit: Sequence[Record]) -> tuple[float, float]:
    x = np.array([math.log(r.words + 1) for r in fit])
    y = np.array([r.overall for r in fit])
    slope, intercept = np.polyfit(x, y, 1)
    return float(slope), float(intercept)


def worst(records: list[Record], cards: dict[str, Scorecard], count: int) -> None:
    ranked = sorted(records, key=lambda r: -abs(cards[r.id].overall - r.overall))
    for r in ranked[:count]:
        card = cards[r.id]
        dims = " ".join(f"{d.value[:4]}={card[d].score:g}/{r.dimensions[d]:g}" for d in Dimension)
        print(
            f"\n{r.id} [{r.type.value}, {r.case}] overall {card.overall} vs {r.overall}\n"
            f"  Q: {r.question}\n  {dims}\n  warnings: {[w.code for w in card.warnings]}"
        )
