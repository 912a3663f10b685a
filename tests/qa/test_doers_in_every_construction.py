"""The doer of a "who" or "which <noun>" question's verb, in whichever construction an invented story tells it: the
verb asked in a progressive or after an auxiliary or the noun's complement ("Who is investigating ...?", "Which firm of
surveyors found ...?"), and the agent of a passive with a place after it ("owned by Ann Lee, near the town"), which
once typed the agent as the place."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import asked_verb
from summarize.qa.question import parse
from summarize.text.names import names


@pytest.mark.parametrize("question, verb", [
    ("Who is investigating the fire?", "investigating"),
    ("Who was running the charity when it closed?", "running"),
    ("Which agency is looking into the leak?", "looking"),
    ("Which company has bought the quarry?", "bought"),
    ("Which council will close the pool?", "close"),
    ("Which firm of surveyors found the crack?", "found"),
])
def test_the_verb_asked_is_read_past_its_auxiliary(question, verb):
    assert asked_verb(parse(question)) == verb


@pytest.mark.parametrize("question", [
    "Who is the mayor of Tarnby?",
    "Who is being questioned by police?",
    "Which company is the subject of the bid?",
    "Which firm was brought in to run the depot?",  # a passive: the firm is what was brought in, not a doer
    "Which firm has the council chosen?",
])
def test_a_copula_a_passive_or_an_object_asks_no_verb(question):
    assert asked_verb(parse(question)) == ""


@pytest.mark.parametrize("sentence", [
    "Oak Farm, which is owned by Tom Reed, near the town, has been sealed off.",
    "The farm, owned by Tom Reed, is near the town.",
])
def test_a_passive_s_agent_before_a_place_is_no_place(sentence):
    assert {n.text: n.kind for n in names(sentence)}["Tom Reed"] != "place"


_BRONZE = {"a1.txt": ("Bronze age axe heads declared treasure\nMarsh Gazette, Pellby, 3 May 2051\n\n"
                      "A hoard of 40 bronze axe heads was found last spring by walker Ann Osley on Cray Farm, which is "
                      "owned by Tom Reddaway, near the village of Pellby. The coroner declared the hoard treasure on "
                      "Tuesday. Pellby Museum hopes to buy it.")}


def test_the_owner_of_a_relative_clause_s_passive_answers():
    assert Corpus.from_texts(_BRONZE).ask("Who owns the farm where the hoard was found?").answer == "Tom Reddaway"
