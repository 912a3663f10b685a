"""Regression (issue 12, updates told without a word of change): a count an outlet tells as it stood
on its own day ("By Sunday afternoon nine whales had been refloated", "as of this morning") is a
tally its source expects to move, so another article's figure of a later day carries it on: an
update, not a dispute. Either side may be the one so told. A figure fixed once and told with no
such day stays disputed, and a "by" day far from the article's is a deadline, no tally. Invented
stories, none from a dev set."""
from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

DATES = {"a": "2026-03-02", "b": "2026-03-09"}  # two Mondays


def _kinds(a: str, b: str) -> list[tuple[str, list[str]]]:
    return [(c.kind, [s.value for s in c.sides]) for c in find_conflicts(make_groups(("a", a), ("b", b)), DATES)]


def test_an_earlier_tally_told_as_of_its_day_is_updated_by_a_later_one():
    assert _kinds("By Monday evening 23 sheep had been rescued from the flooded fields, the fire service said.",
                  "Firefighters and farmers have rescued 61 sheep from the flooded fields, the fire service said.") \
        == [("updated", ["23", "61"])]
    assert _kinds("By Sunday night 4,200 people had signed the petition against the quarry.",
                  "The petition against the quarry has been signed by 9,800 people.") \
        == [("updated", ["4,200", "9,800"])]


def test_a_later_tally_told_as_of_its_day_updates_the_earlier_one():
    assert _kinds("About 60 walkers were stranded on the hill by the snow.",
                  "By Monday night 140 walkers were stranded on the hill by the snow.") \
        == [("updated", ["About 60", "140"])]
    assert _kinds("Rescuers pulled 12 people from the rubble.",
                  "By Monday evening rescuers pulled 31 people from the rubble.") == [("updated", ["12", "31"])]


def test_a_figure_fixed_once_or_a_deadline_is_no_tally():
    # no day the count stood on: two outlets' counts of one felling disagree
    assert [k for k, _ in _kinds("The storm felled 40 trees in the park, the council said.",
                                 "The storm felled 55 trees in the park, the council said.")] == ["quantity"]
    # "by 2031" is a target's deadline, no day the count stood on
    assert [k for k, _ in _kinds("The council promised to plant 500 trees in the park by 2031.",
                                 "The council promised to plant 800 trees in the park by 2031.")] == ["quantity"]
