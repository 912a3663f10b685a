"""Are two statements about the same fact? A logistic model over pair features.

The weights (``alignment.json``) are fitted by ``scripts/fit_alignment.py`` on statement
pairs generated from news sentences (a value perturbed, converted, rounded or widened to an
interval: the same fact; a value of another sentence, a swapped subject: another fact), never
on gold. A pair is aligned when the model's probability reaches one half.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("alignment.json")
# Pair features in the order of the weight vector; ``kind:*`` are one-hot value kinds.
FEATURES = ("cosine", "window", "near", "noun", "names_apart", "names_shared", "several",
            "kind:quantity", "kind:date", "kind:name")


@lru_cache(maxsize=1)
def _model() -> tuple[tuple[float, ...], float]:
    data = json.loads(WEIGHTS.read_text())
    return tuple(float(data["weights"][f]) for f in FEATURES), float(data["bias"])


def vector(kind: str, features: dict[str, float]) -> list[float]:
    """The features of a pair in ``FEATURES`` order, with the value kind one-hot."""
    return [features.get(f, 0.0) if not f.startswith("kind:") else float(f == f"kind:{kind}") for f in FEATURES]


def probability(kind: str, features: dict[str, float]) -> float:
    """P(same fact) in [0, 1] (higher = more likely one fact)."""
    weights, bias = _model()
    z = bias + sum(w * x for w, x in zip(weights, vector(kind, features)))
    return 1.0 / (1.0 + math.exp(-z))


def aligned(kind: str, features: dict[str, float]) -> bool:
    return probability(kind, features) >= 0.5
