"""A fact settled once, told by articles months apart (issue 12, conf45): the size of a fleet an owner ran ("operated
a fleet of 19 aircraft" / "At the time of its collapse X operated 23 aircraft") and the price of a deal done ("sold
the berths to X for £12m last week" / months on, "X paid £15m for the berths") are no figures of two periods: the
two outlets disagree. A price still to come or only offered is no deal done."""
import pytest

from summarize.model import Sentence
from summarize.stages.conflicts import Statement, _had, _price_paid
from summarize.text.values import values

from ..conftest import two_articles_conflicts

DATES = {"a": "2090-03-02", "b": "2090-06-20"}
FILLER = ("Passengers were told on Monday to check the regulator's website before travelling to the airport.",
          "The regulator said its staff had answered more than 9,000 calls from stranded travellers.")


def _found(a: str, b: str) -> list[tuple[str, tuple[str, ...]]]:
    return two_articles_conflicts(a, b, DATES, FILLER)


def _statement(text: str, dimension: str) -> Statement:
    v = next(v for v in values(text) if v.dimension == dimension)
    return Statement(v, Sentence("a", 0, text, 0, len(text)), 0, "")


@pytest.mark.parametrize("a, b, told", [
    ("Skyvale operated a fleet of 19 aircraft, flying to nine countries from its base at Hollin.",
     "At the time of its collapse Skyvale operated 23 aircraft, most of them leased at high rates.",
     {"19", "23"}),
    ("Last week the receivers sold the firm's harbour and dock berths at Skelna to Norvik Lines for £12m.",
     "Norvik Lines paid £15m for the berths, according to the receivers' latest report to creditors.",
     {"£12m", "£15m"}),
])
def test_a_fact_settled_once_told_months_apart_is_disputed(a, b, told):
    found = _found(a, b)
    assert [kind for kind, _ in found] == ["quantity"]
    assert set(found[0][1]) == told


def test_a_price_still_to_come_is_no_deal_done():
    assert _found("Last week the receivers sold the firm's harbour and dock berths at Skelna to Norvik Lines for £12m.",
                  "Norvik Lines will pay £15m for the berths, the receivers' latest report says.") == []


@pytest.mark.parametrize("text, paid", [
    ("Ann Bell bought the cottage for £640,000 in the spring.", True),
    ("The charity paid £2m for the old mill, its accounts show.", True),
    ("The council has bought the depot for £3m.", False),
    ("The club will sell the ground for £9m.", False),
    ("The club spent £9m on new stands.", False),
])
def test_a_price_paid_is_a_sum_for_a_thing_in_a_deal_told_as_done(text, paid):
    assert _price_paid(_statement(text, "money")) is paid


@pytest.mark.parametrize("text, had", [
    ("The airline operated a fleet of 19 aircraft.", True),
    ("The bank runs a network of 214 branches.", True),
    ("A fleet of 19 aircraft was grounded.", False),
])
def test_a_collective_after_a_verb_of_having_is_what_the_owner_has(text, had):
    assert _had(_statement(text, "count")) is had
