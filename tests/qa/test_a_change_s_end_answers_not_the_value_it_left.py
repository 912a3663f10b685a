"""Within one sentence the value a change ends at answers, not the one it left ("is £2.9m, up from £1.2m", "raised it
from £200 to £350"): the best candidate read as the value before the change yields to the sentence's other value of
its measure (``answer.change_end_first``), unless the question asks for the first value."""
import pytest

from summarize.qa.answer import FEATURES, Candidate, change_end_first
from summarize.qa.question import parse

UP_FROM = "The latest estimate of the repair bill for Wendlow pier is £2.9m, up from £1.2m in May."
FROM_TO = "On Tuesday the district council increased its hardship grant to every flooded household from £200 to £350."


def _candidate(text, key, sentence, probability):
    return Candidate(text, key, tuple([1.0] * len(FEATURES)), ("a2",), probability, sentence, ("a2",))


@pytest.mark.parametrize("sentence, left, ended, question", [
    (UP_FROM, ("£1.2m", "money:1.2e+06"), ("£2.9m", "money:2.9e+06"), "What is the repair bill for Wendlow pier?"),
    (FROM_TO, ("£200", "money:200"), ("£350", "money:350"), "How much is each flooded household paid by the council?"),
])
def test_the_value_a_change_ends_at_leads(sentence, left, ended, question):
    found = [_candidate(*left, sentence, 0.6), _candidate("40", "count:40", sentence, 0.3),
             _candidate(*ended, sentence, 0.2)]
    assert [c.text for c in change_end_first(found, parse(question))] == [ended[0], left[0], "40"]


def test_a_question_for_the_first_value_keeps_the_value_left():
    found = [_candidate("£200", "money:200", FROM_TO, 0.6), _candidate("£350", "money:350", FROM_TO, 0.2)]
    asked = parse("How much was the hardship grant for each flooded household initially?")
    assert [c.text for c in change_end_first(found, asked)] == ["£200", "£350"]


def test_a_value_no_change_left_keeps_its_place():
    sentence = "The repair bill for Wendlow pier is £2.9m, and the council has set aside £1.2m."
    found = [_candidate("£1.2m", "money:1.2e+06", sentence, 0.6), _candidate("£2.9m", "money:2.9e+06", sentence, 0.2)]
    assert [c.text for c in change_end_first(found, parse("How much has the council set aside?"))] == ["£1.2m", "£2.9m"]
