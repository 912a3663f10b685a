"""Regression: a "what <noun>" question opened by its source or by a preposition ("According to the surveyors, in what
kind of stone were the cracks found?", "According to the inquiry, what fault ...?": fresh_news31) read no noun, so a
clause about something else answered; and the phrase the noun heads was cut at a participle after a preposition or a
size ("set in 20mm reinforced concrete"), though a participle there is an adjective of the noun. A noun whose figures
news tells as a speed, a warmth or a quake's magnitude ("What was the fiercest gust?": ``text.senses.value_kind``) asks
that figure, as a sum noun asks a sum. Invented stories: the noun phrase or the figure answers."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse

from .conftest import dated

STORIES = [
    ("The old pier's deck was inspected on Monday after a storm.\n\n"
     "\"Nearly all the cracks were in sections cast with 20mm reinforced concrete, which rusts from inside,\" the "
     "engineer said.\n\nThe pier will stay shut for a month.\n",
     "According to the engineer, in what kind of concrete were nearly all the cracks?", "20mm reinforced concrete"),
    ("Rescuers reached the quarry late on Friday.\n\n"
     "The inquiry found that the slope gave way because of a drainage fault, which let water build up behind it.\n\n"
     "Work at the quarry has stopped.\n",
     "According to the inquiry, what fault allowed water to build up behind the slope?", "a drainage fault"),
    ("Roofs were torn off in three villages on Sunday night.\n\n"
     "A gust of 81mph was recorded at the airfield, and the power failed in 2,000 homes.\n\n"
     "Crews were clearing fallen trees on Monday.\n",
     "What was the fiercest gust of wind recorded on Sunday night?", "81mph"),
]


@pytest.mark.parametrize("text, question, answer", STORIES)
def test_the_phrase_or_figure_the_noun_asks_answers(text, question, answer):
    assert Corpus.from_texts({"a": dated("2041-05-02", "News", text)}).ask(question).answer == answer


@pytest.mark.parametrize("question, noun", [
    ("According to the surveyors, in what kind of stone were the cracks found?", "stone"),
    ("In what soil were the roots found?", "soil"),
    ("What tool did the thieves use?", "tool"),
])
def test_the_noun_asked_is_read_past_a_source_or_a_preposition(question, noun):
    assert parse(question).noun == noun


@pytest.mark.parametrize("question, kind, expects", [
    ("What was the fiercest gust recorded at the coast?", "number", "speed"),
    ("What was the highest gust on the bridge?", "number", "speed"),
    ("What was the biggest problem at the school?", "other", ""),
])
def test_a_noun_told_as_a_speed_asks_a_figure(question, kind, expects):
    asked = parse(question)
    assert (asked.kind, asked.expects) == (kind, expects)
