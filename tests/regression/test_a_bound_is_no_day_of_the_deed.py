"""Regression: "9 built before 1960" in one outlet's fact box was set against "built in 1958" in another's as a
disagreement over the year a dam was built. A year or day after "before" or "after" bounds the time of the deed, and a
day inside the bound agrees with it; one outside it still clashes. The stories are invented."""
import pytest

from summarize import Corpus


def conflicts(first: str, second: str) -> list[tuple[str, list[str]]]:
    corpus = Corpus.from_texts({"a": f"Wire\n3 May 2040\n\n{first}\n", "b": f"Ledger\n4 May 2040\n\n{second}\n"})
    return [(c.kind, [s.value for s in c.sides]) for c in corpus.conflicts()]


@pytest.mark.parametrize("first, second", [
    ("The dam, built in 1958 and owned by Harl Water, held about 9 million cubic metres of water.",
     "Harl Water's reservoirs, by the numbers: 31 dams; 12 built before 1960; the 40-metre Tarn embankment the tallest."),
    ("The lighthouse, first lit in 1912 and run by the Coast Board, will be sold.",
     "The Coast Board's lights, by the numbers: 44 towers; 20 first lit before 1920; the 38-metre Skerry light the tallest."),
    ("The footbridge, opened in 2031 and owned by Vell Council, was shut on Friday.",
     "Vell Council's bridges, by the numbers: 18 crossings; 6 opened after 2025; the 90-metre Quay span the longest."),
])
def test_a_day_inside_a_bound_is_no_disagreement(first, second):
    assert not [c for c in conflicts(first, second) if c[0] == "date"]


def test_a_day_outside_the_bound_still_clashes():
    found = conflicts("The pier, built in 1958, was shut on Monday.", "The pier was built after 1960, records show.")
    assert any(kind == "date" for kind, _ in found)


def test_a_negated_bound_is_an_earliest_day_that_a_day_before_it_contradicts():
    found = conflicts("The line, shut on 2 March, will reopen on 10 March, the operator said.",
                      "The operator said the line would not reopen before 20 March.")
    assert any(kind == "date" for kind, _ in found)
