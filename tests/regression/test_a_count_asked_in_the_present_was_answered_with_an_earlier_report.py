"""Regression: "How many serious incidents are being reviewed?" was answered with the first day's count ("seven") where
a later article told the count had risen ("has risen to 12"): a count asked in the present, pinned to no moment, asks it
as it stands, which a later article's restatement of the same count supersedes."""
import pytest

from summarize import Corpus
from summarize.qa.answer import counted_now
from summarize.qa.question import parse


@pytest.mark.parametrize("question, now", [
    ("How many complaints are being investigated?", True),
    ("How many players have been suspended?", True),
    ("How many players were suspended after the match?", False),  # a count of a past deed
    ("How many complaints were first investigated?", False),  # pinned to a moment: the moment decides
    ("How much does the council owe?", False),  # a sum, not a count
    ("How many shops does the chain have?", False),  # how many it has: its size, told as background
])
def test_a_count_asked_in_the_present_asks_it_as_it_stands(question, now):
    assert counted_now(parse(question)) is now


def _ask(texts, question):
    return Corpus.from_texts(texts).ask(question).answer


def test_a_count_under_investigation_is_answered_with_its_latest_report():
    assert _ask({
        "a": "2031-04-02\nThe hospital trust said four complaints about its maternity unit are being investigated by "
             "an outside panel.\n",
        "b": "2031-04-09\nThe trust said on Wednesday that nine complaints about its maternity unit are being "
             "investigated by the outside panel, after more families came forward.\n",
    }, "How many complaints about the maternity unit are being investigated?") == "nine"


def test_a_count_of_suspended_players_is_answered_with_its_latest_report():
    assert _ask({
        "a": "2031-10-12\nThe league has suspended three players over the brawl at the end of Saturday's derby.\n",
        "b": "2031-10-15\nAfter studying footage of the derby, league officials said on Tuesday that six players "
             "have been suspended over the brawl.\n",
    }, "How many players have been suspended over the brawl?") == "six"


def test_a_count_of_closed_schools_is_answered_with_its_latest_report():
    assert _ask({
        "a": "2031-01-20\nEleven schools in the district are closed because of burst pipes after the freeze, the "
             "council said.\n",
        "b": "2031-01-23\nWith the thaw came more damage: 27 schools across the district are closed by burst pipes, "
             "according to council figures.\n",
    }, "How many schools in the district are closed because of burst pipes?") == "27"
