"""How many of the person, organisation, place and name questions written for three invented clusters
(tests/data/span_news2: a merger, a royal visit, a science press release) are answered exactly: a floor
at what the answerer reaches, so that a change that breaks a firm's name at "&" ("Halden & Voss"), splits
"Royal Infirmary of ..." at "of", drops a house's number word ("Seven Fenwick Street"), loses a role worded
apart ("Who leads the council?" / "the head of the council") or answers "who reported" with the agency
that reports the sentence fails."""
from pathlib import Path

import pytest

from ..conftest import exact_answers

DATA = Path(__file__).parents[1] / "data" / "span_news2"
# Exact answers to at least this many of each cluster's questions (README.md lists the misses).
FLOORS = {"merger": (9, 5), "royal": (10, 7), "science": (9, 8)}


@pytest.mark.parametrize("cluster", sorted(FLOORS))
def test_names_roles_and_places_are_answered(cluster):
    questions, exact = exact_answers(DATA / cluster)
    assert (questions, exact >= FLOORS[cluster][1]) == (FLOORS[cluster][0], True)
