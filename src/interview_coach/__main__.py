"""`python -m interview_coach` is the `interview-coach` command."""

from interview_coach.cli.main import run

run()
