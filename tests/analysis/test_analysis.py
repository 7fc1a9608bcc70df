"""The facts the analysis reads off an answer, the way an interviewer reads them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_coach.analysis import analyse, infer_type, prepare
from interview_coach.analysis.clauses import Agent, Mood
from interview_coach.analysis.depth import DepthKind
from interview_coach.analysis.length import LengthVerdict
from interview_coach.analysis.numbers import Reading, quantities
from interview_coach.analysis.question import explains
from interview_coach.analysis.relevance import asks, asks_in
from interview_coach.analysis.star import StarRole
from interview_coach.analysis.text import split_sentences
from interview_coach.vocabulary import QuestionType
from tests.rubric.answers import QUESTION, STRONG

QUESTION_PREPARED = prepare(QUESTION)
PERFORMANCE = prepare("Tell me about a time you improved the performance of a system.")
PRODUCT_EXAMPLE = (
    "I optimized our API response time, reducing it from 2 seconds to 200ms through profiling "
    "and refactoring N+1 queries."
)


def clauses_of(answer: str, question=QUESTION_PREPARED):  # type: ignore[no-untyped-def]
    analysis = analyse(question, answer)
    return [part for sentence in analysis.sentences for part in sentence.clauses]


def test_sentences_keep_offsets_and_survive_abbreviations_and_decimals() -> None:
    text = (
        "At Acme Inc. I led the rollout, e.g. billing. Costs fell 3.5% in Q2! "
        "Then I left at 5 p.m. today."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "At Acme Inc. I led the rollout, e.g. billing.",
        "Costs fell 3.5% in Q2!",
        "Then I left at 5 p.m. today.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_sentence_that_acts_and_reports_the_outcome_carries_both_roles() -> None:
    parts = clauses_of(PRODUCT_EXAMPLE, PERFORMANCE)
    assert [p.clause.text.split()[0] for p in parts] == ["I", "reducing"]
    assert StarRole.ACTION in parts[0].roles
    assert StarRole.RESULT in parts[1].roles
    assert parts[1].clause.agent is Agent.SELF  # the participle inherits its actor


def test_someone_elses_request_is_the_task_not_the_candidates_action() -> None:
    parts = clauses_of(
        "Last March the operations director asked me to cut late departures on the night "
        "shift. I mapped every departure for two weeks and moved the loading cut-off to 1 a.m."
    )
    request = parts[0]
    assert request.clause.given
    assert request.clause.agent is Agent.OTHER
    assert StarRole.TASK in request.roles
    assert StarRole.ACTION not in request.roles
    assert any(StarRole.ACTION in p.roles and p.clause.agent is Agent.SELF for p in parts[1:])


def test_a_routine_is_a_habit_not_one_occasion() -> None:
    analysis = analyse(
        QUESTION_PREPARED,
        "When a ticket comes in I triage it within ten minutes. I tag it by product and "
        "severity, and I escalate anything that blocks payments.",
    )
    assert {c.mood for c in analysis.clauses if c.agent is Agent.SELF} == {Mood.HABIT}
    assert not analysis.manner.occasion


def test_a_routine_stays_a_routine_through_participles_and_verbs_alike_in_the_past() -> None:
    analysis = analyse(
        QUESTION_PREPARED,
        "I tag it by category and set the priority based on the impact. I make sure I keep "
        "customers updated. I think most escalations can be prevented by clear macros.",
    )
    assert Mood.EVENT not in {c.mood for c in analysis.clauses if c.agent is Agent.SELF}
    assert not analysis.manner.occasion


def test_a_past_told_after_a_verb_of_thinking_is_still_the_past() -> None:
    parts = clauses_of("I think we fixed the scheduler that night.")
    assert parts[0].clause.mood is Mood.EVENT


def test_would_in_reported_speech_and_a_denied_past_belong_to_the_story() -> None:
    parts = clauses_of(
        "The sub's PM told me in our weekly meeting that they wouldn't start level 4. "
        "I didn't argue it out in the meeting. If it slipped again, I'd call the owner."
    )
    moods = [p.clause.mood for p in parts]
    assert moods[:2] == [Mood.EVENT, Mood.EVENT]
    assert moods[-1] is Mood.PLAN  # a would after a condition is still a plan


def test_a_cost_told_plainly_is_a_trade_off_and_cue_words_alone_are_not() -> None:
    told = analyse(
        QUESTION_PREPARED,
        "Structured interviews predict performance better. They take time to build, a couple "
        "of hours with the manager to agree five competencies and their anchors.",
    )
    assert DepthKind.TRADE_OFF in told.depth.kinds
    salad = analyse(QUESTION_PREPARED, "It takes time, and there are pros and cons to weigh.")
    assert DepthKind.TRADE_OFF not in salad.depth.kinds


def test_product_jargon_makes_nothing_concrete() -> None:
    analysis = analyse(
        QUESTION_PREPARED,
        "We were on a journey to become more user-centric and data-informed, so I championed "
        "co-creation to ideate around the pain points.",
    )
    assert not any(c.concrete for s in analysis.sentences for c in s.clauses)


def test_what_others_did_after_the_last_step_is_the_ending_even_before_the_lesson() -> None:
    analysis = analyse(
        QUESTION_PREPARED,
        "Last winter I took a call at 2am from a woman hiding in a wardrobe. She couldn't give "
        "the address because she had just moved in. I told her to answer only yes or no. I "
        "triggered a mobile location request and dispatched two units. Officers entered and "
        "arrested a man in the kitchen. What I took away was the yes-or-no technique, and I "
        "wrote it up for the training team.",
    )
    ending = next(c for s in analysis.sentences for c in s.clauses if "Officers" in c.clause.text)
    assert StarRole.RESULT in ending.roles


def test_a_plan_goes_on_in_the_base_form() -> None:
    parts = clauses_of("I'd call the duty manager and then delay the transfer until Monday.")
    assert len(parts) == 2
    assert all(StarRole.ACTION in p.roles and p.clause.mood is Mood.PLAN for p in parts)


def test_a_lesson_that_changed_the_team_s_procedure_is_full_depth() -> None:
    analysis = analyse(
        QUESTION_PREPARED,
        "What changed: I wrote a one-page checklist that every temporary works design on our "
        "team now goes through, with a trial pit required within 20 metres of any excavation.",
    )
    assert DepthKind.LESSON in analysis.depth.full_kinds


def test_a_plan_to_prove_it_is_someone_elses_fault_is_blame() -> None:
    analysis = analyse(
        QUESTION_PREPARED,
        "That's usually down to inbound. I'd get the data showing it's the day shift's put-away "
        "that's late, so it's clear it's not my team.",
    )
    assert len(analysis.manner.blame) == 2


def test_a_plan_is_read_as_a_plan() -> None:
    parts = clauses_of("First I would pause the release and check the audit log for bad rows.")
    assert parts[0].clause.mood is Mood.PLAN


def test_star_roles_of_a_complete_story() -> None:
    analysis = analyse(QUESTION_PREPARED, STRONG)
    roles = {s.sentence.text.split()[0] + " " + s.sentence.text.split()[1]: s.roles
             for s in analysis.sentences}  # fmt: skip
    assert StarRole.SITUATION in roles["Last spring"]
    assert StarRole.TASK in roles["My goal"]
    assert StarRole.ACTION in roles["First I"]
    assert StarRole.RESULT in roles["As a"]
    # What had gone wrong before the candidate acted is the scene, not the outcome.
    assert StarRole.RESULT not in roles["Our new"]


def test_numbers_are_read_with_their_units_and_their_part_in_the_story() -> None:
    found = {q.text: q for q in quantities(PRODUCT_EXAMPLE)}
    assert found["from 2 seconds to 200ms"].reading is Reading.OUTCOME
    assert not any("1" in text for text in found)  # N+1 names a query pattern
    dose = quantities("I gave 10 mg of morphine and rechecked her pain score at 30 minutes.")
    assert {q.kind for q in dose} >= {"measure", "duration"}
    assert {q.kind for q in quantities("p95 latency fell to 120 ms")} >= {"percentile"}
    threshold = quantities("If a column has more than 50% missing I would drop it.")
    assert [q.reading for q in threshold] == [Reading.THRESHOLD]
    padding = quantities("I have 12 years of experience and I have run 2 marathons.")
    assert {q.reading for q in padding} == {Reading.PADDING}


@pytest.mark.parametrize(
    "told",
    [
        "which took roughly two weeks off our waiting list",
        "and it knocked 40 minutes off every handover",
    ],
)
def test_a_reduction_told_as_what_was_taken_off_is_an_outcome(told: str) -> None:
    assert [q.reading for q in quantities(told)] == [Reading.OUTCOME]


def test_an_outcome_inside_a_target_is_measured() -> None:
    analysis = analyse(
        QUESTION_PREPARED,
        "On a night shift last winter I recognised early sepsis in a post-op patient. I gave "
        "the first antibiotic 41 minutes after I recognised the change, well inside our "
        "60-minute goal, and she recovered without ICU transfer.",
    )
    outcomes = [q.text for q in analysis.numbers if q.reading is Reading.OUTCOME]
    assert "41 minutes" in outcomes
    assert any(StarRole.RESULT in s.roles and "recovered" in s.sentence.text
               for s in analysis.sentences)  # fmt: skip


def test_depth_needs_content_around_its_cue() -> None:
    reasoned = analyse(
        QUESTION_PREPARED,
        "I considered hiring temporary staff for the peak but rejected it because training "
        "them would take longer than the peak itself. The trade-off is extra storage and a "
        "24-hour key retention window. I learned to map the flow first, and now I do that "
        "before any change.",
    ).depth
    assert {DepthKind.ALTERNATIVE, DepthKind.TRADE_OFF, DepthKind.LESSON} <= reasoned.full_kinds
    salad = analyse(
        QUESTION_PREPARED,
        "I weighed the trade-offs, considered the alternatives, mitigated the risks and "
        "reflected on the lessons learned.",
    ).depth
    assert salad.points == ()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The cost: more admin per call-off, and suppliers price less sharply without "
            "guaranteed volume.",
            DepthKind.TRADE_OFF,
        ),
        (
            "I didn't open a new QC lot: the shift was only on analyser B, and A was fine on "
            "the same QC vial.",
            DepthKind.ALTERNATIVE,
        ),
        (
            "Creatinine feeds eGFR and a small bias can move a patient across a CKD stage, so "
            "I didn't want to wait for it to break a rule.",
            DepthKind.REASONING,
        ),
    ],
)
def test_depth_told_without_its_usual_cue_words_is_read(sentence: str, kind: DepthKind) -> None:
    assert kind in analyse(QUESTION_PREPARED, sentence).depth.full_kinds


def test_following_up_verifies_only_as_a_later_look() -> None:
    later = analyse(QUESTION_PREPARED, "I'd follow up a week later with each shift lead.").depth
    assert DepthKind.VERIFICATION in later.kinds
    rest = analyse(
        QUESTION_PREPARED, "I'd ship a smaller version of the rota and follow up with the rest."
    ).depth
    assert DepthKind.VERIFICATION not in rest.kinds


def test_a_sentence_that_opens_with_so_is_carrying_on_not_reasoning() -> None:
    told = analyse(QUESTION_PREPARED, "So I went down to the dock and counted the pallets myself.")
    assert DepthKind.REASONING not in told.depth.kinds


def test_an_honest_i_havent_faced_that_is_read_as_an_approach() -> None:
    analysis = analyse(
        QUESTION_PREPARED,
        "I haven't faced exactly that, but here is how I would approach it. First I would "
        "talk to each shift lead to find where the time goes, then I would rebuild the rota.",
    )
    assert analysis.manner.honest_approach is not None
    assert analysis.reading is QuestionType.SITUATIONAL


def test_blame_buzzwords_and_restarts_are_noticed() -> None:
    analysis = analyse(
        QUESTION_PREPARED,
        "So this was back in 2019, actually maybe 2020. Honestly it wasn't my fault, the "
        "other team was useless. I leveraged synergies to drive results.",
    )
    assert analysis.manner.blame
    assert analysis.manner.restarts >= 1
    assert "leveraged synergies"[:9] in " ".join(analysis.manner.buzzwords)


def test_what_a_question_asks_for_is_read_from_its_wording() -> None:
    conflict = prepare("Tell me about a time you disagreed with a colleague.")
    assert "conflict" in conflict.asks
    beyond = prepare(
        "Tell me about a time you took responsibility for a problem that was not strictly yours."
    )
    answer = (
        "The failing nightly job wasn't my team's service, and nobody owned it, so I decided "
        "to take it on. I traced the failure to an expired certificate and set up an alert."
    )
    shown = analyse(beyond, answer).relevance
    assert [c.ask for c in shown.main if c.shown is not None] == ["beyond-role"]
    denied = analyse(conflict, "I don't really have disagreements with colleagues.").relevance
    assert all(c.shown is None for c in denied.main)


def test_restating_the_question_is_not_judged() -> None:
    restated = analyse(
        QUESTION_PREPARED, "A time I had to turn around a struggling project. " + STRONG
    )
    plain = analyse(QUESTION_PREPARED, STRONG)
    assert len(restated.relevance.restated) == 1
    assert [s.sentence.text for s in restated.sentences] == [
        s.sentence.text for s in plain.sentences
    ]


def test_length_is_judged_against_the_target_for_the_question_type() -> None:
    analysis = analyse(QUESTION_PREPARED, STRONG)
    assert analysis.length.verdict is LengthVerdict.ON_TARGET
    assert analysis.length.speaking_seconds == round(analysis.length.words * 60 / 130)
    short = analyse(QUESTION_PREPARED, "I fixed it quickly and it worked.")
    assert short.length.verdict is LengthVerdict.TOO_SHORT


def test_fillers_and_hedges_are_counted() -> None:
    analysis = analyse(QUESTION_PREPARED, "Um, I think I kind of, you know, uh, fixed it maybe.")
    assert analysis.delivery.fillers == 3
    assert analysis.delivery.hedges == 3


def test_question_types_are_inferred_from_wording() -> None:
    technical = [
        "How would you design an idempotent payments API?",
        "How would you handle a retried operation so that it never runs twice?",
        "How would you debug a p99 latency spike?",
        "Explain how you would recognise early sepsis.",
        "What is the difference between FIFO and FEFO?",
        "Walk me through how you'd investigate shrinkage in your store.",
        "How do you assess pain in a ventilated patient?",
    ]
    assert {infer_type(q) for q in technical} == {QuestionType.TECHNICAL}
    assert infer_type("Tell me about a time you failed.") is QuestionType.BEHAVIORAL
    assert (
        infer_type("Tell me about a time you had to explain a complex issue to a customer.")
        is QuestionType.BEHAVIORAL
    )
    assert infer_type("What would you do if a patient refused care?") is QuestionType.SITUATIONAL
    assert infer_type("How would you handle an angry customer?") is QuestionType.SITUATIONAL
    assert infer_type("Why do you want to teach at our school?") is QuestionType.MOTIVATIONAL
    assert infer_type("Where do you see yourself in five years?") is QuestionType.MOTIVATIONAL


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_any_text_at_all_is_analysed_without_error(answer: str) -> None:
    analysis = analyse(QUESTION_PREPARED, answer)
    for item in analysis.sentences:
        assert analysis.text[item.sentence.start : item.sentence.end] == item.sentence.text
        for part in item.clauses:
            assert analysis.text[part.clause.start : part.clause.end] == part.clause.text


MOTIVATION = prepare("Why do you want to work as a maintenance technician here?")


def test_a_cv_read_aloud_places_the_speaker_but_is_neither_action_nor_result() -> None:
    analysis = analyse(
        MOTIVATION,
        "I've got 14 years in the trade. I've closed out well over 3,000 work orders in that "
        "time. I hold six tickets, including my 17th Edition. Outside work I've done two "
        "marathons.",
    )
    parts = [part for sentence in analysis.sentences for part in sentence.clauses]
    assert all(part.clause.record for part in parts)
    assert not any(part.roles & {StarRole.ACTION, StarRole.RESULT} for part in parts)
    assert {q.reading for q in analysis.numbers if q.reading is not Reading.DATE} == {
        Reading.PADDING
    }


def test_the_storys_own_outcome_told_in_the_perfect_is_still_a_result() -> None:
    parts = clauses_of(
        "I found the duplicate check keyed on the invoice number, so I normalised the numbers "
        "on entry, and we've had no duplicates since."
    )
    assert not any(part.clause.record for part in parts)
    assert any(StarRole.RESULT in part.roles for part in parts)


def test_a_career_total_in_a_story_earns_no_specificity() -> None:
    padded = analyse(QUESTION_PREPARED, "I've run over 300 campaigns. " + STRONG)
    plain = analyse(QUESTION_PREPARED, STRONG)
    assert len(padded.numbers) > len(plain.numbers)
    assert [q for q in padded.numbers if q.reading is not Reading.PADDING] == [
        q.__class__(q.kind, q.reading, q.start + 29, q.end + 29, q.text) for q in plain.numbers
    ]


def test_a_spoken_answer_is_read_through_its_fillers_and_its_pauses() -> None:
    # Transcribed speech: fillers between subject and verb, and a pause where a comma would be.
    parts = clauses_of(
        "Last spring the rota kept failing  so I umm rebuilt it around the school runs  and "
        "then uh I asked each nurse to swap one shift."
    )
    assert len(parts) >= 3
    acting = [p for p in parts if StarRole.ACTION in p.roles]
    assert [p.clause.verb for p in acting] == ["rebuilt", "asked"]
    assert all(p.clause.agent is Agent.SELF for p in acting)


def test_a_motivational_goal_counts_however_plainly_it_is_said() -> None:
    analysis = analyse(
        prepare("Why do you want to step up to general manager?"),
        "Honestly it's the next step and the money's better. I've run the floor for two years.",
    )
    roles = {role for sentence in analysis.sentences for role in sentence.roles}
    assert StarRole.TASK in roles


MOTIVE = prepare("Why do you want to join us as an employed plumber?")


def _told_as(role: StarRole, question, answer: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The clauses of the answer that play ``role``."""
    analysis = analyse(question, answer, None)
    parts = [part for sentence in analysis.sentences for part in sentence.clauses]
    return [part.clause.text for part in parts if role in part.roles]


