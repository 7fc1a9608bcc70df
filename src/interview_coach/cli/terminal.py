"""The interactive interview in a terminal: question, answer, feedback, and the controls."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from rich.console import Console
from rich.markdown import Markdown
from rich.panel import Panel
from rich.text import Text

from interview_coach.assessment import Assessment
from interview_coach.cli.render import show_assessment
from interview_coach.report import Report, report_markdown
from interview_coach.sessions import Coach, CoachError, InterviewQuestion, Tally, Turn

#: A thinking pause long enough to read as the interviewer composing, not as a flicker.
TYPING_PAUSE = 0.5
END_OF_ANSWER = "."
HELP = (
    "Type your answer over as many lines as you like; end it with a line holding only a dot (.).\n"
    "Commands at the start of an answer: :retake  :finish  :new  :quit  :help\n"
    "Ctrl-C keeps what you typed as a draft; come back with `interview-coach resume ID`."
)


class Leave(Exception):
    """The candidate left; the interview stays resumable."""


@dataclass
class TerminalPractice:
    coach: Coach
    candidate: str
    console: Console
    read_line: Callable[[], str | None]

    def run(self, turn: Turn) -> None:
        """Ask, read, give feedback, until the candidate finishes or leaves."""
        interview_id = turn.interview_id
        question: InterviewQuestion | None = turn.question
        progress = turn.progress
        self.console.print(Text(HELP, style="dim"))
        try:
            while True:
                if question is None:
                    report = self.coach.finish(self.candidate, interview_id)
                    question, progress, interview_id = self._after(report, interview_id)
                    continue
                self._ask(question, progress)
                answer = self._answer(interview_id)
                if answer.startswith(":"):
                    question, progress, interview_id = self._command(answer, interview_id)
                    continue
                with self._status("Analyzing your answer…", pause=False):
                    outcome = self.coach.submit_answer(
                        self.candidate, interview_id, answer, position=question.position
                    )
                # Sent without an idempotency key, an answer is always assessed afresh.
                assert isinstance(outcome.assessment, Assessment)
                show_assessment(self.console, outcome.assessment)
                question, progress = outcome.next_question, outcome.progress
                if self.coach.wording.active:
                    question = self._engine_wording(interview_id, outcome.answer_id, question)
        except Leave:
            self.console.print(
                f"\nSaved. Resume any time with: [bold]interview-coach resume {interview_id}[/]"
            )

    def _engine_wording(
        self, interview_id: str, answer_id: str, question: InterviewQuestion | None
    ) -> InterviewQuestion | None:
        """The AI engine's feedback once written (or why not), and the question it reworded."""
        with self._status("The AI coach is writing…", pause=False):
            self.coach.wording.settle()
        status = self.coach.wording.feedback_status(self.candidate, answer_id)
        view = self.coach.interview(self.candidate, interview_id)
        written = next((a for a in view.answered if a.id == answer_id), None)
        if status is not None and status.status == "written" and written is not None:
            body = Text(str(written.feedback.get("text", "")))  # Text: never read as markup
            self.console.print(Panel(body, title="The AI coach", title_align="left"))
        elif status is not None and status.note:
            self.console.print(Text(status.note, style="yellow"))
        return view.current_question if question is not None else None

    def _ask(self, question: InterviewQuestion, progress: Tally) -> None:
        with self._status("Recruiter is typing…"):
            pass
        title = (
            f"Question {question.position} of {progress.total} · {question.type.value} · "
            f"{question.competency} · difficulty {question.difficulty}"
        )
        self.console.print(Panel(Text(question.text), title=title, title_align="left"))

    def _answer(self, interview_id: str) -> str:
        lines: list[str] = []
        try:
            while True:
                line = self.read_line()
                if line is None or line.strip() == END_OF_ANSWER:
                    break
                if not lines and line.startswith(":"):
                    return line.strip().lower()
                lines.append(line)
        except KeyboardInterrupt:
            if any(line.strip() for line in lines):
                self.coach.save_draft(self.candidate, interview_id, "\n".join(lines))
            raise Leave from None
        answer = "\n".join(lines).strip()
        if not answer and line is None:
            raise Leave
        return answer

    def _command(
        self, command: str, interview_id: str
    ) -> tuple[InterviewQuestion | None, Tally, str]:
        if command in (":quit", ":q"):
            raise Leave
        if command == ":finish":
            report = self.coach.finish(self.candidate, interview_id)
            return self._after(report, interview_id)
        if command == ":retake":
            return self._turn(self.coach.retake(self.candidate, interview_id))
        if command == ":new":
            return self._turn(self.coach.start_new(self.candidate, interview_id))
        self.console.print(Text(HELP, style="dim"))
        view = self.coach.interview(self.candidate, interview_id)
        return view.current_question, view.progress, interview_id

    def _after(self, report: Report, interview_id: str) -> tuple[InterviewQuestion, Tally, str]:
        """Show the report, then offer a retake, a new interview, or leaving."""
        self.console.print(Markdown(report_markdown(report)))
        while True:
            self.console.print("\n[bold]r[/] retake · [bold]n[/] new interview · [bold]q[/] quit")
            choice = (self.read_line() or "q").strip().lower()
            try:
                if choice in ("r", "retake"):
                    return self._turn(self.coach.retake(self.candidate, interview_id))
                if choice in ("n", "new"):
                    return self._turn(self.coach.start_new(self.candidate, interview_id))
            except CoachError as error:
                self.console.print(f"[yellow]{error}[/]")
                continue
            if choice in ("q", "quit"):
                raise Leave

    def _turn(self, turn: Turn) -> tuple[InterviewQuestion, Tally, str]:
        return turn.question, turn.progress, turn.interview_id

    @contextmanager
    def _status(self, message: str, pause: bool = True) -> Iterator[None]:
        started = time.monotonic()
        with self.console.status(message):
            yield
            if pause and sys.stdin.isatty():
                time.sleep(max(0.0, TYPING_PAUSE - (time.monotonic() - started)))
