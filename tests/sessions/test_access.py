"""One access rule: another candidate's interview and a missing one are the same NotFound."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_coach.sessions import Coach, NotFound
from tests.sessions.scripted import ANSWERS, JOB, RESUME

Use = Callable[[Coach, str, str], object]
USES: dict[str, Use] = {
    "interview": lambda c, who, iid: c.interview(who, iid),
    "submit_answer": lambda c, who, iid: c.submit_answer(who, iid, ANSWERS[0]),
    "save_draft": lambda c, who, iid: c.save_draft(who, iid, "draft"),
    "retake": lambda c, who, iid: c.retake(who, iid),
    "finish": lambda c, who, iid: c.finish(who, iid),
    "start_new": lambda c, who, iid: c.start_new(who, iid),
    "report": lambda c, who, iid: c.report(who, iid),
}


@pytest.fixture
def owned(coach: Coach) -> tuple[str, str, str]:
    """(owner, someone else, the owner's interview with one answer)."""
    owner, other = coach.add_candidate("owner"), coach.add_candidate("other")
    turn = coach.start_interview(owner, RESUME, JOB, length="quick", seed=1)
    coach.submit_answer(owner, turn.interview_id, ANSWERS[0])
    return owner, other, turn.interview_id


@pytest.mark.parametrize("use", USES.values(), ids=USES.keys())
def test_not_yours_and_missing_look_the_same(
    coach: Coach, owned: tuple[str, str, str], use: Use
) -> None:
    owner, other, interview_id = owned
    before = coach.export_all(owner)

    with pytest.raises(NotFound) as not_yours:
        use(coach, other, interview_id)
    with pytest.raises(NotFound) as missing:
        use(coach, other, "00000000-0000-0000-0000-000000000000")

    assert type(not_yours.value) is type(missing.value)
    assert not_yours.value.message == missing.value.message
    after = coach.export_all(owner)
    assert {k: v for k, v in after.items() if k != "exported_at"} == {
        k: v for k, v in before.items() if k != "exported_at"
    }
    assert coach.history(other) == ()


@pytest.mark.parametrize("bad", ["", "x" * 10_000, "' OR 1=1 --", "../../etc/passwd"])
def test_malformed_ids_are_simply_not_found(
    coach: Coach, owned: tuple[str, str, str], bad: str
) -> None:
    owner, _, interview_id = owned
    with pytest.raises(NotFound):
        coach.interview(owner, bad)
    with pytest.raises(NotFound):
        coach.interview(bad, interview_id)


def test_unknown_candidates_are_not_found(coach: Coach) -> None:
    for use in (coach.history, coach.progress, coach.export_all, coach.delete_all, coach.credits):
        with pytest.raises(NotFound):
            use("no-such-candidate")
    with pytest.raises(NotFound):
        coach.start_interview("no-such-candidate", RESUME, JOB)


def test_the_local_candidate_is_one_and_the_same(make_coach) -> None:  # type: ignore[no-untyped-def]
    first, second = make_coach(), make_coach()
    assert first.local_candidate_id() == second.local_candidate_id()
