"""A cause asked with the verb of causing after an adverb, a perfect, a modal or a verb that reports or guesses it
("what actually caused", "what could have caused", "what is thought to have caused", "what do they think was mainly
behind") is asked as "what caused" is: a reason. A cause is named as "the main driver" as it is "the cause", and before
its verb in the clause a verb with "that" reports ("engineers found that a worn clamp had caused ..."), without that
verb's subject (invented stories; issue 11)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import reason_mentions
from summarize.qa.question import parse


@pytest.mark.parametrize("question", [
    "What could have caused the derailment?",
    "What is thought to have sparked the warehouse fire?",
    "What was found to have triggered the landslip?",
    "According to the inspectors, what actually caused the outage?",
    "What has led to the shortage of midwives?",
    "What might have damaged the sea wall?",
    # what a source found or believes caused it (issue 11, fresh_news29)
    "What did the panel find caused the pump to stop?",
    "What did the inquiry conclude had led to the crash?",
    "What do police believe most probably caused the blaze?",
    "What did engineers establish caused the outage?",
])
def test_a_cause_asked_after_an_auxiliary_or_an_adverb_is_a_reason(question):
    assert parse(question).kind == "reason"


@pytest.mark.parametrize("question, kind", [
    ("What has the council said about the plan?", "other"),  # a perfect of another verb: no cause asked
    ("What was the driver carrying?", "other"),
    ("Which company caused the delay?", "org"),  # a name asked, not a cause
    ("What did the divers find in the wreck?", "other"),  # a thing found, no cause
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


_NAMED_CAUSES = [
    # a cause its sources think "mainly behind" it, told as "the main driver"
    ({"a1.txt": "Lake Gazette, Fenmoor, 4 April 2047\n\nThousands of fish have died in Fenmoor Lake this spring.\n"
                "A university study concluded that a fall in oxygen levels was the main driver, though it said warm "
                "weather may have played a part.\nAnglers have been asked to stay away until June."},
     "What do the researchers think was mainly behind the fish deaths?", "a fall in oxygen levels"),
    ({"a1.txt": "City Ledger, Orrin, 7 July 2048\n\nRents in Orrin rose by 9 per cent last year.\n"
                "Economists said a shortage of new homes was the biggest driver of the rise.\n"
                "The council plans to build 2,000 homes by 2052."},
     "What was behind the rise in rents?", "a shortage of new homes"),
    # a cause named before its verb, in the clause a verb with "that" reports
    ({"a1.txt": "Hill News, Dunby, 1 March 2049\n\nThe Dunby ski lift stopped for three hours on Saturday with 40 skiers "
                "on board.\nEngineers found that a worn cable clamp had caused the stoppage.\nThe lift reopened on Sunday."},
     "What caused the ski lift to stop?", "a worn cable clamp"),
    ({"a1.txt": "Port Weekly, Calder, 2 May 2050\n\nThe Calder ferry service was suspended for a week in April.\n"
                "An inquiry determined that a corroded ramp hinge had forced the suspension.\nPassengers were offered refunds."},
     "What led to the suspension of the ferry service?", "a corroded ramp hinge"),
]


@pytest.mark.parametrize("texts, question, cause", _NAMED_CAUSES)
def test_a_cause_named_as_the_main_driver_or_after_a_verb_with_that_answers(texts, question, cause):
    assert Corpus.from_texts(texts).ask(question).answer == cause


def test_a_relative_clause_with_that_stays_in_the_cause():
    """After a noun, "that" opens a relative clause that tells which thing caused it: part of the cause."""
    found = reason_mentions("The valve that failed had caused the flood, investigators said.")
    assert [m.text for m in found] == ["The valve that failed"]
