"""A reader rewords the verb of a "what did X <verb>" question ("discover" for "found", "purchase" for "bought"): the
object of the article's verb of the same sense answers, as the object of the question's own verb does (invented
stories)."""
import pytest

from summarize.qa.answer import object_mentions
from summarize.qa.question import parse


@pytest.mark.parametrize("sentence, question, answer", [
    ("Divers found a cracked hull plate on the wreck's stern on Thursday.", "What did divers discover on the wreck?",
     "a cracked hull plate"),
    ("The trust bought a derelict mill for £40,000 in June.", "What did the trust purchase for £40,000?", "a derelict mill"),
    ("Inspectors discovered rotten joists in the theatre's basement, the council said.",
     "What did inspectors find in the basement?", "rotten joists"),
])
def test_the_object_of_a_verb_of_the_same_sense_answers(sentence, question, answer):
    assert [m.text for m in object_mentions(sentence, parse(question))] == [answer]


def test_the_object_of_another_deed_does_not():
    found = object_mentions("The trust sold a derelict mill for £40,000 in June.", parse("What did the trust purchase for £40,000?"))
    assert found == []
