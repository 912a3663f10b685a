"""Regression: a bare year past was compared with nothing (an era), so two outlets that gave different years for one
deed done to a thing ("the rope was last replaced in 2041" / "the rope was replaced in 2044", "was first recorded
in the bay in 2049" / "in 2052") were never paired. A year of a deed told in the passive is a fact of the thing on
record, keyed by the deed; an act a thing does ("the town last flooded in 1968") stays an era."""
import pytest

from summarize.stages.conflicts import find_conflicts

from tests.conftest import make_groups


def conflicts_of(a: str, b: str) -> list:
    return find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2001-03-02", "b": "2001-03-05"})


@pytest.mark.parametrize("a, b", [
    ("The lighthouse lamp was last overhauled in 1991, the trust said.",
     "According to maintenance logs, the lamp in the lighthouse was overhauled in 1994."),
    ("The orchid was first identified on the island in 1912 by a visiting botanist.",
     "The museum's herbarium shows the orchid was first identified on the island in 1908."),
    ("The cathedral's organ was restored in 1989 with money from a public appeal.",
     "The organ in the cathedral was restored in 1994, the dean says."),
])
def test_two_years_of_one_deed_done_to_a_thing_disagree(a, b):
    (c,) = conflicts_of(a, b)
    assert c.kind == "date" and len(c.sides) == 2


@pytest.mark.parametrize("a, b", [
    # other deeds done to one thing
    ("The footbridge was repainted in 1991, the council said.",
     "The footbridge was closed in 1994 after a lorry struck it."),
    # one deed done to other things
    ("A new roof was fitted to the chapel in 1991 after the storm.",
     "Solar panels were fitted in 1996 to the school's sports hall, the head said."),
    # what a thing did, not what was done to it, stays an era
    ("The river last burst its banks in 1968, when the weir failed.",
     "The river last burst its banks in 1971, when the weir failed."),
])
def test_years_of_other_deeds_or_things_or_of_what_a_thing_did_are_no_disagreement(a, b):
    assert conflicts_of(a, b) == []
