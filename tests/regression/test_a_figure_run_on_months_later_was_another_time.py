"""Regression: the council "would ask the university to repay $1.1m", and three months on "the university will repay
$2.6 million": each figure holds as of its own article's date, the weeks around the two dates did not meet, and the
two were read as figures of two periods, so no update was reported. Two figures no period of their sentences dates
are one figure run on when the later is told as running ("has risen to", "now"); told plainly, months apart, they
still hold for two times. The stories are invented."""
import pytest

from summarize import Corpus


def conflicts(first: str, second: str) -> list[tuple[str, list[str]]]:
    corpus = Corpus.from_texts({"a": f"Wire\n3 May 2040\n\n{first}\n", "b": f"Ledger\n20 August 2040\n\n{second}\n"})
    return [(c.kind, [s.value for s in c.sides]) for c in corpus.conflicts()]


@pytest.mark.parametrize("first, second", [
    ("Repairs to the harbour wall will cost about £4m, the council said.",
     "The cost of repairs to the harbour wall has risen to £5.5m, the council said."),
    ("The appeal for the flood victims has raised £40,000, organisers said.",
     "The flood appeal has now raised £112,000, its organisers said."),
    ("The ferry operator said the repairs would cost £600,000.",
     "The cost of the ferry repairs has since grown to £950,000, the operator said."),
])
def test_a_running_figure_months_later_updates_the_earlier(first, second):
    assert [kind for kind, _ in conflicts(first, second)] == ["updated"]


def test_a_plain_figure_months_later_holds_for_its_own_time():
    assert conflicts("Repairs to the harbour wall will cost about £4m, the council said.",
                     "Repairs to the harbour wall will cost £5.5m, the council said.") == []
