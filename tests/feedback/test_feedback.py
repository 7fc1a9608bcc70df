"""Feedback: nothing false, the most valuable change first, levels that add without repeating,
voices that differ in how they say the same facts."""

from __future__ import annotations

import re

import pytest

from interview_coach.analysis.depth import DepthKind
from interview_coach.analysis.star import StarRole
from interview_coach.assessment import Assessment, Assessor
from interview_coach.feedback import Feedback
from interview_coach.feedback.findings import CLEAR, _from_words_before, read_answer
from interview_coach.feedback.phrases import WordsError, _phrases, words
from interview_coach.feedback.write import tier_of
from interview_coach.rubric.scorecard import Span
from interview_coach.vocabulary import CoachMode, Dimension, FeedbackLevel, QuestionType
from tests.rubric.answers import (
    QUESTION,
    STRONG,
    UNRELATED_QUESTION,
    WE_VERSION,
    WITHOUT_NUMBERS,
    WITHOUT_RESULT,
)

ASSESSOR = Assessor(embedder=None)
ANSWERS = [STRONG, WE_VERSION, WITHOUT_NUMBERS, WITHOUT_RESULT]
WEAKER = [WE_VERSION, WITHOUT_NUMBERS, WITHOUT_RESULT]
PERFORMANCE = "Tell me about a time you improved the performance of a system."
EXAMPLE = (
    "I optimized our API response time, reducing it from 2 seconds to 200ms through profiling "
    "and refactoring N+1 queries."
)


def assess(
    answer: str,
    level: FeedbackLevel = FeedbackLevel.DETAILED,
    mode: CoachMode = CoachMode.GUIDE,
    question: str = QUESTION,
) -> Assessment:
    return ASSESSOR.assess(question, answer, level=level, mode=mode)


def feedback(answer: str, level: FeedbackLevel, mode: CoachMode = CoachMode.GUIDE) -> Feedback:
    return assess(answer, level, mode).feedback


def sentences(text: str) -> list[str]:
    found = []
    for line in text.splitlines():
        body = line.lstrip("- ").split(": ", 1)[-1] if line.startswith("- ") else line
        found += [s.strip().lower() for s in re.findall(r"[^.!?]+[.!?]", body)]
    return [s for s in found if len(s.split()) >= 3]


# --- nothing false ----------------------------------------------------------------------------


@pytest.mark.parametrize("answer", WEAKER)
def test_a_gap_is_only_named_where_the_analysis_finds_it_absent(answer: str) -> None:
    result = assess(answer)
    reading = read_answer(result.scorecard, result.analysis)
    assert reading.gaps, "every answer here leaves something to add"
    for gap in reading.gaps:
        key = gap.phrase.key
        if key == "ownership.we":
            assert result.analysis.ownership.team
            assert gap.quote is not None
            assert "we" in gap.quote.text.lower().split()
        if key == "specificity.numbers":
            assert not result.analysis.measures
        if key == "depth.alternative":
            assert not result.analysis.depth.kinds & {DepthKind.ALTERNATIVE, DepthKind.TRADE_OFF}
        if key == "result.missing":
            assert not result.analysis.with_role(StarRole.RESULT)


def test_a_part_that_scored_well_is_never_called_missing() -> None:
    for answer in ANSWERS:
        result = assess(answer, FeedbackLevel.EXPERT)
        for point in result.feedback.gaps:
            assert result.scorecard[point.dimension].score < 6.5
        missing = assess(answer, FeedbackLevel.STANDARD).feedback.missing
        assert len(missing) <= 2


def test_the_we_gap_is_never_told_to_an_answer_without_we() -> None:
    for answer in (STRONG, WITHOUT_NUMBERS):
        gaps = feedback(answer, FeedbackLevel.EXPERT).gaps
        assert not any(p.text.startswith("Ownership") for p in gaps)
        assert not any("'We'" in p.text for p in gaps)


def test_every_quote_is_the_answers_own_words_at_its_offsets() -> None:
    for answer in ANSWERS:
        result = assess(answer, FeedbackLevel.EXPERT)
        for point in (*result.feedback.strengths, *result.feedback.gaps):
            if point.quote is not None:
                assert answer[point.quote.start : point.quote.end] == point.quote.text


