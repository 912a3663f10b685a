"""Leave-one-cluster-out test of the learned sentence prior (``rankers/sentence_prior.py``).

    python benchmarks/sentence_prior_loco.py [--shared ../shared] [--json out.json] [--grid '{"sentences": [1, 2]}']
        [--labels "100 words"]

The entries of ``wire_copy_loco`` (every gold cluster as written and in DUC 2004's layout, and
tests/data/collection_news). For each cluster a sentence model is fitted on the oracle labels of
every other seen cluster (both layouts; eval/written4 is never trained or chosen on), so every
summary is made with a model that never saw its cluster. Each fold then chooses the setting
(``CoverageRanker`` keywords, ``sentences`` its share) on the other clusters' figures, as
``wire_copy_loco`` does, and scores the held-out cluster with it. Prints the same table.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summary_loco import objective, score  # noqa: E402
from wire_copy_loco import DEFAULT, TUNED, UNSEEN, Entry, label, load, markdown  # noqa: E402

from summarize.summary.rankers.coverage import CoverageRanker  # noqa: E402
from summarize.summary.rankers.sentence_prior import SentenceModel, oracle_labels, sentence_features  # noqa: E402
from summarize.summary.select import Budget  # noqa: E402
from summarize.summary.trim import trimmed  # noqa: E402

GRID = {"sentences": (0.5, 1.0, 2.0, 4.0)}


def examples(entry: Entry, budget: str) -> tuple[np.ndarray, np.ndarray]:
    """Features and oracle labels (at the entry's ``budget``) of its groups, shown without their opening dates."""
    groups = entry.corpus.groups
    texts = [trimmed(g, ending=False, opening=True).text for g in groups]
    references = [" ".join(r) for r in entry.refs]
    return sentence_features(groups, texts), oracle_labels(texts, references, entry.budgets[budget])


def fit(data: list[tuple[np.ndarray, np.ndarray]], *, c: float = 1.0) -> SentenceModel:
    """A logistic regression on standardised features, every entry weighing the same."""
    from sklearn.linear_model import LogisticRegression

    rows = np.vstack([x for x, _ in data])
    labels = np.concatenate([y for _, y in data])
    weights = np.concatenate([np.full(len(y), 1.0 / len(y)) for _, y in data])
    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=1000).fit((rows - mean) / scale, labels, sample_weight=weights * len(data))
    return SentenceModel(tuple(mean.tolist()), tuple(scale.tolist()), tuple(model.coef_[0].tolist()),
                         float(model.intercept_[0]))


def run(shared: Path, grid: dict, *, budget: str = "reference length") -> dict:
    """Every setting with fold models, the default, and each fold's held-out choice."""
    os.environ.setdefault("SUMMARIZE_SHARED", str(shared.resolve()))
    entries = load(Path(tempfile.mkdtemp(prefix="sentence-prior-")) / "gold")
    data = [examples(e, budget) for e in entries]
    seen = [k for k, e in enumerate(entries) if e.source != UNSEEN]
    names = sorted({entries[k].name for k in seen}) + [UNSEEN]
    models = {held: fit([data[k] for k in seen if entries[k].name != held]) for held in names}
    model_of = [models[e.name if e.source != UNSEEN else UNSEEN] for e in entries]
    settings = [dict(zip(grid, values)) for values in itertools.product(*grid.values())]

    def figures(setting: dict) -> list[dict]:
        out = []
        for e, model in zip(entries, model_of):
            ranker = CoverageRanker(**setting, sentence_model=model)
            out.append({kind: score([p.text for p in ranker.choose(e.corpus.groups, Budget(words=words),
                                                                     dates=e.corpus.dates)], e.refs, words)
                        for kind, words in e.budgets.items()})
        return out

    default = figures({})
    table = [figures(s) for s in settings]
    tuned: list[dict] = [{} for _ in entries]
    chosen: dict[str, str] = {}
    for held in names:
        dev = [k for k in seen if entries[k].name != held]
        best = max(range(len(settings)), key=lambda s: (sum(objective(table[s][k][kind]) for k in dev
                                                            for kind in entries[k].budgets), -s))
        chosen[held] = label(settings[best])
        for k, e in enumerate(entries):
            if e.name == held or (held == UNSEEN and e.source == UNSEEN):
                tuned[k] = table[best][k]
    rows = {DEFAULT: default, **{label(s): table[k] for k, s in enumerate(settings)}, TUNED: tuned}
    return {"entries": [(e.name, e.layout, e.source) for e in entries], "rows": rows, "chosen": chosen,
            "models": {held: dict(zip(("mean", "scale", "coef", "intercept"),
                                      (m.mean, m.scale, m.coef, m.intercept))) for held, m in models.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("SUMMARIZE_SHARED", REPO.parent / "shared")))
    parser.add_argument("--json", type=Path, help="Also write every figure here.")
    parser.add_argument("--grid", type=json.loads, default=GRID, help="CoverageRanker keywords and their values, as JSON.")
    parser.add_argument("--labels", default="reference length", choices=("reference length", "100 words"),
                        help="The budget of the oracle summaries that label the sentences.")
    args = parser.parse_args()
    out = run(args.shared, args.grid, budget=args.labels)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(markdown(out))


if __name__ == "__main__":
    main()
