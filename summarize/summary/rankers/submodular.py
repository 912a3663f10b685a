"""Lin & Bilmes' (2011) summary objective, saturated coverage plus a diversity reward, maximised by
their cost-scaled greedy.

F(S) = sum_i m_i min(C_i(S), alpha C_i(V)) + lambda sum_k sqrt(sum_{j in S, j in P_k} r_j), where
C_i(S) = sum_{j in S} w_ij is how much the chosen candidates S say of sentence i of the cluster
(w: TF-IDF cosine, ``text.similarity``; m_i the sentences a deduplicated group stands for),
alpha = ``SATURATION`` / N saturates it, r_j = mean_i w_ij rewards representative candidates,
and P_k are k-means clusters of the candidates, so a second pick from one cluster earns less.
Both terms are monotone submodular; the greedy adds the candidate of the best gain / cost^r
and ends with their best-singleton check.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

import numpy as np

from ...text.similarity import TfidfModel, analyse

# Lin & Bilmes' DUC 2004 settings as their paper gives them: alpha = 5 / N, lambda = 6, r = 0.3,
# and K = N / 5 clusters of the candidates (seeded, so the same input gives the same summary).
SATURATION = 5.0
DIVERSITY = 6.0
SCALING = 0.3
CLUSTER_SHARE = 0.2


class Objective(NamedTuple):
    """Lin & Bilmes' objective over one cluster: ``sims`` (candidates x sentences, TF-IDF cosine),
    each sentence's ``mass`` (the sentences a group stands for), its saturation cap
    alpha C_i(V), each candidate's reward r_j and its cluster."""

    sims: np.ndarray
    mass: np.ndarray
    caps: np.ndarray
    reward: np.ndarray
    parts: np.ndarray

    def value(self, chosen: Sequence[int], *, diversity: float = DIVERSITY) -> float:
        """F(chosen): saturated coverage plus ``diversity`` times the diversity reward."""
        rows = list(chosen)
        said = np.minimum(self.sims[rows].sum(axis=0), self.caps) @ self.mass
        per_part = np.bincount(self.parts[rows], weights=self.reward[rows], minlength=int(self.parts.max(initial=0)) + 1)
        return float(said + diversity * np.sqrt(per_part).sum())


def objective(candidates: Sequence[str], sentences: Sequence[str], mass: Sequence[float], *,
              saturation: float = SATURATION, share: float = CLUSTER_SHARE, seed: int = 0) -> Objective:
    """The objective of ``candidates`` (texts that may be chosen) over the cluster's ``sentences``,
    sentence i standing for ``mass[i]`` sentences: TF-IDF fitted on the sentences, C_i(V) summed
    over them, alpha = ``saturation`` / N, K = ``share`` x candidates k-means clusters."""
    model = TfidfModel(analyse)
    cluster = model.fit_transform(sentences)
    weight = np.asarray(mass, dtype=float)
    sims = np.asarray((model.transform(candidates) @ cluster.T).todense(), dtype=float).reshape(len(candidates), len(sentences))
    whole = np.asarray(cluster @ (cluster.T @ weight)).ravel()      # C_i(V) = sum_j m_j w_ij
    total = max(float(weight.sum()), 1.0)
    return Objective(sims, weight, saturation / total * whole, sims @ weight / total, _partition(candidates, share, seed))


def _partition(candidates: Sequence[str], share: float, seed: int) -> np.ndarray:
    """The k-means cluster (0..K-1, K = ``share`` x candidates, at least 1) of each candidate's
    TF-IDF vector."""
    k = max(1, min(len(candidates), round(share * len(candidates))))
    if k == 1:
        return np.zeros(len(candidates), dtype=int)
    from sklearn.cluster import KMeans   # heavy: only this objective needs it

    vectors = TfidfModel(analyse).fit_transform(candidates)
    return np.asarray(KMeans(n_clusters=k, n_init=1, random_state=seed).fit_predict(vectors), dtype=int)


def memberships(exclusive: Sequence[tuple[int, ...]]) -> dict[int, list[int]]:
    """Each candidate's sets of ``exclusive`` (of which at most one may be chosen), by index."""
    out: dict[int, list[int]] = {}
    for c, members in enumerate(exclusive):
        for i in members:
            out.setdefault(i, []).append(c)
    return out


def greedy(obj: Objective, costs: np.ndarray, budget: float, *, exclusive: Sequence[tuple[int, ...]] = (),
           barred: frozenset[int] = frozenset(), diversity: float = DIVERSITY, scaling: float = SCALING) -> list[int]:
    """The candidates Lin & Bilmes' greedy chooses within ``budget`` (gain / cost^``scaling``,
    then their best-singleton check): no two of an ``exclusive`` set, none of ``barred``. Ties
    go to the lower index."""
    n, total = obj.sims.shape
    member_of = memberships(exclusive)
    open_ = np.array([i not in barred for i in range(n)], dtype=bool)
    chosen: list[int] = []
    said = np.zeros(total)
    per_part = np.zeros(int(obj.parts.max(initial=0)) + 1)
    left = budget
    while (fits := open_ & (costs <= left)).any():
        base = np.minimum(said, obj.caps) @ obj.mass
        gain = np.minimum(said[None, :] + obj.sims, obj.caps) @ obj.mass - base
        gain += diversity * (np.sqrt(per_part[obj.parts] + obj.reward) - np.sqrt(per_part[obj.parts]))
        best = int(np.argmax(np.where(fits, gain / np.maximum(costs, 1e-9) ** scaling, -np.inf)))
        chosen.append(best)
        said += obj.sims[best]
        per_part[obj.parts[best]] += obj.reward[best]
        left -= float(costs[best])
        open_[[best, *(j for c in member_of.get(best, ()) for j in exclusive[c])]] = False
    singles = [i for i in range(n) if i not in barred and costs[i] <= budget]
    single = max(singles, key=lambda i: (obj.value([i], diversity=diversity), -i), default=None)
    if single is not None and obj.value([single], diversity=diversity) > obj.value(chosen, diversity=diversity):
        return [single]
    return sorted(chosen)
