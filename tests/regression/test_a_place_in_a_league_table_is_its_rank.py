"""Regression (issue #11, found on tests/data/fresh_news17): "Where is the club currently placed in the league table?"
was read as asking somewhere and found no place, though the club was "bottom of the table, in 24th place". Sports news
tells a place in a league's table, its standings or rankings, as an ordinal; "where ... in the table" and "what
position" ask for it."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse

# Each story: the question, the ordinal that answers it, and its articles.
STORIES = {
    "hockey": ("Where are the Falcons placed in the league table?", "11th", {
        "a": "date 2031-03-10 Falcons slide\nThe Falcons lost 4-1 at home on Saturday. The defeat leaves them 11th in "
             "the league table, six points above the drop zone."}),
    "rugby": ("Where does the club sit in the standings?", "third", {
        "a": "date 2031-03-10 Rugby\nHarlow RFC beat Dunmore 28-10 on Sunday. The win lifts the club to third in the "
             "standings, two points behind the leaders."}),
    "chess": ("What position is the team in the league?", "fifth", {
        "a": "date 2031-03-10 Chess\nThe Kelby chess team drew all four of its matches this weekend. The team is now "
             "fifth in the league after nine rounds."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_place_in_the_table_is_answered_with_its_ordinal(name):
    question, rank, articles = STORIES[name]
    assert parse(question).dimension == "ordinal"
    assert Corpus.from_texts(articles).ask(question).answer == rank


def test_where_without_a_table_still_asks_somewhere():
    assert parse("Where is the club's training ground?").kind == "place"
    assert parse("Where did the league hold its meeting?").kind == "place"
    assert parse("Where will the league's final be played?").kind == "place"


# Each story: the question, the end of the table that answers it, and its articles (which give no ordinal).
ENDS = {
    "rovers": ("Where are Kelby placed in the table?", "bottom", {
        "a": "date 2031-03-10 Slump\nKelby Rovers lost again on Saturday. The defeat leaves Kelby bottom of the table "
             "with six games left."}),
    "harlow": ("Where does Harlow sit in the standings?", "top", {
        "a": "date 2031-03-10 Surge\nHarlow beat Ashby 3-0 on Sunday. The win took Harlow to the top of the standings, "
             "a point clear of Dunmore."}),
    "single": ("Where did the single go in the charts?", "top", {
        "a": "date 2031-03-10 Pop\nThe band's third single went straight to the top of the charts in its first week."}),
}


@pytest.mark.parametrize("name", sorted(ENDS))
def test_an_end_of_the_table_answers_a_rank(name):
    # the question names the table, so the end alone answers ("bottom", not "bottom of the table")
    question, end, articles = ENDS[name]
    assert Corpus.from_texts(articles).ask(question).answer == end
