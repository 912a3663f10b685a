"""Regression (issue #11, found on tests/data/fresh_news8): "Silverlark is now blaming a faulty software update installed
overnight by its IT supplier" gave no cause: the last word of the phrase blamed, "supplier", is a role, so the phrase was
read as the people blamed. The head of a noun phrase is the word before a preposition or a reduced relative clause that
only tells more of it ("update"), and a thing blamed is a cause whoever its modifier names."""
import pytest

from summarize.qa.answer import reason_mentions

# Each story: a sentence that blames a thing its modifier ties to a person or a body, and the thing blamed.
STORIES = [
    ("The council is blaming a burst main laid in 1960 by its former contractor.", "a burst main"),
    ("The club blamed a floodlight fault at the ground of its landlord, the county council.", "a floodlight fault"),
    ("Organisers blamed a ticketing glitch caused by the website's new host.", "a ticketing glitch"),
]


@pytest.mark.parametrize("sentence, blamed", STORIES)
def test_a_thing_blamed_is_a_cause(sentence, blamed):
    assert any(m.text.startswith(blamed) for m in reason_mentions(sentence))


@pytest.mark.parametrize("sentence", ["Residents blamed the minister of transport for the delays.",
                                      "The report blamed the chief executive of the airline."])
def test_a_person_blamed_is_still_no_cause(sentence):
    assert not any(m.text.startswith("the minister") or m.text.startswith("the chief") for m in reason_mentions(sentence))
