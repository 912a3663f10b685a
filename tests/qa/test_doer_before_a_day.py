"""Wire copy puts the day between a doer and its verb ("The regulator on Tuesday blocked X's purchase"), on invented
news: the body named before the day does what the verb tells, and a "which <body>" question that asks who did it is
answered with it, not with the owner of what was done ("X's purchase"), once the evidence tells who did it."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import does_asked
from summarize.qa.question import parse

_PORT = ("Regulator halts port sale\nHarbour Wire, Kelsby, 4 May 2036\n\n"
         "The Maritime Competition Board on Tuesday blocked Orrin Shipping's planned purchase of Kelsby Docks, saying the "
         "deal would leave one firm in control of the coast's container trade. Orrin Shipping said it would appeal.")
_HOSPITAL = ("Builder wins hospital deal\nTrade Wire, Ashby, 2 March 2039\n\n"
             "Pellam Construction on Friday won Ashby Health Trust's contract to rebuild the town's hospital, beating two "
             "rivals. Ashby Health Trust said work would start in the autumn.")
_TRAM = ("Council backs tram extension\nCity Wire, Harwell, 9 June 2037\n\n"
         "Harwell City Council late on Thursday approved Marden Rail's plan to extend the tram line to the airport. Marden "
         "Rail expects work to begin next spring. Residents' groups had opposed the route.")
_FLIGHT = ("Airline drops route\nAir Wire, Corrow, 12 April 2041\n\n"
           "Skyline Air late on Monday cancelled Corrow Airport's only direct flight to the capital, citing weak demand. "
           "Corrow Airport said it was talking to other carriers.")


@pytest.mark.parametrize("text, question, answer", [
    (_PORT, "Which body blocked the purchase?", "Maritime Competition Board"),
    (_HOSPITAL, "Which company won the contract?", "Pellam Construction"),
    (_TRAM, "Which body approved the tram extension?", "Harwell City Council"),
    (_FLIGHT, "Which airline cancelled the flight?", "Skyline Air"),
])
def test_the_doer_told_before_the_day_answers(text, question, answer):
    assert Corpus.from_texts({"a1.txt": text}).ask(question).answer == answer


@pytest.mark.parametrize("sentence, name, expected", [
    ("The Maritime Competition Board on Tuesday blocked the purchase.", "Maritime Competition Board", 1.0),
    ("The Maritime Competition Board late on 4 May blocked the purchase.", "Maritime Competition Board", 1.0),
    ("The Maritime Competition Board yesterday blocked the purchase.", "Maritime Competition Board", 1.0),
    ("The Maritime Competition Board on Tuesday said the purchase was blocked.", "Maritime Competition Board", 0.0),
])
def test_a_day_between_a_name_and_its_verb_keeps_the_name_its_doer(sentence, name, expected):
    start = sentence.index(name)
    assert does_asked(sentence, start, start + len(name), parse("Which body blocked the purchase?")) == expected
