"""Leave-one-cluster-out test of two changes to coverage selection: content-word concepts and trimming.

    python benchmarks/selection_loco.py [--shared ../shared] [--json out.json]

Clusters: every one with references (eval/seeds, MultiLing 2011 M000-M002, eval/written/*).
Settings: ``CoverageRanker`` with the default weights and salience, content-word (unigram)
concepts weighted ``unigrams`` times the bigrams' (Lin & Bilmes' word coverage; 0 = off),
with and without cutting trailing attributions off the candidates (``summary/trim.py``).
"coverage (LOCO)" holds out each cluster in turn, chooses the setting on the seven others
(mean R-1 + R-2 recall over 100, 150, 200 words and the references' length) and scores the
held-out cluster with it; every setting is also reported alone. Means are given apart for the
real news clusters (seeds, MultiLing) and the hand-written ones. Prints Markdown tables.
"""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import summary_loco  # noqa: E402
from concept_loco import by_source, load  # noqa: E402
from summary_loco import REPORTED, objective, overview, score  # noqa: E402

from summarize.summary.rankers.coverage import CoverageRanker  # noqa: E402
from summarize.summary.select import Budget  # noqa: E402

GRID = {"unigrams": (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0), "trim": (False, True), "salience": (0.0, 1.0, 2.0)}
# Content words raise the shared concepts: M002 (134 candidates) goes from 236 to 503, over
# EXACT_LIMIT, so every setting is solved exactly here (the bigram-only ones are under it anyway).
EXACT = 100_000
TUNED = "coverage (LOCO)"


def label(setting: dict) -> str:
    return "coverage (" + ", ".join(f"{k} {v:g}" if not isinstance(v, str) else f"{k} {v}"
                                    for k, v in setting.items()) + ")"


def run(shared: Path, grid: dict = GRID, *, alone: bool = False) -> dict:
    """Every setting of ``grid`` (``CoverageRanker`` keywords and their values) on every
    cluster, and the setting each fold chooses on the other clusters. With ``alone``, also
    each keyword tuned alone, the others at their first value: "coverage (LOCO, KEY alone)"."""
    clusters, budgets, refs = load(shared)
    names = [c.name for c in clusters]
    settings = [dict(zip(grid, values)) for values in itertools.product(*grid.values())]
    figures = [{c.name: {kind: score([p.text for p in CoverageRanker(**s, exact_limit=EXACT).choose(
        c.corpus.groups, Budget(words=words), dates=c.corpus.dates)], refs[c.name], words)
        for kind, words in budgets[c.name].items()} for c in clusters} for s in settings]
    out: dict = {"grid": list(grid), "clusters": names, "budgets": {n: {k: b[k] for k in REPORTED} for n, b in budgets.items()},
                 "rankers": {label(s): {kind: {n: figures[k][n][kind] for n in names} for kind in REPORTED}
                             for k, s in enumerate(settings)}, "loco": {}}
    tuned = out["rankers"][TUNED] = {kind: {} for kind in REPORTED}
    for held in names:
        best = fold(figures, budgets, held, range(len(settings)))
        out["loco"][held] = {"setting": settings[best], "dev": round(fold_value(figures, budgets, held, best), 4)}
        for kind in REPORTED:
            tuned[kind][held] = figures[best][held][kind]
    out["alone"] = {}
    for key in grid if alone else ():
        among = [k for k, s in enumerate(settings) if all(s[o] == grid[o][0] for o in grid if o != key)]
        chosen = {held: fold(figures, budgets, held, among) for held in names}
        out["alone"][key] = {held: settings[k][key] for held, k in chosen.items()}
        out["rankers"][f"{TUNED[:-1]}, {key} alone)"] = {
            kind: {held: figures[k][held][kind] for held, k in chosen.items()} for kind in REPORTED}
    return out


def fold_value(figures: list[dict], budgets: dict, held: str, k: int) -> float:
    """Setting ``k``'s mean R-1 + R-2 recall / 2 over every budget of every cluster but ``held``."""
    rows = [objective(figures[k][n][kind]) for n in budgets if n != held for kind in budgets[n]]
    return sum(rows) / len(rows)


def fold(figures: list[dict], budgets: dict, held: str, among) -> int:
    """The setting (index, among ``among``) that a fold holding out ``held`` chooses; ties to the first."""
    return max(among, key=lambda k: (fold_value(figures, budgets, held, k), -k))


def markdown(out: dict) -> str:
    """The overview of every setting, the means by source, then the setting each fold chose."""
    lines = [*overview(out), "", *by_source(out),
             "\n| held-out | " + " | ".join(out["grid"]) + " | dev (R-1 + R-2) / 2 |", "|---" * (len(out["grid"]) + 2) + "|"]
    lines += [f"| {held} | " + " | ".join(str(v) if isinstance(v, str) else f"{v:g}" for v in r["setting"].values())
              + f" | {100 * r['dev']:.2f} |"
              for held, r in out["loco"].items()]
    if out.get("alone"):
        lines += ["\nEach option tuned alone, the value each fold chose:\n",
                  "| held-out | " + " | ".join(out["alone"]) + " |", "|---" * (len(out["alone"]) + 1) + "|"]
        lines += [f"| {held} | " + " | ".join(str(chosen[held]) for chosen in out["alone"].values()) + " |"
                  for held in out["clusters"]]
    return "\n".join(lines)


if __name__ == "__main__":
    summary_loco.main(__doc__, run, markdown)
