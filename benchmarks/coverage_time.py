"""Time of the coverage summary: the integer program per cluster, the greedy beside it, and a
10-article cluster from files to summary.

    python benchmarks/coverage_time.py [--shared ../shared] [--sizes 250,500,1000,2000] [--settings '{"compress": "both"}']

Real clusters (eval's seeds, MultiLing 2011) and synthetic ones (benchmarks/synth.py, ten
outlets of 25 sentences per event) at 100 and 250 words. For each: candidates x shared
concepts (what ``EXACT_LIMIT`` is compared with), HiGHS time, greedy time, and the exact
optimum's lead over the greedy. Prints a Markdown table; times are the best of three runs (files to
summary also gives the first run).
``--settings`` times ``CoverageRanker`` with those keywords instead of the default.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from summarize.corpus import Corpus  # noqa: E402
from summarize.summary.rankers.coverage import EXACT_LIMIT, CoverageRanker, shared, solve_exact, solve_greedy  # noqa: E402
from summarize.summary.select import Budget  # noqa: E402
from synth import write_corpus  # noqa: E402


def best_of(func, runs: int = 3) -> tuple[float, object]:
    times, value = [], None
    for _ in range(runs):
        t = time.perf_counter()
        value = func()
        times.append(time.perf_counter() - t)
    return min(times), value


def row(name: str, corpus: Corpus, words: int, ranker: CoverageRanker) -> str:
    _, problem = ranker.problem(corpus.groups, Budget(words=words))
    small = shared(problem)
    size = len(small.costs) * len(small.weights)
    exact_s, exact = best_of(lambda: solve_exact(small))
    greedy_s, greedy = best_of(lambda: solve_greedy(problem))
    choose_s, _ = best_of(lambda: ranker.choose(corpus.groups, Budget(words=words), dates=corpus.dates))
    lead = problem.value(exact) / max(problem.value(greedy), 1e-9) - 1 if exact is not None else float("nan")
    return (f"| {name} | {len(corpus.documents)} | {len(corpus.sentences)} | {words} | {len(small.costs)} | "
            f"{len(small.weights)} | {size:,} | {'exact' if size <= EXACT_LIMIT else 'greedy'} | {exact_s:.3f} | "
            f"{greedy_s:.3f} | {100 * lead:.1f} % | {choose_s:.3f} |")


def end_to_end(folder: Path, ranker: CoverageRanker) -> str:
    """Files to a 100-word coverage summary (imports done): the first run, before anything has read
    these texts (the text layer keeps readings per sentence), and the best of three more; wall time,
    and process time beside it, which other processes on a shared machine slow less."""
    def run() -> tuple[float, float, Corpus]:
        wall, cpu = time.perf_counter(), time.process_time()
        corpus = Corpus.from_paths([folder])
        corpus.summarize(words=100, ranker=ranker)
        return time.perf_counter() - wall, time.process_time() - cpu, corpus

    first = run()
    later = [run() for _ in range(3)]
    corpus = later[-1][2]
    return (f"{len(corpus.documents)} articles, {len(corpus.sentences)} sentences: {first[0]:.3f} s files to summary "
            f"on the first run ({first[1]:.3f} s process time), {min(t[0] for t in later):.3f} s best of three after "
            f"it ({min(t[1] for t in later):.3f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("SUMMARIZE_SHARED", REPO.parent / "shared")))
    parser.add_argument("--sizes", default="250,500,1000,2000")
    parser.add_argument("--settings", type=json.loads, default={}, help="CoverageRanker keywords, as JSON.")
    args = parser.parse_args()
    ranker = CoverageRanker(**args.settings)
    Corpus.from_texts({"a": "Warm-up run so that imports are not timed. It loads every module."}).summarize(
        words=20, ranker="coverage")
    clusters = [("seeds", REPO / "seeds")] + [(p.name, p / "docs") for p in
                                              sorted((args.shared / "data" / "multiling2011").glob("M*"))]
    seed_texts = [s.text for s in Corpus.from_paths([REPO / "seeds"]).sentences]
    print(f"EXACT_LIMIT = {EXACT_LIMIT:,} candidates x shared concepts\n")
    print("| cluster | articles | sentences | words | candidates | shared concepts | size | solver | "
          "HiGHS s | greedy s | exact lead | choose s |")
    print("|" + "---|" * 12)
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in args.sizes.split(",")]:
            folder = Path(tmp) / f"n{size}"
            write_corpus(seed_texts, folder, sentences=size, seed=size, outlets=10, per_doc=25)
            clusters.append((f"synthetic {size}", folder))
        notes = []
        for name, folder in clusters:
            if name == "synthetic 250":  # first, while its texts are unread
                notes.append(end_to_end(folder, ranker))
            corpus = Corpus.from_paths([folder])
            for words in (100, 250):
                print(row(name, corpus, words, ranker), flush=True)
        print("\n" + "\n".join(notes))


if __name__ == "__main__":
    main()
