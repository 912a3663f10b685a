"""Two small fresh clusters written by the integrator (tests/data/fresh_news: an earthquake whose
toll rises over three days, a regional election), run whole: the toll is one timeline however
little its last statement shares with the others ("The toll stood at 128 on Wednesday."), and
the election's one disagreement (38 seats against 37) is reported without the seats another
party won ("the Greens, who won 9% and 11 seats")."""
from pathlib import Path

import pytest

from summarize.corpus import Corpus

CLUSTERS = Path(__file__).parent.parent / "data" / "fresh_news"


@pytest.mark.parametrize("cluster, expected", [
    ("quake", [("updated", ["at least 40", "112", "128"])]),
    ("election", [("quantity", ["38", "37"])]),
])
def test_a_fresh_cluster_reports_its_one_disagreement(cluster, expected):
    found = [(c.kind, [s.value for s in c.sides]) for c in Corpus.from_paths([CLUSTERS / cluster]).conflicts()]
    assert found == expected
