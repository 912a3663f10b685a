"""Regression (round 41): "What is the name of the <person noun> ...?" asks for a person when a reduced relative
clause follows the noun, an irregular past ("the man found ...", "the manager said to have ...") or a past after an
adverb in -ly ("the man badly hurt ..."); before, such questions were typed by a later noun ("by falling stonework"
as a body, "the auditors") or left untyped, and a place or a body's name answered them."""
import pytest

from summarize.qa.question import parse


@pytest.mark.parametrize("text, focus", [
    ("What was the name of the man found beside the river?", "man"),
    ("What is the name of the man badly hurt by falling stonework?", "man"),
    ("What is the name of the former manager said to have warned the auditors?", "manag"),
    ("What is the name of the inspector taken to hospital?", "inspector"),
])
def test_a_person_noun_types_a_name_question(text, focus):
    q = parse(text)
    assert (q.kind, q.focus) == ("person", focus)


@pytest.mark.parametrize("text, kind", [
    ("What is the name of the firm that bought the quarry?", "org"),
    ("What was the name of the barge found drifting?", "name"),  # no person: a thing's own name
    ("What is the name of the ship?", "name"),
])
def test_a_thing_named_is_no_person(text, kind):
    assert parse(text).kind == kind
