"""Where a phrase answer starts and stops (invented stories): a dash sets an aside off as a comma does, a possessive
owner opens a noun phrase where a determiner would, and a verb before a value tells how it was come by; the thing
owned, the phrase before the aside and the value answer; a spaced hyphen is a dash where a cause clause ends too
(issue 11)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import answer_window, mentions
from summarize.qa.question import parse


def _story(sentence: str) -> dict[str, str]:
    return {"a1.txt": "Story\nCounty Post, Arnby, 4 May 2036\n\n" + sentence}


_ASIDES = [
    ("Engineers said the reservoir's sluice gates - the steel doors that hold back the river in a flood - had been left "
     "open overnight.", "What did engineers say had been left open overnight?", "sluice gates"),
    ("Auditors found that the council's payroll system - the software that pays its 4,000 staff - had not been updated "
     "since 2019.", "What did auditors find had not been updated since 2019?", "payroll system"),
    ("Divers found that the ferry's bow doors — the hinged ramp vehicles drive over — had been secured with only one "
     "bolt.", "What did divers find had been secured with only one bolt?", "bow doors"),
]


@pytest.mark.parametrize("sentence, question, answer", _ASIDES)
def test_an_aside_set_off_by_a_dash_and_the_owner_are_left_out(sentence, question, answer):
    assert answer_window(sentence, set(parse(question).terms)) == answer
    assert Corpus.from_texts(_story(sentence)).ask(question).answer == answer


@pytest.mark.parametrize("sentence, question, answer", [
    ("Residents said the landlord's new boiler had failed twice in a week.",
     "What did residents say had failed twice in a week?", "new boiler"),
    ("Tasters agreed that the bakery's rye loaf was the best in the county.",
     "What did tasters agree was the best in the county?", "rye loaf"),
])
def test_an_owner_before_lower_case_words_is_left_out(sentence, question, answer):
    assert answer_window(sentence, set(parse(question).terms)) == answer


def test_an_owner_that_opens_a_name_stays():
    window = answer_window("Inspectors traced the outbreak to Tandy's Street Kitchen.", {"inspector", "trace", "outbreak"})
    assert window == "Tandy's Street Kitchen"


@pytest.mark.parametrize("sentence, question, answer", [
    ("The museum's insurance bill has reached £4.2m a year, much of it for the loaned paintings.",
     "What is the museum's annual insurance bill?", "£4.2m"),
    ("The Harbour Mosaic, a floor panel measuring 3.2 metres by 4.1 metres, was lifted in one piece.",
     "What are the dimensions of the floor panel?", "3.2 metres"),
    ("The charity's appeal had climbed to 9,400 signatures by Friday evening.",
     "What had the charity's appeal climbed to by Friday?", "9,400 signatures"),
])
def test_a_value_after_its_verb_answers_without_the_verb(sentence, question, answer):
    window = answer_window(sentence, set(parse(question).terms))
    assert window is not None and window.startswith(answer)
    assert Corpus.from_texts(_story(sentence)).ask(question).answer == answer


def test_a_verb_before_words_of_no_value_stays():
    window = answer_window("The storm closed the coast road for a week.", {"storm"})
    assert window is not None and window.startswith("closed")


@pytest.mark.parametrize("sentence, question, cause", [
    ("The village lost its water supply on Tuesday because a pump at the works failed - the third failure this month - "
     "engineers said.", "Why did the village lose its water supply?", "a pump at the works failed"),
    ("The match was called off because the pitch had frozen - for the second week running - the club said.",
     "Why was the match called off?", "the pitch had frozen"),
    ("The library closed early because its heating had broken down - a problem staff had reported in March.",
     "Why did the library close early?", "its heating had broken down"),
])
def test_a_spaced_hyphen_ends_a_cause_as_a_dash_does(sentence, question, cause):
    assert [m.text for m in mentions(sentence, parse(question))] == [cause]
