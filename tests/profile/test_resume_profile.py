"""Profiling resumes of several professions: roles, years, domains, skills, achievements."""

from __future__ import annotations

import json

import pytest

from interview_coach.profile import CandidateProfile
from interview_coach.profile.resume import profile_resume
from tests.profile.fake_skills import fake_find_skills
from tests.profile.fixtures import TODAY, resume_text


def profile(name: str) -> CandidateProfile:
    return profile_resume(resume_text(name), today=TODAY)


def test_nurse_roles_titles_employers_and_dates() -> None:
    candidate = profile("nurse.txt")

    summary = [(r.title, r.employer, r.start, r.end, r.years) for r in candidate.roles]
    assert summary == [
        ("Charge Nurse", "Springfield Memorial Hospital", "2021-01", "present", 4.5),
        ("Staff Nurse", "St. Luke's Medical Center", "2017-06", "2020-12", 3.6),
    ]
    assert candidate.years_experience == 8.1
    assert candidate.domains[0] == "healthcare"


def test_nurse_achievements_keep_metrics_and_drop_injected_instructions() -> None:
    candidate = profile("nurse.txt")

    texts = [achievement.text for achievement in candidate.achievements]
    assert not any("Ignore" in text for text in texts)
    assert not any("Ignore" in bullet for role in candidate.roles for bullet in role.bullets)
    infections = next(a for a in candidate.achievements if "central-line" in a.text)
    assert infections.metrics == ("40%", "18 months")
    assert infections.role == "Charge Nurse"


def test_achievements_with_numbers_come_first() -> None:
    achievements = profile("nurse.txt").achievements

    with_numbers = [bool(a.metrics) for a in achievements]
    assert with_numbers == sorted(with_numbers, reverse=True)
    assert with_numbers[0]


def test_nurse_education_and_licences() -> None:
    education = profile("nurse.txt").education

    assert (
        education[0] == "Bachelor of Science in Nursing (BSN), University of Illinois Chicago, 2017"
    )
    assert any("CCRN" in entry for entry in education)


def test_sales_manager_markdown_resume() -> None:
    candidate = profile("sales_manager.md")

    assert [(r.title, r.employer) for r in candidate.roles] == [
        ("Regional Sales Manager", "CloudDesk Software"),
        ("Senior Account Executive", "Brightline CRM"),
        ("Sales Development Representative", "Brightline CRM"),
    ]
    assert candidate.roles[0].end == "present"
    assert candidate.years_experience == 12.4  # 2013 to June 2025
    assert "Salesforce" in candidate.skills
    growth = candidate.achievements[0]
    assert growth.metrics[:2] == ("$4.2M", "$9.8M")


def test_data_analyst_slash_dates_and_skills() -> None:
    candidate = profile("data_analyst.txt")

    assert [(r.title, r.employer, r.start, r.end) for r in candidate.roles] == [
        ("Data Analyst", "Northwind Retail Group", "2021-03", "present"),
        ("Junior Analyst", "Fabrikam Marketing", "2019-06", "2021-02"),
    ]
    assert {"SQL", "Tableau", "Python"} <= set(candidate.skills)
    assert "retail" in candidate.domains
    assert candidate.education == (
        "MSc Statistics, Stockholm University, 2019",
        "BSc Economics, Uppsala University, 2017",
    )


def test_teacher_resume_with_lowercase_headings() -> None:
    candidate = profile("teacher.txt")

    assert [(r.title, r.employer) for r in candidate.roles] == [
        ("Lead Teacher of Mathematics", "Riverside Academy"),
        ("Mathematics Teacher", "Oakfield School"),
    ]
    assert candidate.domains[0] == "education"
    assert "safeguarding" in {skill.lower() for skill in candidate.skills}
    pass_rate = candidate.achievements[0]
    assert pass_rate.metrics == ("48%", "67%")


