"""Regression (issue #11, found on tests/data/fresh_news17): "What caused the sinkhole to open?" was answered "a burst
water main washing away the sandy soil beneath the carriageway", the cause and what it was doing. A participle in -ing
and a particle of motion after a noun ("washing away", "cutting through") tell more of the noun, as "connected to" does;
after "was" or "were" it is the clause's own verb, and stays."""
import pytest

from summarize import Corpus
from summarize.qa.answer import reason_mentions

# Each story (invented): the question, the cause, and its articles.
STORIES = {
    "landslip": ("What caused the embankment to slip?", "a leaking drainage pipe", {
        "a": "Network engineers said the slip was caused by a leaking drainage pipe washing away the clay beneath the "
             "track bed, and the line will stay shut until Friday."}),
    "power": ("What caused the power cut?", "a fallen oak", {
        "a": "The power cut that left 4,000 homes in Wenlow without electricity was caused by a fallen oak cutting "
             "through the overhead cables, the network operator said."}),
    "tickets": ("What caused the failure?", "a rogue software update", {
        "a": "The operator said the failure was due to a rogue software update knocking out the payment readers in "
             "every station overnight."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_cause_is_the_noun_not_what_it_was_doing(name):
    question, cause, articles = STORIES[name]
    assert Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer == cause


def test_a_participle_after_be_is_the_clauses_verb():
    found = [m.text for m in reason_mentions("The beam fell because two workers were cutting through its supports.")]
    assert found == ["two workers were cutting through its supports"]
