from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from interview_coach.cli.packs import register
from interview_coach.competencies import all_competencies, competency
from interview_coach.packs import PackError, builtin_packs, load_pack, pack_of, use_extra_packs
from interview_coach.packs.check import type_mismatches
from interview_coach.planner import PlanSettings, plan_session
from interview_coach.profile.model import JobProfile
from interview_coach.vocabulary import SessionLength, TopicFocus
from tests.planner.profiles import NURSE

#: A career centre's own pack, as a coach would write it.
CAREER_CENTRE_PACK = (Path(__file__).parent / "data" / "veterinary.toml").read_text(
    encoding="utf-8"
)


@pytest.fixture
def extra_pack(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "veterinary.toml"
    path.write_text(CAREER_CENTRE_PACK, encoding="utf-8")
    use_extra_packs([path])
    yield path
    use_extra_packs([])


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command keeps `packs` a subcommand
        pass

    return app


def test_the_builtin_packs_cover_ten_professions_and_the_people_competencies() -> None:
    ids = {p.id for p in builtin_packs()}
    professions = ids - {"people", "general"}
    assert len(professions) >= 10
    assert {"clinical", "retail", "finance", "engineering", "support", "product"} <= professions


def test_every_competency_records_the_pack_it_comes_from() -> None:
    assert pack_of("triage") is not None
    assert pack_of("triage").id == "clinical"
    assert pack_of("conflict").id == "people"  # type: ignore[union-attr]


def test_a_career_centre_pack_adds_questions_without_code(extra_pack: Path) -> None:
    assert competency("animal-handling").name == "Animal handling"
    settings = PlanSettings(focus=TopicFocus.HARD_SKILLS, length=SessionLength.FULL)
    job = JobProfile(
        title="Veterinary Nurse",
        must_have=("animal handling",),
        responsibilities=("Support vets with animal handling during procedures",),
    )
    plans = plan_session(NURSE, job, settings, seed=3)
    asked = [p for p in plans if p.competency == "animal-handling"]
    assert asked
    assert all(p.pack == "veterinary" for p in asked)


def test_removing_the_extra_pack_removes_its_competencies(extra_pack: Path) -> None:
    use_extra_packs([])
    assert "animal-handling" not in {c.id for c in all_competencies()}


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("[pack]\nid = 'x y'\nname = 'X'\n", 2, "lower-case"),
        ("[pack]\nid = 'ok'\nname = 'X'\n", 1, "at least one"),
        (CAREER_CENTRE_PACK.replace('types = ["technical", "situational"]',
                                    'types = ["technical", "riddle"]'), 8, "types are"),
        (CAREER_CENTRE_PACK.replace("{", "{{", 0).replace(
            '"calm a cat that bites when handled"', '"calm a cat that bites {owner}"'), 17,
         "unknown slot"),
        (CAREER_CENTRE_PACK.replace(', best = "Makes handling low-stress for animals and safe '
                                    'for the whole team."', ""), 8, "anchors"),
    ],
)  # fmt: skip
def test_a_bad_pack_is_a_clear_error_naming_the_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError, match=message) as raised:
        load_pack(path)
    assert str(raised.value).startswith(f"{path}:{line}:")


def test_invalid_toml_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[pack]\nid = "x\n', encoding="utf-8")
    with pytest.raises(PackError, match=r"broken.toml: not valid TOML.*line 2"):
        load_pack(path)


def test_an_extra_pack_may_not_redefine_a_builtin_competency(tmp_path: Path) -> None:
    path = tmp_path / "clash.toml"
    path.write_text(CAREER_CENTRE_PACK.replace('id = "animal-handling"', 'id = "triage"'))
    with pytest.raises(PackError, match="already defined"):
        use_extra_packs([path])
    use_extra_packs([])


def test_packs_list_and_check_commands(tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(_app(), ["packs", "list"])
    assert listed.exit_code == 0
    assert "clinical" in listed.output
    assert "retail" in listed.output
    good = tmp_path / "veterinary.toml"
    good.write_text(CAREER_CENTRE_PACK, encoding="utf-8")
    checked = runner.invoke(_app(), ["packs", "check", str(good)])
    assert checked.exit_code == 0
    assert "usable" in checked.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[pack]\nid = 'Bad'\nname = 'X'\n", encoding="utf-8")
    failed = runner.invoke(_app(), ["packs", "check", str(bad)])
    assert failed.exit_code == 2
    assert f"{bad}:2:" in failed.output


def test_check_names_a_seed_the_judge_would_read_as_another_type(tmp_path: Path) -> None:
    scenario = '"an owner insists on holding their own pet"'
    assert scenario in CAREER_CENTRE_PACK
    wrong = tmp_path / "wrong.toml"
    wrong.write_text(
        CAREER_CENTRE_PACK.replace(scenario, '"why you chose to work with animals"'),
        encoding="utf-8",
    )
    line = next(
        n for n, text in enumerate(wrong.read_text().splitlines(), 1) if "why you chose" in text
    )
    failed = CliRunner().invoke(_app(), ["packs", "check", str(wrong)])
    assert failed.exit_code == 2
    assert f"{wrong}:{line}: competency 'animal-handling', scenarios:" in failed.output
    assert "declared situational but reads as motivational" in failed.output


def test_every_builtin_seed_reads_as_the_type_it_is_declared_for() -> None:
    assert [m for pack in builtin_packs() for m in type_mismatches(pack)] == []
