"""The doer of a deed with its day between subject and verb (invented stories): news writes "The Tarvian Rail Regulator
on Tuesday rejected Kelmar Freight's plan", so the body before the day does the deed, and a "which <noun>" question
for that body is not answered by the other firm the sentence names as the owner of what was done to."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import does_asked
from summarize.qa.question import parse

_RAIL = {"a1.txt": ("Freight plan rejected\nRail Weekly, Orlby, 3 March 2039\n\n"
                    "The Tarvian Rail Regulator on Tuesday rejected Kelmar Freight's plan to run night trains through "
                    "Orlby, saying the line was too busy. Kelmar Freight said it would appeal.")}
_DAM = {"a1.txt": ("Dam scheme halted\nValley Post, Ardley, 4 November 2043\n\n"
                   "The Ardley Water Board yesterday halted Norvane Energy's scheme to raise the reservoir dam by four "
                   "metres. Norvane Energy had spent two years on the design.")}
_FAIR = {"a1.txt": ("Funfair licence refused\nCity Voice, Harle, 12 June 2042\n\n"
                    "The Harle Licensing Committee on Friday refused Gellert Amusements' request for a summer funfair "
                    "licence after complaints about noise. Gellert Amusements has run the fair since 1998.")}

CASES = [(_RAIL, "Which body rejected the plan to run night trains?", "Tarvian Rail Regulator", "Kelmar Freight"),
         (_DAM, "Which body halted the dam scheme?", "Ardley Water Board", "Norvane Energy"),
         (_FAIR, "Which body refused the funfair licence?", "Harle Licensing Committee", "Gellert Amusements")]


@pytest.mark.parametrize("texts, question, doer, owner", CASES)
def test_the_name_before_the_day_does_the_deed(texts, question, doer, owner):
    sentence = next(line for line in texts["a1.txt"].splitlines() if doer in line)
    at, other = sentence.index(doer), sentence.index(owner)
    assert does_asked(sentence, at, at + len(doer), parse(question)) == 1.0
    assert does_asked(sentence, other, other + len(owner), parse(question)) == 0.0


@pytest.mark.parametrize("texts, question, doer, owner", CASES)
def test_which_body_did_it_is_answered_by_the_doer(texts, question, doer, owner):
    assert Corpus.from_texts(texts).ask(question, min_confidence=0.0).answer == doer