def _acting_clauses(question, answer):  # type: ignore[no-untyped-def]
    return _told_as(StarRole.ACTION, question, answer)


def test_a_motivational_answer_of_claimed_traits_offers_no_evidence() -> None:
    acting = _acting_clauses(
        MOTIVE,
        "I bring a can-do attitude, a customer-first mindset and a real hunger to learn. I always "
        "go the extra mile and I pride myself on delivering excellence on every single job. I "
        "thrive in a fast-paced environment and I'd hit the ground running.",
    )
    assert acting == []
    praise = _acting_clauses(
        MOTIVE,
        "I've always been someone who goes above and beyond, and I really align with your values "
        "around zero harm. I'm not afraid to make the tough calls and I'd be a great fit.",
    )
    assert praise == []


def test_what_a_motivational_answer_has_done_is_its_evidence() -> None:
    acting = _acting_clauses(
        MOTIVE,
        "For six years I've run my own jobs. Last winter I rebuilt the heating in a 40-flat block "
        "and I now run two apprentices. I fit Worcester boilers every week.",
    )
    assert any("rebuilt the heating" in text for text in acting)
    assert any("Worcester" in text for text in acting)


REAGENT = prepare("How do you verify a new reagent lot before it goes into use?")


def _results(question, answer):  # type: ignore[no-untyped-def]
    return _told_as(StarRole.RESULT, question, answer)


