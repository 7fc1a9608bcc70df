"""Measure the near-duplicate threshold: how similar the same question is to itself reframed,
and how similar different questions are.

Run from the repository root: `python -m bench.near_duplicates`.

Pairs are compared the way the planner compares them (``planner.search.comparable``: without
the coach mode's framing, the depth demanded, or the profile facts quoted):

- same plan, other mode: a plan rendered plainly vs phrased in each coach mode;
- same ask, reframed: one seed (what is asked) in two templates with other openings, tails,
  facts and modes. A candidate would answer both with the same story: a repeat;
- different asks, same frame: two seeds in the same opening with the same facts (the hardest
  pairs that must stay apart);
- different asks: random pairs of different seeds;
- reworded by hand: pairs of questions we wrote in other words (lexical methods miss these).

It prints percentiles and, per threshold, the share of each kind counted as a repeat; the
MiniLM embedder is measured too when installed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from bench.interview_pairs import professions
from interview_coach.competencies import builtin_catalog, technical_areas
from interview_coach.planner import NEAR_DUPLICATE, QuestionPlan, lexical_similarity
from interview_coach.planner.grounding import Grounding, grounding
from interview_coach.planner.search import comparable, plan_from_template
from interview_coach.questions import phrase, render, templates_for
from interview_coach.vocabulary import CoachMode

Pair = tuple[str, str]
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)
REWORDED: tuple[Pair, ...] = (
    ("Tell me about a time you disagreed strongly with a colleague.",
     "Describe a situation where you and a co-worker did not see eye to eye."),
    ("How would you track down a bug that only happens in production?",
     "What is your approach to finding a fault that never shows up on your own machine?"),
    ("What draws you to this role in particular?",
     "Why did you apply for this position rather than another?"),
    ("Tell me about a time you failed at something that mattered to you.",
     "Describe a failure that was important to you."),
    ("What would you do if two of your patients deteriorated at the same time?",
     "Two patients get worse at once. How do you respond?"),
    ("How would you prepare for a negotiation with a large customer?",
     "Walk me through how you get ready to negotiate with a big client."),
    ("Tell me about a time you had to explain something complex to a non-expert.",
     "Give an example of making a complicated topic clear to someone outside your field."),
    ("How would you set up routines and expectations with a new class?",
     "What do you do in the first weeks with a new group of students to establish routines?"),
    ("Where do you want your career to be in five years?",
     "What are your long-term career goals?"),
    ("How would you decide whether a difference between two groups is real or noise?",
     "How do you tell if a gap between two groups is statistically significant?"),
)  # fmt: skip


def _bindings(
    facts: Grounding, rng: random.Random
) -> dict[tuple[str, str, int], list[QuestionPlan]]:
    """Rendered plans grouped by (type, competency, seed), facts chosen at random."""
    groups: dict[tuple[str, str, int], list[QuestionPlan]] = {}
    for item in builtin_catalog():
        for question_type in item.types:
            for level in (1, 3, 5):
                for chosen in templates_for(question_type, item.id, level):
                    bound = {}
                    for slot in sorted(chosen.slots):
                        options = facts.options(slot)
                        if not options:
                            break
                        bound[slot] = rng.choice(options)
                    else:
                        key = (question_type.value, item.id, chosen.seed_key)
                        groups.setdefault(key, []).append(
                            plan_from_template(chosen, bound, None, None)
                        )
    return groups


def _pairs(rng: random.Random) -> dict[str, list[Pair]]:
    kinds: dict[str, list[Pair]] = {k: [] for k in ("mode", "same", "frame", "different")}
    for _, candidate, job in professions():
        facts = grounding(candidate, job)
        values = tuple(f.value for f in facts.facts)
        areas = {m.id for m in technical_areas(job)}
        groups = {
            k: v for k, v in _bindings(facts, rng).items() if k[1] in areas or not _technical(k)
        }

        def seen(text: str, values: tuple[str, ...] = values) -> str:
            return comparable(text, values)

        def plain(plan: QuestionPlan) -> str:
            return render(plan.template, plan.slot_values)

        keys = sorted(groups)
        for key in keys:
            plans = groups[key]
            first = rng.choice(plans)
            for mode in CoachMode:
                kinds["mode"].append((seen(plain(first)), seen(phrase(first, mode))))
            for _ in range(2):
                a, b = rng.sample(plans, 2) if len(plans) > 1 else (plans[0], plans[0])
                mode = rng.choice(list(CoachMode))
                kinds["same"].append((seen(plain(a)), seen(phrase(b, mode))))
        by_frame: dict[tuple[str, tuple[tuple[str, str], ...]], list[QuestionPlan]] = {}
        for plans in groups.values():
            for p in plans:
                by_frame.setdefault((p.template.split(":")[3], p.slots), []).append(p)
        for plans in by_frame.values():
            distinct = {(p.competency, p.angle): p for p in plans}
            if len(distinct) > 1:
                a, b = rng.sample(list(distinct.values()), 2)
                kinds["frame"].append((seen(plain(a)), seen(plain(b))))
        for _ in range(2000):
            k1, k2 = rng.sample(keys, 2)
            a, b = rng.choice(groups[k1]), rng.choice(groups[k2])
            kinds["different"].append((seen(plain(a)), seen(plain(b))))
    return kinds


def _technical(key: tuple[str, str, int]) -> bool:
    return any(c.id == key[1] and c.technical for c in builtin_catalog())


def _percentiles(values: Sequence[float]) -> str:
    ordered = sorted(values)
    points = (0.01, 0.05, 0.5, 0.95, 0.99)
    cells = [f"{ordered[min(len(ordered) - 1, int(p * len(ordered)))]:.2f}" for p in points]
    return " ".join(f"{c:>5}" for c in cells)


def report(name: str, similar: Callable[[str, str], float], kinds: dict[str, list[Pair]]) -> None:
    kinds = {**kinds, "reworded": list(REWORDED)}
    scores = {k: [similar(a, b) for a, b in pairs] for k, pairs in kinds.items()}
    print(f"\n{name}: similarity percentiles  p1    p5   p50   p95   p99     (n)")
    for kind, values in scores.items():
        print(f"  {kind:<10} {_percentiles(values)}   ({len(values)})")
    print("  share counted as a repeat, by threshold (want: mode, same high; frame, different ~0)")
    print("  threshold " + " ".join(f"{k:>10}" for k in scores))
    for threshold in THRESHOLDS:
        shares = [sum(v >= threshold for v in vs) / len(vs) for vs in scores.values()]
        print(f"  {threshold:>9.2f} " + " ".join(f"{s:>10.1%}" for s in shares))


def main() -> None:
    kinds = _pairs(random.Random(2024))
    report("lexical (the default)", lexical_similarity, kinds)
    print(f"  the planner uses {NEAR_DUPLICATE}")
    _report_embeddings(kinds)


def _report_embeddings(kinds: dict[str, list[Pair]]) -> None:
    try:
        from interview_coach.embedding import default_embedder
        from interview_coach.planner import embedding_similarity
    except ImportError:
        return
    embedder = default_embedder()
    if embedder is None:
        print("\nMiniLM not installed: embedding similarity not measured")
        return
    sample = {k: v[:400] for k, v in kinds.items()}
    report("MiniLM cosine (optional, pluggable)", embedding_similarity(embedder), sample)


if __name__ == "__main__":
    main()
