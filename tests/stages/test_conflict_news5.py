"""Two invented clusters written before any run (tests/data/conflict_news5), in outlet styles the
earlier sets lack (a trade journal's key-figures box, a Q&A explainer, a live blog with time stamps,
a TV transcript, a tabloid), scored against their own gold: every report is a listed disagreement
and none is a listed non-conflict (a capacity vs what runs at first, a requirement vs the actual
share, a part vs its whole, one length in two units, one year vs another, durations sharing a
unit, the two sides of one sentence), and the listed disagreements the stage reads are found. Not
yet: the claim and its denial in other words ("cancelled all planned surgery" / "denied that any
operations had been called off"), which needs a paraphrase the stage does not know."""
from pathlib import Path

import pytest

from .test_conflict_news4 import check_against_gold

CLUSTERS = Path(__file__).parent.parent / "data" / "conflict_news5"


@pytest.mark.parametrize("cluster, expected", [
    ("tunnel", {"cost of the tunnel", "opening day", "weight of the boring machine",
                "workers killed during construction"}),
    ("strike", {"pay rise offered", "union president", "nurses on strike", "day talks resume"}),
])
def test_each_report_is_listed_gold_and_the_expected_ones_are_found(cluster, expected):
    check_against_gold(CLUSTERS / cluster, expected)