def test_an_illustration_or_a_check_in_the_approach_is_not_a_technical_proof() -> None:
    assert (
        _results(
            REAGENT,
            "I run the new lot beside the current one on both QC levels and twenty patient "
            "samples, "
            "for example samples near the decision limits. Then I'd check the bias of each sample.",
        )
        == []
    )


def test_a_worked_example_from_the_candidates_past_proves_a_technical_approach() -> None:
    results = _results(
        REAGENT,
        "I run the new lot beside the current one on both QC levels and twenty patient samples. "
        "Last autumn a new HbA1c lot read +4 mmol/mol at the low end; I rejected it and the "
        "replacement passed at +0.8.",
    )
    assert any("read +4 mmol/mol" in text for text in results)


@pytest.mark.parametrize(
    "framing",
    [
        "The real choice is between Alfredson eccentrics and heavy slow resistance loading.",
        "I accept the new lot if the mean bias is within our allowable limit of 3 mmol/mol.",
    ],
)
def test_a_technical_answer_frames_its_problem_by_the_choice_or_the_bar_it_sets(
    framing: str,
) -> None:
    analysis = analyse(REAGENT, framing + " I run both lots on twenty patient samples.", None)
    assert any(StarRole.TASK in part.roles for s in analysis.sentences for part in s.clauses)


