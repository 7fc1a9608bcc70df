"""A separate process that practises, for tests that need a real process: resume, durability.

Reads the database from INTERVIEW_COACH_DATABASE_URL, like any app process.

``python -m tests.sessions.worker start --answers N [--draft TEXT]`` starts an interview, answers N
questions, saves a draft, and prints the interview id and questions as JSON.

``python -m tests.sessions.worker forever --seed S`` prints READY, then practises until killed,
printing ``ACK <answer id>`` after each answer is stored.
"""

from __future__ import annotations

import argparse
import json
import random
from itertools import cycle

from interview_coach.bootstrap import build_coach
from interview_coach.sessions import Coach, Conflict, InterviewStatus
from interview_coach.settings import Settings
from tests.sessions.scripted import ANSWERS, JOB, RESUME


def start(coach: Coach, answers: int, draft: str | None) -> None:
    me = coach.local_candidate_id()
    turn = coach.start_interview(me, RESUME, JOB, seed=42)
    asked = [turn.question.text]
    texts = cycle(ANSWERS)
    for _ in range(answers):
        outcome = coach.submit_answer(me, turn.interview_id, next(texts))
        asked.append(outcome.next_question.text if outcome.next_question else "")
    if draft:
        coach.save_draft(me, turn.interview_id, draft)
    print(json.dumps({"interview_id": turn.interview_id, "asked": asked}), flush=True)


def forever(coach: Coach, seed: int) -> None:
    rng = random.Random(seed)
    me = coach.local_candidate_id()
    active = [s.id for s in coach.history(me) if s.status is InterviewStatus.ACTIVE]
    interview_id = active[0] if active else None
    print("READY", flush=True)
    while True:
        if interview_id is None:
            length = rng.choice(["quick", "standard"])
            turn = coach.start_interview(me, RESUME, JOB, length=length, seed=rng.randrange(10**6))
            interview_id = turn.interview_id
        roll = rng.random()
        try:
            if roll < 0.1:
                coach.save_draft(me, interview_id, f"draft {rng.random()}")
                continue
            if roll < 0.13:
                coach.retake(me, interview_id)
                continue
        except Conflict:
            pass
        outcome = coach.submit_answer(me, interview_id, rng.choice(ANSWERS))
        print(f"ACK {outcome.answer_id}", flush=True)
        if outcome.finished:
            interview_id = None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["start", "forever"])
    parser.add_argument("--answers", type=int, default=0)
    parser.add_argument("--draft")
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    coach = build_coach(Settings(embedding=False))
    with coach:
        if arguments.what == "start":
            start(coach, arguments.answers, arguments.draft)
        else:
            forever(coach, arguments.seed)


if __name__ == "__main__":
    main()