@pytest.mark.parametrize("gap", ["  ", "\n", " \n  "])
def test_a_quote_led_in_by_the_words_before_it_holds_however_they_are_spaced(gap: str) -> None:
    # Transcripts and pasted answers double their spaces and break lines inside sentences; a
    # quote that starts a few words before a number or a reason is still the answer's text.
    words = "And this was in groups of three so there were two other students"
    text = gap.join(words.split(" "))
    at = text.index("two")
    lead = _from_words_before(Span(100, 100 + len(text), text), 100 + at, 4)
    assert lead.text == text[text.index("three") :]
    assert lead.start == 100 + text.index("three")


def test_ownership_is_praised_with_an_action_in_the_first_person_not_the_scene() -> None:
    result = assess(STRONG)
    reading = read_answer(result.scorecard, result.analysis)
    for strength in reading.strengths:
        assert strength.quote is not None
        if strength.dimension is Dimension.OWNERSHIP:
            assert "I " in strength.quote.text
            assert not strength.quote.text.startswith("Last spring")
        if strength.dimension is Dimension.RESULT:
            assert re.search(r"\d", strength.quote.text)


def test_an_answer_that_already_weighs_options_is_not_told_to_name_one() -> None:
    answer = STRONG  # "I rebuilt the sign-up form ... instead of asking coordinators"
    for level in (FeedbackLevel.DETAILED, FeedbackLevel.EXPERT):
        for mode in CoachMode:
            texts = [p.text for p in feedback(answer, level, mode).gaps]
            assert not any("considered and turned down" in t for t in texts)


def test_an_off_topic_answer_is_praised_for_nothing() -> None:
    result = ASSESSOR.assess(UNRELATED_QUESTION, STRONG, level=FeedbackLevel.DETAILED)
    assert any(w.code == "off_topic" for w in result.scorecard.warnings)
    assert result.feedback.strengths == ()
    assert result.feedback.gaps[0].dimension is Dimension.RELEVANCE


MISTAKE_QUESTION = "Tell me about a mistake you made in an analysis."
ECHO = "There was a project where I made a mistake in my analysis."
CUE_WORDS_ONLY = (
    " Once I realised, I took full ownership and was transparent with stakeholders. I weighed "
    "the options, made a data-driven decision and learned valuable lessons."
)


def test_an_answer_that_names_the_ask_only_by_echoing_the_question_is_told_so() -> None:
    result = ASSESSOR.assess(MISTAKE_QUESTION, ECHO + CUE_WORDS_ONLY, level=FeedbackLevel.DETAILED)
    gap = result.feedback.gaps[0]
    assert gap.dimension is Dimension.RELEVANCE
    assert gap.quote is not None
    assert gap.quote.text.startswith("There was a project where I made a mistake")
    assert "about something other" not in gap.text
    warning = next(w for w in result.scorecard.warnings if w.code == "off_topic")
    assert "echoing the question" in warning.message


def test_the_echo_earns_nothing_and_an_answer_without_one_is_still_off_topic() -> None:
    with_echo = ASSESSOR.assess(MISTAKE_QUESTION, ECHO + CUE_WORDS_ONLY)
    without = ASSESSOR.assess(
        MISTAKE_QUESTION, CUE_WORDS_ONLY.strip(), level=FeedbackLevel.DETAILED
    )
    assert with_echo.scorecard[Dimension.RELEVANCE].score <= (
        without.scorecard[Dimension.RELEVANCE].score + 0.5
    )
    gap = without.feedback.gaps[0]
    assert gap.dimension is Dimension.RELEVANCE
    assert "about something other" in gap.text


def test_a_soft_skill_is_not_praised_as_a_named_tool() -> None:
    answer = (
        "I am a fast learner and a team player with strong communication skills, and I enjoy "
        "working with people."
    )
    result = ASSESSOR.assess("Why do you want this role?", answer, level=FeedbackLevel.EXPERT)
    quotes = [p.quote.text for p in result.feedback.strengths if p.quote]
    assert not any("fast learner" in q or "team player" in q for q in quotes)
    evidence = result.scorecard[Dimension.SPECIFICITY].strengths
    assert not any(e.span and "fast learner" in e.span.text for e in evidence)


# --- the most valuable change first -----------------------------------------------------------


