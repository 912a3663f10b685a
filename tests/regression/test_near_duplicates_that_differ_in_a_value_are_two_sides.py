"""Regression: two outlets' wording of one statement with different values was grouped as one
near-duplicate, so `ask` answered with one value and showed no disagreement."""
from summarize import Corpus


def test_near_duplicates_that_differ_in_a_value_are_two_sides():
    corpus = Corpus.from_texts({
        "wire": "Divers recovered a crate of 60 rifles from Harlow Quay on Friday. The harbour was shut.",
        "daily": "Divers recovered a crate of 60 rifles from Harlow Quay, the coastguard said. Boats were told to stay away.",
        "radio": "Divers recovered a crate of 60 rifles from Dunmore Quay late on Friday. Police have made no arrests.",
    })
    answer = corpus.ask("Where did the divers find the crate of rifles?", min_confidence=0.0)
    sides = [(side.value, side.sources, side.positions) for conflict in answer.conflicts for side in conflict.sides]
    assert answer.answer == "Harlow Quay"
    assert sides == [("Harlow Quay", ("daily", "wire"), (("daily", 0), ("wire", 0))),
                     ("Dunmore Quay", ("radio",), (("radio", 0),))]
