"""Regression: "When will ...?" was answered with the day an article tells of as past, when that day was the
article's own ("closed today", "began on Monday" in Monday's paper, "was approved last Thursday" in the
papers of that Thursday): a day no earlier than the article's date read as one to come (fresh_news4's next
launch, fresh_news10's plant restart, fresh_news17's buses, fresh_news18's wind farm and judicial review).
News tells what has happened: the article's own day is to come only when its clause says so ("will be
announced today"), and a day its article tells as past never answers "when will ...", so a question the
articles leave open goes unanswered. Invented stories."""
import datetime

import pytest

from summarize import Corpus
from summarize.qa.answer import tense_fit
from summarize.qa.question import parse

from .conftest import dated

UNANSWERED = [
    ("2031-05-06", "The Harbour Museum closed today after a burst pipe flooded its basement, the director said.\n\n"
     "Staff moved 300 paintings to a dry store.\n", "When will the museum reopen?"),
    ("2034-09-04", "Work on the new runway began on Monday, the airport said.\n\nThe project will cost £210m.\n",
     "When will the new runway open?"),
    ("2035-01-16", "The inquiry into the tram crash opened this morning in Dunmore, with 40 witnesses listed.\n\n"
     "The tram operator has apologised.\n", "When will the inquiry publish its findings?"),
]


@pytest.mark.parametrize("day, text, question", UNANSWERED)
def test_a_day_told_as_past_does_not_answer_when_will(day, text, question):
    assert Corpus.from_texts({"a": dated(day, "News", text)}).ask(question).answer is None


ANSWERED = [
    ([("2031-05-06", "The results of the ballot will be announced today, the electoral office said.\n\nTurnout was 61%.\n")],
     "When will the results of the ballot be announced?", "May 6, 2031"),  # the article's day told as to come
    ([("2032-06-07", "The ferry service was suspended on Monday after a fire broke out in the engine room.\n\n"
       "No one was hurt.\n"),
      ("2032-06-09", "The operator said the ferry service will resume on 14 June once the engine has been inspected.\n\n"
       "Passengers will get refunds.\n")], "When will the ferry service resume?", "14 June"),
    ([("2036-02-12", "The desalination plant was switched on on Tuesday by the regional minister, the water board "
       "said.\n\nThe board said the plant should reach full output in 2038.\n")],
     "When is the desalination plant expected to reach full output?", "2038"),
]


@pytest.mark.parametrize("articles, question, answer", ANSWERED)
def test_a_day_to_come_still_answers(articles, question, answer):
    corpus = Corpus.from_texts({f"a{i}": dated(*a[:1], "News", a[1]) for i, a in enumerate(articles)})
    assert corpus.ask(question).answer == answer


@pytest.mark.parametrize("told, fit", [("future", 1.0), ("past", 0.0), ("", 0.5)])
def test_the_articles_own_day_fits_by_its_clause(told, fit):
    asked = parse("When will the bridge reopen?")
    assert tense_fit(asked, "2030-03-04/2030-03-04/", datetime.date(2030, 3, 4), told) == fit
    assert tense_fit(asked, "2030-03-09/2030-03-09/", datetime.date(2030, 3, 4), "past") == 1.0  # a later day is to come


@pytest.mark.parametrize("told, fit", [("future", 0.5), ("past", 0.0), ("", 0.0)])
def test_an_earlier_day_told_to_come_is_a_calendar_guess(told, fit):
    # "will be held on 4 October" in a paper of 6 October: the calendar reads the article's year by default
    asked = parse("When will next year's race be held?")
    assert tense_fit(asked, "2025-10-04/2025-10-04/", datetime.date(2025, 10, 6), told) == fit
