"""Regression (issue #12, recall; found on fresh text the integrator wrote, a bribery trial): one
person's age given by two outlets ("Kevin Dorr, 58, had accepted ..." / "Dorr, 57, denied ...")
was never compared, as the two sentences share nothing else. An age between commas after a
person's name is that person's, whatever else each sentence says; never another person's (another
first name), nor the same person's a year on."""
import re

import pytest

from summarize import Corpus


def _ages(first: str, second: str):
    """The numbers each reported disagreement's sides give ("aged 58" -> "58")."""
    return [sorted(re.sub(r"\D", "", s.value) for s in c.sides)
            for c in Corpus.from_texts({"a": first, "b": second}).conflicts()]


@pytest.mark.parametrize("first, second", [
    ("Judge Ruth Hale said Colin Marsh, 58, had accepted bribes.", "Marsh, 57, denied wrongdoing throughout the trial."),
    ("Colin Marsh, aged 58, was jailed on Thursday.", "The court heard that Colin Marsh, 57, had kept no records."),
])
def test_two_ages_of_one_person_disagree(first, second):
    assert _ages(first, second) == [["57", "58"]]


@pytest.mark.parametrize("first, second", [
    # another person of the same surname
    ("Judge Ruth Hale said Colin Marsh, 58, had accepted bribes.", "Ann Marsh, 57, denied wrongdoing."),
    # another person
    ("Judge Ruth Hale said Colin Marsh, 58, had accepted bribes.", "His lawyer, Paul Fenn, 57, said he would appeal."),
    # the same age
    ("Colin Marsh, 58, was jailed on Thursday.", "Marsh, 58, denied wrongdoing."),
    # a year on, a birthday has passed
    ("March 1, 2024\nColin Marsh, 58, was charged with bribery.", "March 3, 2025\nMarsh, 59, lost his appeal on Monday."),
])
def test_ages_of_others_or_of_another_year_do_not(first, second):
    assert _ages(first, second) == []
