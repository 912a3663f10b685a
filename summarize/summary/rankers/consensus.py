"""The support ranker (the default until budgeted coverage): salience (LexRank graph + MEAD centroid) boosted by multi-source support."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ...model import Group
from .base import minmax, positions, support
from .centroid import CentroidRanker
from .graph import GraphRanker


@dataclass(frozen=True)
class SupportRanker:
    """score = (mean of min-max scaled graph and centroid salience + lead bonus)
    × (1 + ``support_weight`` × share of the cluster's documents that state it).

    A fact reported by more outlets ranks higher; a lone outlet's claim needs more salience.
    An outlet that only paraphrases the fact counts ``paraphrase_weight`` of one that repeats it,
    as paraphrase matching is the less certain evidence. The weights were chosen with
    ``summarize eval`` (README, "Evaluation").
    """

    support_weight: float = 2.0
    paraphrase_weight: float = 0.5
    lead_weight: float = 0.5
    name: str = "support"

    def score(self, groups: Sequence[Group]) -> np.ndarray:
        if not groups:
            return np.zeros(0)
        salience = (minmax(GraphRanker().score(groups)) + minmax(CentroidRanker().score(groups))) / 2
        lead = self.lead_weight / np.sqrt(1.0 + positions(groups))
        n_docs = len({m.doc_id for g in groups for m in g.members})
        share = (support(groups, paraphrase=self.paraphrase_weight) - 1) / max(n_docs - 1, 1)
        return (salience + lead) * (1.0 + self.support_weight * share)
