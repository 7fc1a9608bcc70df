"""The facts the analysis reads off an answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interview_coach.analysis import analyse, infer_type, prepare
from interview_coach.analysis.facts import metrics
from interview_coach.analysis.length import LengthVerdict
from interview_coach.analysis.star import StarRole
from interview_coach.analysis.text import split_sentences
from interview_coach.vocabulary import QuestionType
from tests.rubric.answers import QUESTION, STRONG

QUESTION_PREPARED = prepare(QUESTION)


def roles_of(answer: str) -> dict[str, StarRole | None]:
    analysis = analyse(QUESTION_PREPARED, answer)
    return {item.sentence.text: item.role for item in analysis.sentences}


def test_sentences_keep_offsets_and_survive_abbreviations_and_decimals() -> None:
    text = "At Acme Inc. I led the rollout, e.g. billing. Costs fell 3.5% in Q2! Then I left."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "At Acme Inc. I led the rollout, e.g. billing.",
        "Costs fell 3.5% in Q2!",
        "Then I left.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_spoken_run_on_answer_is_split_at_clause_joiners() -> None:
    text = " ".join(["I talked to the team about the plan and what we needed to change"] * 4)
    text += " and then I rewrote the schedule so everyone knew their shift"
    assert len(split_sentences(text)) >= 2


def test_star_roles_follow_cues_tense_and_position() -> None:
    roles = roles_of(STRONG)
    by_start = {text.split()[0] + " " + text.split()[1]: role for text, role in roles.items()}
    assert by_start["Last spring"] is StarRole.SITUATION
    assert by_start["My goal"] is StarRole.TASK
    assert by_start["First I"] is StarRole.ACTION
    assert by_start["As a"] is StarRole.RESULT


def test_metrics_cover_percentages_money_durations_dates_and_counts() -> None:
    found = {
        f.detail: f.text for f in metrics("Saved $40k, cut 12% in six weeks in 2022 for 300 users")
    }
    assert found == {
        "money": "$40k",
        "percent": "12%",
        "duration": "six weeks",
        "date": "2022",
        "count": "300 users",
    }


def test_named_tools_come_from_the_gazetteer() -> None:
    analysis = analyse(QUESTION_PREPARED, "I moved our reports from Excel to Tableau and k8s.")
    assert {f.text for f in analysis.facts_of("tool")} >= {"Excel", "Tableau", "k8s"}


def test_depth_sees_reasoning_alternatives_trade_offs_risks_and_lessons() -> None:
    answer = (
        "I chose Postgres because we needed transactions. We considered Mongo instead of it. "
        "The trade-off was slower writes. The risk was a migration outage, so we had a rollback. "
        "In hindsight I would test earlier."
    )
    depth = analyse(QUESTION_PREPARED, answer).depth
    assert depth.kinds_shown == 5


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
    assert infer_type("Tell me about a time you failed.") is QuestionType.BEHAVIORAL
    assert infer_type("How would you design a URL shortener?") is QuestionType.TECHNICAL
    assert infer_type("What would you do if a patient refused care?") is QuestionType.SITUATIONAL
    assert infer_type("Why do you want to teach at our school?") is QuestionType.MOTIVATIONAL


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_any_text_at_all_is_analysed_without_error(answer: str) -> None:
    analysis = analyse(QUESTION_PREPARED, answer)
    for item in analysis.sentences:
        assert analysis.text[item.sentence.start : item.sentence.end] == item.sentence.text
