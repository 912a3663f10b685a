"""Regression (issue #11, found on tests/data/fresh_news16, fresh_news9 and fresh_news10): "What started the fire?"
was answered "the blaze had most likely" and "What caused the fire?" with "not yet known", of "the cause was not yet
known"; "What caused the leak?" with the clause after "after" ("after a chemical leaked from a factory") over the one
after "because" ("because a valve failed"). News says a cause is unknown before it is found, dates an event with
"after" and "as" as often as it explains it, and tells more of a cause's noun in a participle after it ("a battery
pack connected to a charger"): a cause stated with a cue of cause now beats one told by a cue that may tell a time,
words that say no cause is known state none, and "what started ..." asks for a cause."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse

# Each story: the question, a word the cause holds, words no answer may hold, and its articles.
STORIES = {
    "warehouse": ("What caused the warehouse fire?", "forklift", ("known", "investigat"), {
        "a": "A fire destroyed a furniture warehouse in Ostend Road on Monday night. Fire chief Lena Moss said the "
             "cause of the warehouse fire was not yet known.",
        "b": "The warehouse fire on Ostend Road was caused by an overheating forklift battery, investigators said on "
             "Thursday."}),
    "ferry": ("What caused the ferry delays on Sunday?", "fog", ("cancelled", "sailings"), {
        "a": "Passengers faced long ferry delays on Sunday after the ferry company cancelled its early sailings, the "
             "port said.",
        "b": "The ferry company said the ferry delays on Sunday came because thick fog closed the harbour mouth for "
             "six hours."}),
    "mill": ("What started the fire at the mill?", "spark", ("likely", "weekend"), {
        "a": "The fire at the Harrow mill broke out over the weekend, the owners said.",
        "b": "Investigators said the fire at the mill had most likely started in the drying room.",
        "c": "Their report found the fire at the mill started with a spark from a grinder used by a contractor on "
             "the roof."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_stated_cause_is_the_answer(name):
    question, cause, never, articles = STORIES[name]
    answer = Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer
    assert answer is not None and cause in answer.lower()
    assert not any(w in answer.lower() for w in never)


def test_what_started_a_thing_asks_for_its_cause():
    assert parse("What started the blaze at the depot?").kind == "reason"
    assert parse("What started on Monday?").kind != "reason"


def test_a_participle_after_the_cause_only_tells_more_of_it():
    articles = {"a": "The flooding in the basement was caused by a water main installed by the council in 1962, "
                     "engineers said."}
    answer = Corpus.from_texts(articles).ask("What caused the flooding in the basement?", min_confidence=0.0).answer
    assert answer is not None and "water main" in answer and "1962" not in answer
