"""Leave-one-cluster-out test of learned concept weights against counted ones.

    python benchmarks/concept_loco.py [--shared ../shared] [--json out.json]

Clusters: every one with references (eval/seeds, the three MultiLing 2011 clusters in
<shared>/data/multiling2011, eval/written/*). Settings: concept weights counted (the default)
or learned (``scripts/train_concepts.py``'s fit), times the salience bonus 0, 1 or 2.

Strictly held out, twice over. A learned setting scored on a cluster uses a model fitted on the
other clusters only. "coverage (LOCO)" holds out each cluster in turn, chooses the setting on
the others (each of them scored by a model fitted without it and without the held-out one;
objective: mean R-1 + R-2 recall over 100, 150, 200 words and the references' length) and scores
the held-out cluster with it. Every setting is also reported alone, and the default, "learned"
(the shipped model, fitted on eval/seeds and MultiLing: held out on eval/written only),
``support`` and sumy's LexRank in the same run, at 100 words and at the references' length;
ROUGE-1/2 recall and F1 (mean over references, ROUGE-1.5.5 stemming). Means are also given apart
for the real news clusters (seeds, MultiLing) and the hand-written ones. Prints Markdown tables.
"""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import summary_loco  # noqa: E402
from summary_loco import REPORTED, TUNING_BUDGETS, mean_figures, objective, overview, pair, score  # noqa: E402
from train_concepts import fit, load_clusters  # noqa: E402

from summarize.evaluate.section import Settings  # noqa: E402
from summarize.evaluate.sections.summaries import budget, reference_sentences  # noqa: E402
from summarize.summary.rankers.coverage import CoverageRanker  # noqa: E402
from summarize.summary.select import Budget  # noqa: E402

BASELINES = ("default", "learned", "support", "lexrank")
GRID = {"weights": ("counted", "learned"), "salience": (0.0, 1.0, 2.0)}
TUNED = "coverage (LOCO)"


def label(setting: dict) -> str:
    return f"coverage ({setting['weights']}, salience {setting['salience']:g})"


def load(shared: Path) -> tuple[list, dict, dict]:
    """Every cluster with references, and by cluster name its budgets and reference sentences."""
    clusters = load_clusters(shared, written=True)
    budgets = {c.name: {"100 words": 100, "reference length": budget(c.references, Settings()), **TUNING_BUDGETS}
               for c in clusters}
    return clusters, budgets, {c.name: [reference_sentences(r) for r in c.references] for c in clusters}


def run(shared: Path) -> dict:
    clusters, budgets, refs = load(shared)
    names = [c.name for c in clusters]
    settings = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    out: dict = {"clusters": names, "budgets": {n: {k: b[k] for k in REPORTED} for n, b in budgets.items()},
                 "rankers": {}, "loco": {}}
    for ranker in BASELINES:
        out["rankers"][ranker] = {k: {} for k in REPORTED}
        for c in clusters:
            for kind in REPORTED:
                picked = c.corpus.summarize(words=budgets[c.name][kind], ranker=ranker)
                out["rankers"][ranker][kind][c.name] = score([p.text for p in picked], refs[c.name],
                                                            budgets[c.name][kind])
    # figures[k][(scored, held)]: setting k on cluster ``scored``, any model fitted without both
    # (counted weights need none: they are scored once, as (scored, scored)).
    figures: list[dict] = [{} for _ in settings]
    for c in clusters:
        for held in names:
            models = {"counted": None,
                      "learned": fit([o for o in clusters if o.name not in (c.name, held)])}
            for k, setting in enumerate(settings):
                if setting["weights"] == "counted" and held != c.name:
                    continue
                ranker = CoverageRanker(salience=setting["salience"], model=models[setting["weights"]])
                figures[k][(c.name, held)] = {
                    kind: score([p.text for p in ranker.choose(c.corpus.groups, Budget(words=words),
                                                               dates=c.corpus.dates)], refs[c.name], words)
                    for kind, words in budgets[c.name].items()}
    for k, setting in enumerate(settings):
        out["rankers"][label(setting)] = {kind: {n: figures[k][(n, n)][kind] for n in names} for kind in REPORTED}
    tuned = out["rankers"][TUNED] = {kind: {} for kind in REPORTED}
    for held in names:
        dev = [n for n in names if n != held]

        def dev_value(k: int) -> float:
            fold = {n: figures[k].get((n, held)) or figures[k][(n, n)] for n in dev}
            return sum(objective(fold[n][kind]) for n in dev for kind in budgets[n])

        best = max(range(len(settings)), key=lambda k: (dev_value(k), -k))
        out["loco"][held] = {"setting": settings[best], "dev": round(dev_value(best) / (4 * len(dev)), 4)}
        for kind in REPORTED:
            tuned[kind][held] = figures[best][(held, held)][kind]
    return out


def by_source(out: dict) -> list[str]:
    """Mean R-1 / R-2 recall of every ranker over the real news clusters and over eval/written."""
    sources = {"real news": [n for n in out["clusters"] if not n.startswith("written")],
               "eval/written": [n for n in out["clusters"] if n.startswith("written")]}
    lines = ["| budget | ranker | " + " | ".join(f"{k} R-1 / R-2 R" for k in sources) + " |", "|---|---|---|---|"]
    for kind in REPORTED:
        for ranker, by_kind in out["rankers"].items():
            means = [mean_figures([by_kind[kind][n] for n in names]) for names in sources.values()]
            lines.append(f"| {kind} | {ranker} | " + " | ".join(pair(m) for m in means) + " |")
    return lines


def markdown(out: dict) -> str:
    """The overview of every ranker and setting, the means by source, then the setting each fold chose."""
    lines = [*overview(out), "", *by_source(out),
             "\n| held-out | weights | salience | dev (R-1 + R-2) / 2 |", "|---|---|---|---|"]
    lines += [f"| {held} | {r['setting']['weights']} | {r['setting']['salience']:g} | {100 * r['dev']:.2f} |"
              for held, r in out["loco"].items()]
    return "\n".join(lines)


if __name__ == "__main__":
    summary_loco.main(__doc__, run, markdown)
