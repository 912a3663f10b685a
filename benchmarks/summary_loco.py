"""Leave-one-cluster-out comparison of every ranker's summaries, the coverage settings tuned apart.

    python benchmarks/summary_loco.py [--shared ../shared] [--json out.json]

Clusters: eval/seeds and the three MultiLing 2011 clusters in <shared>/data/multiling2011.
Every ranker summarises every cluster at 100 words and at its references' mean length
(rounded to 10); "coverage (greedy)" is coverage with the budgeted greedy instead of the integer
program, "coverage (min-max salience)" coverage with salience min-max scaled (the default before round 23) instead of by rank. The coverage settings
(concept threshold, position prior, salience, minimum sentence length) are chosen on three clusters and scored on the fourth: "dev" is the chosen setting's
mean on the three, "held-out" its score on the fourth. Tuning maximises mean R-1 + R-2 recall
over four budgets (100, 150, 200 words and the references' length): one summary per cluster
and budget is a few sentences, and more budgets make the choice less a matter of luck. ROUGE recall and F1 against every
reference (mean over references, ROUGE-1.5.5's ``-f A``), official ROUGE-1.5.5 stemming; R-L is
the summary-level LCS (rouge-score's rougeLsum, ROUGE-1.5.5's ROUGE-L). Prints Markdown tables.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarize.corpus import Corpus  # noqa: E402
from summarize.evaluate.gold import read_gold  # noqa: E402
from summarize.evaluate.metrics import rouge, truncate_words  # noqa: E402
from summarize.evaluate.section import Settings  # noqa: E402
from summarize.evaluate.sections.summaries import budget, reference_sentences  # noqa: E402
from summarize.summary.rankers import RANKER_NAMES  # noqa: E402
from summarize.summary.rankers.coverage import CoverageRanker  # noqa: E402
from summarize.summary.select import Budget  # noqa: E402

TYPES = ("rouge1", "rouge2", "rougeLsum")
LABELS = {"rouge1": "R-1", "rouge2": "R-2", "rougeLsum": "R-L"}
# Gillick & Favre drop concepts in fewer than 3 of 10 documents: min_docs 1 (no threshold) is
# left out of the grid, the rest spans the published choices.
GRID = {"min_docs": (2, 3), "position": (0.0, 0.5, 1.0), "salience": (1.0, 2.0, 3.0), "min_words": (8, 10)}
TUNING_BUDGETS = {"150 words": 150, "200 words": 200}
REPORTED = ("100 words", "reference length")
TUNED = "coverage (LOCO)"
GREEDY = "coverage (greedy)"
# Coverage variants beside the registered rankers: the greedy instead of the integer program, and
# salience min-max scaled instead of by rank (``CoverageRanker.scale``).
VARIANTS = {GREEDY: CoverageRanker(exact_limit=0), "coverage (min-max salience)": CoverageRanker(scale="minmax")}


def clusters(shared: Path) -> list:
    multiling = shared / "data" / "multiling2011"
    if not multiling.is_dir():
        raise SystemExit(f"MultiLing clusters not found in {multiling}; pass --shared")
    return read_gold(REPO / "eval" / "seeds") + read_gold(multiling)


def score(texts: list[str], refs: list[list[str]], words: int) -> dict:
    """Recall and F1 per type (mean over references) of a summary cut to ``words`` words."""
    summary = truncate_words(texts, words)
    r = rouge(summary, refs, types=TYPES)
    return {"words": sum(len(s.split()) for s in summary),
            **{t: {"R": round(r.recall[t], 4), "F": round(r.mean[t], 4)} for t in TYPES}}


def objective(figures: dict) -> float:
    """What tuning maximises: mean of R-1 and R-2 recall (DUC's official figures)."""
    return (figures["rouge1"]["R"] + figures["rouge2"]["R"]) / 2


def mean_figures(rows: list[dict]) -> dict:
    return {"words": round(sum(r["words"] for r in rows) / len(rows), 1),
            **{t: {k: round(sum(r[t][k] for r in rows) / len(rows), 4) for k in ("R", "F")} for t in TYPES}}


def run(shared: Path) -> dict:
    loaded = []
    for c in clusters(shared):
        corpus = Corpus.from_paths([c.docs])
        refs = [reference_sentences(r.text) for r in c.references]
        budgets = {"100 words": 100, "reference length": budget([r.text for r in c.references], Settings()),
                   **TUNING_BUDGETS}
        loaded.append((c.name.removeprefix("multiling2011-"), corpus, refs, budgets))
    names = [n for n, *_ in loaded]
    kinds = list(loaded[0][3])
    out: dict = {"clusters": names, "budgets": {n: {k: b[k] for k in REPORTED} for n, _, _, b in loaded},
                 "rankers": {}, "grid": {}}
    for ranker in [*RANKER_NAMES, *VARIANTS]:
        model = VARIANTS.get(ranker, ranker)
        out["rankers"][ranker] = {k: {} for k in REPORTED}
        for name, corpus, refs, budgets in loaded:
            for kind in REPORTED:
                picked = corpus.summarize(words=budgets[kind], ranker=model)
                out["rankers"][ranker][kind][name] = score([p.text for p in picked], refs, budgets[kind])
    settings = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    seconds = []
    for k, setting in enumerate(settings):
        model = CoverageRanker(**setting)
        grid = out["grid"][k] = {"setting": setting, **{kind: {} for kind in kinds}}
        for name, corpus, refs, budgets in loaded:
            for kind, words in budgets.items():
                t = time.perf_counter()
                picked = model.choose(corpus.groups, Budget(words=words), dates=corpus.dates)
                seconds.append(time.perf_counter() - t)
                grid[kind][name] = score([p.text for p in picked], refs, words)
    out["coverage_seconds"] = {"mean": round(sum(seconds) / len(seconds), 4), "max": round(max(seconds), 4)}
    out["loco"] = {}
    tuned = out["rankers"][TUNED] = {kind: {} for kind in REPORTED}
    for held in names:
        dev = [n for n in names if n != held]

        def dev_value(k: int) -> float:
            return sum(objective(out["grid"][k][kind][n]) for kind in kinds for n in dev) / (len(kinds) * len(dev))

        best = max(range(len(settings)), key=lambda k: (dev_value(k), -k))
        out["loco"][held] = {"setting": settings[best],
                             "dev": {kind: mean_figures([out["grid"][best][kind][n] for n in dev]) for kind in REPORTED},
                             "held_out": {kind: out["grid"][best][kind][held] for kind in REPORTED}}
        for kind in REPORTED:
            tuned[kind][held] = out["grid"][best][kind][held]
    return out


def cells(f: dict) -> list[str]:
    return [f"{f['words']:g}"] + [f"{100 * f[t][k]:.2f}" for t in TYPES for k in ("R", "F")]


def pair(f: dict, k: str = "R") -> str:
    return f"{100 * f['rouge1'][k]:.2f} / {100 * f['rouge2'][k]:.2f}"


def overview(out: dict) -> list[str]:
    """One row per budget and ranker: R-1 / R-2 recall per cluster, means, words used."""
    names = out["clusters"]
    lines = ["| budget | ranker | " + " | ".join(f"{n} R-1 / R-2 R" for n in names)
             + " | mean R-1 / R-2 R | mean R-1 / R-2 F | mean words |", "|" + "---|" * (len(names) + 5)]
    for kind in REPORTED:
        for ranker, by_kind in out["rankers"].items():
            rows = by_kind[kind]
            mean = mean_figures(list(rows.values()))
            lines.append(f"| {kind} | {ranker} | " + " | ".join(pair(rows[n]) for n in names)
                         + f" | {pair(mean)} | {pair(mean, 'F')} | {mean['words']:g} |")
    return lines


def markdown(out: dict) -> str:
    head = ["ranker", "cluster", "words"] + [f"{LABELS[t]} {k}" for t in TYPES for k in ("R", "F")]
    lines = ["### Overview (recall, %, mean over references)\n", *overview(out)]
    for kind in REPORTED:
        lines += [f"\n### {kind} (budgets: " + ", ".join(f"{n} {b[kind]}" for n, b in out["budgets"].items()) + ")\n",
                  "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for ranker, by_kind in out["rankers"].items():
            rows = by_kind[kind]
            for name, f in [*rows.items(), ("mean", mean_figures(list(rows.values())))]:
                lines.append("| " + " | ".join([ranker, name] + cells(f)) + " |")
    lines += ["\n### Coverage settings chosen on the other three clusters (dev) and scored on the held-out one\n",
              "| held-out | min_docs | position | salience | min_words | budget | dev R-1 R | dev R-2 R "
              "| held-out R-1 R | held-out R-2 R | held-out R-1 F | held-out R-2 F |", "|" + "---|" * 12]
    for held, r in out["loco"].items():
        s = r["setting"]
        for kind in r["dev"]:
            d, h = r["dev"][kind], r["held_out"][kind]
            lines.append(f"| {held} | {s['min_docs']} | {s['position']:g} | {s['salience']:g} | {s['min_words']} | {kind} | "
                         f"{100 * d['rouge1']['R']:.2f} | {100 * d['rouge2']['R']:.2f} | {100 * h['rouge1']['R']:.2f} | "
                         f"{100 * h['rouge2']['R']:.2f} | {100 * h['rouge1']['F']:.2f} | {100 * h['rouge2']['F']:.2f} |")
    lines.append(f"\nCoverage selection time per summary: mean {out['coverage_seconds']['mean']} s, "
                 f"max {out['coverage_seconds']['max']} s.")
    return "\n".join(lines)


def main(doc: str | None = __doc__, runner: Callable[[Path], dict] = run,
         render: Callable[[dict], str] = markdown) -> None:
    """Command line of a LOCO benchmark: ``--shared`` and ``--json``, then the Markdown tables."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("SUMMARIZE_SHARED", REPO.parent / "shared")))
    parser.add_argument("--json", type=Path, help="Also write every figure here.")
    args = parser.parse_args()
    out = runner(args.shared)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(render(out))


if __name__ == "__main__":
    main()
