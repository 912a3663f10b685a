"""Regression: "How many passengers were on the ship?" was answered "two" from "according to two passengers reached
by telephone": news names its sources by their number, and such a count tells who told the news, not what it tells."""
import pytest

from summarize import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse


@pytest.mark.parametrize("text, question, sources", [
    ("The crew ordered everyone to their cabins on Friday night, according to three passengers reached by telephone.",
     "How many passengers were on the ferry?", "three"),
    ("Two people familiar with the talks said the board would vote on Monday.", "How many people will vote?", "Two"),
    ("Four officials briefed on the plan told the paper that the ministry would close 30 schools.",
     "How many officials will lose their jobs?", "Four"),
    ("The mine's owners knew of the cracks in March, according to the five engineers who inspected the shaft.",
     "How many engineers work at the mine?", "five"),
])
def test_a_count_of_sources_fits_no_how_many(text, question, sources):
    fits = {m.text: m.fit for m in mentions(text, parse(question))}
    assert fits[sources] == 0.0


def test_the_count_the_report_gives_is_answered():
    corpus = Corpus.from_texts({
        "a": "The ship is carrying 1,460 passengers and 520 crew, the operator said.",
        "b": "Tempers frayed on board on Sunday, according to two passengers reached by telephone."})
    assert corpus.ask("How many passengers were on the ship?").answer == "1,460"
