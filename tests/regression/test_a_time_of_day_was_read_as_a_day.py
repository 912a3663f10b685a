"""Regression: a live page's time stamp ("12:10 -") was taken for the period of the figure in its
sentence, its minutes compared with day numbers, so the page's count of jobs never met another
outlet's count of the same jobs."""
from summarize import Corpus


def test_a_time_of_day_is_no_period_of_the_figure():
    corpus = Corpus.from_texts({
        "live": "2025-02-03\n10:05 - The mill announced on Monday that it will shut, with the loss of 420 jobs.\n",
        "wire": "2025-02-03\nThe mill said on Monday it will shut, with the loss of 380 jobs.\n",
    })
    (c,) = corpus.conflicts()
    assert c.kind == "quantity" and {s.value for s in c.sides} == {"420", "380"}
