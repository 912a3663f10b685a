"""The year of a deed done to a thing that outlets give differently (issue 12): told by a participle that describes
the thing ("the mill, bought by a trust in 2061", "the fair, first run in 2049") as well as in the passive, an agent
joined by "and" kept in its phrase; two origin verbs of one thing told beside its name ("installed in 2049" /
"Commissioned in 2054"); years of origin within a decade. An act told in the active ("who bought the mill in 2064",
"the town last flooded in 1968") stays an era, and years of two deeds or of two things stay apart."""
import pytest

from summarize.model import Sentence
from summarize.stages.conflicts import Statement, _year_of_deed, find_conflicts
from summarize.text.values import values

from ..conftest import make_groups

DATES = {"a": "2090-05-06", "b": "2090-05-07"}


def _deed(text: str) -> str:
    year = next(v for v in values(text) if v.kind == "date")
    return _year_of_deed(Statement(year, Sentence("d", 0, text, 0, len(text)), 0, "2090-05-06"))


@pytest.mark.parametrize("text, deed", [
    ("The old mill was bought by the farming and forestry group Brell Holdings in 2061.", "buy"),
    ("Wenlow is a working estate of 800 hectares, bought by Brell Holdings in 2064 and let to tenants.", "buy"),
    ("Ms Vane, who bought the mill in 2064, was not at the meeting.", ""),
    ("Welcome to the Brisholt fair, first run in 2049 and now the largest in the county.", "run"),
    ("The haul rope was last replaced in 2041.", "replac"),
    ("The town last flooded in 1968.", ""),
    ("The firm posted record profits in 2019.", ""),
    ("The mill was closed and the firm collapsed in 2019.", ""),
])
def test_the_deed_a_year_is_told_of(text, deed):
    assert _deed(text) == deed


@pytest.mark.parametrize("a, b, sides", [
    ("The Wenlow estate was bought by Brell Holdings in 2061, the land registry shows.",
     "Wenlow is a working estate of 800 hectares, bought by Brell Holdings in 2064 and let to tenants.",
     ["2061", "2064"]),
    ("The gantry, installed in 2049 and built by Kessel Lift, was one of six on the quay.",
     "Commissioned in 2054, it was a Kessel Lift gantry like the others on the quay.",
     ["2049", "2054"]),
    ("Brisholt Court, built in 1962, is one of three blocks on the estate.",
     "Brisholt Court was built in 1967, and residents say the damp is as old as the block.",
     ["1962", "1967"]),
])
def test_two_outlets_years_of_one_deed_clash(a, b, sides):
    found = find_conflicts(make_groups(("a", a), ("b", b)), DATES)
    assert [sorted(s.value for s in c.sides) for c in found] == [sides]


@pytest.mark.parametrize("a, b", [
    ("The Wenlow estate was bought by Brell Holdings in 2061, the land registry shows.",
     "The Wenlow estate was sold by Brell Holdings in 2064 to a pension fund."),
    ("The town last flooded in 1968, the council said.",
     "The town last flooded in 1971, according to the river trust."),
    ("Brisholt Court, built in 1962, is one of three blocks on the estate.",
     "Ambler House was built in 1967, and residents say the damp is as old as the block."),
])
def test_years_of_two_events_stay_apart(a, b):
    assert find_conflicts(make_groups(("a", a), ("b", b)), DATES) == []