def test_a_plan_that_first_diagnoses_how_it_went_wrong_reads_the_situation() -> None:
    analysis = analyse(
        prepare("It's 2 a.m. and troponin QC has just failed. What would you do?"),
        "I'd hold troponin on the middleware so nothing autovalidates. Then I'd look at how it "
        "failed: a single 1-3s on one level looks random, a 2-2s across both looks systematic.",
    )
    reading = [p for s in analysis.sentences for p in s.clauses if StarRole.SITUATION in p.roles]
    assert any("how it" in part.clause.text for part in reading)


def test_cliches_make_no_clause_concrete() -> None:
    question = prepare("How would you improve sedation practice on your unit?")
    vague = analyse(
        question,
        "For me, a holistic, patient-centred approach is really at the heart of what good "
        "nursing, and I'm genuinely passionate about collaborative best practice.",
    )
    assert not any(part.concrete for s in vague.sentences for part in s.clauses)


def test_process_words_said_of_any_plan_make_no_step_concrete() -> None:
    vague = analyse(
        prepare("What would you do if a passenger became aggressive during the meal service?"),
        "I'd weigh up the trade-offs between the different options available to me. Afterwards "
        "I'd measure the outcome, document it and reflect on the lessons learned. I'd escalate "
        "if required.",
    )
    assert not any(part.concrete for s in vague.sentences for part in s.clauses)


