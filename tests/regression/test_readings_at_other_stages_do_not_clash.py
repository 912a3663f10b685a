"""Regression: look-alikes of tests/data/conflict_news19 (issue #12, precision on news never seen)
were reported as disagreements: a reading at one stage of its event against one at another ("The
temperature at the start was 9C" / "rose to 19C by the time the last runners finished", read as
an update across days), and a quote of one subject that negates something else against another
sentence about that subject ("has led the authority since 2018" / "said the council had 'no
choice'", read as a claim and its denial). Readings at one stage, and a real denial, still clash."""
import pytest

from .conftest import dated, reported

from summarize import Corpus

DAY = "2026-04-26"


@pytest.mark.parametrize("one, two", [
    ("The temperature at the start was 9 degrees Celsius.",
     "The temperature rose to 19C by the time the last runners finished."),
    ("Turnout was 18 percent at midway through polling day.", "Turnout was 41 percent."),
    ("Wind speed at the outset of the race was 10 km/h.", "Wind speed at the finish of the race was 30 km/h."),
    ("Mayor Ilse Brandt, 54, has run the city since 2019.", "Mayor Ilse Brandt, 54, said the city had no choice."),
])
def test_readings_at_other_stages_and_other_negations_do_not_clash(one, two):
    assert reported(one, two, day=DAY) == []


@pytest.mark.parametrize("one, two", [
    ("The temperature at the start was 9 degrees Celsius.", "The temperature at the start was 14 degrees Celsius."),
    ("Wind speed at the finish of the race was 20 km/h.", "Wind speed at the finish of the race was 30 km/h."),
    # a market's close is the day's end, which a day's figure states too
    ("The main index ended the day down 2.1% at the close, traders said.", "The main index ended the day down 3.4%, traders said."),
])
def test_readings_at_one_stage_still_clash(one, two):
    assert [c.kind for c in reported(one, two, day=DAY)] == ["quantity"]


def test_a_denial_of_what_the_claim_states_still_clashes():
    docs = {"one": dated(DAY, "First", "Mayor Ilse Brandt, 54, has resigned, the council said."),
            "two": dated("2026-04-27", "Second", "Mayor Ilse Brandt, 54, has not resigned, her office said.")}
    assert [c.kind for c in Corpus.from_texts(docs).conflicts()] == ["polarity"]
