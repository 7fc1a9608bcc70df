"""Engines come from registered factories fed by settings; every one scores alike."""

from __future__ import annotations

import pytest

from interview_coach.assessment import Assessor
from interview_coach.engine import UnknownEngine, available_engines, build_engine
from interview_coach.engine.builtin import BuiltinEngine
from interview_coach.engine.llm import CompatibleEngine, EngineMisconfigured
from interview_coach.settings import Settings
from tests.engine.fakes import FailingEngine, FakeEngine, ScriptedServer, completion
from tests.engine.scored import ANSWERS, QUESTION, brief_of, good_reply


def test_both_engines_are_registered_through_the_entry_point() -> None:
    assert {"builtin", "openai"} <= set(available_engines())


def test_the_factory_hands_the_settings_to_the_engine() -> None:
    engine = build_engine(
        Settings(
            engine="openai", llm_base_url="http://127.0.0.1:9/v1/", llm_model="m", llm_max_tokens=99
        )
    )
    assert isinstance(engine, CompatibleEngine)
    assert (engine.base_url, engine.model, engine.max_tokens) == ("http://127.0.0.1:9/v1", "m", 99)
    assert isinstance(build_engine(Settings()), BuiltinEngine)


def test_a_missing_setting_is_named() -> None:
    with pytest.raises(EngineMisconfigured, match="INTERVIEW_COACH_LLM_BASE_URL"):
        build_engine(Settings(engine="openai", llm_model="m"))
    with pytest.raises(EngineMisconfigured, match="INTERVIEW_COACH_LLM_MODEL"):
        build_engine(Settings(engine="openai", llm_base_url="http://127.0.0.1:9/v1"))


def test_a_key_variable_that_is_not_set_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_TEST_KEY", raising=False)
    chosen = Settings(engine="openai", llm_base_url="http://127.0.0.1:9/v1", llm_model="m",
                      llm_api_key_env="COACH_TEST_KEY")  # fmt: skip
    with pytest.raises(EngineMisconfigured, match="COACH_TEST_KEY"):
        build_engine(chosen)
    monkeypatch.setenv("COACH_TEST_KEY", "sk-1")
    assert isinstance(build_engine(chosen), CompatibleEngine)


def test_an_unknown_engine_lists_the_installed_ones() -> None:
    with pytest.raises(UnknownEngine, match=r"builtin, .*openai"):
        build_engine(Settings(engine="gpt-magic"))


def test_the_fake_engine_says_what_it_is_told() -> None:
    fake = FakeEngine()
    brief = brief_of()
    written = brief.draft.__class__(brief.level, brief.mode, "Told to say this.")
    fake.enqueue(written)
    assert fake.write_feedback(brief).headline == "Told to say this."
    assert fake.write_feedback(brief) is brief.draft  # the queue is empty: the built-in words


def test_every_engine_yields_identical_scorecards_for_the_same_answers() -> None:
    scripted = ScriptedServer(completion(good_reply(brief_of())))
    engines = [build_engine(Settings()), FakeEngine(), FailingEngine(), scripted.engine()]
    cards = []
    for engine in engines:
        assessor = Assessor(embedder=None, engine=engine)
        cards.append(
            [_numbers(assessor.assess(QUESTION, answer).scorecard.to_dict()) for answer in ANSWERS]
        )
    assert all(card == cards[0] for card in cards[1:])


def test_a_failing_engine_falls_back_to_the_builtin_wording_and_says_so() -> None:
    builtin = Assessor(embedder=None).assess(QUESTION, ANSWERS[0])
    failed = Assessor(embedder=None, engine=FailingEngine()).assess(QUESTION, ANSWERS[0])
    assert failed.feedback == builtin.feedback
    assert any(w.code == "engine_fallback" for w in failed.scorecard.warnings)


def _numbers(card: dict[str, object]) -> dict[str, object]:
    return {key: card[key] for key in ("overall", "band", "dimensions", "evidence")}
