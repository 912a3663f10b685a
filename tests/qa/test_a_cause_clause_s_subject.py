"""A cause told as a clause whose object restates what the question asks about ("after low cloud kept the helicopter on
the ground" for "Why could the helicopter not fly?"): the cause is the clause's subject, on invented stories."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse

_STORIES = {
    "fog": ("All flights at Tarvik airport were suspended on Tuesday morning after thick fog blanketed the airport. "
            "About 40 departures were affected, the operator said."),
    "ferry": ("The Brenna island ferry stayed in port for a third day after gale-force winds closed the ferry route. "
              "The operator said sailings should resume on Friday."),
    "market": ("Traders at the Lowgate covered market were sent home early after a power cut plunged the hall into "
               "darkness. The council said the fault had been repaired by evening."),
}


@pytest.mark.parametrize("story, question, cause", [
    ("fog", "Why were flights at Tarvik airport suspended?", "thick fog"),
    ("ferry", "Why did the ferry stay in port?", "gale-force winds"),
    ("market", "Why was the market hall in darkness?", "a power cut"),
])
def test_the_subject_of_a_cause_clause_is_the_cause_when_its_object_is_what_is_asked(story, question, cause):
    assert Corpus.from_texts({story: _STORIES[story]}).ask(question).answer == cause


@pytest.mark.parametrize("sentence, question, cause", [
    # the object says nothing the question asks about: the whole clause is the cause
    ("The shop closed early after a burst pipe flooded the basement.", "Why did the shop close early?",
     "a burst pipe flooded the basement"),
    # a past form before a noun describes it ("a failed valve"), no verb
    ("The leak began after a failed valve on the tank gave way.", "Why did the leak begin?", "a failed valve on the tank gave way"),
])
def test_the_whole_clause_stays_when_its_object_restates_nothing_asked(sentence, question, cause):
    assert cause in [m.text for m in mentions(sentence, parse(question))]
