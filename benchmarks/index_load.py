"""Time to the first passage search from a saved index: load it (the passage retriever's state
read back) against rebuilding that retriever from the loaded sentences.

    python benchmarks/index_load.py FOLDER [FOLDER ...] [--runs 5]

Prints the index's size and the median seconds of: ``store.load``; the first passage search
after it; and fitting the passage retriever anew on the loaded corpus (what a load cost when the
index did not keep its state).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarize.corpus import Corpus  # noqa: E402
from summarize.persist import store  # noqa: E402
from summarize.qa.retrieve import passage_retriever  # noqa: E402

QUESTION = "How many people were killed in the attack?"


def _seconds(func) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    corpus = Corpus.from_paths(args.folders)
    times: dict[str, list[float]] = {"load": [], "first passage search": [], "passage rebuilt": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.idx"
        store.save(corpus, path, inputs=args.folders)
        print(f"{len(corpus.documents)} documents, {len(corpus.groups)} sentences, index {path.stat().st_size:,} bytes")
        for _ in range(args.runs):
            loaded: list[Corpus] = []
            times["load"].append(_seconds(lambda: loaded.append(store.load(path))))
            times["first passage search"].append(_seconds(lambda: loaded[0].search(QUESTION, retriever="passage")))
            texts = [g.text for g in loaded[0].groups]
            times["passage rebuilt"].append(_seconds(lambda: passage_retriever().fit(
                texts, layout=loaded[0].layout, sentences=loaded[0].retriever("bm25"))))
    for name, values in times.items():
        print(f"{name:<22} {statistics.median(values):.3f} s (median of {args.runs})")


if __name__ == "__main__":
    main()
