"""Time and memory of every stage at growing input sizes, against sumy's LexRank and TextRank.

    python benchmarks/bench.py [--sizes 1000,10000,100000] [--json out.json] [--sumy-limit 60] [--readme]

Each size runs in a fresh subprocess. Peak memory is the process's resident high-water mark
(``VmHWM``), reset before each stage through ``/proc/self/clear_refs``, so a stage's figure is
the whole process's peak while that stage ran (interpreter, libraries and earlier stages'
data included); end to end runs in a process of its own and reports ``ru_maxrss``.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

STAGES = ("load", "clean", "split", "dedup", "rank default", "rank graph", "index", "query (median)")
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"


def _peak_mib() -> float:
    """Resident high-water mark of this process since the last reset, in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # pragma: no cover


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:  # pragma: no cover - not Linux: the figure becomes the peak so far
        pass


def _timed(results: dict, name: str, func):
    _reset_peak()
    t = time.perf_counter()
    value = func()
    results[name] = {"seconds": time.perf_counter() - t, "peak_mib": _peak_mib()}
    return value


def questions(texts: list[str], n: int, *, seed: int = 0) -> list[str]:
    """``n`` questions about random sentences: a wh-word and four of the sentence's content words."""
    from summarize.text.tokens import STOP_WORDS, words

    rng = random.Random(seed)
    out = []
    while len(out) < n:
        content = [w for w in words(rng.choice(texts)) if w.lower() not in STOP_WORDS and len(w) > 3]
        if len(content) < 4:
            continue
        k = rng.randrange(len(content) - 3)
        wh = rng.choice(("Who", "What", "When", "Where", "How many", "Why"))
        out.append(f"{wh} {' '.join(content[k:k + 4])}?")
    return out


def stages_child(folder: Path, texts_out: Path, n_queries: int) -> dict:
    """Every stage on one corpus, through the same ``Corpus`` the CLI uses."""
    from summarize.corpus import Corpus
    from summarize.summary.rankers import get_ranker

    r: dict = {}
    corpus = _timed(r, "load", lambda: Corpus.from_paths([folder]))
    _timed(r, "clean", lambda: corpus.paragraphs)
    _timed(r, "split", lambda: corpus.sentences)
    groups = _timed(r, "dedup", lambda: corpus.groups)
    _timed(r, "rank default", lambda: corpus.summarize(ranker="default"))
    _timed(r, "rank graph", lambda: corpus.summarize(ranker="graph"))
    _timed(r, "graph score", lambda: get_ranker("graph").score(groups))
    _timed(r, "index", lambda: corpus.build_index("bm25"))
    times = []
    _reset_peak()
    for q in questions([g.text for g in groups], n_queries):
        t = time.perf_counter()
        corpus.ask(q)
        times.append(time.perf_counter() - t)
    r["query (median)"] = {"seconds": statistics.median(times), "peak_mib": _peak_mib()}
    texts_out.write_text(json.dumps([g.text for g in groups]), encoding="utf-8")
    return {"documents": len(corpus.documents), "sentences": len(corpus.sentences),
            "groups": len(groups), "stages": r}


def e2e_child(folder: Path, started: float) -> dict:
    """Load to summary in a fresh process, imports included."""
    from summarize.corpus import Corpus

    Corpus.from_paths([folder]).summarize()
    return {"seconds": time.perf_counter() - started,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def sumy_child(name: str, texts_file: Path) -> dict:
    from summarize.summary.rankers.sumy import rate

    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    t = time.perf_counter()
    rate(name, texts)
    return {"seconds": time.perf_counter() - t}


def _run(args: list[str], limit: float | None = None) -> dict | None:
    """Run this script as a child; its last stdout line is JSON. ``None`` when over ``limit``."""
    try:
        done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                              timeout=limit, check=True, cwd=REPO)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"benchmark child {args} failed:\n{exc.stderr}") from None
    return json.loads(done.stdout.strip().splitlines()[-1])


def rouge_on_seeds() -> dict:
    """ROUGE F1 (stemmed, mean over eval/seeds/refs) of `graph` and sumy `lexrank` at 100 words."""
    from rouge_score import rouge_scorer

    from summarize.corpus import Corpus

    refs = [p.read_text(encoding="utf-8") for p in sorted((REPO / "eval" / "seeds" / "refs").glob("*.txt"))]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True)
    corpus = Corpus.from_paths([REPO / "seeds"])
    out = {}
    for ranker in ("graph", "lexrank"):
        t = time.perf_counter()
        picked = corpus.summarize(words=100, ranker=ranker)
        seconds = time.perf_counter() - t
        summary = "\n".join(s.text for s in picked)
        scores = [scorer.score(ref, summary) for ref in refs]
        out[ranker] = {m: round(statistics.mean(s[m].fmeasure for s in scores), 4) for m in scores[0]}
        out[ranker]["seconds"] = round(seconds, 4)
    return out


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), "unknown CPU")
    return f"{os.cpu_count()} cores, {model}, Python {sys.version.split()[0]}"


