"""Regression: another outlet's count of the noun a question asks about, in a sentence that says as
much of the question as the answer's does but keeps its subject and verb more than a few words
from the figure ("says 27 passengers were on board when the back of the bus dropped into the
hole"), was no side, so the disagreement was never shown with the answer."""
import pytest

from summarize import Corpus

STORIES = [
    ({"wire": "A commuter train carrying 212 passengers derailed beside the river at Elmbury on Friday morning.",
      "radio": "The operator says 198 passengers were on board when the front carriages of the train derailed "
               "beside the river."},
     "How many passengers were on the train when it derailed beside the river?", {"212", "198"}),
    ({"daily": "A school bus carrying 44 pupils overturned on the Drummore road on Tuesday morning.",
      "web": "The council says 37 pupils were on board at the time, when the back of the school bus overturned on "
             "the Drummore road."},
     "How many pupils were on the school bus when it overturned?", {"44", "37"}),
    ({"wire": "A lifeboat carrying 16 crew capsized in heavy seas off Garrow Head on Friday.",
      "radio": "The charity says 12 crew were on board at the moment, when the lifeboat capsized in heavy seas off "
               "Garrow Head."},
     "How many crew were on the lifeboat when it capsized?", {"16", "12"}),
]


@pytest.mark.parametrize("texts, question, values", STORIES)
def test_a_count_of_the_asked_noun_told_as_fully_is_a_side(texts, question, values):
    answer = Corpus.from_texts(texts).ask(question, min_confidence=0.0)
    assert answer.answer in values
    assert any({side.value for side in c.sides} == values for c in answer.conflicts)


def test_a_count_of_the_asked_noun_in_a_sentence_of_another_fact_is_no_side():
    corpus = Corpus.from_texts({
        "wire": "Some 3,500 workers were evacuated from the Harlow chemical plant after a blast on Monday.",
        "daily": "The owner, which employs 650 workers, said it would pay for the clean-up.",
    })
    answer = corpus.ask("How many workers were evacuated from the plant after the blast?", min_confidence=0.0)
    assert answer.answer == "3,500" and not answer.conflicts
