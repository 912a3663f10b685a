"""A "how many" question's counts told as a total or as the level a count has reached, on invented news: a bare count a
total reaches counts what the count it sums counts ("found 12 shells, bringing the total to 40": 40 shells), as does
one a count has come down to; a bare count of no total keeps its near fit. "Nobody" counts persons, never things."""
import pytest

from summarize.qa.answer import mentions
from summarize.qa.question import parse

_SHELLS = "Divers found 12 shells on Tuesday, bringing the total recovered from the wreck to 40."
_GUARDS = ("A sixth guard has been added to the injury list after reporting a wrist injury, "
           "bringing the total hurt to six.")
_BACKLOG = "Its list of unpaid claims, which peaked at 5,200 claims in March, is down to 2,300."


def _fits(sentence: str, question: str) -> dict[str, float]:
    """Each quantity mention's fit in ``sentence`` for ``question``."""
    return {m.text: m.fit for m in mentions(sentence, parse(question))}


@pytest.mark.parametrize("sentence, question, total", [
    (_SHELLS, "How many shells have divers recovered?", "40"),
    (_GUARDS, "How many guards were hurt?", "six"),  # the noun told before it ("A sixth guard")
    (_BACKLOG, "How many claims are unpaid?", "2,300"),
])
def test_a_bare_count_a_total_reaches_counts_what_the_count_it_sums_counts(sentence, question, total):
    assert _fits(sentence, question)[total] == 1.0


def test_a_bare_count_of_no_total_keeps_its_near_fit():
    assert _fits("Divers found 12 shells on Tuesday and searched for 40 minutes more.",
                 "How many shells have divers recovered?").get("40", 0.0) < 1.0


@pytest.mark.parametrize("question, counted", [
    ("How many kayaks were pulled out of the lake?", False),
    ("How many swimmers were pulled out of the lake?", True),
    ("How many were pulled out of the lake?", True),
])
def test_nobody_counts_persons_not_things(question, counted):
    found = _fits("Nobody wants to see kayaks pulled out of the lake again, the warden said.", question)
    assert ("Nobody" in found) == counted