@pytest.mark.parametrize("answer", WEAKER)
def test_gaps_come_most_valuable_first(answer: str) -> None:
    result = assess(answer)
    gains = [g.gain for g in read_answer(result.scorecard, result.analysis).gaps]
    assert gains == sorted(gains, reverse=True)
    assert all(g > 0 for g in gains)


def test_the_we_answer_is_told_first_to_say_what_it_did_itself() -> None:
    headline = feedback(WE_VERSION, FeedbackLevel.BASIC).headline
    assert "your own part" in headline


def test_gaps_are_phrased_with_the_answers_own_words() -> None:
    gap = feedback(WITHOUT_NUMBERS, FeedbackLevel.DETAILED).gaps
    result_gap = next(p for p in gap if p.dimension is Dimension.RESULT)
    assert '"As a result, deliveries were on time again"' in result_gap.text


# --- headlines ------------------------------------------------------------------------------


def test_the_headline_names_what_works_and_the_change_that_matters_most() -> None:
    headline = feedback(WE_VERSION, FeedbackLevel.BASIC, CoachMode.GUIDE).headline
    assert "a measured result" in headline
    assert "71% to 94%" in headline
    assert "your own part" in headline


def test_headlines_differ_between_answers_of_one_band() -> None:
    headlines = {feedback(a, FeedbackLevel.BASIC).headline for a in ANSWERS}
    assert len(headlines) == len(ANSWERS)


def test_a_weak_answer_gets_no_praise_and_a_strong_one_no_encouragement_to_keep_going() -> None:
    weak = assess("I worked hard and it went well.", FeedbackLevel.DETAILED, CoachMode.FRIEND)
    assert tier_of(weak.scorecard.overall) == "weak"
    assert "What works" not in weak.feedback.headline
    for tier in ("strong", "excellent"):
        for voice in words().voices.values():
            assert "keep going" not in voice.closing[tier].lower()
            assert "another go" not in voice.closing[tier].lower()


def test_an_empty_answer_is_told_so_plainly() -> None:
    headline = feedback("", FeedbackLevel.BASIC).headline
    assert "empty" in headline.lower()


# --- levels -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", list(CoachMode))
@pytest.mark.parametrize("answer", [*ANSWERS, "", "um"])
def test_no_sentence_of_a_feedback_says_again_what_an_earlier_one_said(
    mode: CoachMode, answer: str
) -> None:
    for level in FeedbackLevel:
        said = sentences(feedback(answer, level, mode).to_text())
        assert len(said) == len(set(said)), said


def test_basic_is_the_headline_in_one_or_two_sentences() -> None:
    basic = feedback(WE_VERSION, FeedbackLevel.BASIC)
    assert basic.to_text() == basic.headline
    assert 1 <= len(re.findall(r"[.!?](?:\s|$)", basic.headline)) <= 2


def test_standard_says_what_is_clear_and_what_is_missing_in_a_line_each() -> None:
    standard = feedback(WE_VERSION, FeedbackLevel.STANDARD)
    assert len(standard.clear) == 1
    assert "Result" in standard.clear[0]
    assert standard.missing
    assert standard.missing[0].startswith("Ownership:")
    assert not standard.strengths
    assert not standard.gaps


def test_detailed_replaces_the_summary_lines_with_quoted_strengths_and_suggested_gaps() -> None:
    detailed = feedback(WE_VERSION, FeedbackLevel.DETAILED)
    assert not detailed.clear
    assert not detailed.missing
    assert detailed.strengths
    assert all(p.quote for p in detailed.strengths)
    assert detailed.gaps
    assert all(p.suggestion for p in detailed.gaps)
    assert not {p.dimension for p in detailed.strengths} & {p.dimension for p in detailed.gaps}


def test_the_standard_missing_lines_are_the_detailed_gaps() -> None:
    standard = feedback(WITHOUT_NUMBERS, FeedbackLevel.STANDARD)
    detailed = feedback(WITHOUT_NUMBERS, FeedbackLevel.DETAILED)
    assert [line.split(":")[0] for line in standard.missing] == [
        p.text.split(":")[0] for p in detailed.gaps
    ]


