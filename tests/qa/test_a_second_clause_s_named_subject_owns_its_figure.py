"""A figure of a second clause with a named subject of its own ("..., and the Brambling Trust gave £5,000") is that
subject's, as a gapped pair's is ("Ashwick runs 380 buses and Lisket 215"): "How much did the Fell Fund give?"
is not answered by the trust's £5,000 (value44, on invented news)."""
import pytest

from summarize.qa.answer import mentions
from summarize.qa.question import parse

_BOTH = "The Fell Fund gave twelve thousand pounds to the rescue, and the Brambling Trust gave £5,000 to the crews."


def _figures(sentence: str, question: str) -> list[str]:
    return [m.text for m in mentions(sentence, parse(question))]


def test_the_second_clause_s_figure_is_its_own_subject_s():
    assert _figures(_BOTH, "How much money did the Fell Fund give?") == ["twelve thousand pounds"]
    assert _figures(_BOTH, "How much money did the Brambling Trust give?") == ["£5,000"]


@pytest.mark.parametrize("sentence", [
    "The Fell Fund gave £12,000 and then paid £5,000 more in March.",  # no subject of its own: both are the fund's
    "The Fell Fund gave £12,000 and in March added £5,000.",
])
def test_a_clause_of_no_named_subject_keeps_both(sentence):
    assert len(_figures(sentence, "How much money did the Fell Fund give?")) == 2



def test_a_subject_that_only_shares_a_modifier_with_the_owner_asked_is_another():
    # "the Velmarian Government" is not the "Velmarians" asked: the clause's head says whose the figure is.
    sentence = ("Velmarians raised 90,000 euro in a radio appeal on Sunday, while the Velmarian Government "
                "pledged 30,000 euro for the relief effort.")
    assert _figures(sentence, "How much did Velmarians give during the radio appeal?") == ["90,000 euro"]
