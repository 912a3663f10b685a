"""How many questions, most of them asking for a name, a reason or a phrase, written for three
invented clusters (tests/data/span_news4: a scooter recall, a rent law, a lake shipwreck) are
answered exactly: a floor at what the answerer reaches, so that a change that answers "which
model" with the phrase that describes it, leaves "arguing that" in a reason, answers "What type
of evictions ...?" with no phrase about evictions or "How did ...?" without the means "by" gives fails."""
from pathlib import Path

import pytest

from ..conftest import exact_answers

DATA = Path(__file__).parents[1] / "data" / "span_news4"
# (questions, exact answers at least): README.md lists the before and after figures and the misses.
FLOORS = {"recall": (10, 6), "tenancy": (10, 7), "wreck": (10, 9)}


@pytest.mark.parametrize("cluster", sorted(FLOORS))
def test_name_reason_and_other_questions_are_answered(cluster):
    questions, exact = exact_answers(DATA / cluster)
    assert (questions, exact >= FLOORS[cluster][1]) == (FLOORS[cluster][0], True)
