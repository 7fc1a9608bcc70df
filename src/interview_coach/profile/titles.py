"""Words that name a job: "engineer", "nurse", "teacher"... used to tell a title from a company."""

from __future__ import annotations

import re

_TITLE_WORDS = """
    engineer engineers developer developers programmer architect scientist analyst designer
    manager director lead head officer specialist consultant coordinator administrator
    assistant associate representative rep executive intern internship nurse teacher tutor
    instructor lecturer professor educator accountant auditor bookkeeper clerk technician
    technologist therapist physician doctor surgeon pharmacist paramedic practitioner counselor
    counsellor advisor adviser agent supervisor coach trainer writer editor marketer recruiter
    strategist planner buyer cashier salesperson owner founder co-founder cofounder president
    vp cto ceo cfo coo cio cmo chief partner researcher investigator operator mechanic
    electrician chef driver attendant receptionist secretary paralegal lawyer attorney solicitor
    midwife caregiver aide worker fellow apprentice trainee sre rn lpn cna sdr bdr principal
    dean headteacher headmaster librarian psychologist dietitian nutritionist radiographer
    sonographer hygienist dentist veterinarian pilot steward stewardess controller treasurer
    underwriter actuary economist statistician mathematician journalist producer photographer
    illustrator animator copywriter translator interpreter officer inspector surveyor
    estimator foreman superintendent dispatcher merchandiser cook barista server host
    bartender housekeeper custodian janitor guard clinician midwife phlebotomist
    sales-person salesman saleswoman member staff generalist expert evangelist advocate
    owner-operator maintainer contributor volunteer student ambassador mentor
"""
TITLE_WORDS = frozenset(_TITLE_WORDS.split())

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def has_title_word(text: str) -> bool:
    """True when ``text`` names a job ("Senior Backend Engineer", "Staff Nurse")."""
    return any(word.lower() in TITLE_WORDS for word in _WORD.findall(text))
