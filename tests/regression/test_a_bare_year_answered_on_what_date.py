"""Regression (issue #11, found on tests/data/fresh_news22 and fresh_news14/21): "On what date did the pod come
ashore?" was answered "2031", "On what date was the painting auctioned?" "1884", "On what date did the meteorite
fall?" "1974": years the articles give of the background (an earlier stranding, a painting's age, the region's last
fall). A question that asks for a date or a day asks for one day, which a bare year never names (none of the 49 "what
date"/"what day" questions of the dev gold takes one)."""
import pytest

from summarize import Corpus

# Each story: the question, the day that answers it, the background year it may not be answered with, its articles.
STORIES = {
    "flood": ("On what date did the river burst its banks?", "12 January", "1953", {
        "a": "date 2040-01-14 Town under water\nThe river Lenn flooded hundreds of homes in Ashbury on 12 January after a "
             "week of rain. It is the worst flooding since 1953, when the river burst its banks in three places.",
        "b": "date 2040-01-15 Clean-up\nVolunteers began clearing mud from Ashbury's streets, where the river burst its "
             "banks in 1953 too."}),
    "sale": ("On what date was the manuscript auctioned?", "9 May", "1712", {
        "a": "date 2040-05-11 Shanties fetch £41,000\nA private collector from Leeds paid £41,000 for the manuscript of sea "
             "shanties on 9 May. The manuscript was auctioned in 1712 too, the auction house said.",
        "b": "date 2040-05-12 Collector\nThe manuscript, auctioned once before in 1712, will go on show in Leeds."}),
    "quake": ("On what day did the earthquake strike the valley?", "Sunday", "1988", {
        "a": "date 2040-03-06 Homes damaged\nForty homes were damaged in the Carrow valley early on Sunday by a tremor "
             "of magnitude 5.1. The last earthquake to strike the valley, in 1988, was of magnitude 4.2.",
        "b": "date 2040-03-07 Valley\nAn earthquake last struck the valley in 1988, geologists said."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_date_asked_is_a_day_not_a_background_year(name):
    question, day, year, articles = STORIES[name]
    answer = Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer
    assert answer is not None and day in answer and year not in answer


def test_a_year_asked_is_still_answered_with_one():
    question, _, year, articles = STORIES["sale"]
    asked = "In what year was the manuscript first auctioned?"
    assert Corpus.from_texts(articles).ask(asked, min_confidence=0.0).answer == year