def measure(sizes: list[int], *, sumy_limit: float, n_queries: int, workdir: Path) -> dict:
    from summarize.corpus import Corpus
    from synth import write_corpus

    seed_texts = [s.text for s in Corpus.from_paths([REPO / "seeds"]).sentences]
    runs = []
    for size in sizes:
        folder = workdir / f"n{size}"
        files = write_corpus(seed_texts, folder, sentences=size, seed=size)
        texts = workdir / f"groups{size}.json"
        print(f"size {size}: {files} files ...", file=sys.stderr, flush=True)
        run = _run(["--child-stages", str(folder), str(texts), str(n_queries)])
        run["size"] = size
        run["files"] = files
        run["stages"]["end to end"] = _run(["--child-e2e", str(folder)])
        run["sumy"] = {}
        for name in ("lexrank", "textrank"):
            got = _run(["--child-sumy", name, str(texts)], limit=sumy_limit)
            run["sumy"][name] = {"seconds": got["seconds"] if got else None, "over": None if got else sumy_limit}
        runs.append(run)
    return {"machine": machine(), "sumy_limit_s": sumy_limit, "queries": n_queries,
            "runs": runs, "rouge_seeds_100_words": rouge_on_seeds()}


def _cell(stage: dict | None) -> str:
    if not stage:
        return "-"
    secs = stage["seconds"]
    t = f"{secs * 1000:.1f} ms" if secs < 1 else f"{secs:.2f} s"
    return f"{t} / {stage['peak_mib']:.0f} MiB" if "peak_mib" in stage else t


def _sumy_cell(entry: dict, graph: float) -> str:
    if entry["seconds"] is None:
        return f"over {entry['over']:.0f} s (≥ {entry['over'] / graph:.0f}×)"
    return f"{entry['seconds']:.2f} s ({entry['seconds'] / graph:.0f}×)"


def rows(report: dict) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the results table: stages down, sizes across."""
    runs = report["runs"]
    header = ["stage"] + [f"{r['sentences']:,} sentences ({r['groups']:,} groups)" for r in runs]
    body = [[stage] + [_cell(r["stages"].get(stage)) for r in runs]
            for stage in (*STAGES, "end to end")]
    body.append(["graph ranker score only"] + [_cell(r["stages"]["graph score"]) for r in runs])
    for name in ("lexrank", "textrank"):
        body.append([f"sumy {name} (× our graph)"] +
                    [_sumy_cell(r["sumy"][name], r["stages"]["graph score"]["seconds"]) for r in runs])
    return header, body


def rouge_rows(report: dict) -> tuple[list[str], list[list[str]]]:
    rouge = report["rouge_seeds_100_words"]
    metrics = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
    return ["ranker", *metrics, "time"], [[name, *(f"{rouge[name][m]:.4f}" for m in metrics),
                                          f"{rouge[name]['seconds'] * 1000:.0f} ms"] for name in rouge]


def markdown(report: dict) -> str:
    def table(header, body):
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body])

    return (f"Machine: {report['machine']}. Cells: wall time / peak resident memory of the process.\n\n"
            + table(*rows(report))
            + f"\n\nROUGE F1 on the seeds, 100-word budget, stemmed, mean over the {len(list((REPO / 'eval' / 'seeds' / 'refs').glob('*.txt')))} "
              "references in `eval/seeds/refs`:\n\n" + table(*rouge_rows(report)) + "\n")


def update_readme(report: dict) -> None:
    readme = REPO / "docs" / "performance.md"
    text = readme.read_text(encoding="utf-8")
    block = f"{README_START}\n{markdown(report)}{README_END}"
    if README_START in text:
        text = re.sub(re.escape(README_START) + ".*?" + re.escape(README_END), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + f"\n\n## Performance\n\n{block}\n"
    readme.write_text(text, encoding="utf-8")


def show(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for title, (header, body) in ((f"summarize benchmark — {report['machine']}", rows(report)),
                                  ("ROUGE on the seeds (100 words)", rouge_rows(report))):
        table = Table(title=title)
        for h in header:
            table.add_column(h)
        for row in body:
            table.add_row(*row)
        console.print(table)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="Sentence counts, comma-separated.")
    parser.add_argument("--json", type=Path, help="Write the figures as JSON to this file.")
    parser.add_argument("--sumy-limit", type=float, default=60.0, help="Seconds before sumy is stopped.")
    parser.add_argument("--queries", type=int, default=100, help="Questions timed per size.")
    parser.add_argument("--readme", action="store_true", help="Put the table in docs/performance.md.")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="summarize-bench-") as tmp:
        report = measure(sizes, sumy_limit=args.sumy_limit, n_queries=args.queries, workdir=Path(tmp))
    show(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    if args.readme:
        update_readme(report)


if __name__ == "__main__":
    started = time.perf_counter()
    if len(sys.argv) > 1 and sys.argv[1].startswith("--child-"):
        kind, rest = sys.argv[1], sys.argv[2:]
        if kind == "--child-stages":
            out = stages_child(Path(rest[0]), Path(rest[1]), int(rest[2]))
        elif kind == "--child-e2e":
            out = e2e_child(Path(rest[0]), started)
        else:
            out = sumy_child(rest[0], Path(rest[1]))
        print(json.dumps(out))
    else:
        main()
