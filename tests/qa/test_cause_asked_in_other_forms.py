"""A cause asked with the verb of causing after an adverb, a perfect, a modal or a verb that reports or guesses it
("what actually caused", "what could have caused", "what is thought to have caused") is asked as "what caused" is:
a reason, answered by the cause a sentence states (invented stories; issue 11)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse


@pytest.mark.parametrize("question", [
    "What could have caused the derailment?",
    "What is thought to have sparked the warehouse fire?",
    "What was found to have triggered the landslip?",
    "According to the inspectors, what actually caused the outage?",
    "What has led to the shortage of midwives?",
    "What might have damaged the sea wall?",
])
def test_a_cause_asked_after_an_auxiliary_or_an_adverb_is_a_reason(question):
    assert parse(question).kind == "reason"


@pytest.mark.parametrize("question, kind", [
    ("What has the council said about the plan?", "other"),  # a perfect of another verb: no cause asked
    ("What was the driver carrying?", "other"),
    ("Which company caused the delay?", "org"),  # a name asked, not a cause
])
def test_other_questions_keep_their_kind(question, kind):
    assert parse(question).kind == kind


_STORIES = [
    ({"a1.txt": "Valley Times, Oskerby, 9 June 2043\n\nTrains between Oskerby and Brant were cancelled on Friday, leaving "
                "thousands of commuters stranded.\nThe cancellations came after thieves stole a signal cable overnight near "
                "Brant station, the operator said.\nServices resumed on Saturday morning with delays of up to an hour."},
     "What could have caused the cancellations?", "signal cable", "came"),
    ({"a1.txt": "Evening Post, Hollin, 2 October 2044\n\nThe Hollin leisure centre pool has been closed for a month.\n"
                "Managers said the closure was caused by a faulty pump that flooded the plant room.\n"
                "Swimmers have been offered places at the pool in Dunmere, eight miles away."},
     "According to managers, what actually caused the closure of the pool?", "faulty pump", "flooded"),
    ({"a1.txt": "Daily Courier, Senn, 8 August 2046\n\nA power cut left 20,000 homes in Senn without electricity on Sunday.\n"
                "The grid operator said a fire at the Senn substation had caused the power cut.\n"
                "Power was restored by Monday evening."},
     "What was found to have caused the power cut?", "fire at the Senn substation", "operator"),
]


@pytest.mark.parametrize("texts, question, cause, beside", _STORIES)
def test_the_cause_a_sentence_states_answers_it(texts, question, cause, beside):
    """The cause, without the words around it (the verb that placed it, what it did, who said so)."""
    answer = Corpus.from_texts(texts).ask(question).answer
    assert answer is not None and cause in answer and beside not in answer
