"""A name past the end of a value's clause names no subject of the value (issue 12, vdis40): "The panels will stand 5
miles from the village, near enough to be seen from the church tower at Kell Hill" tells where the panels are seen
from, so another outlet's 3 miles for the same panels is a disagreement; names inside the clause still keep two
people's figures apart ("jailed Ann Pellow for 12 years" / "jailed Tom Brisk for 8 years")."""
from summarize.model import Sentence
from summarize.stages.conflicts import find_conflicts, read_row

from ..conftest import make_groups

DATES = {"a": "2040-05-06", "b": "2040-05-06"}


def _subjects(text: str) -> list[str]:
    row = read_row(Sentence("d", 0, text, 0, len(text)), "2040-05-06")
    return [n.text for n in row.subjects(next(v for v in row.found if v.kind == "quantity"))]


def test_a_name_past_the_clause_is_no_subject():
    assert _subjects("The panels will stand 5 miles from the village, near enough to be seen from Kell Hill.") == []
    assert _subjects("The court jailed Ann Pellow for 12 years, the clerk said.") == ["Ann Pellow"]


def test_a_distance_told_with_a_place_it_is_seen_from_clashes():
    found = find_conflicts(make_groups(
        ("a", "The Varrow Sands solar park, a scheme of 40,000 panels, will be built 3 miles from the village, the "
              "council said."),
        ("b", "The panels will stand 5 miles from the village, near enough to be seen from the church tower at Kell "
              "Hill.")), DATES)
    assert [sorted(s.value for s in c.sides) for c in found] == [["3 miles", "5 miles"]]


def test_two_people_named_in_the_clause_stay_apart():
    assert find_conflicts(make_groups(
        ("a", "The court jailed Ann Pellow for 12 years for the robbery."),
        ("b", "The court jailed Tom Brisk for 8 years for the robbery.")), DATES) == []
