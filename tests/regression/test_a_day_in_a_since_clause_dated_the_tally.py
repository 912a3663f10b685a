"""Regression (issue 12): a day inside a clause that "since" opens ("have been lodged since the timetable
was published on 28 April") is the start of a span running to the report, as "since 28 April" is: it dates
no figure, so a running tally told so and a later article's running tally weeks on are one tally's timeline,
not two facts of two periods; counts of two stretches told as done ("sold 400 tickets on Monday" / "1,900
tickets in its first week") stay apart. Invented stories, none from a dev set."""
import pytest

from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

WEEKS_APART = {"a": "2031-05-02", "b": "2031-06-13"}


@pytest.mark.parametrize("earlier, later, sides", [
    ("More than 300 complaints have been lodged with the regulator since the timetable was published on 28 April.",
     "The regulator says 1,120 complaints have now been lodged over the ferry timetable.",
     ["More than 300", "1,120"]),
    ("The hospice appeal has collected 850 pledges since it opened on Tuesday, its organisers said.",
     "The hospice appeal has now collected 2,400 pledges, most of them online.",
     ["850", "2,400"]),
])
def test_a_tally_since_a_days_act_and_a_later_running_tally_are_one_timeline(earlier, later, sides):
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), WEEKS_APART)
    assert c.kind == "updated" and [s.value for s in c.sides] == sides


@pytest.mark.parametrize("earlier, later", [
    # two stretches, each told as done: a day's sales and a week's
    ("The theatre's box office sold 400 tickets for the festival on Monday alone.",
     "The theatre's box office sold 1,900 tickets for the festival in its first week."),
])
def test_counts_of_two_stretches_told_as_done_are_no_timeline(earlier, later):
    assert not [c for c in find_conflicts(make_groups(("a", earlier), ("b", later)), WEEKS_APART)
                if c.kind == "updated"]