def test_expert_shows_the_anchor_reached_and_the_one_above_for_the_parts_to_work_on() -> None:
    expert = feedback(WITHOUT_NUMBERS, FeedbackLevel.EXPERT)
    assert {row.dimension for row in expert.anchors} == {p.dimension for p in expert.gaps}
    for row in expert.anchors:
        assert row.above == (5 if row.nearest == 1 else row.nearest + 2)
        assert set(row.anchors) == {row.nearest, row.above}
    absent = feedback(WITHOUT_RESULT, FeedbackLevel.EXPERT).anchors
    result = next(row for row in absent if row.dimension is Dimension.RESULT)
    assert result.anchors[result.nearest] == "Not shown yet."  # never "a hint" of nothing


def test_the_model_structure_fills_the_reasoning_with_the_candidates_words_and_marks_blanks() -> (
    None
):
    expert = assess(WITHOUT_RESULT, FeedbackLevel.EXPERT)
    texts = []
    for line in expert.feedback.model_answer:
        if line.from_answer:
            for quoted in re.findall(r'"([^"]+?)…?"', line.text):
                assert quoted.rstrip("…") in WITHOUT_RESULT
                texts.append(quoted)
        else:
            assert line.text.startswith("[")
            assert line.text.endswith("]")
    assert len(texts) == len(set(texts)), "no words are placed twice"
    result = next(line for line in expert.feedback.model_answer if line.part == "Result")
    assert not result.from_answer  # no outcome was given, so it is a blank to fill


# --- voices -----------------------------------------------------------------------------------


def test_voices_say_the_same_facts_and_quotes() -> None:
    by_mode = {m: feedback(WE_VERSION, FeedbackLevel.EXPERT, m) for m in CoachMode}
    quotes = {m: [p.quote for p in f.strengths] for m, f in by_mode.items()}
    assert len({tuple(q) for q in quotes.values()}) == 1
    first_gaps = {f.gaps[0].text for f in by_mode.values()}
    assert len(first_gaps) == 1
    assert len({f.headline for f in by_mode.values()}) == len(CoachMode)


def test_each_voice_has_its_own_way_of_giving_advice() -> None:
    by_mode = {m: feedback(WITHOUT_NUMBERS, FeedbackLevel.DETAILED, m) for m in CoachMode}
    assert len(by_mode[CoachMode.FRIEND].gaps) == 1  # one gap at a time
    assert all("Why it matters" in (p.suggestion or "") for p in by_mode[CoachMode.GUIDE].gaps)
    assert "STAR" in by_mode[CoachMode.GUIDE].closing
    challenger = by_mode[CoachMode.CHALLENGER].gaps
    assert all((p.suggestion or "").rstrip('"').endswith("?") for p in challenger)
    drill = by_mode[CoachMode.DRILL_SERGEANT]
    assert all(len((p.suggestion or "").split()) <= 10 for p in drill.gaps)
    lines = [set(f.to_text().splitlines()) for f in by_mode.values()]
    shared = set.intersection(*lines) - {""}
    assert all(line.endswith(":") for line in shared)  # only the section titles are shared


# --- the product's own example ----------------------------------------------------------------


def test_the_products_example_reads_as_a_coach_would_put_it() -> None:
    def at(level: FeedbackLevel) -> Feedback:
        return ASSESSOR.assess(PERFORMANCE, EXAMPLE, level=level).feedback

    # The measured change is a clear Result: the advice is about what the one line leaves out.
    assert "weighed" in at(FeedbackLevel.BASIC).headline
    standard = at(FeedbackLevel.STANDARD)
    assert "Result" in standard.clear[0]
    assert not any(line.startswith("Result") for line in standard.missing)
    assert any(line.startswith("Task") for line in standard.missing)
    detailed = at(FeedbackLevel.DETAILED)
    assert any(
        "2 seconds to 200ms" in (p.quote.text if p.quote else "") for p in detailed.strengths
    )
    assert any(p.dimension is Dimension.DEPTH for p in detailed.gaps)
    expert = at(FeedbackLevel.EXPERT)
    result = next(line for line in expert.model_answer if line.part == "Result")
    assert "2 seconds to 200ms" in result.text
    action = next(line for line in expert.model_answer if line.part == "Action")
    assert "N+1" in action.text


# --- the words as data --------------------------------------------------------------------------


def test_a_point_missing_a_field_is_refused_with_its_name() -> None:
    with pytest.raises(WordsError, match=r"gap\.'result\.odd'.*probe"):
        _phrases(
            {"result.odd": {"note": "n", "short": "s", "why": "w", "do": "d", "order": "o"}},
            "gap",
            gap=True,
        )


