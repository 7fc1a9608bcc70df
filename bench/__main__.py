"""`python -m bench [NAME ...]` (or `make bench`): the named benchmarks, or every one."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = (
    "rubric",
    "calibration",
    "mit",
    "skills",
    "profiling",
    "questions",
    "question_quality",
    "near_duplicates",
    "sessions",
    "load",
    "documents",
    "feedback",
    "page_states",
)


def main() -> None:
    for name in sys.argv[1:] or BENCHMARKS:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError:
            continue
        print(f"\n== bench.{name} ==", flush=True)
        sys.argv = [f"bench.{name}"]
        module.main()


if __name__ == "__main__":
    main()
