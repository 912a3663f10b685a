"""The body that holds the thing a "which <noun>" question of a verb of holding asks about (invented stories): news
names who runs a site as its owner, by a possessive ("Marrow Seafoods' salmon farm") or a relative "whose" ("Marrow
Seafoods, whose salmon farm at Kell Point ..."), as often as by the verb (``answer._owns_asked``); and the body that
does a holding verb is the company asked, whatever the sentence calls it (``answer.held_thing``)."""
import pytest

from summarize.corpus import Corpus
from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import Answerer, does_asked, held_thing
from summarize.qa.question import parse

_FARM = {"a1.txt": ("Storm wrecks fish cages\nIsles Courier, Tarnmouth, 3 March 2051\n\n"
                    "Winds of 90mph tore through the sound on Sunday night. \"We lost half the stock in an hour,\" said "
                    "Ben Orr, managing director of Marrow Seafoods, whose salmon farm at Kell Point took the worst of "
                    "the storm. The Netmakers' Guild said the cages should never have been moored there.")}
_FERRY = {"a1.txt": ("Ferry back in service\nRiver Post, Oldwick, 9 May 2052\n\n"
                     "The foot ferry across the Wenn, operated for the town council by Pellow Boats, restarted on Monday "
                     "after a month of repairs. The crossing takes six minutes.")}


def test_the_owner_of_the_thing_is_answered():
    assert Corpus.from_texts(_FARM).ask("Which company runs the salmon farm at Kell Point?").answer == "Marrow Seafoods"


def test_the_body_that_runs_the_thing_says_the_noun_asked():
    # "operated by Pellow Boats" for "Which company runs ...?": the sentence need not say "company"
    text = _FERRY["a1.txt"].split("\n\n", 1)[1].split(". ")[0] + "."
    evidence = [Scored(Group(0, s, (s,)), 1.0) for s in (Sentence("a1", 0, text, 0, len(text)),)]
    answerer, question = Answerer([text]), parse("Which company runs the foot ferry?")
    found = {c.text: c.feature("heads") for c in answerer.pick(question, evidence).candidates}
    assert found["Pellow Boats"] > answerer.cover(question.heads, text)


@pytest.mark.parametrize("question, thing", [("Which company runs the salmon farm at Kell Point?", "farm"),
                                             ("Who owns the car that was hit?", "car"),
                                             ("Which firm operates the temporary passenger ferry?", "ferri"),
                                             ("Which company built the bridge?", ""),
                                             ("Which union represents the crews?", "")])
def test_the_thing_held_is_read_from_a_verb_of_holding_only(question, thing):
    assert held_thing(parse(question)) == thing


@pytest.mark.parametrize("sentence, name, done", [
    ("Tarn Aqua's mussel farm at Kell Point was fined.", "Tarn Aqua", 1.0),
    ("The largest claim is from Tarn Aqua, whose mussel farm lost most of its cages.", "Tarn Aqua", 1.0),
    ("Tarn Aqua's archive suggests the mussel farm was older.", "Tarn Aqua", 0.0),
    ("Tarn Aqua's boats were moored beside the mussel farm.", "Tarn Aqua", 0.0)])
def test_an_owner_told_by_its_possessive_runs_the_thing(sentence, name, done):
    question = parse("Which company runs the mussel farm?")
    start = sentence.index(name)
    assert does_asked(sentence, start, start + len(name), question) == done
