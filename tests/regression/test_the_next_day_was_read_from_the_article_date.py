"""Regression (issue 12, a narrative day read as the article's): "He died in hospital the following day", in a
sentence that names no day, was resolved to the day after the article's date and reported as a disagreement
with another outlet's day of death. News writes "tomorrow" for the day after its own; "the next day", "the
following week", "the day before" follow a day told elsewhere, so without one in their text they name no day.
A counted "three weeks later" still counts from the article's date. Invented sentences, none from a dev set."""
import datetime as dt

import pytest

from summarize.stages.conflicts import find_conflicts
from summarize.text.dates import dates

from ..conftest import make_groups

ANCHOR = dt.date(2026, 3, 20)


@pytest.mark.parametrize("text", [
    "The second climber was found alive the following day.",
    "She was released without charge the next day, her lawyer said.",
    "The ferry had been inspected the day before.",
])
def test_a_narrative_day_with_no_day_before_it_names_no_day(text):
    (when,) = dates(text, ANCHOR)
    assert not when.resolved and when.low is None


def test_a_narrative_day_still_follows_a_day_its_text_names():
    found = dates("The ship ran aground on 3 March and the crew were lifted off the next day.", ANCHOR)
    assert [(w.low, w.high) for w in found] == [(dt.date(2026, 3, 3),) * 2, (dt.date(2026, 3, 4),) * 2]


def test_a_counted_span_later_still_counts_from_the_article_date():
    (when,) = dates("Three weeks later the line reopened.", ANCHOR)
    assert when.resolved


def test_a_narrative_day_is_no_rival_to_a_day_named_elsewhere():
    groups = make_groups(("a", "The injured walker died in hospital on Wednesday, police said."),
                         ("b", "The injured walker died in hospital the following day, police said."))
    assert [c for c in find_conflicts(groups, {"a": "2026-03-06", "b": "2026-03-20"}) if c.kind == "date"] == []
