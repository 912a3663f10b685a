""""Which part of the city ...?" asks for a place inside one a place noun calls, as "where in Lyon" does (invented
news): an area the thing is in ("the Marsby district"), not the street it stands on nor a lab's unit."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import PART, parse

_DEPOT = {"a1.txt": ("Bus depot flooded\nCity Courier, Harnby, 4 February 2046\n\n"
                     "Floodwater swept through the Kell Street bus depot in Harnby on Tuesday, leaving 40 buses out of "
                     "service. The depot, in the Marsby district, was built on a former marsh. Crews pumped water out "
                     "of the depot through the night.")}
_SCHOOL = {"a1.txt": ("School roof gives way\nTown Crier, Ellerby, 11 March 2046\n\n"
                      "Part of the roof of Orchard Lane primary school in Ellerby fell in overnight. No one was hurt. "
                      "The school, which serves families in Wexcombe, will stay shut until Easter. Parents in "
                      "Wexcombe have been told to take their children to schools on Mill Road.")}
_MARKET = {"a1.txt": ("Market fire\nNorth Ledger, Castmoor, 2 August 2046\n\n"
                      "A fire destroyed twelve stalls at the Dray Road covered market in Castmoor on Sunday. The market "
                      "stands in the Old Quay quarter, where traders said the wiring had been faulty for years.")}


@pytest.mark.parametrize("question", ["Which part of the city is the depot in?", "In which part of the town is it?",
                                      "What part of the country was flooded?", "Where in Lyon was it found?"])
def test_a_part_of_a_place_noun_asks_for_a_place_inside_it(question):
    q = parse(question)
    assert (q.kind, q.focus) == ("place", PART)


def test_a_part_of_a_thing_asks_for_no_place():
    assert parse("In which part of the plant did the blast start?").kind != "place"


def test_the_street_a_thing_stands_on_is_no_part_asked():
    # the city itself ("in Harnby") still competes with its district: nothing yet tells a whole from its part
    assert Corpus.from_texts(_DEPOT).ask("In which part of the city is the bus depot?").answer != "Kell Street"


@pytest.mark.parametrize("texts, question, answer", [
    (_SCHOOL, "Which part of the town does the school serve?", "Wexcombe"),
    (_MARKET, "In which part of the town does the market stand?", "Old Quay"),
])
def test_the_area_not_the_street_answers(texts, question, answer):
    assert Corpus.from_texts(texts).ask(question).answer == answer
