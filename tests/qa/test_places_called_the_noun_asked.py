"""A "which <noun>" question that asks for a place ("which river", "which village") reads whether each place is called
the noun asked, as one for a body does: by a first word that classes it ("the River Olde"), or by "the <noun> of"
before it ("the village of Quillby Cross"); once a place is called the very noun, a place nothing calls so only nearly
fits, as its type says no kind of place. Invented news."""
import pytest

from summarize.corpus import Corpus
from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import Answerer
from summarize.qa.question import parse

_BRIDGE = ("Bridge shut after cracks found\nValley Post, Ardley, 4 May 2061\n\n"
           "Engineers shut the Kelsey Bridge in Ardley on Monday after finding cracks in its deck. "
           "The bridge carries the B4410 over the River Olde.")
_FALL = ("Pensioner waited hours for help\nMoor Gazette, Tarnby, 9 January 2062\n\n"
         "Harold Vane, a retired baker from the village of Quillby Cross, waited six hours for an ambulance.")


def _features(text: str, question: str) -> dict[str, dict[str, float]]:
    """Each candidate's ``called``, ``type_exact`` and ``type_near`` features, the body read as one evidence
    sentence."""
    body = text.split("\n\n", 1)[1]
    s = Sentence("a1", 0, body, 0, len(body))
    return {c.text: {f: c.feature(f) for f in ("called", "type_exact", "type_near")}
            for c in Answerer([body]).pick(parse(question), [Scored(Group(0, s, (s,)), 5.0)]).candidates}


def test_a_river_named_by_its_first_word_is_called_the_river_asked_and_the_town_only_nearly_fits():
    found = _features(_BRIDGE, "Which river does the Kelsey Bridge cross?")
    assert found["River Olde"]["called"] == 1.0 and found["River Olde"]["type_exact"] == 1.0
    assert found["Ardley"]["called"] == 0.0 and found["Ardley"]["type_exact"] == 0.0 and found["Ardley"]["type_near"] == 1.0


def test_the_village_of_a_name_calls_it_a_village():
    found = _features(_FALL, "Which village did the pensioner live in?")
    assert found["Quillby Cross"]["called"] == 1.0 and found["Harold Vane"]["called"] == 0.0


def test_a_town_asked_keeps_the_fit_of_every_place():
    """A grain a place's type tells ("which town") is no noun a place must be called by: an uncalled place still fits."""
    found = _features(_BRIDGE, "Which town is the Kelsey Bridge in?")
    assert found["Ardley"]["type_exact"] == 1.0


@pytest.mark.parametrize("text, question, answer", [
    (_FALL, "Which village did the pensioner live in?", "Quillby Cross"),
])
def test_the_place_called_the_noun_asked_is_picked(text, question, answer):
    assert Corpus.from_texts({"a1.txt": text}).ask(question).answer == answer
