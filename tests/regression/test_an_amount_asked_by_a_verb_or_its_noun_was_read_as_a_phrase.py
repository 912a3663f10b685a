"""Regression: an amount asked without "how much" ("What did the expedition end up costing?", "what is the company
valued at?", "What were the company's sales?", "At what shareholding would the bidder have to bid?": fresh_news20) was
read as a question for a phrase or a body, so "came to £3.45m", "Company" or "mandatory" answered. A verb of a sum in
"-ing" or the participle of a valuation asks a sum; a noun news tells as a sum or a share (``text.senses.value_kind``)
named by "what is ..." asks that figure; a holding in a company is told as a share of it.
Invented stories: the figure answers."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse

from .conftest import dated

STORIES = [
    ("The restoration of the Harwell lighthouse, which began in March, came to £860,000, the trust said on Monday.\n\n"
     "About 40 volunteers helped to repaint the tower over 11 weeks.\n",
     "What did the restoration of the lighthouse end up costing?", "£860,000", "money"),
    ("At the latest offer of 412p a share, the ferry operator is valued at £740m, its board said.\n\n"
     "The firm runs 9 ships and carried 2.1 million passengers last year.\n",
     "At the latest offer, what is the ferry operator valued at?", "£740m", "money"),
    ("The toy maker said its sales rose to $96m in the year to June, helped by a new range of puzzles.\n\n"
     "It employs 320 people at two factories.\n",
     "What were the toy maker's sales in the year to June?", "$96m", "money"),
    ("The insurer has built up a stake of 18% in the bus company, a filing showed on Friday.\n\n"
     "The bus company runs 1,400 buses in 6 cities.\n",
     "What is the insurer's stake in the bus company?", "18%", "percent"),
]


@pytest.mark.parametrize("text, question, figure, dimension", STORIES)
def test_the_figure_answers(text, question, figure, dimension):
    asked = parse(question)
    assert asked.kind == "number" and dimension in (asked.dimension, asked.expects)
    assert Corpus.from_texts({"a": dated("2041-05-02", "Business", text)}).ask(question).answer == figure


@pytest.mark.parametrize("question, dimension", [
    ("What will the new bridge end up costing?", "money"),
    ("What were the paintings priced at?", "money"),
    ("At the close, what was the airline valued at?", "money"),
    ("At what shareholding must a buyer make a full offer?", "percent"),
    ("How much has the council agreed to contribute to the new pool?", "money"),
])
def test_a_sum_or_a_share_asked_by_its_verb_or_noun(question, dimension):
    asked = parse(question)
    assert (asked.kind, asked.dimension) == ("number", dimension)


@pytest.mark.parametrize("question", ["What will the money pay for?", "What did the mayor pay tribute to?",
                                      "What was the firm's reply?"])
def test_no_sum_is_asked_where_none_is(question):
    assert parse(question).dimension != "money"
