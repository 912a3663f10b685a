"""A role asked with a verb that only says it is held "as" it ("Who is acting as the firm's lawyer?", "who serves as
its medical director"): the role after "as" is the one asked, as after "is", not the object of a deed done to it
(invented questions and story)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse


@pytest.mark.parametrize("question, role", [("Who is acting as the baker's lawyer?", "lawyer"),
                                            ("Who serves as the regatta's medical director?", "director"),
                                            ("Who acted as chairman of the inquiry?", "chairman")])
def test_the_role_held_as_is_asked(question, role):
    asked = parse(question)
    assert role in asked.roles
    assert "act" not in asked.terms and "serv" not in asked.terms


def test_a_deed_done_to_a_role_still_asks_its_doer():
    # "is representing the baker" asks who represents the baker, not the baker
    assert "baker" not in parse("Who is representing the baker?").roles


_BAKER = {"a1.txt": ("Baker loses hygiene appeal\nCounty Voice, Harle, 12 June 2062\n\n"
                     "The baker, Osric Pellham, 51, lost his appeal against a hygiene ban on Tuesday. "
                     "Inspectors had found mould in two proving cabinets. "
                     "His lawyer, Mira Trowbridge, said he would not appeal again. "
                     "The bakery will stay shut until August.")}


def test_the_holder_of_the_role_held_as_answers():
    assert Corpus.from_texts(_BAKER).ask("Who is acting as the baker's lawyer?").answer == "Mira Trowbridge"