def test_a_point_with_an_unknown_slot_is_refused() -> None:
    entry = {"note": "{nonsense}", "short": "s", "why": "w"}
    with pytest.raises(WordsError, match="nonsense"):
        _phrases({"x": entry}, "strength", gap=False)


def test_every_point_reaches_a_score_above_the_clear_line() -> None:
    for phrase in (*words().gaps.values(), *words().strengths.values()):
        assert phrase.reaches > CLEAR


ROUTINE = (
    "When a guest arrives and we're overbooked I always apologise first and I usually ring our "
    "sister hotel on Dale Street for a room. I always book the guest a taxi there and we pay "
    "for it, and I normally send a breakfast voucher for the morning."
)


def test_only_a_question_about_one_time_is_told_to_find_one_real_occasion() -> None:
    def gap_keys(question: str) -> set[str]:
        result = assess(ROUTINE, question=question)
        return {g.phrase.key for g in read_answer(result.scorecard, result.analysis).gaps}

    told = gap_keys("Tell me about a time a guest arrived and the hotel was overbooked.")
    planned = gap_keys("What would you do if a guest arrived at midnight and we had overbooked?")
    assert "specificity.habits" in told
    assert "specificity.habits" not in planned


CONCEPT = (
    "An accrual is an expense you have incurred but not yet been invoiced for, like a utility "
    "bill for March that arrives in April, so the amount is known or close to it. A provision "
    "is a liability of uncertain timing or amount, such as a warranty claim or a legal case. "
    "I recognise a provision when there is a present obligation from a past event, an outflow "
    "is probable, and I can estimate it reliably."
)


def _gap_keys(question: str, answer: str) -> set[str]:
    result = ASSESSOR.assess(question, answer, QuestionType.TECHNICAL)
    return {g.phrase.key.split("@")[0] for g in read_answer(result.scorecard, result.analysis).gaps}


def test_a_concept_explained_is_not_asked_for_the_scale_and_constraints_of_a_design() -> None:
    explained = _gap_keys("What's the difference between an accrual and a provision?", CONCEPT)
    designed = _gap_keys("How would you set up month-end accruals for a new client?", CONCEPT)
    assert "situation.missing" not in explained
    assert "situation.missing" in designed


def test_a_technical_answer_that_weighs_an_option_is_still_asked_for_its_cost() -> None:
    question = "How would you design an idempotent payments API?"
    answer = (
        "I would put an idempotency key on every payment request and store the key with the "
        "response in Postgres, rather than de-duplicating retries in the client, because "
        "retries come from many places. A retry with the same key returns the stored response "
        "instead of charging twice."
    )
    assert "depth.trade-off" in _gap_keys(question, answer)
    with_cost = answer + " The cost is extra storage and a 24-hour key retention window."
    assert "depth.trade-off" not in _gap_keys(question, with_cost)


WHY_QUESTION = (
    "Why do you want to move from the road ambulance service into our air ambulance team?"
)
RECORD_ONLY = (
    "I've been in the ambulance service for 11 years and attended over 9,000 calls. I've done "
    "four marathons and I have a 98% compliance score on my audits. I'm a very driven person "
    "and the air ambulance is the top of pre-hospital care, so I want to join your team."
)


def _motivational_gaps(answer: str) -> set[str]:
    result = ASSESSOR.assess(WHY_QUESTION, answer, QuestionType.MOTIVATIONAL)
    return {g.phrase.key for g in read_answer(result.scorecard, result.analysis).gaps}


def test_a_why_answer_is_asked_for_its_reasons_never_for_an_option_it_turned_down() -> None:
    keys = _motivational_gaps(RECORD_ONLY)
    assert "depth.reasoning@motivational" in keys
    assert not any(k.startswith(("depth.alternative", "depth.lesson")) for k in keys)
    reasons = RECORD_ONLY + (
        " I want to move because the critical-care cases I see once a month on the road are the "
        "daily work on the aircraft, and I want to work alongside a doctor."
    )
    assert not any(k.startswith("depth.") for k in _motivational_gaps(reasons))


