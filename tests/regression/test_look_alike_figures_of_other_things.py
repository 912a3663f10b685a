"""Regression: look-alike figures written for issue #12 (precision on news never seen) were reported
as disagreements: an age in a sentence that gives two people's ages against an unnamed holder's,
two tallies over other numbers of games, a thing against the one before it ("the previous
cabinet"), and a span told in another unit that the other sentence states in another slot."""
import pytest

from summarize import Corpus

HEADER = " date 2026-04-21 {}\n"


def _reported(one: str, two: str) -> list:
    return list(Corpus.from_texts({"one": HEADER.format("First") + one, "two": HEADER.format("Second") + two}).conflicts())


@pytest.mark.parametrize("one, two", [
    ("Striker Tomas Lund, 31, opened the scoring, and 18-year-old Piotr Wenz sealed the win.",
     "The 30-year-old has now scored 17 times this season."),
    ("The goalkeeper has kept 22 clean sheets in 140 league games.",
     "The goalkeeper has kept nine clean sheets in 12 league games this season."),
    ("The cabinet lasted 11 months before the finance minister walked out.",
     "The previous cabinet lasted 26 months before the finance minister walked out."),
    ("The spacecraft will spend 180 days at the station, twice as long as the last crew's 90-day stay.",
     "The crew's stay at the station will last six months."),
])
def test_look_alike_figures_do_not_clash(one, two):
    assert _reported(one, two) == []


@pytest.mark.parametrize("one, two", [
    ("Striker Tomas Lund, 31, opened the scoring in the final.",
     "Striker Tomas Lund, 30, opened the scoring in the final."),
    ("The goalkeeper has kept 22 clean sheets in 140 league games.",
     "The goalkeeper has kept 25 clean sheets in 140 league games."),
    ("The previous cabinet lasted 26 months before the finance minister walked out.",
     "The previous cabinet lasted 20 months before the finance minister walked out."),
    ("The crew's mission aboard the station will last 120 days.",
     "The crew's mission aboard the station will last six months."),
])
def test_one_fact_told_two_ways_still_clashes(one, two):
    assert len(_reported(one, two)) == 1
