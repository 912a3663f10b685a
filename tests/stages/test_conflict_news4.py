"""Three invented clusters written before any run (tests/data/conflict_news4), scored against their
own gold: every report is a listed disagreement and none is a listed non-conflict (a maximum vs the
term imposed, a camp vs all refugees, one load in pounds and tonnes, ...), and the disagreements of
the kinds held-out news has are found (a span as a noun phrase vs a verb phrase, a part of an
owned whole, a weekday resolved forward from the article's date, figures in other units)."""
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.gold import read_cluster
from summarize.evaluate.metrics import conflict_matches

CLUSTERS = Path(__file__).parent.parent / "data" / "conflict_news4"


@pytest.mark.parametrize("cluster, expected", [
    ("verdict", {"length of jury deliberations", "prison sentence", "sentencing date"}),
    ("package", {"value of the package", "members present for the vote", "day the new session opens"}),
    ("airlift", {"number of refugees", "load of the first cargo plane"}),
])
def test_each_report_is_listed_gold_and_the_expected_ones_are_found(cluster, expected):
    check_against_gold(CLUSTERS / cluster, expected)


def check_against_gold(folder: Path, expected: set[str]) -> None:
    """Every conflict the stage reports in the gold cluster at ``folder`` is a listed
    disagreement and none a listed non-conflict; those whose topics are ``expected`` are found."""
    gold = read_cluster(folder)
    reported = Corpus.from_paths([gold.docs]).conflicts()
    assert all(any(conflict_matches(p, g.conflict) for g in gold.conflicts) for p in reported)
    assert not any(conflict_matches(p, g.conflict) for p in reported for g in gold.non_conflicts)
    found = {g.conflict.topic for g in gold.conflicts if any(conflict_matches(p, g.conflict) for p in reported)}
    assert expected <= found
