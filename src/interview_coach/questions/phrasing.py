"""The built-in phrasing of a planned question in each coach mode.

Modes change tone and depth, never what is asked: the plan (type, competency, difficulty,
grounding) is the same whatever the mode.
"""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING

from interview_coach.competencies import competency
from interview_coach.questions import voices
from interview_coach.questions.bank import render
from interview_coach.questions.grammar import tidy
from interview_coach.questions.seeds import SEEDS
from interview_coach.vocabulary import CoachMode

if TYPE_CHECKING:
    from interview_coach.planner.plan import QuestionPlan


def phrase(plan: QuestionPlan, mode: CoachMode) -> str:
    """The question as the coach asks it in this mode."""
    core = render(plan.template, plan.slot_values, plan.probe)
    voice = {
        CoachMode.FRIEND: _friend,
        CoachMode.GUIDE: _guide,
        CoachMode.CHALLENGER: _challenger,
        CoachMode.DRILL_SERGEANT: _drill_sergeant,
    }[mode]
    return tidy(voice(plan, core))


def ask_of(plan: QuestionPlan) -> str:
    """What the question asks, without any coach mode's wording: the same in every mode and
    whatever engine phrases it. Scores and the repeat check read this."""
    return tidy(render(plan.template, plan.slot_values, plan.probe))


def _pick(options: tuple[str, ...], plan: QuestionPlan, salt: str) -> str:
    """A stable choice per plan, so the same plan always reads the same in a mode."""
    key = f"{salt}|{plan.template}|{sorted(plan.slots)}".encode()
    return options[zlib.crc32(key) % len(options)]


def _friend(plan: QuestionPlan, core: str) -> str:
    opener = _pick(voices.FRIEND_OPENERS, plan, "open")
    closer = voices.FRIEND_HARD if plan.difficulty >= 4 else _pick(voices.FRIEND_CLOSERS, plan, "c")
    return f"{opener} {core} {closer}"


def _guide(plan: QuestionPlan, core: str) -> str:
    item = competency(plan.competency)
    about = voices.GUIDE_ABOUT.format(
        name=item.name.lower(), description=_lower_first(item.description)
    )
    return f"{core} {about} {voices.GUIDE_COVERS[plan.type]}"


def _challenger(plan: QuestionPlan, core: str) -> str:
    twists = SEEDS[plan.competency].twists
    twist = voices.CHALLENGER_TWIST.format(twist=_pick(twists, plan, "twist")) if twists else ""
    return f"{core} {twist} {voices.CHALLENGER_PRESS[plan.type]}"


def _drill_sergeant(plan: QuestionPlan, core: str) -> str:
    for old, new in voices.DRILL_REWORDS:
        core = core.replace(old, new)
    return f"{core} {voices.DRILL_DEMANDS[plan.type]}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


_TEMPLATED_VOICE = (
    re.compile(r"This question is about [^:]{1,60}: [^.]*\.\s*"),
    re.compile(r"Follow-up: how does your answer change if [^?]*\?\s*"),
)


def strip_voice(text: str) -> str:
    """The question without what a coach mode adds around it, for comparing questions across
    modes. Only the built-in voices are known; other engines' texts pass through unchanged."""
    for pattern in _TEMPLATED_VOICE:
        text = pattern.sub("", text)
    for fixed in voices.fixed_phrases():
        text = text.replace(fixed, "")
    for old, new in voices.DRILL_REWORDS:
        text = text.replace(new, old)
    return " ".join(text.split())