def test_a_bound_in_a_plan_is_a_threshold_not_a_measure() -> None:
    analysis = analyse(
        prepare("How would you handle missing data in a churn model?"),
        "If a column has more than 50% missing values I would drop it. Between 5% and 50% I'd "
        "impute the median. Under 5% I'd just drop the rows.",
    )
    assert {q.reading for q in analysis.numbers} == {Reading.THRESHOLD}
    assert not any(q.measures for q in analysis.numbers)


def test_a_habit_or_a_grievance_is_not_the_task() -> None:
    question = prepare("Tell me about a time you handled an unhappy guest.")
    for opening in (
        "I deal with unhappy guests pretty much every week, it's part of the job.",
        "Honestly the problem was not on me, the kitchen was a shambles.",
    ):
        parts = clauses_of(opening, question)
        assert not any(StarRole.TASK in part.roles for part in parts), opening
    handed = clauses_of("My manager asked me to win back a regular who had complained.", question)
    assert any(StarRole.TASK in part.roles for part in handed)


def test_had_shortened_to_d_before_a_participle_is_the_past_not_a_plan() -> None:
    question = prepare("Tell me about a mistake you made at work.")
    told = clauses_of("In 2022 I'd used the admission weight, not that morning's.", question)
    assert told[0].clause.mood is not Mood.PLAN
    planned = clauses_of("I'd use the admission weight and check it with the pharmacist.")
    assert planned[0].clause.mood is Mood.PLAN


