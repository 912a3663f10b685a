"""Cold start of the command line: wall time and peak memory of whole `summarize` processes.

    python benchmarks/startup.py [--runs 7]

Each command runs ``--runs`` times in a fresh interpreter (bytecode compiled once, as ``pip
install`` does: ``child.py``); the median and the fastest wall time are printed with the peak RSS. The
targets (issue #10 and #14): ``summary`` on the seeds under 0.6 s, ``--help`` under 0.2 s, a
mistyped ``--ranker`` refused under 0.3 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from child import REPO, call, compile_once  # noqa: E402

SEEDS = str(REPO / "seeds")
COMMANDS = {
    "--help": ["--help"],
    "--version": ["--version"],
    "summary (seeds)": ["summary", SEEDS],
    "ask (seeds)": ["ask", "How many carriages does the train have?", SEEDS],
    "conflicts (seeds)": ["conflicts", SEEDS],
    "mistyped --ranker": ["summary", SEEDS, "--ranker", "lexrnak"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    compile_once()
    print(f"{'command':<22} {'median s':>9} {'best s':>8} {'peak MiB':>9}   ({runs} runs, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f})")
    for name, args in COMMANDS.items():
        results = [call(*args, expect=2 if name.startswith("mistyped") else 0) for _ in range(runs)]
        times = [r["wall_s"] for r in results]
        print(f"{name:<22} {statistics.median(times):>9.3f} {min(times):>8.3f} "
              f"{max(r['peak_mib'] for r in results):>9.0f}")


if __name__ == "__main__":
    main()
