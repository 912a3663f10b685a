"""Regression: look-alike figures written for issue #12 (precision on news never seen) were reported
as disagreements: an age in a sentence that gives two people's ages against an unnamed holder's,
two tallies over other numbers of games, a thing against the one before it ("the previous
cabinet"), a span told in another unit that the other sentence states in another slot, a sum
whose unit the other sentence leaves off ("promised 150,000 dollars but took 80,000"), the time
of another act told in the same sentence, and a garrison's size against the count of its dead."""
import pytest

from summarize import Corpus

from .conftest import dated, reported

DAY = "2026-04-21"


@pytest.mark.parametrize("one, two", [
    ("Striker Tomas Lund, 31, opened the scoring, and 18-year-old Piotr Wenz sealed the win.",
     "The 30-year-old has now scored 17 times this season."),
    ("The goalkeeper has kept 22 clean sheets in 140 league games.",
     "The goalkeeper has kept nine clean sheets in 12 league games this season."),
    ("The cabinet lasted 11 months before the finance minister walked out.",
     "The previous cabinet lasted 26 months before the finance minister walked out."),
    ("The spacecraft will spend 180 days at the station, twice as long as the last crew's 90-day stay.",
     "The crew's stay at the station will last six months."),
    ("Prosecutors say the inspector took 80,000 dollars from the contractor.",
     "Prosecutors say the inspector was promised 150,000 dollars but took 80,000."),
    ("The ferry left the harbour at 06:20 and docked at the island 50 minutes later.",
     "The ferry docked at the island at 07:10."),
])
def test_look_alike_figures_do_not_clash(one, two):
    assert reported(one, two, day=DAY) == []


@pytest.mark.parametrize("one, two", [
    ("Striker Tomas Lund, 31, opened the scoring in the final.",
     "Striker Tomas Lund, 30, opened the scoring in the final."),
    ("The goalkeeper has kept 22 clean sheets in 140 league games.",
     "The goalkeeper has kept 25 clean sheets in 140 league games."),
    ("The previous cabinet lasted 26 months before the finance minister walked out.",
     "The previous cabinet lasted 20 months before the finance minister walked out."),
    ("The crew's mission aboard the station will last 120 days.",
     "The crew's mission aboard the station will last six months."),
    ("Prosecutors say the inspector took 80,000 dollars from the contractor.",
     "Prosecutors say the inspector took 95,000 dollars from the contractor."),
    ("The ferry left the harbour at 06:20.", "The ferry left the harbour at 06:45."),
])
def test_one_fact_told_two_ways_still_clashes(one, two):
    assert len(reported(one, two, day=DAY)) == 1


REVOLT = {
    "wire": "KORASH, July 6 (Northern Wire) -- Rebel fighters seized the city of Maruk on Monday after a three-day "
            "battle, the army said. About 2,000 rebels took part in the assault, against a garrison of 800 soldiers. "
            "The army said 45 soldiers were killed and 120 wounded.",
    "blog": "09:40 The army confirms 45 soldiers have died in three days of fighting. 15:50 The government says "
            "200 rebels were killed, a figure the rebels dispute.",
    "paper": "Maruk fell after three days. The government puts its losses at 45 dead; the rebels claim to have "
             "killed more than 200 soldiers.",
}


def test_a_garrisons_size_is_no_count_of_its_dead():
    texts = {name: dated(DAY, name, text) for name, text in REVOLT.items()}
    found = list(Corpus.from_texts(texts).conflicts())
    assert [sorted(side.value for side in c.sides) for c in found] == [["45", "more than 200"]]
