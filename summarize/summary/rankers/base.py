"""The one interface every ranker follows: rate deduplicated sentences, higher = more salient."""
from __future__ import annotations

from typing import Mapping, Protocol, Sequence, runtime_checkable

import numpy as np

from ...model import Group, Scored
from ..select import Budget


class Ranker(Protocol):
    """Rates groups; selection (budget, redundancy, order) is done once, elsewhere."""

    name: str

    def score(self, groups: Sequence[Group]) -> np.ndarray:
        """One float per group, in input order; higher = more salient."""


@runtime_checkable
class Chooser(Protocol):
    """A ranker that chooses the whole summary itself (e.g. budgeted coverage) instead of
    leaving the choice to the shared selection step."""

    def choose(self, groups: Sequence[Group], budget: Budget, *,
               dates: Mapping[str, str] | None = None) -> list[Scored]:
        """The chosen groups within ``budget``, in reading order."""


def positions(groups: Sequence[Group]) -> np.ndarray:
    """Earliest position (0 = first sentence) at which any source states each group."""
    return np.array([min(m.index for m in g.members) for g in groups], dtype=float)


def support(groups: Sequence[Group], *, paraphrase: float = 1.0) -> np.ndarray:
    """Number of documents behind each group; a document that only paraphrases it (a supporter)
    counts ``paraphrase`` (0..1)."""
    return np.array([len({m.doc_id for m in g.members}) + paraphrase * len(g.supporters) for g in groups],
                    dtype=float)


def minmax(values: np.ndarray) -> np.ndarray:
    """Rescale to [0, 1]; constant input becomes all ones."""
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        return values
    lo, hi = float(values.min()), float(values.max())
    return np.ones_like(values) if hi - lo < 1e-12 else (values - lo) / (hi - lo)


def percentile(values: np.ndarray) -> np.ndarray:
    """Rank of each value among ``values`` scaled to [0, 1], higher = larger (ties share their
    mean rank; a single value becomes 1): unlike :func:`minmax`, one outlier at the top does not
    move the others."""
    values = np.asarray(values, dtype=float)
    if values.size <= 1:
        return np.ones_like(values)
    _, where, counts = np.unique(values, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    return ((ends - counts + 1 + ends) / 2.0 - 1.0)[where.reshape(-1)] / (values.size - 1)
