"""Regression (issue #11, found on tests/data/sides_news9/sitin): "When did the students first
occupy the library?" is answered "Monday" from "... led the protesters who walked in and first
occupied the library on Monday", while the two outlets that disagree on the day word it apart
("The occupation started late on Monday, when protesters walked into the reading room" / "...
started on Sunday evening, when protesters walked into the reading room"), so neither sentence is
among the evidence the answer is read from. The conflict finder aligned them across the articles;
the answer states one of their sides and its sentence holds their topic's words, so both are shown,
the answer's outlet on its side."""
from pathlib import Path

from summarize import Corpus

SITIN = Path(__file__).parents[1] / "data" / "sides_news9" / "sitin" / "docs"


def test_the_answer_shows_the_disagreement_its_sentence_restates():
    answer = Corpus.from_paths([SITIN]).ask("When did the students first occupy the library?")
    assert answer.answer == "Monday"
    sides = {s.value.split(" (=")[0]: set(s.sources) for c in answer.conflicts for s in c.sides}
    assert sides.keys() == {"Monday", "Sunday evening"}
    assert {"echo_1", "campus_1"} <= sides["Monday"] and sides["Sunday evening"] == {"wire_1"}


def test_an_agreeing_question_of_the_same_articles_shows_no_side():
    answer = Corpus.from_paths([SITIN]).ask("When did the protesters leave the library?")
    assert answer.answer == "Thursday" and not answer.conflicts
