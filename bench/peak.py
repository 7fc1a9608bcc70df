"""Runs a module as `python -m` would, then writes the process's own peak memory to a file.

`python -m bench.peak OUT MODULE [ARGS...]` runs MODULE with ARGS and, when it exits, writes the
process's resident high-water mark in MB to OUT. On Linux that is `VmHWM` from /proc, which
belongs to this process alone; `ru_maxrss` would also count the memory of the process that
started it, as Linux carries that figure across `exec`.
"""

from __future__ import annotations

import atexit
import resource
import runpy
import sys
from pathlib import Path


def own_peak_mb() -> float:
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def main() -> None:
    out, module, *arguments = sys.argv[1:]
    atexit.register(lambda: Path(out).write_text(f"{own_peak_mb():.1f}\n"))
    sys.argv = [module, *arguments]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