def test_a_rate_is_not_an_age_in_the_candidates_record() -> None:
    question = prepare("Tell me about a mistake you made at work.")
    rate = clauses_of("In 2022 I started a heparin infusion at 18 ml/h instead of 13.", question)
    assert not rate[0].clause.record
    age = clauses_of("I started at 18 in a hotel kitchen, washing pots.", question)
    assert age[0].clause.record


def test_a_shortfall_told_as_a_fact_is_the_problem_of_the_story() -> None:
    parts = clauses_of(
        "When I took over the Nordics patch in 2023 it had zero open pipeline. I pulled our "
        "closed-won data and built a 120-account list from it.",
        prepare("Tell me about a time you had to build pipeline from scratch."),
    )
    assert StarRole.TASK in parts[0].roles


def test_a_technical_answer_frames_its_problem_by_what_it_starts_from_and_not() -> None:
    question = prepare("How would you plan staffing for a holiday peak?")
    framed = analyse(
        question,
        "I start from demand, not from last year's schedule. I take last year's traffic by hour "
        "and convert it into labour hours at our target sales per labour hour. I hire 14 "
        "seasonals in early October and budget six hours of paid training each.",
    )
    assert framed.with_role(StarRole.TASK)
    listed = analyse(
        question,
        "I take last year's traffic by hour and convert it into labour hours at our target sales "
        "per labour hour. I hire 14 seasonals in early October and budget six hours of paid "
        "training each.",
    )
    assert not listed.with_role(StarRole.TASK)


