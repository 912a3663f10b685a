"""Extractive summaries: rankers rate groups, one selection step picks them within the budget.

``RANKERS`` names the rankers, imported when first asked for (the CLI lists and checks names
without loading numpy); ``rankers.get_ranker`` builds one. "default" is budgeted coverage, also
called "coverage" (docs/summaries.md); "learned" is budgeted coverage with learned concept weights;
"support" is the ranker that was the default before coverage."""
from __future__ import annotations

from ..registry import Registry

SUMY_NAMES = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl")
_RANKERS = f"{__name__}.rankers"
RANKERS = Registry("ranker", {
    "default": f"{_RANKERS}.coverage:CoverageRanker",
    "coverage": f"{_RANKERS}.coverage:CoverageRanker",
    "learned": f"{_RANKERS}.coverage:LearnedCoverageRanker",
    "support": f"{_RANKERS}.consensus:SupportRanker",
    "centroid": f"{_RANKERS}.centroid:CentroidRanker",
    "graph": f"{_RANKERS}.graph:GraphRanker",
    **{name: f"{_RANKERS}.sumy:SumyRanker" for name in SUMY_NAMES},
    "lead": f"{_RANKERS}.lead:LeadRanker",
    "random": f"{_RANKERS}.lead:RandomRanker",
})
RANKER_NAMES = RANKERS.names
