"""Regression: "How long is the damaged section of the runway?" was read as asking a span of time, the participle
"damaged" taken for a verb of the subject's own; and "a section about 300 metres long" was not read as the section's
length, so the runway's own length, named beside it, answered."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse


@pytest.mark.parametrize("question, length", [
    ("How long is the flooded stretch of the canal?", True),
    ("How long was the collapsed part of the tunnel?", True),
    ("How long was the strike held?", False),  # a verb of the subject's own asks a span of time
])
def test_a_participle_after_a_determiner_qualifies_the_subject(question, length):
    assert bool(parse(question).length) is length


@pytest.mark.parametrize("story, question, answer", [
    ({"a": "Engineers found a crack about 40 metres long in the 600-metre dam wall on Tuesday.",
      "b": "The reservoir was lowered as a precaution."},
     "How long is the crack in the dam wall?", "40 metres"),
    ({"a": "Storms washed away a stretch some 120 metres long on the 9km sea wall at Ashby.",
      "b": "Repairs will start next month."},
     "How long is the washed-away stretch of the sea wall?", "120 metres"),
    ({"a": "The slip left a gap nearly 25 metres long in the 2km embankment near the station.",
      "b": "Trains are being replaced by buses."},
     "How long is the gap in the embankment?", "25 metres"),
])
def test_a_length_told_after_its_noun_measures_it(story, question, answer):
    assert Corpus.from_texts(story).ask(question).answer == answer


def test_the_subject_whose_length_is_asked_is_its_head_noun():
    assert parse("How long is the crack in the dam wall?").length == "crack"
    assert parse("How long was the section that collapsed?").length == "section"
