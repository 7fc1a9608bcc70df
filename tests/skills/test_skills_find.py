"""find_skills on the shipped gazetteer: aliases, case rules, punctuation, offsets, professions."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_coach.skills import KINDS, Gazetteer, SkillMention, find_skills


def names(text: str) -> list[str]:
    return [m.name for m in find_skills(text)]


def surfaces(text: str) -> list[str]:
    return [m.text for m in find_skills(text)]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("JS", "JavaScript"),
        ("GCP", "Google Cloud Platform"),
        ("golang", "Go"),
        ("MS Excel", "Microsoft Excel"),
        ("sfdc", "Salesforce"),
        ("EHR", "Electronic health records"),
        ("Epic", "Epic"),
        ("IV therapy", "IV therapy"),
        ("ReactJS", "React"),
        ("scikit-learn", "scikit-learn"),
        ("Google Classroom", "Google Classroom"),
        ("T-SQL", "T-SQL"),
    ],
)
def test_aliases_resolve_to_their_canonical_name(alias: str, canonical: str) -> None:
    assert names(f"I used {alias} every day.") == [canonical]


@pytest.mark.parametrize(
    "text",
    [
        "Word of mouth brought us most of our clients.",
        "Access to the building was restricted.",
        "The project was late, so I stayed late.",
        "Science fairs were my favourite part of school.",
        "I kept a ledger of every decision.",
        "Let's go through the plan. Go ahead.",
        "Our teams met in the office every Monday.",
        "Visual checks came first; the Office was closed.",
        "The sales were up and the spring was busy.",
        "I had to sketch a plan and lean on my manager.",
        "Julia and Maya joined the team from Apple and Google.",
    ],
)
def test_everyday_words_that_are_also_product_names_do_not_hit(text: str) -> None:
    assert find_skills(text) == []


def test_excel_matches_capitalised_but_not_the_verb() -> None:
    assert names("I built the model in Excel.") == ["Microsoft Excel"]
    assert names("I excel at keeping things calm.") == []


def test_microsoft_word_matches_with_its_vendor() -> None:
    assert names("I wrote the report in Microsoft Word.") == ["Microsoft Word"]


def test_one_letter_languages_need_a_tool_in_the_same_sentence() -> None:
    assert names("I analysed it in Python and R.") == ["Python", "R"]
    assert names("I wrote drivers in C and C++.") == ["C", "C++"]
    assert names("She got a grade C. Then we used R.") == []
    assert names("Plan B was ready, plan C too.") == []


def test_go_needs_a_tool_nearby_unless_written_golang() -> None:
    assert names("Services in Go and Rust run on Kubernetes.") == ["Go", "Rust", "Kubernetes"]
    assert names("We had to Go live by Friday.") == []
    assert names("I rewrote it in golang.") == ["Go"]


def test_short_acronyms_match_only_in_capitals() -> None:
    assert names("Our ML pipeline ran on Kubernetes.") == ["Machine learning", "Kubernetes"]
    assert names("We gave 500 ml of saline.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C++ and C# on .NET", ["C++", "C#", ".NET"]),
        ("Node.js, ASP.NET and Vue.js", ["Node.js", "ASP.NET", "Vue.js"]),
        ("CI/CD with GitHub Actions", ["CI/CD", "GitHub Actions"]),
        ("front-end and front end", ["front-end", "front end"]),
        ("Objective-C and PL/SQL", ["Objective-C", "PL/SQL"]),
    ],
)
def test_punctuated_names_match_whole(text: str, expected: list[str]) -> None:
    assert surfaces(text) == expected


def test_a_form_never_spans_a_comma() -> None:
    assert names("I know C#, .NET and SQL.") == ["C#", ".NET", "SQL"]


def test_letters_glued_by_hyphen_or_ampersand_do_not_hit() -> None:
    assert find_skills("I presented to the C-suite about R&D spend in C++.") == [
        SkillMention("C++", "tool", 46, 49, "C++")
    ]


def test_offsets_point_at_the_surface_text() -> None:
    text = "At the clinic I charted in Epic, triaged walk-ins and used Microsoft Excel."
    found = find_skills(text)
    assert [m.text for m in found] == ["Epic", "triaged", "Microsoft Excel"]
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


def test_longest_form_wins_and_mentions_do_not_overlap() -> None:
    found = find_skills("I use Microsoft Excel and Amazon Web Services for machine learning.")
    assert [m.text for m in found] == ["Microsoft Excel", "Amazon Web Services", "machine learning"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_nurse_answer() -> None:
    text = (
        "On a busy night shift I triaged six patients, started two IVs, documented "
        "everything in Epic and pulled medications from the Pyxis. I used SBAR to hand over, "
        "and my BLS and ACLS training kept me calm during a code; wound care came after."
    )
    assert {
        "Triage",
        "IV therapy",
        "Epic",
        "Pyxis",
        "SBAR",
        "Basic Life Support",
        "Advanced Cardiac Life Support",
        "Wound care",
    } <= set(names(text))


def test_sales_manager_answer() -> None:
    text = (
        "I owned pipeline management for twelve reps in Salesforce, coached them on cold "
        "calling and consultative selling, and we beat quota by 18 percent through account "
        "management and upselling to existing customers."
    )
    assert {
        "Pipeline management",
        "Salesforce",
        "Cold calling",
        "Consultative selling",
        "Account management",
        "Upselling",
    } <= set(names(text))


def test_data_analyst_answer() -> None:
    text = (
        "I cleaned the data in Python with pandas, wrote the SQL in BigQuery, ran an A/B test "
        "and built a Tableau dashboard; the regression analysis showed churn fell 9 percent."
    )
    assert {
        "Python",
        "pandas",
        "SQL",
        "BigQuery",
        "A/B testing",
        "Tableau",
        "Regression analysis",
    } <= set(names(text))


def test_teacher_answer() -> None:
    text = (
        "For my Year 4 class I led curriculum design for the science unit, used Google "
        "Classroom for homework, and my classroom management plan and differentiated "
        "instruction helped three students with IEPs; formative assessment showed the gains."
    )
    assert {
        "Curriculum design",
        "Google Classroom",
        "Classroom management",
        "Differentiated instruction",
        "Individualized Education Programs",
        "Formative assessment",
    } <= set(names(text))


def test_soft_skills_are_transversal() -> None:
    found = find_skills("Good communication, conflict resolution and time management matter.")
    assert [(m.name, m.kind) for m in found] == [
        ("Communication", "transversal"),
        ("Conflict resolution", "transversal"),
        ("Time management", "transversal"),
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "...,;!?", "12 34 56"])
def test_empty_or_wordless_text_finds_nothing(text: str) -> None:
    assert find_skills(text) == []


def test_output_is_deterministic_across_loads() -> None:
    text = "Python, Docker, k8s, Epic, Salesforce, lesson planning and teamwork."
    assert find_skills(text) == find_skills(text) == Gazetteer.load().find(text)


@given(st.text(alphabet=st.sampled_from(list("CR+#./-& ,GoPythnsqlEx\n")), max_size=80))
def test_any_text_gives_ordered_disjoint_mentions_with_true_offsets(text: str) -> None:
    found = find_skills(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    for mention in found:
        assert mention.start < mention.end
        assert text[mention.start : mention.end] == mention.text
        assert mention.kind in KINDS
