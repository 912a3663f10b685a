"""Baselines: the lead (position) ranker and a seeded random ranker."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ...model import Group
from .base import positions


@dataclass(frozen=True)
class LeadRanker:
    """Earlier sentences first (news puts the key facts in the lead): 1 / (1 + position)."""

    name: str = "lead"

    def score(self, groups: Sequence[Group]) -> np.ndarray:
        return 1.0 / (1.0 + positions(groups))


@dataclass(frozen=True)
class RandomRanker:
    """Uniform random scores from a fixed seed: the floor any ranker must beat."""

    seed: int = 0
    name: str = "random"

    def score(self, groups: Sequence[Group]) -> np.ndarray:
        return np.random.default_rng(self.seed).random(len(groups))
