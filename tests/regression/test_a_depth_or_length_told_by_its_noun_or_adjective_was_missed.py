"""Regression: the way a distance runs told by its noun ("at a depth of 3,612 metres", "a width of 80 metres") did not
meet the way a question asks it in other words ("How far below the surface does the wreck lie?": fresh_news20), so
the wreck's length (68 metres) answered its depth; and a length told as a predicate ("The wreck is 223ft long") read
"long" as the noun the figure measures, so it only nearly told how long the wreck is (fresh_news20: withheld).
Invented stories: the figure of the way asked answers, not one of another way or another thing."""
import pytest

from summarize import Corpus
from summarize.qa.answer import _quantity_mentions
from summarize.qa.question import parse

from .conftest import dated

STORIES = [
    ("Divers found the car at a depth of 42 metres, some 300 metres from the shore, police said.\n\n"
     "The driver, 54, was rescued by a passing boat.\n",
     "How far below the surface did divers find the car?", "42 metres"),
    ("The crater has a width of 80 metres and lies 2km from the village, geologists said.\n\n"
     "About 200 people were moved out.\n",
     "How far across is the crater?", "80 metres"),
    ("The cave's deepest chamber sits at a depth of 260ft, and the entrance is 4 miles from the nearest road.\n\n"
     "Three cavers spent 9 hours mapping it.\n",
     "How far underground is the deepest chamber?", "260ft"),
]


@pytest.mark.parametrize("text, question, figure", STORIES)
def test_the_figure_of_the_way_asked_answers(text, question, figure):
    assert Corpus.from_texts({"a": dated("2041-05-02", "News", text)}).ask(question).answer == figure


@pytest.mark.parametrize("sentence, question, figure", [
    ("The new ferry is 96m long and will carry 400 passengers on the 40km crossing.", "How long is the new ferry?", "96m"),
    ("The boring machine is 120m long and will dig 6km of tunnel.", "How long is the boring machine?", "120m"),
    ("The old barn is 30ft long and stands 200 yards from the farmhouse.", "How long is the old barn?", "30ft"),
])
def test_a_length_told_as_a_predicate_fully_tells_how_long_the_subject_is(sentence, question, figure):
    fits = {m.text: m.fit for m in _quantity_mentions(sentence, parse(question))}
    assert fits[figure] == 1.0 and all(fit < 1.0 for text, fit in fits.items() if text != figure)
