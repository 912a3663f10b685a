"""Regression (issue 12, updates retold): a figure that ran on between articles was reported as a dispute when a
later article retold the first figure as the early reckoning it was ("Early estimates suggested it cost around
£4 million", "Originally 40 beds were due to close"). The retelling stood on the first figure's side, dated after the update, so the sides no longer
followed each other in time. A figure its own sentence tells as an earlier reckoning takes no side against the
update; one told plain does. Invented stories, none from a dev set."""
import pytest

from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

DATES = {"a": "2026-03-02", "b": "2026-03-09", "c": "2026-03-20"}
UPDATE = "Engineers now estimate that the collapsed sea wall cost £6.5 million to build."
FIRST = "Engineers said the collapsed sea wall may have cost around £4 million to build."


def _reports(a: str, b: str, c: str) -> list[tuple[str, list[str]]]:
    groups = make_groups(("a", a), ("b", b), ("c", c))
    return [(x.kind, [s.value for s in x.sides]) for x in find_conflicts(groups, DATES)]


@pytest.mark.parametrize("first, update, retold, values", [
    (FIRST, UPDATE, "Early estimates suggested the collapsed sea wall cost around £4 million to build; a later audit "
     "doubled that.", ["around £4 million", "£6.5 million"]),
    ("Organisers said about 2,000 people joined the march through the city centre.",
     "Organisers now say 3,400 people joined the march through the city centre.",
     "The initial count of about 2,000 people who joined the march through the city centre was soon revised.",
     ["about 2,000", "3,400"]),
    ("The slick is thought to cover about 12 square kilometres of the bay.",
     "The slick now covers 19 square kilometres of the bay, the coastguard said.",
     "First reports had the slick covering about 12 square kilometres of the bay.",
     ["about 12 square kilometres", "19 square kilometres"]),
    ("The trust said 40 beds on the children's ward would close over the winter.",
     "The trust now says 25 beds on the children's ward will close over the winter.",
     "Originally 40 beds on the children's ward were due to close over the winter.", ["40", "25"]),
])
def test_a_first_figure_retold_as_the_early_reckoning_leaves_the_update(first, update, retold, values):
    assert _reports(first, update, retold) == [("updated", values)]


def test_a_first_figure_retold_plain_still_disputes_the_update():
    assert [k for k, _ in _reports(FIRST, UPDATE, "The collapsed sea wall cost around £4 million to build, the "
                                                  "council said.")] == ["quantity"]
