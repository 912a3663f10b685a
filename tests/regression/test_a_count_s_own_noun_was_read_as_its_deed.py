"""Regression: for "How many people live on <island>?" the count of "two people died" was read as telling the deed
asked, since WordNet makes "people" a verb (to people a place) of one sense with "live"; and "a population of about
85,000", which tells how many live there in a noun made of the verb "populate", was read as telling no deed."""
import pytest

from summarize import Corpus
from summarize.qa.answer import _does_deed, _nominalised
from summarize.qa.question import parse


@pytest.mark.parametrize("story, question, answer", [
    ({"a": "Tervola, which has a population of about 31,000, was last flooded 40 years ago, when six people drowned.",
      "b": "Army engineers arrived on Tuesday to shore up the river banks."},
     "How many people live in Tervola?", "31,000"),
    ({"a": "The valley is home to a population of some 4,200. Its only bridge fell in 1988, when three people were killed.",
      "b": "A ferry now runs twice a day."},
     "How many people live in the valley?", "4,200"),
    ({"a": "Brannock island has a population of 950. Nine people were injured when the storm hit its harbour in May.",
      "b": "The island's ferry was cancelled."},
     "How many people live on Brannock island?", "950"),
])
def test_a_population_tells_how_many_live_there(story, question, answer):
    assert Corpus.from_texts(story).ask(question).answer == answer


def test_a_count_of_the_dead_tells_no_living():
    text = "Four decades ago, when six people drowned, the town was cut off for a week."
    assert not _does_deed(text, text.index("six"), parse("How many people live in the town?"))


def test_a_noun_made_of_a_verb_gives_its_verb():
    assert _nominalised("population") == ("populat",)
    assert _nominalised("enrolment") == ("enrol",)
    assert _nominalised("nation") == ()

