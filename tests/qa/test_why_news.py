"""How many of the cause and which-firm questions written for an invented wire cluster
(tests/data/why_news) are answered exactly: a floor at what the answerer reaches, so that a change
that loses a cause told with a verb of causing, or a firm asked for by its trade, fails."""
from pathlib import Path

from ..conftest import exact_answers

DATA = Path(__file__).parents[1] / "data" / "why_news" / "elevator"
# Exact answers to at least this many of the 12 questions (README.md lists the misses; with the
# answerer retrained after the clause-bound features and calibration, "blamed on" (e12) lost to the
# clause before it: 9).
EXACT = 9


def test_causes_and_firms_are_answered():
    questions, exact = exact_answers(DATA)
    assert questions == 12 and exact >= EXACT
