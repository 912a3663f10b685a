"""Regression: "What is the average response time ...?" was read as asking a time of day ("time" names a date), and
answered with a month or "last week"; "What was the total bill ...?" asked for no figure at all. A sum or a statistic
("average", "total", "combined") makes its noun a figure, and a time a span."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse


@pytest.mark.parametrize("question, kind", [
    ("What is the average journey time to the coast?", "duration"),
    ("What was the median waiting time in the emergency department?", "duration"),
    ("What was the total bill for the repairs?", "number"),
    ("What is the combined tally of the three counties?", "number"),
    ("At what time did the ferry leave?", "date"),  # a clock time asked as before
    ("What was the overall winner's name?", "person"),  # a statistic of an owner's noun: the owner's kind
])
def test_a_statistic_makes_its_noun_a_figure(question, kind):
    assert parse(question).kind == kind


def test_an_average_time_is_answered_with_a_span():
    corpus = Corpus.from_texts({
        "rail": "2031-05-02\nThe new line opened on Monday. The first train left Harlow Cross at 6.15am, and the average "
                "journey time to the coast is now 52 minutes, the operator said.\n",
    })
    assert corpus.ask("What is the average journey time to the coast?").answer == "52 minutes"


def test_an_average_response_is_told_as_a_span_not_the_hour_of_a_call():
    corpus = Corpus.from_texts({
        "fire": "2031-11-20\nThe blaze was reported at 2.40am on Tuesday. Figures released by the brigade show its "
                "average response time in rural districts was 14 minutes last year.\n",
    })
    assert corpus.ask("What was the average response time in rural districts?").answer == "14 minutes"


def test_a_total_bill_is_answered_with_its_sum():
    corpus = Corpus.from_texts({
        "estuary": "2031-03-09\nVolunteers filled 300 bags of litter along the estuary. The clean-up cost £840,000 in "
                   "all, a bill shared by the port and the council.\n",
    })
    assert corpus.ask("What was the total bill for the clean-up?").answer == "£840,000"
