"""Domain objects read back from the JSON they were stored as (the inverse of their to_dict)."""

from __future__ import annotations

from typing import Any

from interview_coach.planner import QuestionPlan
from interview_coach.profile import Achievement, CandidateProfile, JobProfile, Role
from interview_coach.vocabulary import Dimension, QuestionType


def plan_from_dict(data: dict[str, Any]) -> QuestionPlan:
    probe = data.get("probe")
    revisits = data.get("revisits")
    return QuestionPlan(
        type=QuestionType(data["type"]),
        competency=str(data["competency"]),
        difficulty=int(data["difficulty"]),
        grounding=tuple(str(g) for g in data.get("grounding", ())),
        template=str(data["template"]),
        slots=tuple((str(k), str(v)) for k, v in dict(data.get("slots", {})).items()),
        angle=str(data["angle"]),
        probe=Dimension(probe) if probe else None,
        revisits=int(revisits) if revisits is not None else None,
        follow_up=str(data["follow_up"]) if data.get("follow_up") else None,
        pack=str(data["pack"]) if data.get("pack") else None,
        covers=tuple(str(c) for c in data.get("covers", ())),
    )


def candidate_from_dict(data: dict[str, Any]) -> CandidateProfile:
    return CandidateProfile(
        roles=tuple(_role(r) for r in data.get("roles", ())),
        years_experience=_number(data.get("years_experience")),
        domains=_strings(data.get("domains")),
        skills=_strings(data.get("skills")),
        achievements=tuple(_achievement(a) for a in data.get("achievements", ())),
        education=_strings(data.get("education")),
    )


def job_from_dict(data: dict[str, Any]) -> JobProfile:
    return JobProfile(
        title=_text(data.get("title")),
        seniority=_text(data.get("seniority")),
        must_have=_strings(data.get("must_have")),
        nice_to_have=_strings(data.get("nice_to_have")),
        responsibilities=_strings(data.get("responsibilities")),
        domain=_text(data.get("domain")),
        values=_strings(data.get("values")),
    )


def _role(data: dict[str, Any]) -> Role:
    return Role(
        title=str(data["title"]),
        employer=_text(data.get("employer")),
        start=_text(data.get("start")),
        end=_text(data.get("end")),
        years=_number(data.get("years")),
        bullets=_strings(data.get("bullets")),
    )


def _achievement(data: dict[str, Any]) -> Achievement:
    return Achievement(
        text=str(data["text"]),
        metrics=_strings(data.get("metrics")),
        skills=_strings(data.get("skills")),
        role=_text(data.get("role")),
    )


def _strings(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _number(value: Any) -> float | None:
    return None if value is None else float(value)
