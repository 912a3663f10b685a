"""Regression: "the number of jobs expected to go has fallen to 412" was read as a forecast of 412, for the
"expected" that describes the jobs; a forecast is never one fact with a figure told plainly ("with the loss of 640
jobs"), so a revised count was no update. A cue with an auxiliary between it and the value describes the subject and
the figure has a verb of its own; "is expected to cut 412 jobs" is still a forecast. The stories are invented."""
import pytest

from summarize import Corpus
from summarize.model import Sentence
from summarize.stages.conflicts import Statement, _expected
from summarize.text.values import values


@pytest.mark.parametrize("text, expected", [
    ("The number of jobs expected to go has fallen to 412.", False),
    ("The number of posts planned to be cut had risen to 96.", False),
    ("The mill is expected to cut 412 jobs.", True),
    ("The storm could bring 90 mm of rain.", True),
])
def test_a_forecast_cue_governs_only_a_figure_with_no_verb_of_its_own(text, expected):
    v = next(v for v in values(text) if v.kind == "quantity")
    assert _expected(Statement(v, Sentence("d", 0, text, 0, len(text)), 0, "2052-05-04")) is expected


def test_a_figure_after_the_subject_s_forecast_cue_updates_a_plain_one():
    corpus = Corpus.from_texts({
        "a": "Wire\n3 March 2052\n\nThe biscuit maker will close its Harlow mill with the loss of 640 jobs, it said.\n",
        "b": "Ledger\n20 June 2052\n\nThe number of jobs expected to go at the Harlow mill has fallen to 412, it said.\n"})
    assert [(c.kind, [s.value for s in c.sides]) for c in corpus.conflicts()] == [("updated", ["640", "412"])]
