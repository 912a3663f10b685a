"""Regression (issue #11, found on tests/data/fresh_news17): "On which day of the week did the road collapse?" asks
for a weekday, and a day news tells against its article's date ("last night" in an article of Tuesday 17 April) or
by the calendar ("on 12 March") was answered as a calendar day, or not at all. The weekday is the one the day
falls on, read from the dateline when the text names the day only against it."""
import datetime as dt

import pytest

from summarize import Corpus
from summarize.text.dates import dates

# Each story: the question, the weekday that answers it, and its articles (dated so the day falls on it).
STORIES = {
    "road": ("On which day of the week did the road collapse?", "Monday", {
        "a": "date 2046-04-17 Road caves in\nA road in Brannock collapsed last night, swallowing two parked cars. "
             "Engineers said the collapse was caused by a leaking sewer."}),
    "market": ("What day of the week did the market fire start?", "Saturday", {
        "a": "date 2031-03-16 Market blaze\nThe fire at Kelby covered market started yesterday, shortly after the last "
             "traders had left. Firefighters stayed at the scene overnight."}),
    "vote": ("On which day of the week did councillors vote on the budget?", "Wednesday", {
        "a": "date 2031-03-20 Budget passed\nCouncillors in Ashby voted on the budget on 12 March, approving a 4 per "
             "cent rise in council tax by 31 votes to 20."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_day_of_the_week_asked_is_a_weekday(name):
    question, weekday, articles = STORIES[name]
    assert Corpus.from_texts(articles).ask(question).answer == weekday


def test_a_day_of_a_dated_article_knows_its_weekday():
    assert [w.weekday for w in dates("The bridge closed last night.", dt.date(2046, 4, 17))] == ["Monday"]
    month = dates("The bridge closed in March.", dt.date(2046, 4, 17))
    assert [w.weekday for w in month] == [w.day for w in month]  # a month falls on no one weekday
