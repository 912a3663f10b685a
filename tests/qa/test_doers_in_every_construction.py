"""The doer of a "who" or "which <noun>" question's verb, in whichever construction an invented story tells it: the
verb asked in a progressive or after an auxiliary or the noun's complement ("Who is investigating ...?", "Which firm of
surveyors found ...?"); the agent of a passive with a place after it ("owned by Ann Lee, near the town"), which once
typed the agent as the place, or with a date, a place or a title between the verb and the name; the antecedent of a
relative clause ("X, which runs ..."); a subject past an aside or an adverb; the holder of the doer's noun ("the lab's
main funder, the X"); never a noun phrase of common words read as a described doer ("The region's latest major
find")."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import asked_verb, does_asked, mentions
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


_TOLD = [
    # a passive's agent, a date and a title between ("found ... by walker Ann Osley")
    ("Who found the coins?", "The coins were found on 3 May 2051 by walker Ann Osley on Cray Farm, near Pellby.",
     "Ann Osley"),
    # a passive's agent past a long adjunct, in apposition to a noun that calls a person
    ("Who found the seals?", "The seals were found on Marle Sands, about two miles north of the village of Pellby, "
     "shortly before 6am on Sunday by a local fisherman, Jory Tamm, who had gone to check his pots.", "Jory Tamm"),
    # the agent after a capitalised modifier of its role
    ("Who headed the syndicate?", "The syndicate, led by the Dutch banker Pim Vollard, pulled out on Monday.",
     "Pim Vollard"),
    # the antecedent of a relative clause whose verb is asked
    ("Which company runs the crossing?", "Carran Ferries, which runs the crossing, said it would add a boat.",
     "Carran Ferries"),
    ("Who is leading the dig?", "Site director Ruth Olm, who is leading the dig, said the finds were rare.",
     "Ruth Olm"),
    # the subject past a relative aside on it
    ("Which company asked the court to halt the sale?", "Halm Capital, through which its owner lent the club money, "
     "had asked the court to halt the sale.", "Halm Capital"),
    # the subject past an adverb news puts before the verb
    ("Which group confirmed it was weighing a bid?", "Vessel Foods Group, the Ormby-based food giant, has just "
     "confirmed it is weighing a bid.", "Vessel Foods Group"),
    # the holder of the doer's noun, an article before the name
    ("Which body funded the research?", "The lab's main funder, the National Research Council, said it was aware.",
     "National Research Council"),
    # the holder of the doer's noun of the story's, and of a noun of the deed with what it is done to
    ("Which company runs the bus?", "The driver has worked for the operator, Kestrel Coaches, for 19 years.",
     "Kestrel Coaches"),
    ("Who owns the ship?", "The shipowner, Gil Pendrow, has sailed her for 12 years.", "Gil Pendrow"),
]


def test_a_noun_of_another_deed_names_no_doer():
    sentence = "The skipper, Gil Pendrow, has sailed her for 12 years."
    asked = parse("Who owns the ship?")
    assert not any(does_asked(sentence, m.offset, m.offset + len(m.text), asked) for m in mentions(sentence, asked))


@pytest.mark.parametrize("question, sentence, doer", _TOLD)
def test_the_doer_is_read_in_each_construction(question, sentence, doer):
    asked = parse(question)
    found = {m.text: does_asked(sentence, m.offset, m.offset + len(m.text), asked) for m in mentions(sentence, asked)}
    assert {name for name, v in found.items() if v} == {doer}


def test_a_noun_after_a_common_noun_is_no_verb_of_a_described_doer():
    # "The region's latest major find" is a noun phrase: "major" is no person who found anything
    sentence = "The region's latest major find, the Ashgrave goblet, was dug up in 2059 and is on show in Brimscott."
    assert not [m for m in mentions(sentence, parse("Who found the goblet?")) if m.text.startswith("The ")]
