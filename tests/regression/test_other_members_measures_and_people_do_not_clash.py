"""Regression (issue 12, conf17): "Nine officers ..., including the commander" / "the commander
... and eight other officers" was reported as a disagreement (nine vs eight), though the commander
and eight others are the nine; bail and a worth were one sum told two ways; two people of one
surname by other first names ("Marco Dell" / "his brother, Paolo Dell") were one subject, so their
terms clashed; a quake's depth clashed with its distance from a city; a day's fall with a week's.
Each case has a control the rule must not swallow. Sentences of our own."""
import pytest

from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups


def conflicts_of(a: str, b: str):
    return find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2022-05-11", "b": "2022-05-11"})


@pytest.mark.parametrize("a, b", [
    ("Nine crew members of the trawler, including the skipper, Ola Brenn, were rescued on Sunday.",
     "The skipper, Ola Brenn, and eight other crew members of the trawler were rescued on Sunday."),
    ("Bail for the trader was set at $2 million, the court said.",
     "The trader's assets are worth $3 million, the court said."),
    ("Judge Hale sentenced Marco Dell to 15 years in prison.",
     "Judge Hale sentenced his brother, Paolo Dell, to seven years in prison."),
    ("The 6.1-magnitude quake struck 12 km below the surface near Orvale.",
     "The quake struck 45 km west of Orvale, seismologists said."),
    ("Shares in the carmaker fell 8% on Monday, traders said.",
     "Shares in the carmaker have fallen 15% this week, traders said."),
])
def test_other_members_measures_and_people_do_not_clash(a, b):
    assert conflicts_of(a, b) == []


@pytest.mark.parametrize("a, b", [
    # a whole count that names no member inside it: the rest and the whole still disagree
    ("Twelve crew members of the trawler were rescued on Sunday.",
     "The skipper, Ola Brenn, and eight other crew members of the trawler were rescued on Sunday."),
    # a worth against a worth
    ("The trader's assets are worth $2 million, the court said.",
     "The trader's assets are worth $3 million, the court said."),
    # one person, a first name told by its initial
    ("Judge Hale sentenced Marco Dell to 15 years in prison.",
     "Judge Hale sentenced M. Dell to seven years in prison."),
    # two depths
    ("The 6.1-magnitude quake struck at a depth of 12 km near Orvale.",
     "The quake struck 45 km below the surface near Orvale, seismologists said."),
    # two falls of one day
    ("Shares in the carmaker fell 8% on Monday, traders said.",
     "Shares in the carmaker fell 11% on Monday, traders said."),
    # one fine, its word before the sum in one and after it in the other
    ("The regulator fined the bank $5 million on Monday for failing to report trades.",
     "The regulator hit the bank with a $7 million fine on Monday for failing to report trades."),
])
def test_controls_still_disagree(a, b):
    assert len(conflicts_of(a, b)) == 1
