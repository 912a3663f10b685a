"""Two outlets' incompatible values of one fact the conflicts stage kept apart (issue 12, vdis39): a day's
possessive before a count ("Monday's vote by 61 votes to 57") owns no set, and a tally after "defeated by" gives both
counts, no margin; a count an owner has ("The trust, which runs 23 parks") is the whole set of "the trust's 25
parks", never the part "Eight of the trust's 25 parks" takes from it."""
import pytest

from summarize.model import Sentence
from summarize.stages.conflicts import Statement, _had, _margin, _owners_whole, _part_of_whole, _subset, find_conflicts
from summarize.text.values import values

from ..conftest import make_groups


def _statement(text: str, figure: str) -> Statement:
    v = next(v for v in values(text) if v.kind == "quantity" and figure in v.text)
    return Statement(v, Sentence("d", 0, text, 0, len(text)), 0, "2031-05-06")


@pytest.mark.parametrize("text, figure, owned", [
    ("The mayor resigned a day after losing Monday's budget vote by 61 votes to 57.", "61", False),
    ("The mayor resigned a day after losing Christmas Day's vote by 61 votes to 57.", "61", False),
    ("Tolbrook's 18 councillors voted against the budget.", "18", True),
])
def test_a_days_possessive_owns_no_set(text, figure, owned):
    assert _subset(_statement(text, figure))[0] is owned


@pytest.mark.parametrize("text, figure, margin", [
    ("The council's budget was defeated last night by 60 votes to 58.", "60", False),
    ("The council's budget was defeated last night by two votes.", "two", True),
    ("Her majority is eight seats.", "eight", True),
])
def test_a_tally_is_no_margin(text, figure, margin):
    assert _margin(_statement(text, figure)) is margin


def test_two_tallies_of_one_vote_clash():
    found = find_conflicts(make_groups(
        ("a", "The budget of mayor Ines Vennard was defeated on Tuesday by 62 votes to 57 in a council vote."),
        ("b", "Vennard resigned, a day after losing Tuesday's budget vote by 61 votes to 58.")),
        {"a": "2040-05-06", "b": "2040-05-06"})
    assert [sorted(s.value for s in c.sides) for c in found] == [["61 to 58", "62 to 57"]]


@pytest.mark.parametrize("owned, other, whole", [
    (("Eight of the trust's 25 parks are closed.", "25"),
     ("The Tarn Valley Trust, which runs 23 parks in the county, said.", "23"), True),
    (("The crane was one of the port's 14 cranes.", "14"), ("The crane was one of 12 cranes at the port.", "12"), True),
    (("Eight of the trust's 25 parks are closed.", "25"),
     ("The Tarn Valley Trust said 23 parks in the county flooded.", "23"), False),
    (("Eight of the party's 25 seats were lost.", "25"), ("The party won 23 seats in the vote.", "23"), False),
])
def test_a_count_an_owner_has_is_its_whole_set(owned, other, whole):
    assert _owners_whole(_statement(*owned), _statement(*other)) is whole


@pytest.mark.parametrize("text, figure, part, had", [
    ("Eight of the trust's 25 parks are closed.", "Eight", True, False),
    ("The Tarn Valley Trust, which runs 23 parks in the county, said.", "23", False, True),
    ("Eight parks are closed.", "Eight", False, False),
])
def test_a_part_and_a_whole_an_owner_has(text, figure, part, had):
    st = _statement(text, figure)
    assert (_part_of_whole(st), _had(st)) == (part, had)


def test_a_part_is_no_value_of_the_whole_an_owner_has():
    found = find_conflicts(make_groups(
        ("a", "The Tarn Valley Trust, which runs 23 parks around the lake, closed them after the storm."),
        ("b", "Eight of the trust's 25 parks around the lake are closed after the storm.")),
        {"a": "2040-05-06", "b": "2040-05-06"})
    assert not any("Eight" in s.value for c in found for s in c.sides)
