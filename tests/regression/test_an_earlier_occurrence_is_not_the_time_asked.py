"""Regression (issue #11, found on tests/data/fresh_news17): "On what date did the club go into administration?" was
answered "2031", the year of an earlier administration the article tells with "previously" ("The club previously went
into administration in 2031"). News marks an earlier occurrence of the event with "previously" or "formerly"; its
time answers only a question that asks of that earlier time ("When did ... previously ...?"), and a clause that says
what is usually so or places a day "earlier" tells no earlier occurrence."""
import pytest

from summarize import Corpus

# Each story: the question, the time that answers it, the earlier time it may not be answered with, and its articles.
STORIES = {
    "airline": ("On what date did the airline file for bankruptcy?", "3 March", "2022", {
        "a": "date 2031-03-05 Airline collapses\nSkyhop filed for bankruptcy on 3 March, its second collapse in a "
             "decade. The airline previously filed for bankruptcy in 2022, when fuel prices soared."}),
    "bridge": ("When did the Kelby bridge close?", "Tuesday", "May 2027", {
        "a": "date 2031-03-05 Bridge shut\nThe Kelby bridge closed on Tuesday after engineers found cracks in two of its "
             "piers. The bridge had previously been shut in May 2027 for repainting."}),
    "mine": ("When did the mine flood?", "Monday", "1998", {
        "a": "date 2031-03-05 Mine flooded\nThe Harlow pit was formerly flooded in 1998, when a pump failed. It flooded "
             "again on Monday night after days of rain, the operator said."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_time_asked_is_not_an_earlier_one(name):
    question, when, earlier, articles = STORIES[name]
    answer = Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer
    assert answer is not None and when in answer and earlier not in answer


def test_a_question_of_the_earlier_time_is_answered_with_it():
    question, _, earlier, articles = STORIES["airline"]
    asked = question.replace("did the airline file", "did the airline previously file")
    assert Corpus.from_texts(articles).ask(asked, min_confidence=0.0).answer == earlier


def test_a_usual_time_still_answers():
    articles = {"a": "date 2031-03-05 Market\nThe Kelby farmers' market usually opens at 8am, its organisers said."}
    assert Corpus.from_texts(articles).ask("When does the farmers' market open?", min_confidence=0.0).answer == "8am"
