"""Regression: an outlet that set one party's figure against another's in the next sentence ("The airport talks
about a 400-metre extension. Campaigners, who studied the drawings, say they show a 650-metre extension.") showed
only the first with the answer: the second, told in the speaker's own words, shares too few of the question's."""
import pytest

from summarize import Corpus

STORIES = [
    ({"wire": "The council plans a new flood wall along the Lune embankment. The council talks about a 900-metre "
              "wall. The Riverside Residents' Group, which has studied the plans lodged in March, says they show a "
              "1,400-metre wall, running past the old mill.",
      "daily": "Work on the 900-metre wall along the Lune embankment is due to start in June."},
     "How long is the flood wall that the council wants to build?", {"900-metre", "1,400-metre"}),
    ({"wire": "Halden Gas wants to lay a pipeline across the moor. The company talks about a 40-kilometre pipeline. "
              "The farmers' union, which has mapped the route, says it would be a 65-kilometre pipeline crossing "
              "three valleys.",
      "radio": "The 40-kilometre pipeline across the moor would carry gas to the coast, Halden Gas said."},
     "How long is the pipeline that Halden Gas wants to lay?", {"40-kilometre", "65-kilometre"}),
    ({"wire": "The port authority has published plans to deepen the harbour channel. The authority puts the dredging "
              "at a 12-metre channel. A fishermen's association, whose divers surveyed the seabed, says the plans "
              "need a 16-metre channel for the new ships.",
      "daily": "Dredging for the 12-metre channel would take two years, the authority said."},
     "How deep a channel does the port authority plan to dredge?", {"12-metre", "16-metre"}),
]


@pytest.mark.parametrize("texts, question, values", STORIES)
def test_another_speakers_figure_in_the_next_sentence_is_a_side(texts, question, values):
    answer = Corpus.from_texts(texts).ask(question, min_confidence=0.0)
    assert answer.answer in values
    assert any({side.value for side in c.sides} == values for c in answer.conflicts)


def test_the_same_speakers_further_figure_in_the_next_sentence_is_no_side():
    corpus = Corpus.from_texts({
        "wire": "The council plans a new flood wall along the Lune embankment. The council talks about a 900-metre "
                "wall. It says a further 200-metre wall would follow later.",
        "daily": "Work on the 900-metre wall along the Lune embankment is due to start in June.",
    })
    answer = corpus.ask("How long is the flood wall that the council wants to build?", min_confidence=0.0)
    assert answer.answer == "900-metre" and not answer.conflicts
