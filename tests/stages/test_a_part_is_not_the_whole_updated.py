"""A figure per item and the total of one measure, or a cap and the amount paid, are never one figure updated or
disputed (issues 11 and 12): "Each of the clubs has been given £6,000" on one day and "gave £30,000 in total" on the
next are two measures of one grant, while two totals that differ still clash."""
import pytest

from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

DATES = {"a": "2091-03-02", "b": "2091-03-09"}


def _found(a: str, b: str) -> list[list[str]]:
    return [sorted(s.value for s in c.sides) for c in find_conflicts(make_groups(("a", a), ("b", b)), DATES)]


@pytest.mark.parametrize("a, b", [
    ("Each of the flooded football clubs has been given £6,000 by the county board to help repair their pitches.",
     "The county board gave the flooded football clubs £30,000 in total to help repair their pitches."),
    ("Flooded farms can apply to the county board for grants of up to £12,000 to help repair their barns.",
     "The county board has paid about £70,000 in grants to nine flooded farms to help repair their barns."),
])
def test_a_part_or_a_cap_and_the_whole_do_not_clash(a, b):
    assert _found(a, b) == []


def test_two_totals_still_clash():
    assert _found("The county board gave the flooded football clubs £30,000 in total to help repair their pitches.",
                  "The county board gave the flooded football clubs £36,000 in total to help repair their pitches.") \
        == [["£30,000", "£36,000"]]
