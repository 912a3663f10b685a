"""Vessels and other things named like people, on invented news: "Who ...?" is not answered with the name of the ship
("the lifeboat Grace Tolland", "the RV Ottilie Marsh": news writes no article, and no noun of a thing, before a
person's name), and a town asked for is not the street on which something stands."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse


def _answer(text: str, question: str) -> str | None:
    return Corpus.from_texts({"a1.txt": text}).ask(question).answer


_LIFEBOAT = ("Lifeboat crew praised after rescue\nCoast Times, Balwick, 9 July 2043\n\n"
             "The lifeboat Grace Tolland was launched at 2am after a yacht lost its mast. "
             "Coxswain Dafydd Prenn, who steered the Grace Tolland, said the sea was very rough.")
_TUG = ("Tug frees stranded barge\nRiver News, Ostley, 12 May 2044\n\n"
        "The harbour tug Marion Fell pulled the barge clear of the sandbank on Tuesday. "
        "Skipper Joss Hartigan, who commands the Marion Fell, said it took four hours.")
_SURVEY = ("Survey ship back in port\nIsland Herald, 2 October 2047\n\n"
           "The survey vessel RV Ottilie Marsh docked on Sunday after mapping the seabed west of the islands. "
           "Captain Morwenna Tesh, master of the Ottilie Marsh, said the crew had mapped 4,000 square kilometres.")


@pytest.mark.parametrize("text, question, vessel", [
    (_LIFEBOAT, "Who steered the lifeboat?", "Grace Tolland"),
    (_TUG, "Who commands the harbour tug?", "Marion Fell"),
    (_SURVEY, "Who is master of the survey vessel?", "Ottilie Marsh"),
])
def test_who_is_not_answered_with_the_vessels_name(text, question, vessel):
    assert vessel not in (_answer(text, question) or "")


def test_the_person_beside_the_vessel_answers():
    assert "Dafydd Prenn" in (_answer(_LIFEBOAT, "Who steered the lifeboat?") or "")


@pytest.mark.parametrize("sentence, question, street, town", [
    ("Quillan Press, headquartered on Tanner Street in Morwick, said it would cut 40 jobs.",
     "In which town is the printer headquartered?", "Tanner Street", "Morwick"),
    ("The creamery stands on Old Mill Road, on the edge of the village of Brackley.",
     "Which village is the creamery in?", "Old Mill Road", "Brackley"),
    ("The clinic, on Harbour Lane in the city of Ostwich, reopened on Monday.",
     "In which city did the clinic reopen?", "Harbour Lane", "Ostwich"),
])
def test_a_street_only_nearly_fits_a_town_asked_for(sentence, question, street, town):
    fits = {m.text: m.fit for m in mentions(sentence, parse(question))}
    assert fits[street] < fits[town]
