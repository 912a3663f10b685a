"""A passive's agent told by age, the name in apposition (invented stories): news calls someone by their age before
naming them ("was found by a nine-year-old, Jo Lee"), and that name did the deed a "who did it" question asks, not
another person the sentence or the article names."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import does_asked
from summarize.qa.question import parse

_FINDS = [
    {"a1.txt": ("Hoard found in field\nDale Times, Wenmoor, 8 August 2040\n\n"
                "A hoard of 300 silver coins was found by a nine-year-old, Tilly Marchbank, on a farm near Wenmoor. "
                "The farmer, Owen Radcliffe, said he had ploughed the field for 30 years.")},
    {"a1.txt": ("Lost dog rescued\nCoast Weekly, Skarn, 2 May 2041\n\n"
                "The dog was rescued by a 14-year-old, Callum Ferrier, after two days on the cliffs. "
                "Its owner, Maud Sellick, thanked the coastguard.")},
    {"a1.txt": ("Fossil on the beach\nBay Courier, Penmar, 21 May 2045\n\n"
                "The fossil was spotted by a 67-year-old, Irene Holloway, while walking on the beach. "
                "Museum curator Dennis Okafor said it was a rare find.")}]


@pytest.mark.parametrize("texts, question, expected", [
    (_FINDS[0], "Who found the hoard of coins?", "Tilly Marchbank"),
    (_FINDS[1], "Who rescued the dog?", "Callum Ferrier"),
    (_FINDS[2], "Who spotted the fossil?", "Irene Holloway")])
def test_a_passive_s_agent_told_by_age_is_the_doer(texts, question, expected):
    sentence = next(s for s in texts["a1.txt"].split(". ") if expected in s)
    at = sentence.index(expected)
    assert does_asked(sentence, at, at + len(expected), parse(question)) == 1.0
    other = next(w for w in ("Owen Radcliffe", "Maud Sellick", "Dennis Okafor") if w in texts["a1.txt"])
    assert Corpus.from_texts(texts).ask(question, min_confidence=0.0).answer == expected != other
