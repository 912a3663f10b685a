"""Disagreement stage: its output on every fixed input (to prove a change keeps it) and its time.

    python benchmarks/conflicts_check.py dump OUT.json [--synth 4000]
    python benchmarks/conflicts_check.py time [--sizes 1000,4000,16000] [--profile]

``dump`` writes ``conflicts --json`` of seeds/, each MultiLing cluster in /work/shared/data
(when present), every eval/pairs pair as a two-document corpus and a synthetic cluster; two
dumps of two checkouts compare with ``cmp``. ``time`` times ``Corpus.conflicts()`` alone, the
groups built first, on synthetic clusters (benchmarks/synth.py).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import write_corpus

from summarize.corpus import Corpus
from summarize.evaluate.gold import read_folder
from summarize.evaluate.sections.pairs import article

MULTILING = Path("/work/shared/data/multiling2011")


def _conflicts(corpus: Corpus) -> list[dict]:
    return [c.to_dict() for c in corpus.conflicts()]


def _synth(size: int, workdir: Path) -> Corpus:
    seeds = [s.text for s in Corpus.from_paths([REPO / "seeds"]).sentences]
    folder = workdir / f"n{size}"
    write_corpus(seeds, folder, sentences=size, seed=size)
    return Corpus.from_paths([folder])


def dump(out: Path, synth: int) -> None:
    report: dict = {"seeds": _conflicts(Corpus.from_paths([REPO / "seeds"]))}
    for docs in sorted(MULTILING.glob("M*/docs")):
        report[docs.parent.name] = _conflicts(Corpus.from_paths([docs]))
    for pair in read_folder(REPO / "eval" / "pairs").labelled:
        report[f"pair {pair.id}"] = _conflicts(Corpus.from_texts({"a": article(pair.a), "b": article(pair.b)}))
    with tempfile.TemporaryDirectory() as tmp:
        report[f"synth {synth}"] = _conflicts(_synth(synth, Path(tmp)))
    out.write_text(json.dumps(report, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(report)} inputs, {sum(map(len, report.values()))} conflicts -> {out}")


def timing(sizes: list[int], profile: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            corpus = _synth(size, Path(tmp))
            groups = len(corpus.groups)  # built first: only the stage is timed
            prof = cProfile.Profile()
            t = time.perf_counter()
            found = prof.runcall(corpus.conflicts) if profile else corpus.conflicts()
            print(f"{len(corpus.sentences)} sentences, {groups} groups: conflicts {time.perf_counter() - t:.2f} s, "
                  f"{len(found)} found", flush=True)
            if profile:
                pstats.Stats(prof).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--synth", type=int, default=4000)
    t = sub.add_parser("time")
    t.add_argument("--sizes", default="1000,4000,16000")
    t.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.synth)
    else:
        timing([int(s) for s in args.sizes.split(",")], args.profile)


if __name__ == "__main__":
    main()
