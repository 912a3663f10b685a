"""Two small fresh clusters written by the integrator (tests/data/fresh_news: an earthquake whose
toll rises over three days, a regional election), run whole: the toll is one timeline however
little its last statement shares with the others ("The toll stood at 128 on Wednesday."), the
magnitude two sources of one article give apart (6.3, the agency's 6.1) a disagreement, and
the election's one disagreement (38 seats against 37) is reported without the seats another
party won ("the Greens, who won 9% and 11 seats")."""
from pathlib import Path

import pytest

from summarize.corpus import Corpus

CLUSTERS = Path(__file__).parent.parent / "data" / "fresh_news"


@pytest.mark.parametrize("cluster, expected", [
    # the magnitude: one article sets the national agency's 6.1 ("put the magnitude at") against 6.3
    ("quake", [("quantity", ["6.1", "6.3"]), ("updated", ["at least 40", "112", "128"])]),
    ("election", [("quantity", ["38", "37"])]),
])
def test_a_fresh_cluster_reports_its_one_disagreement(cluster, expected):
    found = [(c.kind, [s.value for s in c.sides]) for c in Corpus.from_paths([CLUSTERS / cluster]).conflicts()]
    assert found == expected


FRESH2 = Path(__file__).parent.parent / "data" / "fresh_news2"


@pytest.mark.parametrize("cluster, expected", [
    ("heist", [("quantity", {"roughly 100 feet", "120-foot"}), ("quantity", {"Eight", "Seven"}),
               ("quantity", {"$31 million", "$36 million"}), ("updated", {"two", "Four"}),
               ("date", {"Sunday (= 2026-03-08)", "Tuesday (= 2026-03-10)"}), ("polarity", {"affirms", "denies"})]),
    ("blackout", [("quantity", {"more than 180,000", "About 150,000"}), ("quantity", {"about $12 million", "$15 million"}),
                  ("quantity", {"41C", "43C"}), ("date", {"Thursday (= 2026-07-16)", "July 17 (= 2026-07-17)"}),
                  ("polarity", {"affirms", "denies"})]),
    ("session", [("quantity", {"61 to 54", "63 to 52"}), ("quantity", {"115", "Some 117"}),
                 ("quantity", {"seven", "eight"}), ("date", {"Monday (= 2026-12-14)", "Dec. 15 (= 2026-12-15)"})]),
    ("zoo", [("quantity", {"about $3.2 million", "$2.8 million"}), ("date", {"Thursday (= 2026-10-29)", "Oct. 30 (= 2026-10-30)"}),
             ("quantity", {"25", "18"}),
             ("quantity", {"14-hour", "11-hour"}), ("quantity", {"4 tonnes", "10,000 pounds"})]),
])
def test_fresh_clusters_written_before_the_run_report_their_planted_disagreements_only(cluster, expected):
    """tests/data/fresh_news2 (expected disagreements in EXPECTED.md, written before any run):
    figures with other hedges and sentence shapes, a figure in a subordinate clause, feet against
    metres, days read through the article's date, a tally, a claim and a reported denial; and no
    report from their traps (two people's ages, a cover limit, a part of the haul, another year,
    a whole a part is taken from, a rate); zoo's cost ($3.2 million / $2.8 million) and day
    (Thursday / Oct. 30) are compared value by value, though one pair of sentences states both: the
    cost aligns the sentences, so the day needs only as many words in common as a day beside a
    word in common."""
    found = [(c.kind, sorted(s.value for s in c.sides)) for c in Corpus.from_paths([FRESH2 / cluster]).conflicts()]
    assert sorted(found) == sorted((kind, sorted(values)) for kind, values in expected)


def test_a_collection_cluster_reports_the_disagreements_of_its_readme():
    """tests/data/collection_news/strike (README.md, written before the run): the pilots (2,150 /
    2,100: "2,100" is no rounding of 2,150; "The 2,150 pilots" is the airline's own, whatever
    place the clause after it names), the 1982 strike and the pay gap; 2 1/2 years and 30 months
    are one length."""
    folder = Path(__file__).parent.parent / "data" / "collection_news" / "strike" / "d31002t"
    found = [(c.kind, sorted(s.value for s in c.sides)) for c in Corpus.from_paths([folder]).conflicts()]
    assert sorted(found) == [("quantity", ["19 days", "23 days"]), ("quantity", ["2,100", "2,150"]),
                             ("quantity", ["20 pct", "roughly 15 percent"])]
