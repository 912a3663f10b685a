"""Regression (issue 11, item 4): a cut that dropped a side more than four times the answer's figure (fitted on
our gold's disagreements, 87 of 89 of them within 4x) hid the estimates outlets most often disagree by: police
and organisers on a crowd, an official and a rights group on arrests, a firm and its insurers on damage. Two
outlets' figures for one fact, however far apart, are both shown with the answer. Invented stories."""
import pytest

from summarize import Corpus

from .conftest import dated

STORIES = [
    ("Police said about 5,000 people joined the march against the new port tax on Saturday.",
     "Organisers said 50,000 people joined the march against the new port tax on Saturday.",
     "How many people joined the march?", {"about 5,000", "50,000"}),
    ("The ministry said 12 people were detained after the clashes in the square on Friday.",
     "Rights groups said 90 people were detained after the clashes in the square on Friday.",
     "How many people were detained?", {"12", "90"}),
    ("The company valued the damage from the fire at £2m.",
     "Insurers valued the damage from the fire at £15m.",
     "How much damage did the fire cause?", {"£2m", "£15m"}),
]


@pytest.mark.parametrize("first, second, question, sides", STORIES)
def test_both_estimates_are_shown(first, second, question, sides):
    corpus = Corpus.from_texts({"a.txt": dated("2041-06-03", "Story", first + "\n\nMore later.\n"),
                                "b.txt": dated("2041-06-03", "Story", second + "\n\nSpeakers called for calm.\n")})
    answer = corpus.ask(question)
    assert any(answer.answer in side for side in sides)  # the answer states one side ("5,000" of "about 5,000")
    assert {side.value for conflict in answer.conflicts for side in conflict.sides} == sides
