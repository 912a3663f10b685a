"""Regression (issue 12, updates told by another figure's verb): a figure was read as running, and a later outlet's
other figure as its update, when the verb of change in its sentence moved the next figure ("waited nine hours for an
ambulance ... while the temperature outside fell to -11C": the temperature fell, not the wait). A verb that moves the
next figure to its level is that figure's; a figure's own verb of change still makes it run. Invented stories, none
from a dev set."""
import pytest

from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

DATES = {"a": "2026-03-02", "b": "2026-03-09"}


def _kinds(a: str, b: str) -> list[tuple[str, list[str]]]:
    return [(c.kind, [s.value for s in c.sides]) for c in find_conflicts(make_groups(("a", a), ("b", b)), DATES)]


@pytest.mark.parametrize("first, second, values", [
    ("The ferry sat 40 minutes outside the harbour before it could dock.",
     "The ferry sat 90 minutes outside the harbour before it could dock as the swell rose to four metres.",
     ["40 minutes", "90 minutes"]),
    ("The fire crew said they pumped water from the basement for six hours.",
     "The fire crew pumped water from the basement for 11 hours while the river climbed to 3.2 metres.",
     ["six hours", "11 hours"]),
    ("The lifeboat crew spent 14 hours at sea before reaching port.",
     "The lifeboat crew spent 20 hours at sea before reaching port, as the wind rose to 60 knots.",
     ["14 hours", "20 hours"]),
])
def test_a_verb_that_moves_the_next_figure_does_not_make_this_one_run(first, second, values):
    assert _kinds(first, second) == [("quantity", values)]


def test_a_figures_own_verb_of_change_still_makes_it_run():
    assert _kinds("The queue at the border crossing was 12 kilometres long.",
                  "The queue at the border crossing has grown to 19 kilometres, while the temperature fell to 3C.") \
        == [("updated", ["12 kilometres", "19 kilometres"])]
