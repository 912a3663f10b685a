"""Regression (issue 12, updates as timelines): a figure that changed between articles dated
differently was missed when the later outlet worded it another way. Invented stories, one
mechanism each: a span still running when told ("has gone 30 days without") and a longer one told
later is the span grown, an update however the later article words it."""
from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

DATES = {"a": "2026-03-02", "b": "2026-03-09"}


def _updates(a: str, b: str) -> list[list[str]]:
    return [[s.value for s in c.sides] for c in find_conflicts(make_groups(("a", a), ("b", b)), DATES)
            if c.kind == "updated"]


def test_a_span_still_running_then_a_longer_one_is_an_update():
    assert _updates("The village has now gone 30 days without a bus service.",
                    "The village has gone 37 days without a bus service.") == [["30 days", "37 days"]]
    assert _updates("The search for the missing trawler has gone on for six days.",
                    "Coastguards ended a nine-day search for the missing trawler.") == [["six days", "nine-day"]]
    assert _updates("The heatwave has now lasted nine days, forecasters said.",
                    "Forecasters said the heatwave lasted 14 days.") == [["nine days", "14 days"]]


def test_a_span_fixed_once_told_longer_later_is_still_disputed():
    (c,) = find_conflicts(make_groups(("a", "The trial of the former mayor lasted five months."),
                                      ("b", "The former mayor's trial lasted seven months.")), DATES)
    assert c.kind != "updated"
