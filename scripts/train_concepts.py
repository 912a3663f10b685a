"""Fit the concept model on reference summaries; writes summarize/summary/rankers/concept_model.json.

Every concept (bigram) of every cluster with references is one example: its features in the
cluster (``concepts.FEATURES``) and, as target, the share of the cluster's references that state
it. A logistic regression on standardised features is fitted to those shares (each example
twice, as a positive weighted by the share and a negative weighted by the rest), every cluster
weighing the same. Its regularisation is chosen among ``C_GRID`` by leave-one-cluster-out log loss
over the training clusters (no ROUGE, no summary: the model only learns to predict concepts).
Deterministic: same clusters, same bytes.

    python scripts/train_concepts.py [--shared ../shared] [--out summarize/summary/rankers/concept_model.json]

Clusters: eval/seeds and <shared>/data/multiling2011/*, the real news clusters the coverage
settings were tuned on. eval/written/* is left out, so it stays held out for the shipped model
(benchmarks/concept_loco.py trains on it too, never on the cluster it scores).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import NamedTuple, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.corpus import Corpus  # noqa: E402
from summarize.evaluate.gold import read_gold  # noqa: E402
from summarize.summary.rankers.concepts import ConceptModel, concept_features, concepts  # noqa: E402

OUT = ROOT / "summarize" / "summary" / "rankers" / "concept_model.json"
# Inverse regularisation strengths tried (scikit-learn's default is 1).
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)


class Cluster(NamedTuple):
    """A cluster with references: its corpus, its reference texts, its concepts' features and targets."""

    name: str
    corpus: Corpus
    references: list[str]
    rows: np.ndarray
    targets: np.ndarray


def load_clusters(shared: Path, *, written: bool) -> list[Cluster]:
    """eval/seeds and the MultiLing clusters, then eval/written's when ``written``."""
    multiling = shared / "data" / "multiling2011"
    if not multiling.is_dir():
        raise SystemExit(f"MultiLing clusters not found in {multiling}; pass --shared")
    golds = read_gold(ROOT / "eval" / "seeds") + read_gold(multiling)
    out = []
    for gold in golds + (read_gold(ROOT / "eval" / "written") if written else []):
        out.append(make_cluster(gold.name.removeprefix("multiling2011-"), Corpus.from_paths([gold.docs]),
                                [r.text for r in gold.references]))
    return out


def make_cluster(name: str, corpus: Corpus, references: list[str]) -> Cluster:
    """A cluster's training examples: its concepts' features, and the share of ``references`` stating each."""
    keys, rows = concept_features(corpus.groups)
    stated = [concepts(text) for text in references]
    targets = np.array([sum(k in s for s in stated) / len(stated) for k in keys])
    return Cluster(name, corpus, references, rows, targets)


def fit(clusters: Sequence[Cluster]) -> ConceptModel:
    """The model fitted on ``clusters`` with the regularisation :func:`choose_c` picks."""
    return fit_with(choose_c(clusters), clusters)


def choose_c(clusters: Sequence[Cluster]) -> float:
    """The ``C_GRID`` value of least leave-one-cluster-out log loss (the first on a tie;
    scikit-learn's default 1 for a single cluster)."""
    def loss(c: float) -> float:
        return float(np.mean([log_loss(fit_with(c, [o for o in clusters if o is not held]), held)
                              for held in clusters]))

    return min(C_GRID, key=loss) if len(clusters) > 1 else 1.0


def log_loss(model: ConceptModel, cluster: Cluster) -> float:
    """Mean cross-entropy of the model's chances against ``cluster``'s reference shares."""
    p = np.clip(model.predict(cluster.rows), 1e-9, 1 - 1e-9)
    return float(-(cluster.targets * np.log(p) + (1 - cluster.targets) * np.log(1 - p)).mean())


def fit_with(c: float, clusters: Sequence[Cluster]) -> ConceptModel:
    """A logistic regression (inverse regularisation ``c``) of the reference share on the
    features, each cluster weighing the same."""
    from sklearn.linear_model import LogisticRegression

    rows = np.vstack([k.rows for k in clusters])
    targets = np.concatenate([k.targets for k in clusters])
    # Each cluster weighs the same in all, the mean example weighing 1.
    per_cluster = np.concatenate([np.full(len(k.targets), len(targets) / (len(clusters) * len(k.targets)))
                                  for k in clusters])
    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale[scale < 1e-12] = 1.0
    x = (rows - mean) / scale
    weight = np.concatenate([targets, 1.0 - targets]) * np.concatenate([per_cluster, per_cluster])
    model = LogisticRegression(C=c, max_iter=1000)
    model.fit(np.vstack([x, x]), np.concatenate([np.ones(len(x)), np.zeros(len(x))]), sample_weight=weight)
    return ConceptModel(tuple(round(float(v), 6) for v in mean), tuple(round(float(v), 6) for v in scale),
                        tuple(round(float(v), 6) for v in model.coef_[0]), round(float(model.intercept_[0]), 6))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("SUMMARIZE_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    clusters = load_clusters(args.shared, written=False)
    c = choose_c(clusters)
    args.out.write_text(json.dumps(fit_with(c, clusters).to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (C = {c:g}, {sum(len(k.targets) for k in clusters)} concepts in {len(clusters)} clusters)")


if __name__ == "__main__":
    main()
