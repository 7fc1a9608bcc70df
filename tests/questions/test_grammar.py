from __future__ import annotations

import pytest

from interview_coach.questions.facts import phrase_fact
from interview_coach.questions.grammar import article, as_term, tidy


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("engineer", "an"), ("user research", "a"), ("hour", "an"), ("SRE", "an"),
     ("ICU nurse", "an"), ("Python service", "a"), ("one-off", "a"), ("MBA", "an")],
)  # fmt: skip
def test_article_follows_the_sound_of_the_next_word(phrase: str, expected: str) -> None:
    assert article(phrase) == expected


@pytest.mark.parametrize(
    ("term", "expected"),
    [("Patient assessment", "patient assessment"), ("Python", "Python"), ("SQL", "SQL"),
     ("Triage", "triage"), ("Microsoft Excel", "Microsoft Excel"),
     ("Project Management", "project management"), ("iOS", "iOS")],
)  # fmt: skip
def test_skills_read_naturally_mid_sentence(term: str, expected: str) -> None:
    assert as_term(term) == expected


def test_tidy_fixes_articles_spacing_and_capitals() -> None:
    assert tidy("tell me about a  ICU shift .  what happened?") == (
        "Tell me about an ICU shift. What happened?"
    )


def test_a_long_resume_bullet_becomes_a_short_noun_phrase() -> None:
    fact = phrase_fact(
        "Led the migration of the payments ledger to PostgreSQL, cutting reconciliation time by 40%"
    )
    assert fact is not None
    assert fact.noun == "the payments ledger migration"
    assert fact.did == "led the migration of the payments ledger to PostgreSQL"


@pytest.mark.parametrize(
    ("bullet", "noun", "did"),
    [
        ("Built a real-time fraud detection service handling 2M events/day",
         "the real-time fraud detection service", "built a real-time fraud detection service"),
        ("Redesigned the onboarding flow for mobile users across 14 markets",
         "the onboarding flow redesign", "redesigned the onboarding flow for mobile users"),
        ("Design and build payment APIs",
         "designing and building payment APIs", "designed and built payment APIs"),
        ("Mentored three junior analysts who were later promoted",
         "mentoring three junior analysts", "mentored three junior analysts"),
        ("Ran a Saturday revision club attended by 60 students",
         "the Saturday revision club", "run a Saturday revision club"),
    ],
)  # fmt: skip
def test_bullets_trim_to_phrases_that_fit_a_question(bullet: str, noun: str, did: str) -> None:
    fact = phrase_fact(bullet)
    assert fact is not None
    assert (fact.noun, fact.did) == (noun, did)


def test_job_duties_become_gerunds() -> None:
    fact = phrase_fact("You will own the reliability of our payment processing systems.")
    assert fact is not None
    assert fact.doing == "owning the reliability of our payment processing systems"


def test_a_bullet_without_a_verb_keeps_its_words() -> None:
    fact = phrase_fact("Payments ledger migration to PostgreSQL")
    assert fact is not None
    assert fact.did is None
    assert fact.noun == "payments ledger migration to PostgreSQL"
