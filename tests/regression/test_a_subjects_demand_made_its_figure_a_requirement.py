"""Regression: "A petition demanding action has now smashed through more than 41,000 signatures" read the figure as a
demand ("demanding" before it in its clause), so it was never compared with another outlet's count of signatures. A
cue of a requirement governs a figure only when no auxiliary of another verb stands between them; one in a phrase that
describes the subject ("demanding action", "who demand smaller classes") leaves the figure a fact. The stories are
invented."""
import pytest

from summarize import Corpus


def conflicts(first: str, second: str) -> list[tuple[str, list[str]]]:
    corpus = Corpus.from_texts({"a": f"Wire\n3 May 2040\n\n{first}\n", "b": f"Ledger\n24 May 2040\n\n{second}\n"})
    return [(c.kind, [s.value for s in c.sides]) for c in corpus.conflicts()]


@pytest.mark.parametrize("first, second", [
    ("A campaign group demanding a public inquiry has collected 12,000 signatures, its organisers said.",
     "The campaign for a public inquiry has collected 19,000 signatures, its organisers said."),
    ("Residents seeking compensation for the flooding have lodged 240 claims with the council.",
     "Residents have lodged 310 claims with the council over the flooding."),
    ("Parents who demand smaller classes have sent 800 letters to the minister.",
     "Parents have sent 1,300 letters to the minister about class sizes."),
])
def test_a_demand_that_describes_the_subject_leaves_its_figure_a_fact(first, second):
    assert conflicts(first, second)


def test_a_demand_of_the_figure_itself_is_still_no_outcome():
    assert not conflicts("The union is demanding a rise of 9%.", "The union won a rise of 12%.")
