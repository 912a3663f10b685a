"""Ranker registry shared by the API and the CLI: ``get_ranker(name)``. Rankers are imported
when first asked for, so listing and checking names costs nothing."""
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from ...registry import Registry

if TYPE_CHECKING:
    from .base import Ranker

SUMY_NAMES = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl")
_HERE = __name__
RANKERS = Registry("ranker", {
    "default": f"{_HERE}.consensus:SupportRanker",
    "coverage": f"{_HERE}.coverage:CoverageRanker",
    "centroid": f"{_HERE}.centroid:CentroidRanker",
    "graph": f"{_HERE}.graph:GraphRanker",
    **{name: f"{_HERE}.sumy:SumyRanker" for name in SUMY_NAMES},
    "lead": f"{_HERE}.lead:LeadRanker",
    "random": f"{_HERE}.lead:RandomRanker",
})
RANKER_NAMES = RANKERS.names


def get_ranker(ranker: Union[str, "Ranker"], *, seed: int = 0) -> "Ranker":
    """The ranker called ``ranker`` (or ``ranker`` itself when it is a ranker object); ``seed``
    only matters for "random"."""
    if not isinstance(ranker, str):
        if not callable(getattr(ranker, "score", None)):
            raise TypeError(f"a ranker must be a name or have a score(groups) method, got {type(ranker).__name__}")
        return ranker
    factory = RANKERS.load(ranker)
    if ranker in SUMY_NAMES:
        return factory(ranker)
    return factory(seed=seed) if ranker == "random" else factory()


__all__ = ["RANKERS", "RANKER_NAMES", "SUMY_NAMES", "get_ranker"]
