"""Regression: on fresh news (tests/data/conflict_news12/ruling) a company's back-pay claims and
the taxes it paid were reported as one sum told two ways: both were euros, and "back-pay" met
"paid" beside them."""
from summarize import Corpus


def test_claims_and_taxes_paid_are_two_sums():
    corpus = Corpus.from_texts({
        "court": "Ostrow Foods faces back-pay claims of about 80 million dollars, lawyers for the fruit pickers said.",
        "firm": "We have farmed in the valley since 2009 and have paid 35 million dollars in local taxes since then.",
    })
    assert list(corpus.conflicts()) == []


def test_sums_paid_in_one_thing_still_clash():
    corpus = Corpus.from_texts({
        "court": "We have farmed in the valley since 2009 and have paid 80 million dollars in local taxes since then.",
        "firm": "Ostrow Foods has farmed in the valley since 2009 and has paid 35 million dollars in local taxes since then.",
    })
    assert len(corpus.conflicts()) == 1
