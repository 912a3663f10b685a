"""A "which <noun>" question reads the noun it asks and the things of that kind, on invented news (issue 11): a
preposition of place or route ends its phrase ("which road between two villages" asks a road, not a village), a piece
or an item of a thing asks the thing, a code of figures is called by the noun after it ("the Q12 road") or by the noun
of a phrase in apposition, however that phrase opens ("the county's only main road"), and a plural phrase ("the older
depots") names several, so it only nearly fits a "which" of one."""
import pytest

from summarize.qa.answer import _called, mentions
from summarize.qa.question import parse


@pytest.mark.parametrize("question, focus", [
    ("Which road between Alby and Cray was shut?", "road"),
    ("Which bridge over the river was closed?", "bridg"),
    ("Which depot along the coast flooded?", "depot"),
    ("Which piece of equipment failed?", "equip"),
    ("Which item of clothing did police find?", "cloth"),
])
def test_the_noun_before_a_preposition_or_after_a_piece_of_is_the_one_asked(question, focus):
    assert parse(question).focus == focus


@pytest.mark.parametrize("text", [
    "Drivers were told the Q12 road would stay shut until Friday.",
    "The Q12, the county's only main road, was shut on Sunday.",
])
def test_a_code_is_called_by_the_noun_after_it_or_in_apposition(text):
    question = parse("Which road between Alby and Cray was shut?")
    found = [m for m in mentions(text, question) if m.text == "Q12"]
    assert found and _called(text, found[0], question, {}) > 0


def test_a_code_is_called_nothing_by_a_verb_after_it():
    text = "The Q12 reopened on Sunday."
    question = parse("Which road between Alby and Cray was shut?")
    assert all(_called(text, m, question, {}) == 0 for m in mentions(text, question) if m.text == "Q12")


@pytest.mark.parametrize("question, fit", [
    ("Which depot lost its roof?", 0.5),
    ("Which depots lost their roofs?", 1.0),
])
def test_a_plural_phrase_only_nearly_fits_a_which_of_one(question, fit):
    text = "Crews said the older depots lost their roofs in the storm."
    found = [m for m in mentions(text, parse(question)) if m.text.endswith("depots")]
    assert found and found[0].fit == fit
