"""A "which <noun>" question answered by a thing named by its noun and a number ("Gate 7", "platform 4B"), several
named by the plural and their numbers ("piers 3 and 4"), or names listed before the plural noun ("the Arlen and Brisk
pumping stations" -> "Arlen and Brisk"), on invented news: a name finder reads none of them as a name of the kind asked,
and a "which two <noun>" question wants as many things as it counts (``answer.listed_picks``)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import asked_many, listed_picks
from summarize.qa.question import parse


def _answer(text: str, question: str) -> str | None:
    return Corpus.from_texts({"a1.txt": text}).ask(question).answer


_STATION = ("Commuters hurt in platform surge\nRail Courier, Denholm, 3 March 2051\n\n"
            "Eleven commuters were hurt on Monday evening when crowds surged at platform 4B of Denholm Central, after "
            "the Orrin Transit Authority cancelled four trains. The authority said staff had been sent to the station.")
_FERRY = ("Ferry terminal piers shut after storm\nHarbour News, Kelsey, 9 October 2052\n\n"
          "Storm damage has closed the Kelsey ferry terminal's outer berths. Piers 3 and 4 will stay shut until "
          "engineers have checked the pilings, the Kelsey Harbour Board said, while pier 1 reopened on Friday.")
_PUMPS = ("Flood pumps fail as river rises\nValley Post, Tarnford, 18 January 2053\n\n"
          "Two of the town's flood defences failed on Sunday night. The Arlen and Brisk pumping stations lost power "
          "shortly before midnight, the Tarnford Water Board said, and engineers restored them on Monday.")


@pytest.mark.parametrize("text, question, answer", [
    (_STATION, "At which platform did the surge happen?", "platform 4B"),
    (_FERRY, "Which two piers will stay shut?", "Piers 3 and 4"),
    (_PUMPS, "Which two pumping stations lost power?", "Arlen and Brisk"),
])
def test_a_thing_named_beside_its_noun_answers_which(text, question, answer):
    assert _answer(text, question) == answer


def test_a_pick_of_another_count_only_nearly_fits():
    asked = parse("Which two piers will stay shut?")
    picks = listed_picks("Piers 3 and 4 will stay shut, while pier 1 reopened.", asked)
    assert [(m.text, m.fit) for m in picks] == [("Piers 3 and 4", 1.0), ("pier 1", 0.5)]


def test_no_pick_of_a_distance_a_word_that_only_stems_alike_or_names_the_question_says():
    assert listed_picks("The gate 10 metres from the stand was shut.", parse("Which gate was shut?")) == []
    asked = parse("Which rival operator bought the Arlen and Brisk operations?")
    assert listed_picks("Kelso Rides bought the Arlen and Brisk operations.", asked) == []


@pytest.mark.parametrize("question, many", [("Which two piers will stay shut?", 2), ("Which pier reopened?", 0),
                                            ("What three towns were flooded?", 3)])
def test_a_which_question_counts_what_it_asks_for(question, many):
    assert asked_many(parse(question)) == many
