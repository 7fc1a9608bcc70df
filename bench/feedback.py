"""Feedback quality and cost: `python -m bench feedback`.

Over the calibration set (expert-rated answers, bench/calibration/data), every level in every
voice, it prints:
- false advice: gaps (or "missing" lines) on a dimension the expert rated 8 or more;
- repeated sentences: sentences of a feedback that say again what an earlier one said;
- distinct headlines per voice;
- the median length in words per level, over all answers and over answers of 200-400 words;
- the time to write one feedback after scoring (median and p95, Expert level);
- the product's own example at the four levels.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter

from bench.calibration.records import Record, load
from bench.common import p95
from interview_coach.assessment import Assessment, Assessor
from interview_coach.embedding import default_embedder
from interview_coach.feedback import Feedback, write_feedback
from interview_coach.vocabulary import CoachMode, FeedbackLevel

EXPERT_STRONG = 8.0
EXAMPLE_QUESTION = "Tell me about a time you improved the performance of a system."
EXAMPLE_ANSWER = (
    "I optimized our API response time, reducing it from 2 seconds to 200ms through profiling "
    "and refactoring N+1 queries."
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]")


def false_advice(feedback: Feedback, record: Record) -> list[str]:
    """The advice that asks for what the expert found already strong in this answer."""
    said = [(p.dimension, p.text) for p in feedback.gaps]
    if not said and feedback.missing:
        said = [
            (d, line)
            for line in feedback.missing
            for d in record.dimensions
            if line.lower().startswith(d.value)
        ]
    return [text for dimension, text in said if record.dimensions[dimension] >= EXPERT_STRONG]


_QUOTED = re.compile(r'"[^"]*"')


def repeated_sentences(feedback: Feedback) -> int:
    """Sentences of the coach's own that say again what an earlier one said. The candidate's
    words in quotation marks are left out: citing a fact as evidence and again in the model
    structure is not the coach repeating itself."""
    seen: set[str] = set()
    repeats = 0
    for line in feedback.to_text().splitlines():
        line = _QUOTED.sub('""', line)
        body = line.lstrip("- ").split(": ", 1)[-1] if line.startswith("- ") else line
        for sentence in _SENTENCE.findall(body):
            key = re.sub(r"[^a-z0-9 ]", "", sentence.lower()).strip()
            if len(key.split()) < 3:
                continue
            if key in seen:
                repeats += 1
            seen.add(key)
    return repeats


def main() -> None:
    records = load()
    assessor = Assessor(embedder=default_embedder())
    scored: list[tuple[Record, Assessment]] = [
        (r, assessor.assess(r.question, r.answer, r.type)) for r in records
    ]
    print(
        f"{len(scored)} expert-rated answers, {len(FeedbackLevel)} levels x {len(CoachMode)} voices"
    )
    _quality(scored)
    _cost(scored)
    _example(assessor)


def _quality(scored: list[tuple[Record, Assessment]]) -> None:
    false = Counter[str]()
    repeats = Counter[str]()
    words: dict[FeedbackLevel, list[int]] = {level: [] for level in FeedbackLevel}
    words_300: dict[FeedbackLevel, list[int]] = {level: [] for level in FeedbackLevel}
    headlines: dict[CoachMode, set[str]] = {mode: set() for mode in CoachMode}
    examples: list[str] = []
    measured = (FeedbackLevel.DETAILED, FeedbackLevel.EXPERT)
    paired = (CoachMode.GUIDE, CoachMode.CHALLENGER)
    issue_false = issue_feedbacks = 0
    for record, result in scored:
        for level in FeedbackLevel:
            for mode in CoachMode:
                feedback = write_feedback(result.scorecard, result.analysis, level, mode)
                wrong = false_advice(feedback, record)
                false[level.value] += len(wrong)
                if level in measured and mode in paired:
                    issue_false += len(wrong)
                    issue_feedbacks += 1
                if wrong and len(examples) < 5 and level is FeedbackLevel.DETAILED:
                    examples.append(f"{record.id} ({mode.value}): {wrong[0]}")
                repeats[level.value] += repeated_sentences(feedback)
                count = len(feedback.to_text().split())
                words[level].append(count)
                if 200 <= record.words <= 400:
                    words_300[level].append(count)
                headlines[mode].add(feedback.headline)
    print("\nfalse advice (a gap on a dimension the expert rated 8+), per level over all voices:")
    for level in FeedbackLevel:
        print(f"  {level.value:<9} {false[level.value]}")
    print(
        f"  as the issue counted it (Detailed and Expert, Guide and Challenger): {issue_false} "
        f"in {issue_feedbacks} feedbacks ({issue_false / max(issue_feedbacks, 1):.2f} each)"
    )
    for example in examples:
        print(f"    e.g. {example}")
    print("repeated sentences, per level over all voices:")
    for level in FeedbackLevel:
        print(f"  {level.value:<9} {repeats[level.value]}")
    print(f"distinct headlines per voice (of {len(scored)} answers):")
    for mode in CoachMode:
        print(f"  {mode.value:<15} {len(headlines[mode])}")
    print("median words per level: all answers / answers of 200-400 words")
    for level in FeedbackLevel:
        whole = statistics.median(words[level])
        mid = statistics.median(words_300[level]) if words_300[level] else 0
        print(f"  {level.value:<9} {whole:>5.0f} / {mid:>5.0f}")


def _cost(scored: list[tuple[Record, Assessment]]) -> None:
    times = []
    for _ in range(3):
        for _record, result in scored:
            start = time.perf_counter()
            write_feedback(result.scorecard, result.analysis, FeedbackLevel.EXPERT, CoachMode.GUIDE)
            times.append((time.perf_counter() - start) * 1000)
    print(
        f"writing one Expert feedback after scoring: median {statistics.median(times):.3f} ms, "
        f"p95 {p95(times):.3f} ms"
    )


def _example(assessor: Assessor) -> None:
    print(f"\nthe product's example: {EXAMPLE_ANSWER!r}")
    for level in FeedbackLevel:
        result = assessor.assess(EXAMPLE_QUESTION, EXAMPLE_ANSWER, level=level)
        print(f"\n[{level.value}, guide]\n{result.feedback.to_text()}")


if __name__ == "__main__":
    main()