def test_what_a_step_of_a_plan_is_for_is_its_goal() -> None:
    analysis = analyse(
        prepare("A customer's urgent order went on the wrong trailer. What do you do?"),
        "I'd check the WMS and the load records to confirm where it went. If we still had the "
        "stock, I'd pick it again and send it on a dedicated van, so it gets there for 7. Then "
        "I'd tell the account manager.",
    )
    goals = [p for s in analysis.sentences for p in s.clauses if StarRole.TASK in p.roles]
    assert [g.clause.text for g in goals] == ["so it gets there for 7."]


def test_numbers_about_life_outside_the_work_or_a_whole_market_are_padding() -> None:
    for text in (
        "Healthcare is a huge market, $4 trillion in the US.",
        "I have about 1,200 connections on LinkedIn.",
        "I've done three Ironman races.",
        "I also coach my son's football team, 14 kids.",
    ):
        assert {q.reading for q in quantities(text)} == {Reading.PADDING}, text
    assert [q.text for q in quantities("Revenue rose to $4 trillion.")] == ["$4 trillion"]


def test_praise_said_with_they_always_is_not_blame_and_contempt_is() -> None:
    question = prepare("Why do you want to work for our company?")
    praise = analyse(question, "I've shopped at your stores for years and they always feel tidy.")
    assert not praise.manner.blame
    contempt = analyse(
        prepare("Tell me about a time a subcontractor underperformed. How did you handle it?"),
        "The electrical sub was a joke. Honestly most subs these days are like that, you can't "
        "rely on anyone. All he cared about was his monthly report.",
    )
    assert len(contempt.manner.blame) == 3


def test_stock_reasons_for_wanting_a_job_are_cliches() -> None:
    analysis = analyse(
        prepare("Why do you want this role?"),
        "I'm looking for my next challenge and this is the natural next step for someone with my "
        "track record.",
    )
    expected = {"my next challenge", "natural next step", "track record"}
    assert set(analysis.manner.buzzwords) == expected


@pytest.mark.parametrize(
    ("question", "explained"),
    [
        ("What's the difference between an accrual and a provision?", True),
        ("Explain the difference between optimistic and pessimistic locking.", True),
        ("What is the purpose of a strategy discussion, and who needs to be involved?", True),
        ("Explain how you would set safety stock levels for a fast-moving SKU.", False),
        ("Explain what a chargeback is and how you would help a merchant respond.", False),
        ("How would you design an idempotent payments API?", False),
        ("What is the difference between two designs, and how would you migrate?", False),
    ],
)
def test_a_technical_question_that_asks_for_a_concept_explained_is_told_apart(
    question: str, explained: bool
) -> None:
    assert explains(question) is explained


