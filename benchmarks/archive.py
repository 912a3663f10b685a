"""Time and memory of `summarize ask --archive` per CLI call, and of adding one article, on a
synthetic archive of about 100k sentences; optionally the zip index (`--index`) on the same input.

    python benchmarks/archive.py [--sentences 100000] [--queries 5] [--index] [--workdir DIR] [--json out.json]

Every figure is one `python -m summarize ...` subprocess of the byte-compiled package, as pip
installs it (``child.py``), measured from outside: wall time, CPU time (user + system) and peak
resident memory (``ru_maxrss`` from ``wait4``, this child only).
On a shared machine wall time moves with the load; CPU time shows the work itself.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import questions  # noqa: E402
from child import call, compile_once  # noqa: E402
from synth import article, cluster, write_corpus  # noqa: E402


def summary(runs: list[dict]) -> dict:
    """Median and worst of each figure over ``runs``."""
    return {key: {"median": statistics.median(r[key] for r in runs), "max": max(r[key] for r in runs)}
            for key in ("wall_s", "cpu_s", "peak_mib")}


def one_article(seed_texts: list[str], folder: Path, seed: int) -> Path:
    """One new synthetic article (not in the archive) to add."""
    rng = random.Random(seed)
    body = cluster(seed_texts, rng, outlets=1, per_doc=20)[0]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"new_{seed}.txt"
    path.write_text(article(body, rng, day=28, headline="A fresh report on the summit"), encoding="utf-8")
    return path


def measure(sentences: int, n_queries: int, workdir: Path, *, with_index: bool) -> dict:
    from summarize.corpus import Corpus

    compile_once()
    seed_texts = [s.text for s in Corpus.from_paths([REPO / "seeds"]).sentences]
    folder = workdir / f"synth{sentences}"
    if not folder.is_dir():
        write_corpus(seed_texts, folder, sentences=sentences, seed=sentences)
    texts = [line for p in sorted(folder.iterdir())[:200] for line in p.read_text().splitlines()[1:]]
    asked = questions(texts, n_queries, seed=1)
    db = workdir / f"news{sentences}.db"
    report: dict = {"sentences": sentences, "files": len(list(folder.iterdir())), "questions": asked}
    if not db.is_file():
        report["build_archive"] = call("add", str(folder), "--archive", str(db))
    report["archive_mib"] = sum(p.stat().st_size for p in workdir.glob(f"{db.name}*")) / 2**20
    fresh = len(list((workdir / "new").glob("*.txt"))) if (workdir / "new").is_dir() else 0
    report["add_one"] = summary([call("add", str(one_article(seed_texts, workdir / "new", seed)), "--archive", str(db))
                                 for seed in range(fresh, fresh + 3)])
    report["ask_archive"] = summary([call("ask", q, "--archive", str(db)) for q in asked])
    report["startup_version"] = summary([call("--version") for _ in range(3)])
    if with_index:
        index = workdir / f"news{sentences}.idx"
        if not index.is_file():
            report["build_index"] = call("index", str(folder), "--out", str(index))
        report["index_mib"] = index.stat().st_size / 2**20
        report["ask_index"] = summary([call("ask", q, "--index", str(index)) for q in asked])
    return report


def show(report: dict) -> None:
    print(f"{report['sentences']} sentences in {report['files']} files; archive {report['archive_mib']:.0f} MiB")
    for key in ("build_archive", "build_index"):
        if key in report:
            r = report[key]
            print(f"{key:<16} wall {r['wall_s']:7.2f} s  cpu {r['cpu_s']:7.2f} s  peak {r['peak_mib']:6.0f} MiB")
    for key in ("add_one", "ask_archive", "ask_index", "startup_version"):
        if key in report:
            r = report[key]
            print(f"{key:<16} wall {r['wall_s']['median']:6.2f} s (max {r['wall_s']['max']:.2f})  "
                  f"cpu {r['cpu_s']['median']:5.2f} s (max {r['cpu_s']['max']:.2f})  "
                  f"peak {r['peak_mib']['median']:5.0f} MiB (max {r['peak_mib']['max']:.0f})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=5)
    parser.add_argument("--index", action="store_true", help="Also build and query the zip index.")
    parser.add_argument("--workdir", type=Path, help="Keep the corpus and archive here (reused when present).")
    parser.add_argument("--json", type=Path, help="Also write the figures to this JSON file.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        report = measure(args.sentences, args.queries, workdir, with_index=args.index)
    show(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
