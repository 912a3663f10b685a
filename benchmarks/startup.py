"""Cold start of the command line: wall time and peak memory of whole `summarize` processes.

    python benchmarks/startup.py [--runs 7]

Each command runs ``--runs`` times in a fresh interpreter (bytecode already compiled, as after
``pip install``); the median and the fastest wall time are printed with the peak RSS. The
targets (issue #10 and #14): ``summary`` on the seeds under 0.6 s, ``--help`` under 0.2 s, a
mistyped ``--ranker`` refused under 0.3 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = str(REPO / "seeds")
COMMANDS = {
    "--help": ["--help"],
    "--version": ["--version"],
    "summary (seeds)": ["summary", SEEDS],
    "ask (seeds)": ["ask", "How many carriages does the train have?", SEEDS],
    "conflicts (seeds)": ["conflicts", SEEDS],
    "mistyped --ranker": ["summary", SEEDS, "--ranker", "lexrnak"],
}


def run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one ``python -m summarize`` process."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "summarize", *args], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    run(["--help"])  # compile bytecode once
    print(f"{'command':<22} {'median s':>9} {'best s':>8} {'peak MiB':>9}   ({runs} runs, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f})")
    for name, args in COMMANDS.items():
        results = [run(args) for _ in range(runs)]
        times = [t for t, _ in results]
        print(f"{name:<22} {statistics.median(times):>9.3f} {min(times):>8.3f} {max(m for _, m in results):>9.0f}")


if __name__ == "__main__":
    main()
