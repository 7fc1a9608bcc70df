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
    "llm_injection",
)


def main() -> None:
    names = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = [a for a in sys.argv[1:] if a.startswith("--")]  # passed on: `question_quality --show`
    for name in names or BENCHMARKS:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError:
            continue
        print(f"\n== bench.{name} ==", flush=True)
        sys.argv = [f"bench.{name}", *flags]
        module.main()


if __name__ == "__main__":
    main()
