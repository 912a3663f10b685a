"""Two outlets' values of one fact that the conflicts stage kept apart (issue 12): the year after "since" that a
first or a superlative counts from ("the first strike since 2019") is the year of the last event of the kind, a fact
of record, not an era and not negated; a rate's period later in its clause ("used the bridge each day") makes the
figure a rate as "a day" right after it does."""
import pytest

from summarize.model import Sentence
from summarize.stages.conflicts import Statement, _year_of_previous, find_conflicts
from summarize.text.values import values

from ..conftest import make_groups


def _statement(text: str, figure: str) -> Statement:
    v = next(v for v in values(text) if v.kind == "quantity" and figure in v.text)
    return Statement(v, Sentence("d", 0, text, 0, len(text)), 0, "2031-05-06")


@pytest.mark.parametrize("text, figure, rate", [
    ("Around 9,200 lorries used the ring road each day before the works.", "9,200", "day"),
    ("About 9,200 lorries a day used the ring road before the works.", "9,200", "day"),
    ("The depot sends out 40 buses per week to the coast.", "40", "week"),
    ("Around 9,200 lorries used the ring road, and each day the queues grew.", "9,200", ""),
    ("Around 9,200 lorries used the ring road in a day.", "9,200", ""),
])
def test_a_rates_period_later_in_its_clause(text, figure, rate):
    assert _statement(text, figure).marks.rate == rate


@pytest.mark.parametrize("text, previous", [
    ("It was the first strike at the Tolworth plant since 2019, the union said.", True),
    ("The worst floods in the Ambley valley since 1998 closed 40 roads.", True),
    ("The last time the river burst its banks here was 1998, and that was a smaller flood.", True),
    ("Orders at the Tolworth plant have fallen by 40% since 2019.", False),
    ("The plant, the first of its kind, opened in 2019.", False),
])
def test_the_year_of_the_last_event_of_its_kind(text, previous):
    year = next(v for v in values(text) if v.kind == "date")
    assert _year_of_previous(text, year) is previous


@pytest.mark.parametrize("a, b, sides", [
    ("About 9,200 lorries a day crossed the viaduct before it shut, according to the county's counts.",
     "Around 12,800 lorries used the viaduct each day before it shut, according to the county's survey.",
     ["About 9,200", "Around 12,800"]),
    ("The blaze was the first moorland fire on the Hadley estate since 2031, the ranger said.",
     "It is the first moorland fire on the Hadley estate since 2034, and it burned for two days.",
     ["2031", "2034"]),
])
def test_two_outlets_values_of_one_fact_clash(a, b, sides):
    found = find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2040-05-06", "b": "2040-05-06"})
    assert [sorted(s.value for s in c.sides) for c in found] == [sides]


def test_years_since_a_change_began_stay_eras():
    found = find_conflicts(make_groups(
        ("a", "Sales at the Hadley shop have doubled since 2031, the owner said."),
        ("b", "Sales at the Hadley shop have doubled since 2034, its accounts show.")),
        {"a": "2040-05-06", "b": "2040-05-06"})
    assert found == []
