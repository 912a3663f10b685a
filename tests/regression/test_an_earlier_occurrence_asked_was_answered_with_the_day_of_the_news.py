"""Regression: a question for an earlier occurrence of the event ("its earlier attack", "an earlier wall") was
answered with the day of the occurrence the articles report as news ("last week", "on Tuesday night"), a day of the
weeks before the article's own. An earlier occurrence lies further back; the same question without "earlier" still
asks for the news."""
import pytest

from summarize import Corpus

STORIES = [
    ({"wire": "2030-03-14\nThe Ordley hospital trust suffered a cyber attack last week, forcing it to cancel "
              "operations.\n\nA smaller attack in 2027 shut its booking system for two days.\n"},
     "When did the hospital trust suffer its earlier attack?", "When did the hospital trust suffer its attack?",
     "2027", "last week"),
    ({"paper": "2044-10-02\nThe flood wall on the river was breached on Tuesday night, flooding 40 homes.\n\n"
               "An older wall there was breached by a flood in 1998, residents said.\n"},
     "When was an earlier wall on the river breached?", "When was the flood wall on the river breached?",
     "1998", "Tuesday night"),
    ({"wire": "2039-07-20\nThe Harwick folk festival was cancelled on Friday after storms flooded the site.\n\n"
              "Organisers also cancelled the festival in 2035, when a heatwave dried up the water supply.\n"},
     "When was the festival cancelled on an earlier occasion?", "When was the festival cancelled?", "2035", "Friday"),
]


@pytest.mark.parametrize("texts, earlier, plain, before, news", STORIES)
def test_an_earlier_occurrence_is_answered_from_before_the_news(texts, earlier, plain, before, news):
    corpus = Corpus.from_texts(texts)
    assert corpus.ask(earlier, min_confidence=0.0).answer == before
    assert corpus.ask(plain, min_confidence=0.0).answer == news
