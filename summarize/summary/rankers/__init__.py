"""Ranker registry shared by the API and the CLI: ``get_ranker(name)``."""
from __future__ import annotations

from .base import Chooser, Ranker
from .centroid import CentroidRanker
from .consensus import SupportRanker
from .coverage import CoverageRanker
from .graph import GraphRanker
from .lead import LeadRanker, RandomRanker
from .sumy import SUMY_NAMES, SumyRanker

RANKER_NAMES = ("default", "coverage", "centroid", "graph", *SUMY_NAMES, "lead", "random")


def get_ranker(name: str, *, seed: int = 0) -> Ranker:
    """The ranker called ``name``; ``seed`` only matters for "random"."""
    if name == "default":
        return SupportRanker()
    if name == "coverage":
        return CoverageRanker()
    if name == "centroid":
        return CentroidRanker()
    if name == "graph":
        return GraphRanker()
    if name in SUMY_NAMES:
        return SumyRanker(name)
    if name == "lead":
        return LeadRanker()
    if name == "random":
        return RandomRanker(seed=seed)
    raise ValueError(f"unknown ranker {name!r}; choose one of: {', '.join(RANKER_NAMES)}")


__all__ = ["RANKER_NAMES", "Chooser", "Ranker", "get_ranker"]
