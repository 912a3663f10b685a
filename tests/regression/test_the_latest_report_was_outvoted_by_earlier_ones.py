"""Regression: a question that asks where a figure stands now ("at the most recent count", "in the end") was answered
with the latest article's figure by the answerer, then `ask` swapped it for the side of a disagreement that more
earlier outlets repeat, or on a tie for the side the model rated higher (``disputes.told_now``)."""
import pytest

from summarize import Corpus
from summarize.model import Conflict, Side
from summarize.qa.disputes import told_now
from summarize.qa.question import parse

FUEL = {
    "a1": "Island fuel stocks run low after tanker delay\nHarbour Courier, Port Ellery, 4 February 2047\n\n"
          "The island's fuel depot held 3.2 days of diesel on Tuesday, against a target of ten days, the port "
          "authority said. The tanker was held up by storms.",
    "a2": "Port authority update on diesel supplies\nPort Ellery Port Authority, Port Ellery, 7 February 2047\n\n"
          "As of this morning, the depot holds 2.6 days of diesel. Our aim is to hold ten days of diesel at all times.",
    "a3": "Tanker arrives as island fuel crisis eases\nWestern Isles Wire, Port Ellery, 19 February 2047\n\n"
          "The tanker docked on Monday. The port authority said this week that the depot held 8.5 days of diesel, "
          "close to its target.",
}


@pytest.mark.parametrize("question", [
    "How many days of diesel did the depot hold at the most recent count?",
    "How many days of diesel does the depot now hold?",
])
def test_the_latest_article_s_figure_answers_over_an_earlier_one_rated_higher(question):
    answer = Corpus.from_texts(FUEL).ask(question, min_confidence=0.0)
    assert answer.answer == "8.5 days"


# Invented disagreements: a relief appeal's total repeated by two early outlets, then a higher one; a count of
# stranded lorries; the days a library stays shut.
APPEAL = Conflict("money: appeal raised", "quantity", (
    Side("£18,000", "The appeal had raised £18,000 by Friday.", ("wire", "daily")),
    Side("£9,500", "Within a day the appeal had raised £9,500.", ("radio",)),
    Side("£41,200", "The appeal closed having raised £41,200.", ("weekly",))))
LORRIES = Conflict("count: lorries stranded", "quantity", (
    Side("600", "About 600 lorries were stranded at the port.", ("wire", "daily")),
    Side("140", "Just 140 lorries are still waiting to cross.", ("radio",))))
LIBRARY = Conflict("duration: library shut", "quantity", (
    Side("two weeks", "The library will be shut for two weeks.", ("wire",)),
    Side("six weeks", "The library will now stay shut for six weeks.", ("daily",))))
DATES = {"wire": "2051-03-02", "daily": "2051-03-03", "radio": "2051-03-01", "weekly": "2051-04-20"}


@pytest.mark.parametrize("question, conflict, answer, dates, expected", [
    ("How much had the appeal raised in the end?", APPEAL, "£41,200", DATES, True),
    ("How many lorries are still stranded now?", LORRIES, "140", {**DATES, "radio": "2051-03-09"}, True),
    ("How long is the library now expected to stay shut?", LIBRARY, "six weeks", DATES, True),
    # not asked where it stands now: more outlets may outvote the answer
    ("How much did the appeal raise?", APPEAL, "£41,200", DATES, False),
    # the answer's side was not told last
    ("How much had the appeal raised in the end?", APPEAL, "£18,000", DATES, False),
    ("How many lorries are still stranded now?", LORRIES, "140", DATES, False),
    # another side undated: nothing tells that the answer's side came later
    ("How long is the library now expected to stay shut?", LIBRARY, "six weeks", {"daily": "2051-03-03"}, False),
])
def test_told_now(question, conflict, answer, dates, expected):
    assert told_now(parse(question), conflict, answer, dates) is expected