def test_optimistic_locking_is_not_an_ask_about_speed_but_optimising_a_query_is() -> None:
    assert "performance" not in asks_in("Explain optimistic and pessimistic locking.")
    assert "performance" in asks_in("How would you optimise a slow query?")


def test_a_colleague_who_bypassed_a_rule_is_asked_about_as_misconduct() -> None:
    assert "misconduct" in asks_in(
        "What would you do if you found out a colleague had bypassed a safety interlock?"
    )
    # Being asked to look away is integrity, not someone else's misconduct to deal with.
    assert "misconduct" not in asks_in(
        "Tell me about a time you found a safety problem that someone wanted you to ignore."
    )


def test_each_further_question_of_an_ask_is_checked_in_its_own_words() -> None:
    question = prepare(
        "What would you do if a parent refused to let you in on a home visit, and how would you "
        "record and escalate it?"
    )
    assert [part.text for part in question.further] == ["how would you record and escalate it"]
    doorstep = "I'd stay calm on the doorstep, explain why I'm there and ask to see the child."
    missed = analyse(question, doorstep).relevance.checks
    assert [c.shown for c in missed if c.part] == [None]
    both = doorstep + " Back at the office I'd record the refusal and escalate it to my manager."
    told = analyse(question, both).relevance.checks
    assert all(c.shown is not None for c in told if c.part)


def test_a_part_with_its_own_ask_or_no_words_of_its_own_is_not_checked_twice() -> None:
    assert prepare("Tell me about a time you failed. What did you learn?").further == ()
    assert prepare("Our launch will slip. What would you do, and why?").further == ()


@pytest.mark.parametrize(
    "shortfall",
    [
        "We had the housing cracking in the vibration test at 2.1 million cycles, against a "
        "requirement of 10 million, and the customer's date was eight weeks out.",
        "By mid-December we were at £71k and the response rate was 2.1% against the 4% we'd "
        "modelled.",
    ],
)
def test_a_shortfall_against_what_was_needed_is_the_storys_problem(shortfall: str) -> None:
    analysis = analyse(PERFORMANCE, shortfall + " I sectioned the parts and redrew the fillet.")
    opening = analysis.sentences[0].clauses
    assert any(StarRole.TASK in part.roles for part in opening)


@pytest.mark.parametrize(
    "reason",
    [
        "Your charity funds the hospice where my dad spent his last month.",
        "I'm looking for work that means something after twelve years in telesales.",
        "I really believe in what the practice does for rescue greyhounds.",
    ],
)
def test_a_reason_for_wanting_the_job_is_read_in_any_organisations_words(reason: str) -> None:
    motivation = next(a for a in asks() if a.id == "motivation")
    assert motivation.evidence(split_sentences(reason)) is not None


def test_qualities_anyone_offers_are_not_what_a_candidate_would_bring() -> None:
    def brings(answer: str) -> bool:
        return bool(_told_as(StarRole.RESULT, MOTIVE, answer))

    assert not brings("I'd bring a lot of enthusiasm and commitment to the team from day one.")
    assert brings("What I'd bring is a Gas Safe ticket and six years of unvented cylinder work.")


def test_running_a_refresher_for_the_team_is_leading_people() -> None:
    leadership = next(a for a in asks() if a.id == "leadership")
    told = split_sentences("We ran a refresher for all the milkers on pre-dipping.")
    assert leadership.evidence(told) is not None


def test_whoever_opens_a_clause_acts_in_it_not_the_i_of_a_clause_inside() -> None:
    parts = clauses_of("A regular came back two days after a balayage I'd done. I fixed it.")
    assert parts[0].clause.agent is Agent.OTHER
    assert StarRole.ACTION not in parts[0].roles
    first = clauses_of("The first thing I did was ring the ward.")[0]
    assert first.clause.agent is Agent.SELF
