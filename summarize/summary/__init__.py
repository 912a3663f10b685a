"""Extractive summaries: rankers rate groups, one selection step picks them within the budget.

``RANKERS`` names the rankers, imported when first asked for (the CLI lists and checks names
without loading numpy); ``rankers.get_ranker`` builds one. "default" is budgeted coverage with
learned concept weights, also called "learned"; "coverage" is budgeted coverage with counted
weights, the default before it (docs/summaries.md); "support" is the default before that."""
from __future__ import annotations

from ..registry import Registry

SUMY_NAMES = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl")
_RANKERS = f"{__name__}.rankers"
RANKERS = Registry("ranker", {
    "default": f"{_RANKERS}.coverage:LearnedCoverageRanker",
    "learned": f"{_RANKERS}.coverage:LearnedCoverageRanker",
    "coverage": f"{_RANKERS}.coverage:CoverageRanker",
    "support": f"{_RANKERS}.consensus:SupportRanker",
    "centroid": f"{_RANKERS}.centroid:CentroidRanker",
    "graph": f"{_RANKERS}.graph:GraphRanker",
    **{name: f"{_RANKERS}.sumy:SumyRanker" for name in SUMY_NAMES},
    "lead": f"{_RANKERS}.lead:LeadRanker",
    "random": f"{_RANKERS}.lead:RandomRanker",
})
RANKER_NAMES = RANKERS.names
