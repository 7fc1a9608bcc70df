"""Question quality over our ten profession pairs (bench/pairs), in two coach modes.

Run from the repository root: `python -m bench question_quality` (`--show` prints twenty
Challenger questions for three pairs, `--show-modes` the same sessions in all four modes).

- Mechanical defects: the quality gate's checks run again on every final text. Target 0 of
  at least 400 questions; the phrasings the gate turned away while planning are counted.
- Asks shared word for word by three or more professions. Target at most 1%.
- Tailoring: the share of questions whose ask is about a resume fact or a job must-have or
  responsibility; deep dives (a question about the candidate's own achievement).
- Job coverage: the share of the job's core asks (must-haves and responsibilities, see
  planner.core) a Standard and a Full session cover: of those the session has room for (target
  100%), and of all of them.
- Focus mix: question types and the share of competencies of the focus's family, per focus.
- Mode changes the ask: the ask sentence differs between Friend and Drill Sergeant.
- Follow-ups: answers with a gap get follow-ups, never more than one in four questions.
- Repeats over ten Full sessions, and the median time per question. Target median <= 5 ms.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable

from bench.common import p95
from bench.interview_pairs import profession_pairs
from interview_coach.competencies import competency
from interview_coach.planner import AskedQuestion, PlanSettings, QuestionPlan, plan_next
from interview_coach.planner.next import core_room
from interview_coach.profile.model import CandidateProfile, JobProfile
from interview_coach.questions import ask_of, gate, phrase
from interview_coach.rubric.scorecard import DimensionScore, Evidence, Scorecard, Span
from interview_coach.vocabulary import (
    CoachMode,
    Dimension,
    QuestionType,
    SessionLength,
    TopicFocus,
)

MODES = (CoachMode.FRIEND, CoachMode.DRILL_SERGEANT)
STANDARD = SessionLength.STANDARD
FULL = SessionLength.FULL


def ask_sentence(text: str) -> str:
    return re.split(r"(?<=[.?!])\s+", text)[-1]


def session(
    candidate: CandidateProfile,
    job: JobProfile,
    settings: PlanSettings,
    seed: int,
    ledger: list[str] | None = None,
    card: Callable[[int], Scorecard] | None = None,
) -> tuple[list[QuestionPlan], list[str], list[float]]:
    history: list[AskedQuestion] = []
    timings: list[float] = []
    for _ in range(settings.questions):
        start = time.perf_counter()
        plan = plan_next(candidate, job, settings, history, ledger or (), seed)
        phrase(plan, settings.mode)
        timings.append((time.perf_counter() - start) * 1000)
        history.append(AskedQuestion(ask_of(plan), plan, card(len(history)) if card else None))
    plans = [a.plan for a in history if a.plan is not None]
    return plans, [phrase(p, settings.mode) for p in plans], timings


def _job_facts(job: JobProfile) -> set[str]:
    return set(job.must_have) | set(job.responsibilities)


def _resume_facts(candidate: CandidateProfile) -> set[str]:
    lines = {a.text for a in candidate.achievements} | {
        b for r in candidate.roles for b in r.bullets
    }
    return lines | {
        f"{r.title} at {r.employer}" if r.employer else r.title for r in candidate.roles
    }


def quality() -> None:
    pairs = profession_pairs()
    gate.REJECTED.clear()
    texts: list[tuple[str, QuestionPlan, str, CoachMode, TopicFocus]] = []
    for index, (name, candidate, job) in enumerate(pairs):
        for mode in MODES:
            for focus in TopicFocus:
                plans, shown, _ = session(
                    candidate, job, PlanSettings(mode, focus, STANDARD), index
                )
                texts += [(name, p, t, mode, focus) for p, t in zip(plans, shown, strict=True)]
    total = len(texts)
    defects = Counter(d for _, _, t, _, _ in texts for d in gate.defects(t))
    print(f"{total} questions: {len(pairs)} pairs x {len(MODES)} modes x {len(TopicFocus)} foci "
          f"x Standard ({STANDARD.questions})")  # fmt: skip
    print(f"  mechanical defects in the final texts: {sum(defects.values())} {dict(defects)}")
    print(f"  phrasings the gate turned away while planning: {sum(gate.REJECTED.values())} "
          f"{dict(gate.REJECTED.most_common())}")  # fmt: skip
    _shared(texts)
    _tailoring(texts, pairs)
    _focus_mix(texts)
    _mode_changes(pairs)


def _shared(texts: list[tuple[str, QuestionPlan, str, CoachMode, TopicFocus]]) -> None:
    whole: dict[str, set[str]] = defaultdict(set)
    sentence: dict[str, set[str]] = defaultdict(set)
    for name, plan, _, _, _ in texts:
        whole[ask_of(plan)].add(name)
        sentence[ask_sentence(ask_of(plan))].add(name)
    shared = sum(len(whole[ask_of(p)]) >= 3 for _, p, _, _, _ in texts)
    shared_sentence = sum(len(sentence[ask_sentence(ask_of(p))]) >= 3 for _, p, _, _, _ in texts)
    print(f"  asks shared word for word by 3+ professions: {shared / len(texts):.1%} "
          f"(target <= 1%); the ask sentence alone, without its framing: "
          f"{shared_sentence / len(texts):.1%}")  # fmt: skip


def _tailoring(
    texts: list[tuple[str, QuestionPlan, str, CoachMode, TopicFocus]],
    pairs: tuple[tuple[str, CandidateProfile, JobProfile], ...],
) -> None:
    profiles = {name: (c, j) for name, c, j in pairs}
    about = dives = 0
    for name, plan, _, _, _ in texts:
        candidate, job = profiles[name]
        facts = _job_facts(job) | _resume_facts(candidate)
        about += bool((set(plan.grounding) | set(plan.covers)) & facts)
        dives += ":dive:" in plan.template
    print(f"  ask about a resume fact or a job must-have/responsibility: {about / len(texts):.0%}; "
          f"deep dives on the candidate's own work: {dives / len(texts):.0%}")  # fmt: skip
    _coverage(pairs)


def _coverage(pairs: tuple[tuple[str, CandidateProfile, JobProfile], ...]) -> None:
    """Core asks covered per session (Mixed focus): of those the session has room for, and of
    every must-have and responsibility the job lists."""
    for length in (STANDARD, FULL):
        in_room, of_all = [], []
        for index, (_, candidate, job) in enumerate(pairs):
            settings = PlanSettings(CoachMode.GUIDE, length=length)
            plans, _, _ = session(candidate, job, settings, index)
            asked = {f for p in plans for f in (*p.covers, *p.grounding)}
            room = core_room(job, settings, index)
            in_room.append(sum(a.fact in asked for a in room) / max(len(room), 1))
            wanted = _job_facts(job)
            of_all.append(len(wanted & asked) / max(len(wanted), 1))
        print(f"  job core asks covered in a {length.value} session: median "
              f"{statistics.median(in_room):.0%} (lowest {min(in_room):.0%}) of those it has "
              f"room for; median {statistics.median(of_all):.0%} (lowest {min(of_all):.0%}) of "
              f"all its must-haves and responsibilities")  # fmt: skip


def _focus_mix(texts: list[tuple[str, QuestionPlan, str, CoachMode, TopicFocus]]) -> None:
    print("  focus mix (types B/T/S/M; share of competencies of the focus):")
    for focus in TopicFocus:
        plans = [p for _, p, _, _, f in texts if f is focus]
        types = Counter(p.type for p in plans)
        share = "/".join(f"{types[t] / len(plans):.0%}" for t in QuestionType)
        if focus is TopicFocus.HARD_SKILLS:
            fit = sum(competency(p.competency).technical for p in plans) / len(plans)
            label = "role-specific technical areas"
        elif focus is TopicFocus.MIXED:
            fit, label = 1.0, "any"
        else:
            fit = sum(focus in competency(p.competency).focus for p in plans) / len(plans)
            label = f"{focus.value} competencies"
        print(f"    {focus.value:<12} {share:<16} {label}: {fit:.0%}")


def _mode_changes(pairs: tuple[tuple[str, CandidateProfile, JobProfile], ...]) -> None:
    changed = total = 0
    for index, (_, candidate, job) in enumerate(pairs):
        plans, _, _ = session(candidate, job, PlanSettings(CoachMode.GUIDE, length=FULL), index)
        for plan in plans:
            total += 1
            changed += ask_sentence(phrase(plan, CoachMode.FRIEND)) != ask_sentence(
                phrase(plan, CoachMode.DRILL_SERGEANT)
            )
    print(f"  mode changes the ask (Friend vs Drill Sergeant, same plan): {changed / total:.0%} "
          f"of {total} (target >= 80%)")  # fmt: skip


_ACTIONS = ("I rewrote the rota around footfall", "I called the supplier every morning",
            "I set up a daily check with the team", "I split the work into three stages",
            "I asked the auditors for their list early")  # fmt: skip


def _gappy_card(slot: int) -> Scorecard:
    """An answer with an action quoted and no result: what follow-ups react to."""
    quote = _ACTIONS[slot % len(_ACTIONS)]
    action = Evidence("action", True, Span(0, len(quote), quote))
    scores = tuple(
        DimensionScore(
            d, 2.0 if d is Dimension.RESULT else 6.0, (action,) if d is Dimension.ACTION else ()
        )
        for d in Dimension
    )  # fmt: skip
    return Scorecard(QuestionType.BEHAVIORAL, scores, 5.5)


def follow_ups_and_repeats() -> None:
    pairs = profession_pairs()
    counts = []
    for index, (_, candidate, job) in enumerate(pairs):
        plans, _shown, _ = session(candidate, job, PlanSettings(CoachMode.CHALLENGER, length=FULL),
                                  index, card=_gappy_card)  # fmt: skip
        counts.append(sum(p.follow_up is not None for p in plans))
    print(f"  follow-ups when every answer lacks a result: {statistics.median(counts):.0f} per "
          f"Full session of {FULL.questions} (at most {FULL.questions // 4})")  # fmt: skip
    timings: list[float] = []
    repeats = 0
    for _, candidate, job in pairs:
        ledger: list[str] = []
        for number in range(10):
            mode = list(CoachMode)[number % 4]
            plans, _, times = session(candidate, job, PlanSettings(mode, length=FULL), number,
                                      ledger)  # fmt: skip
            asks = [ask_of(p) for p in plans]
            repeats += sum(a in ledger for a in asks) + len(asks) - len(set(asks))
            ledger += asks
            timings += times
    print(f"  exact repeats over ten Full sessions per pair (ledger carried): {repeats}")
    print(f"  time per question (plan + phrase): median {statistics.median(timings):.2f} ms, "
          f"p95 {p95(timings):.2f} ms (n={len(timings)}; target median <= 5 ms)")  # fmt: skip


def show(
    names: tuple[str, ...] = ("icu nurse", "retail store manager", "accountant"),
    modes: tuple[CoachMode, ...] = (CoachMode.CHALLENGER,),
) -> None:
    for index, (name, candidate, job) in enumerate(profession_pairs()):
        if name not in names:
            continue
        for mode in modes:
            print(f"\n{name} ({mode.value.replace('-', ' ').title()}, Mixed, Full):")
            _, shown, _ = session(candidate, job, PlanSettings(mode, length=FULL), index)
            for number, text in enumerate(shown, 1):
                print(f"  {number:2}. {text}")


def main() -> None:
    quality()
    follow_ups_and_repeats()
    if "--show" in sys.argv:
        show()
    if "--show-modes" in sys.argv:
        show(modes=tuple(CoachMode))


if __name__ == "__main__":
    main()
