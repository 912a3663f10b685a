"""Regression: look-alike figures written for issue #12 (precision on news never seen) were reported
as disagreements (tests/data/conflict_news17 and pairs written beside it): the top of a set of
other things ("Aftershocks as strong as magnitude 5.4") against the main quake's magnitude, the
measure of a named thing ("A foreshock of magnitude 4.9", "500 tonnes of fuel") against a subject
given its own ("The quake measured", "The rocket weighs"), one kind of a thing its sentence tells
from another ("a 250 km transfer orbit ... its working orbit") against the other kind, and a
threshold restated after ", or" against the share won; also two stages told apart by ordinals when a unit ("160 seconds") spelt like one, and figures of
"this season" / "last season"."""
import pytest

from .conftest import reported

DAY = "2026-06-18"


@pytest.mark.parametrize("one, two", [
    ("Aftershocks as strong as magnitude 5.4 rattled the valley through the night.",
     "A magnitude 6.8 earthquake struck the valley early on Tuesday."),
    ("A foreshock of magnitude 4.9 hit an hour before the main quake.", "The quake measured magnitude 6.1."),
    ("The rocket carries 500 tonnes of fuel.", "The rocket weighs 550 tonnes at liftoff."),
    ("The agency says the probe is in a 250 km transfer orbit and will climb to its working orbit over two weeks.",
     "The probe's working orbit is 850 km high."),
    ("To pass, the measure needed the support of two-thirds of members, or 67 percent.",
     "The measure passed with the support of 71 percent of members."),
    ("The rocket's first stage burned for 160 seconds.", "The second stage burned for 380 seconds."),
    ("The striker has scored 12 goals this season.", "The striker scored 31 goals last season."),
])
def test_measures_of_other_things_do_not_clash(one, two):
    assert reported(one, two, day=DAY) == []


@pytest.mark.parametrize("one, two", [
    ("Aftershocks as strong as magnitude 5.4 rattled the valley through the night.",
     "Aftershocks as strong as magnitude 5.9 rattled the valley through the night."),
    ("The quake measured magnitude 6.1.", "The quake measured magnitude 6.4."),
    ("The rocket carries 500 tonnes of fuel.", "The rocket carries 530 tonnes of fuel."),
    ("The rocket weighs 550 tonnes at liftoff.", "The rocket weighs 580 tonnes at liftoff."),
    ("The agency says the probe is in a 250 km transfer orbit and will climb to its working orbit over two weeks.",
     "The agency says the probe is in a 300 km transfer orbit and will climb to its working orbit over two weeks."),
    ("The probe's working orbit is 800 km high.", "The probe's working orbit is 850 km high."),
    ("The rocket's first stage burned for 160 seconds.", "The rocket's first stage burned for 150 seconds."),
    ("The striker has scored 12 goals this season.", "The striker has scored 14 goals this season."),
])
def test_one_measure_told_twice_still_clashes(one, two):
    assert len(reported(one, two, day=DAY)) == 1
