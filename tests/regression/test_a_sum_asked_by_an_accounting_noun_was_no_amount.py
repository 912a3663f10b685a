"""Regression: a sum of money asked by a noun of a firm's or a body's accounts ("What pre-tax loss did the group
make?": fresh_news18; "What loss did the club report?": fresh_news17; "the authority's budget shortfall":
fresh_news15) was read as a question for a phrase, so a verb phrase or a percentage
beside the sum answered. These nouns name sums in business and public-finance news as "profit" and "budget" do;
"the bill" (a law) and "the rent" (raised by a share as often as a sum) are left out.
Invented stories: the sum answers."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse

from .conftest import dated

STORIES = [
    ("The brewer, which reported an operating loss of £4.2m for 2032, said it would shut two sites and save about £1m "
     "a year.\n\nAbout 60 staff will be offered other roles.\n",
     "What operating loss did the brewer report for 2032?", "£4.2m"),
    ("Trustees said the pension fund faces a shortfall of $42 million, up from 8% of its assets two years ago.\n\n"
     "The plan covers 2,300 former drivers.\n",
     "What shortfall does the pension fund face?", "$42 million"),
    ("The hospital trust expects a deficit of £18m this year after spending on agency nurses rose by 12%.\n\n"
     "It runs 3 hospitals and employs 5,200 people.\n",
     "What deficit does the trust expect this year?", "£18m"),
]


@pytest.mark.parametrize("text, question, sum_", STORIES)
def test_the_sum_answers(text, question, sum_):
    asked = parse(question)
    assert (asked.kind, asked.dimension) == ("number", "money")
    assert Corpus.from_texts({"a": dated("2033-02-01", "Accounts", text)}).ask(question).answer == sum_


@pytest.mark.parametrize("question", ["What debt does the club carry?", "What loss did the airline make last year?",
                                      "What is the biggest deficit the county has run?"])
def test_an_accounting_noun_asks_a_sum(question):
    assert parse(question).dimension == "money"
