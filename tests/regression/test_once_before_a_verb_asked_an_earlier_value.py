"""Regression: "How much did <firm> once expect <drug> to earn at its peak each year?" was not read as asking an
earlier value, so "has previously said it expected peak annual sales of up to $4 billion" only nearly fitted it:
"once" after an auxiliary or its subject and before a verb means formerly; "once" the conjunction does not."""
import pytest

from summarize import Corpus
from summarize.qa.question import EARLIER_ASKED_RE


@pytest.mark.parametrize("question, earlier", [
    ("How many staff did the mill once employ?", True),
    ("What was Harlow once valued at?", True),
    ("What did the buyer pay once fees were added?", False),  # the conjunction
    ("How much was paid once the deal closed?", False),
    ("When will the line reopen once more?", False),
])
def test_once_before_a_verb_asks_an_earlier_value(question, earlier):
    assert bool(EARLIER_ASKED_RE.search(question)) is earlier


def test_a_value_told_as_earlier_answers_once():
    corpus = Corpus.from_texts({
        "a": "Marrow Mining had previously said it expected annual output of up to 9 million tonnes from the pit.",
        "b": "The company now plans to close the pit by March; last year it produced 2.1 million tonnes."})
    # "up to" gives the figure as the most reached (test_a_figure_told_as_the_most_reached_kept_up_to)
    assert corpus.ask("How much coal did Marrow Mining once expect the pit to produce each year?").answer \
        == "9 million tonnes"
