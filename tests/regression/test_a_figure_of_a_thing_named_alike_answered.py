"""Regression (issue #11, found on tests/data/fresh_news19): figures written the way news writes them were misread.
A measure of a thing named alike in the same sentence answered ("a 3km inner zone and a 10km outer zone": the outer
zone's 10km for the inner zone asked); an amount of data lost its unit ("1,400 gigabytes" answered "1,400"); a
count of days past its modifier ("ten school days") was no length of time; a number listed after a label ("Years 10
and 11") answered a count. Every story below is invented."""
import pytest

from summarize import Corpus
from summarize.qa.answer import PARTLY_MEASURED

from .conftest import dated


def _ask(question: str, *texts: str) -> str | None:
    """The answer to ``question`` over one article per text, dated a week apart in order."""
    days = ("2033-05-02", "2033-05-09", "2033-05-16")
    return Corpus.from_texts({f"a{k}": dated(days[k], f"Story {k}", t) for k, t in enumerate(texts)}).ask(question).answer


@pytest.mark.parametrize("question, text, answer", [
    ("How far does the exclusion zone around the leaking well reach?",
     "Regulators drew a 5km monitoring zone and a 2km exclusion zone around the leaking well on Tuesday.", "2km"),
    ("How wide is the no-fly zone over the summit?",
     "Police imposed a 30-mile no-fly zone and a 12-mile security zone over the summit venue.", "30-mile"),
    ("How far does the flood warning area stretch along the river?",
     "The agency set a 15-mile flood warning area and a 40-mile flood alert area along the river.", "15-mile"),
])
def test_a_measure_of_a_thing_named_alike_does_not_answer(question, text, answer):
    assert _ask(question, text) == answer
    assert 0.5 < PARTLY_MEASURED < 1.0


@pytest.mark.parametrize("question, text, answer", [
    ("How much data did the intruders take?",
     "The intruders took some 800 gigabytes of data from the clinic's servers before they were locked out.",
     "800 gigabytes"),
    ("How much footage did the cameras record?",
     "The cameras recorded 3.2 terabytes of footage over the weekend, the inquiry heard.", "3.2 terabytes"),
    ("How long did the ferry strike last?",
     "The strike by ferry crews lasted twelve working days, the union said.", "twelve working days"),
])
def test_a_figure_keeps_the_unit_news_writes_it_in(question, text, answer):
    assert _ask(question, text) == answer


@pytest.mark.parametrize("question, text", [
    ("How many students will be taught in the library?",
     "Students in Years 12 and 13 will be taught in the library while the science block is rebuilt."),
    ("How many trains were cancelled on Monday?",
     "Trains on Lines 3, 5 and 8 were cancelled on Monday after the power cut."),
    ("How many patients were moved to the new wing?",
     "Patients from Wards 4 and 6 were moved to the new wing, the hospital said."),
])
def test_a_number_listed_after_a_label_counts_nothing(question, text):
    assert _ask(question, text) is None
