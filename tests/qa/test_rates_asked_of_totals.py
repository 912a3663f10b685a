"""A question that asks a figure per span of time ("a day", "weekly", "annual") is answered by a total when the best
candidate's clause tells no such span; the calibration reads it (``ClauseFit.unrated``, ``answer.rate_untold``), on
invented news: a total reads 1, a rate per the span asked, told after the figure or by an adjective, reads 0, and a
question that asks no rate reads 0."""
import pytest

from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import Answerer, asks_rate
from summarize.qa.question import parse


def _unrated(body: str, question: str) -> float:
    """``ClauseFit.unrated`` of ``question``'s best candidate, ``body`` read as one evidence sentence."""
    s = Sentence("a1", 0, body, 0, len(body))
    answerer = Answerer([body])
    asked = parse(question)
    found = answerer.pick(asked, [Scored(Group(0, s, (s,)), 5.0)]).candidates
    assert found, "the sentence gives a candidate"
    return answerer.clause_fit(asked, list(found)).unrated


@pytest.mark.parametrize("body, question, unrated", [
    ("The new ferry to Calby Island cost about £9m to build.", "How much does the ferry cost a day to run?", 1.0),
    ("The new ferry to Calby Island costs about £20,000 a day to run.", "How much does the ferry cost a day to run?",
     0.0),
    ("The Cawthorne mill turns out some 40,000 loaves.", "How many loaves does the mill bake each week?", 1.0),
    ("The Cawthorne mill turns out some 40,000 loaves a week.", "How many loaves does the mill bake each week?",
     0.0),
    ("Its annual wage bill is about £3m, the club said.", "What is the club's annual wage bill?", 0.0),
    ("The new ferry to Calby Island cost about £9m to build.", "How much did the ferry cost to build?", 0.0),
])
def test_a_rate_asked_is_told_by_the_answer_s_clause(body, question, unrated):
    assert _unrated(body, question) == unrated


@pytest.mark.parametrize("question, rate", [
    ("How many trams a day use the line?", True),
    ("What are the group's annual sales?", True),
    ("How much does each household receive weekly?", True),
    ("How many tickets won a second-tier prize?", False),  # "a second" of a compound: no span of time
    ("How much did the bridge cost?", False),
    ("When does the market open each day?", False),  # a date question asks no figure
])
def test_a_question_asks_a_rate_by_its_span(question, rate):
    assert asks_rate(parse(question)) is rate
