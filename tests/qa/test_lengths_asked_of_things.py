""""How long is the <thing>?" asks a length when the thing has one (a physical thing that does not last: WordNet, by
``text.senses.has_length``), and the subject's noun ends where a preposition, a "where" clause or a participle's
phrase begins ("the stretch of canal dredged by the trust", "the field where the stones fell"). Before, the noun was
lost in such phrases, or had no length news measures it by, and a span of time of the story answered ("three weeks
into the ban"). Every story is invented."""
import pytest

from summarize import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse

STORY = ("Waterways Desk\n4 June 2063\n\n"
         "Three weeks into the drought, the Ellery Water company said it would lay new mains along its canal.\n"
         "The trust dredged a 9-mile stretch of the Orme canal in 12 days last spring.\n"
         "The company's network of cables, about 4,200km long, carries power to its pumps.\n"
         "Hail fell across a field near Stoke Adder for about 40 minutes on Tuesday; the field, some 3km long, was "
         "closed to walkers.\n")


@pytest.mark.parametrize("question, noun, stretches", [
    ("How long is the stretch of canal dredged by the trust?", "stretch", True),
    ("How long is the field where the hail fell?", "field", True),
    ("How long is the company's network of cables?", "network", True),
    ("How long is the diversion for lorries?", "divers", True),  # "for" ends the subject
    ("How long was the strike?", "strike", False),  # an event lasts
    ("How long was the tanker held in port?", "", False),  # a verb of its own asks a span of time
    ("How long were the divers inside the wreck?", "diver", False),  # a preposition ends the subject: not the wreck
])
def test_the_subject_of_how_long_and_whether_it_has_a_length(question: str, noun: str, stretches: bool) -> None:
    asked = parse(question)
    assert (asked.length, asked.stretches) == (noun, stretches)


@pytest.mark.parametrize("question, answers", [
    ("How long is the stretch of canal dredged by the trust?", {"9-mile", "9 miles"}),
    ("How long is the field where the hail fell?", {"some 3km", "3km"}),
])
def test_the_length_of_a_thing_is_answered_not_a_span_of_time(question: str, answers: set) -> None:
    assert Corpus.from_texts([STORY]).ask(question).answer in answers


def test_a_thing_with_a_length_takes_no_span_of_time() -> None:
    answer = Corpus.from_texts([STORY]).ask("How long is the company's network of cables?").answer
    assert answer is None or "week" not in answer


def test_a_distance_a_verb_of_measuring_tells_is_the_subject_s_length() -> None:
    # value44: "measured 2.4 metres" tells how long the seal is, as "2.4 metres long" does; its weight does not
    said = "The oldest seal on the rocks, a grey bull, measured 2.4 metres and weighed about 300kg."
    found = {m.text: m.fit for m in mentions(said, parse("How long was the oldest seal on the rocks?"))}
    assert found["2.4 metres"] == 1.0 > found["300kg"]
