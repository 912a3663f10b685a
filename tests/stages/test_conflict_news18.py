"""tests/data/conflict_news18 (issue #12 recall): five invented events written with their gold
before any run, scored against it. No look-alike may be reported, and the disagreements found so
far must stay found (floors at what the stage reaches: 9 of 17).

Not yet found: counts told with other nouns and other verbs ("More than 210,000 people have fled"
/ "Some 185,000 refugees have crossed"; "104 were present" after "Of the chamber's 151 members" /
"Only 98 deputies turned up"; "seven bills" / "eight pieces of legislation"; "an entourage of
about 700 people" / "a retinue of 1,400"), a forecast against the outcome ("are expected to sign
agreements worth $18 billion" / "Deals worth some $21 billion were signed"), one official's given
name told two ways in two roles ("regional director, Maret Solvik" / "regional chief, Marta
Solvik"), a denial whose subject is a pronoun ("he will not appeal"). The resumed work's day is
found, but its side is labelled with the local paper's "tomorrow", which the gold's "Thursday"
does not name."""
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.gold import read_cluster
from summarize.evaluate.metrics import conflict_matches

DATA = Path(__file__).parent.parent / "data" / "conflict_news18"

EXPECTED = {
    "exodus": {"load of the first convoy", "day the Halvik crossing reopens", "border closed to men of fighting age"},
    "assembly": {"day the president signs the budget"},
    "fraud": {"Faulke's prison term", "Faulke's age"},
    "visit": {"day the business forum opens"},
    "crane": {"weight of the beam", "crane overloaded"},
}


def _found(event: str) -> tuple[set[str], list[str], int]:
    """The gold topics found, the look-alikes reported, and the reports that match no gold."""
    gold = read_cluster(DATA / event)
    reported = Corpus.from_paths([gold.docs]).conflicts()
    found = {g.conflict.topic for g in gold.conflicts if any(conflict_matches(p, g.conflict) for p in reported)}
    alike = [g.conflict.topic for g in gold.non_conflicts if any(conflict_matches(p, g.conflict) for p in reported)]
    unlisted = sum(not any(conflict_matches(p, g.conflict) for g in gold.conflicts) for p in reported)
    return found, alike, unlisted


@pytest.mark.parametrize("event", sorted(EXPECTED))
def test_no_look_alike_is_reported_and_the_found_stay_found(event):
    found, alike, unlisted = _found(event)
    assert alike == []
    assert EXPECTED[event] <= found
    assert unlisted <= (1 if event == "crane" else 0)  # the crane's day, under the label "tomorrow"


def test_the_set_has_the_disagreements_and_look_alikes_it_was_written_with():
    sets = [read_cluster(DATA / event) for event in EXPECTED]
    assert sum(len(g.conflicts) for g in sets) == 17 and sum(len(g.non_conflicts) for g in sets) == 51
