"""Measures asked by "how" and times of day, read and shown as a reader answers them (round 41): "how near"/"how
close ... get" asks a distance (it was read as asking a phrase, and a road name answered it); a span of time written
as an adjective ("a five-day strike") answers "how long" as a span ("five days"); a time of day told "about" is shown
without the word, as a figure is ("about 640" -> "640"), while one hedged to a side keeps its words."""
import pytest

from summarize import Corpus
from summarize.qa.answer import as_asked
from summarize.qa.question import parse


@pytest.mark.parametrize("question", ["How near to the village did the flames get?",
                                      "How close did the barge come to the weir?",
                                      "How close to the shore did the seal swim?"])
def test_nearness_asks_a_distance(question):
    asked = parse(question)
    assert (asked.kind, asked.dimension) == ("number", "distance")


def test_a_close_result_asks_no_distance():
    assert parse("How close was the vote?").dimension != "distance"


@pytest.mark.parametrize(("said", "shown"), [("five-day", "five days"), ("24-hour", "24 hours"),
                                             ("two-and-a-half-year", "two and a half years"), ("one-year", "one year"),
                                             ("three weeks", "three weeks")])
def test_a_span_written_as_an_adjective_answers_how_long_as_a_span(said, shown):
    assert as_asked(parse("How long did the strike last?"), said) == shown


@pytest.mark.parametrize(("said", "shown"), [("about 10.20am", "10.20am"), ("around 06:34", "06:34"),
                                             ("shortly after 10am", "shortly after 10am"),
                                             ("about 2:45 a.m. on Thursday", "about 2:45 a.m. on Thursday")])
def test_a_time_told_about_is_shown_as_the_time(said, shown):
    assert as_asked(parse("At what time did the crane fall?"), said) == shown


def test_an_invented_story_answers_nearness_with_the_distance():
    corpus = Corpus.from_texts({
        "a": "The heath fire at Dunmore Common burned through Saturday night. By midnight the flames had come within "
             "300 metres of the houses of Ashby Lane, firefighters said.",
        "b": "Crews held the fire on Old Quarry Road before it reached the houses on Ashby Lane."})
    assert corpus.ask("How near to the houses on Ashby Lane did the fire get?", min_confidence=0.0).answer \
        == "300 metres"
