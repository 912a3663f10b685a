"""A reason its actors give after a verb of saying, "that" dropped as English may ("withdrew on Friday, saying its
checks had found debts"): the clause answers "why" of the deed before it, not of another (invented stories)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse


@pytest.mark.parametrize("sentence, question, reason", [
    ("The brewer shut its Dunmore plant in March, saying the site was too small to expand.",
     "Why did the brewer shut the Dunmore plant?", "the site was too small to expand"),
    ("Two councillors quit the ruling group on Tuesday, arguing the budget would close three libraries.",
     "Why did the councillors quit the ruling group?", "the budget would close three libraries"),
    ("The festival organisers cancelled Sunday's concerts, insisting their stages could not be made safe in the wind.",
     "Why were Sunday's concerts cancelled?", "their stages could not be made safe in the wind"),
])
def test_a_reason_said_without_that_is_a_cause(sentence, question, reason):
    assert reason in [m.text for m in mentions(sentence, parse(question))]


def test_a_reason_that_backs_another_deed_is_none():
    sentence = ("The union says the levy will pay for a new depot; the council has denied this, saying the depot is "
                "paid for from reserves.")
    assert not any(m.cue and "reserves" in m.text for m in mentions(sentence, parse("Why was the fare rise delayed?")))


def test_a_word_of_saying_before_no_clause_states_no_reason():
    found = mentions("The singer cancelled the tour, saying sorry to fans.", parse("Why did the singer cancel the tour?"))
    assert all(m.cue == 0.0 for m in found)


def test_the_reason_answers_the_question():
    text = ("Brewery closes\nValley Echo, Dunmore, 2 April 2037\n\nThe brewer shut its Dunmore plant in March, saying the "
            "site was too small to expand. About 40 staff have been offered jobs at its other brewery.")
    answer = Corpus.from_texts({"a1.txt": text}).ask("Why did the brewer shut the Dunmore plant?").answer
    assert answer == "the site was too small to expand"