BLAMING = (
    "Last spring our release slipped by two weeks. The QA lead was honestly useless, and the "
    "product team never listened to anything we said. I rewrote the test plan myself and ran "
    "the regression suite every night, and we shipped on 14 May with 3 open bugs."
)


CUT_OFF = "What would you do if your shift missed the truck cut-off three nights in a row?"
BLAMING_PLAN = (
    "To be honest that's usually down to inbound. If goods-in don't put away on time, my "
    "pickers can't pick. So what I'd do is get the data showing it's the day shift's put-away "
    "that's late and take it to the ops manager so it's clear it's not my team."
)


def test_blame_leads_the_feedback_quoted_from_the_clause_that_blames() -> None:
    result = ASSESSOR.assess(QUESTION, BLAMING, level=FeedbackLevel.DETAILED)
    first = result.feedback.gaps[0]
    assert first.dimension is Dimension.OWNERSHIP
    assert first.quote is not None
    assert first.quote.text.startswith("The QA lead was honestly useless")
    plan = ASSESSOR.assess(CUT_OFF, BLAMING_PLAN, QuestionType.SITUATIONAL)
    gaps = read_answer(plan.scorecard, plan.analysis).gaps
    assert gaps[0].phrase.key.startswith("ownership.blame")
    blamed = result.analysis.manner.blame
    assert blamed
    for strength in result.feedback.strengths:
        assert strength.quote is not None
        assert not any(b.start <= strength.quote.start < b.end for b in blamed)


def test_an_outcome_of_none_is_not_asked_by_how_much() -> None:
    ending = "Nobody sent anything back after that, and the complaint was closed."
    answer = (
        "Last March a customer complained that our invoices were wrong. I checked every invoice "
        "for that quarter, found the tax code we had misapplied, and reissued them myself. "
    )
    told = ASSESSOR.assess(QUESTION, answer + ending)
    keys = {g.phrase.key for g in read_answer(told.scorecard, told.analysis).gaps}
    assert "result.measure" not in keys
    vague = ASSESSOR.assess(
        QUESTION, answer + "The customer was delighted and renewed the contract."
    )
    keys = {g.phrase.key for g in read_answer(vague.scorecard, vague.analysis).gaps}
    assert "result.measure" in keys


def test_a_plan_is_asked_for_who_what_and_when_not_for_figures_like_a_story() -> None:
    question = "What would you do if a student told you they were being hurt at home?"
    answer = (
        "I would listen calmly without asking leading questions, write down what they said in "
        "their words, and report it to the safeguarding lead the same day. I would tell the "
        "student what happens next."
    )
    result = ASSESSOR.assess(question, answer, QuestionType.SITUATIONAL)
    keys = {g.phrase.key for g in read_answer(result.scorecard, result.analysis).gaps}
    assert "specificity.numbers@situational" in keys
    phrase = words().gap("specificity.numbers", QuestionType.SITUATIONAL)
    assert "figures" not in phrase.note + phrase.do
    assert "who you would" in phrase.do


HOME_VISIT = (
    "What would you do if a parent refused to let you in on a home visit, and how would you "
    "record and escalate it?"
)
DOORSTEP = (
    "I'd keep calm and stay on the doorstep rather than pushing it. I'd explain why I'm there "
    "and what I'm worried about in plain language, and I'd ask to see the child at the door so "
    "I know they're okay. If they still refused I'd offer to come back at a set time the next "
    "morning with a colleague."
)


def test_a_further_question_left_unanswered_is_named_first_in_its_own_words() -> None:
    result = ASSESSOR.assess(HOME_VISIT, DOORSTEP, QuestionType.SITUATIONAL)
    reading = read_answer(result.scorecard, result.analysis)
    assert reading.gaps[0].phrase.key == "relevance.further"
    assert "how would you record and escalate it?" in result.feedback.headline
    assert Dimension.RELEVANCE not in reading.clear  # a part with a gap is not also "clear"


def test_a_further_question_answered_is_not_raised() -> None:
    told = (
        DOORSTEP
        + " Afterwards I'd record the refusal on the case file and escalate it to my manager."
    )
    result = ASSESSOR.assess(HOME_VISIT, told, QuestionType.SITUATIONAL)
    keys = {g.phrase.key for g in read_answer(result.scorecard, result.analysis).gaps}
    assert "relevance.further" not in keys
