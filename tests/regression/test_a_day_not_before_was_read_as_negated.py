"""Regression (issue 12, recall): "will not reopen before 20 March" was read as a negated day, so the
expected reopening told that way took no side, and "before" cut the day from its verb's clause (so
the day the runway shut could stand in its place); an expected day still to come did not run, so a
later article's expected day disagreed with it instead of updating it."""
import pytest

from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

EARLY, LATE = "2031-04-02", "2031-04-20"


@pytest.mark.parametrize("earlier, later", [
    ("The Harlan Street bridge will not reopen before 14 May, the county said.",
     "The county says the Harlan Street bridge is expected to reopen on 2 June."),
    ("Trains on the coast line will not run again until 9 May, the operator said.",
     "The operator expects trains on the coast line to run again on 23 May."),
    ("The Kessel museum will not reopen before 12 September, its director said.",
     "The Kessel museum is scheduled to reopen on 3 October, its director said."),
])
def test_an_earliest_day_is_stated_and_a_later_expected_day_updates_it(earlier, later):
    """The earliest day under a negation is the expected day; a later article's expected day still to
    come revises it (an update), where on one day the two disagree."""
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": EARLY, "b": LATE})
    assert c.kind == "updated" and c.dates == (EARLY, LATE)
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": EARLY, "b": EARLY})
    assert c.kind == "date"


def test_a_day_negated_without_a_bound_takes_no_side():
    """"did not reopen on 14 May" states no day of the reopening."""
    groups = make_groups(("a", "The Harlan Street bridge did not reopen on 14 May, the county said."),
                         ("b", "The county says the Harlan Street bridge reopened on 2 June."))
    assert find_conflicts(groups, {"a": EARLY, "b": LATE}) == []


def test_the_day_of_another_act_in_the_sentence_takes_no_side():
    """The day a road shut is no side of the day it is expected to reopen."""
    groups = make_groups(
        ("a", "The Mardle road was shut on Monday, and the council said it would not reopen before 30 April."),
        ("b", "The council now says the Mardle road is expected to reopen on 21 May."))
    (c,) = find_conflicts(groups, {"a": EARLY, "b": LATE})
    assert [s.value.split(" (")[0] for s in c.sides] == ["30 April", "21 May"]
