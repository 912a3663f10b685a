"""Regression: "How long is the <thing>?" was answered with a span of time of its sentence ("a stone bridge that stood
on the site for more than a century") over the thing's length: a thing news measures by its length
(``text.senses.value_kind``: a bridge, a road, a ship) is asked its length, not how long something lasted; a "how
long" question about an event (a delay, a trial) still takes a span of time."""
import pytest

from summarize import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse


@pytest.mark.parametrize("sentence, question", [
    ("The footbridge replaced a timber crossing that had stood on the site for 120 years.", "How long is the footbridge?"),
    ("Work on the coast road took 14 months.", "How long is the coast road?"),
    ("The ship spent more than a year in dry dock before the voyage.", "How long is the ship?"),
])
def test_a_span_of_time_does_not_fit_a_thing_s_length(sentence, question):
    assert [m.fit for m in mentions(sentence, parse(question))] == [0.0]


@pytest.mark.parametrize("sentence, question", [
    ("The delay at the border was 40 minutes on Friday.", "How long is the delay at the border?"),
    ("The trial was 11 weeks long, the court heard.", "How long was the trial?"),
])
def test_a_span_of_time_fits_an_event_s_length(sentence, question):
    assert [m.fit for m in mentions(sentence, parse(question))] == [1.0]


def test_the_length_is_answered_beside_a_span_of_time():
    corpus = Corpus.from_texts({
        "a": "The new footbridge, which replaces a timber crossing that stood for more than a century, is 140 metres "
             "long. It opened to walkers on Saturday.",
        "b": "The council paid £6m for the footbridge."})
    assert corpus.ask("How long is the new footbridge?").answer == "140 metres"