def test_software_engineer_with_year_ranges_and_star_bullets() -> None:
    candidate = profile("software_engineer_fintech.txt")

    assert [(r.title, r.employer, r.start, r.end, r.years) for r in candidate.roles] == [
        ("Software Engineer II", "Coinvault Payments", "2020", "2023", 3.0),
        ("Software Engineer", "Finbright", "2018", "2020", 2.0),
    ]
    assert candidate.years_experience == 5.0
    assert candidate.domains[0] == "fintech"
    assert {"Java", "Python", "PostgreSQL"} <= set(candidate.skills)
    assert len(candidate.roles[0].bullets) == 3


@pytest.mark.parametrize(
    "name",
    [
        "nurse.txt",
        "sales_manager.md",
        "data_analyst.txt",
        "teacher.txt",
        "software_engineer_fintech.txt",
    ],
)
def test_no_name_email_phone_address_or_link_is_kept(name: str) -> None:
    kept = json.dumps(profile(name).to_dict())
    header = resume_text(name).split("\n")[:3]

    for private in ("@example", "555", "7700", "github.com", "https://", "Elm Street"):
        assert private not in kept
    person = header[0].lstrip("# ").split(",")[0]
    assert person not in kept


def test_profile_of_text_with_no_resume_in_it_is_empty() -> None:
    candidate = profile_resume("hello there", today=TODAY, find_skills=fake_find_skills)

    assert candidate == CandidateProfile()


def test_resume_without_headings_still_finds_its_roles() -> None:
    text = (
        "Sam Rivera\n"
        "Backend Engineer, Paylane, 2019 - Present\n"
        "- Built payment services in Go and Kafka, cutting costs by 30%\n"
    )

    candidate = profile_resume(text, today=TODAY, find_skills=fake_find_skills)

    assert [(r.title, r.employer, r.start) for r in candidate.roles] == [
        ("Backend Engineer", "Paylane", "2019")
    ]
    assert candidate.achievements[0].skills == ("Go", "Apache Kafka")


def test_years_stated_in_the_summary_count_when_roles_have_no_dates() -> None:
    text = (
        "Summary\nNurse with 6 years of clinical experience.\n\nExperience\nStaff Nurse, Ward 5\n"
    )

    candidate = profile_resume(text, today=TODAY, find_skills=fake_find_skills)

    assert candidate.years_experience == 6.0


def test_skills_are_ranked_by_mentions_and_unknown_listed_skills_are_kept() -> None:
    text = (
        "Experience\nEngineer, Acme, 2020 - 2022\n- Built Python services\n- Tuned Python jobs\n"
        "Skills\nPython, Go, Temporal, Grafana Loki\n"
    )

    candidate = profile_resume(text, today=TODAY, find_skills=fake_find_skills)

    assert candidate.skills == ("Python", "Go", "Temporal", "Grafana Loki")


def test_wrapped_bullet_lines_stay_one_achievement() -> None:
    text = (
        "Experience\nEngineer, Acme, 2020 - 2022\n"
        "- Moved 40 services to Kubernetes, cutting the monthly\n"
        "cloud bill by 22%\n"
        "- Wrote the on-call runbook\n"
    )

    candidate = profile_resume(text, today=TODAY, find_skills=fake_find_skills)

    assert candidate.roles[0].bullets == (
        "Moved 40 services to Kubernetes, cutting the monthly cloud bill by 22%",
        "Wrote the on-call runbook",
    )
    assert candidate.achievements[0].metrics == ("40 services", "22%")


def test_the_persons_name_is_removed_from_bullets_too() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nExperience\nEngineer, Acme, 2020 - 2022\n"
        "- Won the Jane Doe prize for 3 projects; see https://janedoe.example/work\n"
    )

    candidate = profile_resume(text, today=TODAY, find_skills=fake_find_skills)

    kept = json.dumps(candidate.to_dict())
    assert "Jane" not in kept
    assert "janedoe" not in kept
    assert candidate.achievements[0].text == "Won the prize for 3 projects; see"
