"""Rankers by name, shared by the API and the CLI: ``get_ranker(name)`` (the names are in
``summarize.summary.RANKERS``)."""
from __future__ import annotations

from .. import RANKER_NAMES, RANKERS, SUMY_NAMES
from .base import Ranker


def get_ranker(ranker: str | Ranker, *, seed: int = 0) -> Ranker:
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


__all__ = ["RANKERS", "RANKER_NAMES", "SUMY_NAMES", "Ranker", "get_ranker"]
