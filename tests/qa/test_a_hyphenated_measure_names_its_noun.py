"""A hyphenated measure tells of the noun after it ("the 9,000-litre storage tank" is the tank's size), as a distance
does ("the 65-metre pier"): it measures what "How much does the tank hold?" asks, and the oil that escaped does not
(value44, on invented news)."""
from summarize.qa.answer import mentions
from summarize.qa.question import parse


def test_a_hyphenated_measure_tells_of_the_noun_after_it():
    found = {m.text: m.measures for m in mentions("A valve failed on the 9,000-litre storage tank, and 2,000 litres of "
                                                  "oil escaped.", parse("How much does the tank hold?"))}
    assert "tank" in found["9,000-litre"] and "tank" not in found["2,000 litres"]
