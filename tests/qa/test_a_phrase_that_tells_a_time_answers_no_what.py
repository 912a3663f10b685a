"""Regression (issue #11, found on tests/data/fresh_news30, _news22, _news12 and _news5): a "what" or "why" question
the articles do not answer was answered with a phrase that only tells when something happened: "What was the weather
like on the morning of the crash?" - "early evening on Thursday", "What will happen to the branch building after it
closes?" - "24 September". A phrase question that asks no time, whose best candidate is a third or more a time,
gets no answer (``answer.timed_phrase``); one that asks a time, or a phrase that tells what with a time beside it,
still may. Every story below is invented."""
import pytest

from summarize import Corpus
from summarize.qa.answer import FEATURES, Candidate, timed_phrase
from summarize.qa.question import parse

STORY = (" date 2031-05-06 Ferry strikes pier\n"
         "Six people were injured when a crowded ferry struck the pier at Kessel Quay on Tuesday. "
         "The ferry struck the pier because its steering failed, the operator said. "
         "The harbour board will hold an inquiry into the crash.")


@pytest.mark.parametrize("text, question, timed", [
    ("early evening on Thursday", "What was the weather like on the morning of the crash?", True),
    ("24 September", "What will happen to the pier after it closes?", True),
    ("over the summer", "Why is the pier closing?", True),
    ("24 September", "Roughly when will the pier close?", False),  # a time asked
    ("its steering failed as it turned", "Why did the ferry strike the pier?", False),
    ("a crack found in the hull during a survey", "What did engineers find?", False),
    ("24 September", "How many people were hurt?", False),  # no phrase asked
])
def test_a_phrase_that_is_mostly_a_time_is_timed(text, question, timed):
    assert timed_phrase(text, parse(question)) is timed


@pytest.mark.parametrize("best, answered", [("early evening on Thursday", False), ("heavy fog over the harbour", True)])
def test_a_phrase_question_whose_best_candidate_is_a_time_gets_no_answer(monkeypatch, best, answered):
    corpus = Corpus.from_texts({"a": STORY})
    answerer = corpus._answerer
    found = [Candidate(best, best.lower(), (0.0,) * len(FEATURES), ("a",), 0.9, "")]
    monkeypatch.setattr(answerer, "candidates", lambda *args, **kwargs: found)
    pick = answerer.pick(parse("What was the weather like on the morning of the crash?"), [])
    assert (pick.best is not None) is answered


def test_a_phrase_question_the_articles_answer_is_still_answered():
    corpus = Corpus.from_texts({"a": STORY})
    assert corpus.ask("Why did the ferry strike the pier?").answer == "its steering failed"
    assert corpus.ask("What will the harbour board hold?").answer == "inquiry into the crash"
