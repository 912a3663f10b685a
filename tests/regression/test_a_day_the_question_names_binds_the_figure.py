"""Regression: a question that names a day ("on Thursday", "by Wednesday morning") asks for what holds
then, but the answerer picked by closeness of words and took another day's value from the same
sentence ("down 11% on Tuesday and a further 6% on Friday" answered "on Friday?" with 11%). A value
is now dated by its own day phrase in its clause (``answer.day_fit``, inside the ``tense_fit``
feature); a question for a total over the days ("across both days") wants the value dated by more
than one day. Sentences written for this test, in other words than the fresh clusters'."""
import datetime as dt

import pytest

from summarize import Corpus
from summarize.qa.answer import asked_days, day_fit
from summarize.qa.question import parse

# A Thursday: "on Tuesday" resolves to the 2nd, "this morning" to the 4th.
THURSDAY = dt.date(2031, 9, 4)


def _fit(question: str, sentence: str, value: str, anchor: dt.date | None = THURSDAY) -> float:
    at = sentence.index(value)
    return day_fit(parse(question), sentence, at, at + len(value), anchor)


def test_the_weekdays_a_question_names_are_read_without_an_anchor():
    assert asked_days("How many ferries sailed on Thursday?") == {3}
    assert asked_days("What did the mayor say about the flood?") == frozenset()


@pytest.mark.parametrize("value, fit", [("9,000", 0.0), ("2,500", 1.0)])
def test_a_value_is_dated_by_the_day_phrase_of_its_own_part_of_the_clause(value, fit):
    sentence = "The festival sold 9,000 tickets on Tuesday and only 2,500 on Thursday."
    assert _fit("How many tickets were sold on Thursday?", sentence, value) == fit


def test_a_day_behind_another_figure_is_not_the_values_own():
    sentence = "On Thursday the index slipped 3%, having gained 8% on Monday."
    assert _fit("How far did the index slip on Thursday?", sentence, "3%") == 1.0
    assert _fit("How far did the index slip on Thursday?", sentence, "8%") == 0.0


def test_a_name_is_dated_as_a_figure_is():
    sentence = "The choir was to sing in Aldmoor on Thursday and in Pellsby on Saturday."
    assert _fit("Where will the choir sing on Thursday?", sentence, "Aldmoor") == 1.0
    assert _fit("Where will the choir sing on Thursday?", sentence, "Pellsby") == 0.0


def test_a_clause_in_the_present_is_dated_by_its_article():
    sentence = "Some 300 homes are still without water, the utility said."
    assert _fit("How many homes had no water on Thursday?", sentence, "300") == 1.0
    assert _fit("How many homes had no water on Friday?", sentence, "300") == 0.0
    assert _fit("How many homes had no water on Thursday?", sentence, "300", anchor=None) == 0.5
    # a past clause with no day phrase tells of no particular day
    assert _fit("How many homes had no water on Thursday?", "Some 300 homes lost water.", "300") == 0.5


def test_a_question_that_names_no_day_is_left_as_it_was():
    sentence = "The festival sold 9,000 tickets on Tuesday and only 2,500 on Thursday."
    assert _fit("How many tickets did the festival sell?", sentence, "9,000") == 0.5


def test_a_total_over_the_days_wants_a_value_of_more_than_one_day():
    question = "How many tickets were sold across both days?"
    assert _fit(question, "The festival sold 11,500 tickets on Tuesday and Thursday.", "11,500") == 1.0
    assert _fit(question, "The festival sold 9,000 tickets on Tuesday.", "9,000") == 0.0


def test_the_corpus_answers_with_the_value_of_the_day_asked():
    wire = (" date 2031-09-05 Harbour ferries halted\n"
            "Storm Ilse forced the Merrow ferry company to cancel 18 crossings on Wednesday "
            "and a further 31 crossings on Friday, the operator said.\n")
    corpus = Corpus.from_texts({"wire": wire})
    assert corpus.ask("How many crossings were cancelled on Friday?").answer == "31"
    assert corpus.ask("How many crossings were cancelled on Wednesday?").answer == "18"
