"""Regression (issue 12): "he had reported cracks to the agency in November" / "the agency received no reports
of cracking before the slip on 9 February" is a claim and its denial. The day that closes the denial's "before"
phrase ends the stretch it denies; a claimed act on a day inside that stretch is what it denies, no other day,
so the two days do not part the claim from its denial. A claimed day after that stretch is not denied."""
import pytest

from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

DATES = {"a": "2031-03-20", "b": "2031-03-22"}


@pytest.mark.parametrize("claim, denial", [
    ("Resident Ann Vell said she had reported a smell of gas in Mill Street to the utility on 3 March.",
     "The utility said it received no reports of a smell of gas in Mill Street before the explosion on 9 March."),
    ("A pilot, Dev Orrin, said he had reported faulty runway lights to the airport on 1 March.",
     "The airport said it received no reports of faulty runway lights until the closure on 15 March."),
    ("A driver, Lena Moss, said she had reported a deep pothole on Quarry Lane to the council on 2 March.",
     "The council said it received no reports of a deep pothole on Quarry Lane before the crash on 12 March."),
])
def test_a_report_on_a_day_inside_the_denied_stretch_is_denied(claim, denial):
    found = find_conflicts(make_groups(("a", claim), ("b", denial)), DATES)
    assert [c.kind for c in found] == ["polarity"]


def test_a_report_on_a_day_after_the_denied_stretch_is_no_denial():
    claim = "Resident Ann Vell said she had reported a smell of gas in Mill Street to the utility on 12 March."
    denial = "The utility said it received no reports of a smell of gas in Mill Street before the explosion on 9 March."
    assert not [c for c in find_conflicts(make_groups(("a", claim), ("b", denial)), DATES) if c.kind == "polarity"]
