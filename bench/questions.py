"""Question planning: grounding, repeats, difficulty by slot, and time per question.

Run from the repository root: `python -m bench.questions`.

- Grounding: share of questions quoting a concrete job or resume fact, over one Full session
  (20 questions) for each SkillSpan test posting (profiled with ``profile_job``) paired with the
  bundled sample resume. Target: at least 80%.
- Repeats: exact and near-duplicate questions over ten Full sessions for one candidate and job,
  each session given the ledger of the earlier ones. Target: 0.
- Difficulty by slot: median difficulty per slot over those sessions, and in a session where
  every answer is strong.
- Time per question after profiling (plan and phrase, with the growing ledger). Target: median
  at most 5 ms.
"""

from __future__ import annotations

import itertools
import json
import statistics
import time
from collections.abc import Iterator

from bench.common import SHARED_DATA, p95
from bench.interview_pairs import professions, sample
from interview_coach.planner import (
    NEAR_DUPLICATE,
    AskedQuestion,
    PlanSettings,
    QuestionPlan,
    lexical_similarity,
    plan_next,
    plan_session,
)
from interview_coach.planner.grounding import grounding
from interview_coach.planner.search import comparable
from interview_coach.profile.job import profile_job
from interview_coach.profile.model import CandidateProfile, JobProfile
from interview_coach.questions import phrase
from interview_coach.rubric.scorecard import DimensionScore, Scorecard
from interview_coach.vocabulary import (
    CoachMode,
    Dimension,
    QuestionType,
    SessionLength,
    TopicFocus,
)

POSTINGS = SHARED_DATA / "skillspan" / "job_postings_reconstructed.jsonl"
SESSIONS = 10
FULL = SessionLength.FULL


def test_postings() -> Iterator[JobProfile]:
    with POSTINGS.open(encoding="utf-8") as lines:
        for line in lines:
            posting = json.loads(line)
            if posting["split"] == "test":
                yield profile_job(posting["text"])


def grounding_share() -> None:
    candidate, _ = sample()
    shares, job_shares, job_only = [], [], []
    for index, job in enumerate(test_postings()):
        settings = PlanSettings(length=FULL)
        plans = plan_session(candidate, job, settings, seed=index)
        facts = _job_facts(job)
        shares.append(sum(p.grounded for p in plans) / len(plans))
        job_shares.append(sum(bool(set(p.grounding) & facts) for p in plans) / len(plans))
        alone = plan_session(CandidateProfile(), job, settings, seed=index)
        job_only.append(sum(p.grounded for p in alone) / len(alone))
    print(f"Grounding over {len(shares)} SkillSpan test postings x sample resume (20 questions):")
    print(
        f"  grounded in a job or resume fact: median {statistics.median(shares):.0%}, "
        f"mean {statistics.mean(shares):.0%}, lowest {min(shares):.0%} (target >= 80%)"
    )
    print(
        f"  grounded in a job fact:           median {statistics.median(job_shares):.0%}, "
        f"lowest {min(job_shares):.0%}"
    )
    print(
        f"  with an empty resume (job only):  median {statistics.median(job_only):.0%}, "
        f"lowest {min(job_only):.0%}"
    )


def _job_facts(job: JobProfile) -> set[str]:
    facts = set(job.skills) | set(job.responsibilities) | set(job.values)
    return facts | {job.title or "", job.domain or ""} - {""}


def ten_sessions(
    candidate: CandidateProfile, job: JobProfile
) -> tuple[list[QuestionPlan], list[str], list[float]]:
    """Ten Full sessions, modes in turn, each with the ledger of the earlier ones."""
    plans: list[QuestionPlan] = []
    ledger: list[str] = []
    timings: list[float] = []
    for session, mode in zip(range(SESSIONS), itertools.cycle(CoachMode), strict=False):
        settings = PlanSettings(mode, TopicFocus.MIXED, FULL)
        history: list[AskedQuestion] = []
        for _ in range(FULL.questions):
            start = time.perf_counter()
            plan = plan_next(candidate, job, settings, history, ledger, session)
            text = phrase(plan, mode)
            timings.append((time.perf_counter() - start) * 1000)
            history.append(AskedQuestion(text, plan))
        ledger += [a.text for a in history]
        plans += [a.plan for a in history if a.plan is not None]
    return plans, ledger, timings


def repeats_and_time() -> list[QuestionPlan]:
    print(f"\nTen Full sessions per candidate ({SESSIONS * FULL.questions} questions each):")
    all_timings: list[float] = []
    sample_plans: list[QuestionPlan] = []
    for name, candidate, job in professions():
        plans, ledger, timings = ten_sessions(candidate, job)
        all_timings += timings
        sample_plans = sample_plans or plans
        facts = tuple(f.value for f in grounding(candidate, job).facts)
        asked = [comparable(t, facts) for t in ledger]
        pairs = itertools.combinations(asked, 2)
        near = sum(lexical_similarity(a, b) >= NEAR_DUPLICATE for a, b in pairs)
        exact = len(ledger) - len(set(ledger))
        grounded = sum(p.grounded for p in plans) / len(plans)
        print(
            f"  {name:<28} exact repeats {exact}, near duplicates {near} "
            f"(lexical >= {NEAR_DUPLICATE}), grounded {grounded:.0%}"
        )
    print("\nTime per question (plan + phrase, ledger growing to 180 questions):")
    print(
        f"  median {statistics.median(all_timings):.2f} ms, p95 {p95(all_timings):.2f} ms, "
        f"max {max(all_timings):.1f} ms (n={len(all_timings)}; target median <= 5 ms)"
    )
    return sample_plans


def difficulty_by_slot(plans: list[QuestionPlan]) -> None:
    print("\nDifficulty by slot (median over ten sessions, sample candidate and job):")
    by_slot = [plans[s :: FULL.questions] for s in range(FULL.questions)]
    print("  slot       " + " ".join(f"{s + 1:>2}" for s in range(FULL.questions)))
    medians = [statistics.median(p.difficulty for p in slot) for slot in by_slot]
    print("  plain      " + " ".join(f"{m:>2.0f}" for m in medians))
    print("  all strong " + " ".join(f"{d:>2}" for d in _adaptive_run(8.0)))
    print("  all weak   " + " ".join(f"{d:>2}" for d in _adaptive_run(3.0)))
    revisits = sum(1 for p in _adaptive_plans(3.0) if p.revisits is not None)
    print(f"  weak answers revisited later from another angle: {revisits} revisits in 20 slots")


def _adaptive_plans(overall: float) -> list[QuestionPlan]:
    candidate, job = sample()
    settings = PlanSettings(CoachMode.GUIDE, TopicFocus.MIXED, FULL)
    history: list[AskedQuestion] = []
    card = Scorecard(
        QuestionType.BEHAVIORAL,
        tuple(DimensionScore(d, overall) for d in Dimension),
        overall,
    )
    for _ in range(FULL.questions):
        plan = plan_next(candidate, job, settings, history, (), seed=1)
        history.append(AskedQuestion(phrase(plan, settings.mode), plan, card))
    return [a.plan for a in history if a.plan is not None]


def _adaptive_run(overall: float) -> list[int]:
    return [p.difficulty for p in _adaptive_plans(overall)]


def main() -> None:
    grounding_share()
    plans = repeats_and_time()
    difficulty_by_slot(plans)


if __name__ == "__main__":
    main()
