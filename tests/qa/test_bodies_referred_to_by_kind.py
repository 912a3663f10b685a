"""A body referred back to by a capitalised noun of its kind, as formal statements write it ("the Board", "the Company",
"the Trust"), on invented news: the noun is a description, not the body's name, so it answers no "which <body>"
question and is no candidate beside the name it stands for."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse
from summarize.text.names import generic_body

_BREWER = ("Statement regarding possible offer\nMarket Wire, 3 March 2051\n\n"
           "Harlen Brewing plc notes the approach from Corra Holdings. The Board has rejected the proposal, which it "
           "believes undervalues the Company.")
_TRUST = ("Hospital trust names new chief\nHealth Post, 9 June 2052\n\n"
          "Tamber Valley Health Trust has appointed a new chief executive. The Trust said the appointment would take "
          "effect in May.")
_FERRY = ("Ferry operator fined\nCoast Wire, 12 July 2053\n\n"
          "Selcombe Ferries was fined £40,000 on Friday. The Company said it accepted the ruling and had changed its "
          "procedures.")


@pytest.mark.parametrize("text, question, noun", [
    (_BREWER, "Which company rejected the proposal?", "Board"),
    (_TRUST, "Which trust made the appointment?", "Trust"),
    (_FERRY, "Which company accepted the ruling?", "Company"),
])
def test_a_capitalised_noun_of_a_bodys_kind_is_no_candidate(text, question, noun):
    body = text.split("\n\n", 1)[1]
    assert noun not in [m.text for m in mentions(body, parse(question))]
    assert Corpus.from_texts({"a1.txt": text}).ask(question).answer != noun


@pytest.mark.parametrize("name, expected", [
    ("Company", True), ("Board", True), ("Trust", True),
    ("Tamber Valley Health Trust", False),  # a name of several words is the body's own
    ("Parliament", False),  # a body of which there is one, named by its noun
])
def test_a_generic_body_is_one_noun_of_a_bodys_kind(name, expected):
    assert generic_body(name) is expected
