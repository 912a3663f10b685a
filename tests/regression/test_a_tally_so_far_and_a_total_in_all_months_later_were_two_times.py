"""Regression: a tally told "so far" in March and a total told "in all" in June, neither dated by a period of its
sentence, each held as of its article's weeks; the weeks did not meet, so the two were read as figures of two
periods and no update was reported. An earlier figure given as it stood so far is run on by a later article's
figure as a running one is, and "in all" / "in total" tells a total as it stands. Told plainly, months apart, two
figures still hold for two times. The stories are invented."""
import pytest

from summarize import Corpus
from summarize.model import Sentence
from summarize.stages.conflicts import runs
from summarize.text.values import values


def conflicts(first: str, second: str) -> list[tuple[str, list[str]]]:
    corpus = Corpus.from_texts({"a": f"Wire\n3 March 2051\n\n{first}\n", "b": f"Ledger\n20 June 2051\n\n{second}\n"})
    return [(c.kind, [s.value for s in c.sides]) for c in corpus.conflicts()]


@pytest.mark.parametrize("first, second", [
    ("The operator said 52 ferry crossings to the island had been called off so far.",
     "The operator said it called off 290 ferry crossings to the island."),
    ("The operator said 52 ferry crossings to the island were called off.",
     "In all, 290 ferry crossings to the island were called off, the operator said."),
])
def test_a_tally_so_far_or_a_total_in_all_months_later_is_an_update(first, second):
    assert [kind for kind, _ in conflicts(first, second)] == ["updated"]


def test_plain_figures_months_apart_hold_for_their_own_times():
    assert conflicts("The operator said 52 ferry crossings to the island were called off.",
                     "The operator said it called off 290 ferry crossings to the island.") == []


@pytest.mark.parametrize("text, expected", [
    ("In all, 290 ferry crossings were called off.", True),
    ("In total, 290 ferry crossings were called off.", True),
    ("The operator called off 290 ferry crossings.", False),
])
def test_a_total_in_all_runs(text, expected):
    v = next(v for v in values(text) if v.kind == "quantity")
    assert runs(Sentence("d", 0, text, 0, len(text)), v, "2051-06-20") is expected
