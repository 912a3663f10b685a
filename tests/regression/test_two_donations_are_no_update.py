"""Regression: a retailer's appeal total and a village council's own gift to the same charity,
in articles of different dates, were reported as one figure "updated" from millions to
thousands, and `ask` then answered a question about the council's gift with the appeal total."""
from summarize import Corpus


def test_two_donations_are_no_update():
    corpus = Corpus.from_texts({
        "wire": "2025-02-03\nShoppers have donated more than $6 million to the flood appeal of the Harbour Trust "
                "through an online retailer.\n",
        "local": "2025-02-20\nA village council said it had accidentally donated $7,500 to the Harbour Trust "
                 "for flood relief.\n",
    })
    assert list(corpus.conflicts()) == []
    answer = corpus.ask("How much did the village council donate to the Harbour Trust?")
    assert answer.answer is not None and "7,500" in answer.answer and answer.conflicts == ()
