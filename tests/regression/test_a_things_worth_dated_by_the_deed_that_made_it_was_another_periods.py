"""Regression: a sum told as what a thing is worth was dated by the period of the deed that made it ("signed her to a
deal worth £250,000 a year in 2061", "a grant worth $4.2m ... awarded in 2026"), so another outlet's worth of the same
deal, dated by nothing, was read as another period's figure and never compared; and a later "understood to have been
worth" was read as a running figure, an update. A thing's worth is set once: the period dates the deed."""
import pytest

from summarize.stages.conflicts import find_conflicts

from tests.conftest import make_groups

DATES = {"a": "1999-06-01", "b": "1999-08-20"}


@pytest.mark.parametrize("a, b", [
    ("The club signed the striker to a boot deal worth £400,000 a year in 1996.",
     "The maker has ended the striker's boot deal, understood to have been worth £300,000 a year."),
    ("The city awarded the paving contract, worth $18m, to Delmont Civil in 1997.",
     "Delmont Civil's paving contract with the city is worth $23m, the firm's accounts show."),
    ("A research grant worth €2.1m was awarded to the institute in 1995 to study river silt.",
     "The institute's research grant to study river silt, worth €1.6m, pays for six posts."),
])
def test_two_outlets_worth_of_one_deal_disagree_whenever_the_deal_was_made(a, b):
    (c,) = find_conflicts(make_groups(("a", a), ("b", b)), DATES)
    assert c.kind != "updated" and len(c.sides) == 2


def test_worths_dated_to_two_periods_are_two_deals():
    a = "The club signed the striker to a boot deal worth £400,000 a year in 1996."
    b = "The club signed the striker to a new boot deal worth £650,000 a year in August."
    assert find_conflicts(make_groups(("a", a), ("b", b)), DATES) == []


def test_a_worth_dated_to_a_past_occasion_is_no_figure_of_deals_told_as_made_now():
    a = "On her last trip, in 1994, the trade minister brought home contracts worth $2 billion."
    b = "The trade minister signed contracts worth $5 billion within hours of landing, officials said."
    assert find_conflicts(make_groups(("a", a), ("b", b)), DATES) == []
