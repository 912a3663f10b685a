"""One outlet often reports a dispute itself: "X said A. Y estimates B." Each figure or day follows
a verb of saying of its own speaker, so the answer shows both sides, as it would for two outlets;
the same speaker's two figures are two facts, not a dispute."""
import pytest

from summarize.corpus import Corpus

STORIES = [
    ({"a": "The Brightwater reservoir was drained on Sunday after cracks appeared in its wall. The water board "
           "said the reservoir was last tested on March 3. A residents' spokeswoman said the last full test had "
           "been in October.",
      "b": "Engineers spent Monday at the Brightwater reservoir, which supplies 40,000 homes. Pumping will resume "
           "once the wall is repaired."},
     "When was the reservoir last tested?", ("March 3", "October")),
    ({"a": "Farrow Motors wants to build a battery plant outside Leckford. Chief executive Mara Quist said the "
           "plant would create 900 jobs. A study by the think tank Orwell Partners estimates that the plant would "
           "create about 250 jobs.",
      "b": "Leckford councillors will vote on the Farrow Motors battery plant in June, after a public hearing."},
     "How many jobs would the battery plant create?", ("900", "250")),
    ({"a": "Tenants of the Calloway Tower were moved out on Friday after part of a balcony fell. The housing "
           "department says the repairs will cost $4 million. An engineer hired by the tenants' association "
           "estimated the repairs would cost $9 million.",
      "b": "The Calloway Tower, built in 1968, holds 120 flats. Tenants have been offered rooms in two hotels."},
     "How much will the repairs cost?", ("$4 million", "$9 million")),
]


@pytest.mark.parametrize(("texts", "question", "sides"), STORIES, ids=["day", "count", "money"])
def test_two_speakers_of_one_outlet_are_two_sides(texts, question, sides):
    answer = Corpus.from_texts(texts).ask(question)
    shown = [s.value for c in answer.conflicts for s in c.sides]
    assert all(any(side in v for v in shown) for side in sides), shown


def test_one_speakers_two_figures_are_no_sides():
    texts = {"a": "Tenants of the Calloway Tower were moved out on Friday after part of a balcony fell. The housing "
                  "department says the repairs will cost $4 million. It said a new roof would cost $9 million.",
             "b": "The Calloway Tower, built in 1968, holds 120 flats. Tenants have been offered rooms in two hotels."}
    answer = Corpus.from_texts(texts).ask("How much will the repairs cost?")
    assert answer.conflicts == ()
