"""The question bank and its phrasing: templates written by us, filled from the profiles."""

from interview_coach.questions.bank import DIFFICULTIES, Template, render, template, templates_for
from interview_coach.questions.phrasing import ask_of, phrase

__all__ = [
    "DIFFICULTIES",
    "Template",
    "ask_of",
    "phrase",
    "render",
    "template",
    "templates_for",
]
