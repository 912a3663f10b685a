"""Regression: "Northmere put the cost at £4.2bn and said construction would begin in 2053" dated the cost to 2053,
so a later outlet's "the estimated cost has risen to £4.9bn" was a figure of another year and no update; "floated on
the stock market in 2021 and employs about 6,300 people" dated the staff to 2021. A year, month or week told in
another clause than the figure's (a conjunction or subordinator between them) dates that clause's act, when it comes
after the figure or after a verb of its own clause; one in a subject that both clauses share ("A strike in 2031 lasted
six days and cost") or set off by commas in the figure's own clause ("was valued at €3 million, in 2019,") still
dates it. The stories are invented."""
import pytest

from summarize import Corpus


def conflicts(first: str, second: str) -> list[tuple[str, list[str]]]:
    corpus = Corpus.from_texts({"a": f"Wire\n3 May 2040\n\n{first}\n", "b": f"Ledger\n24 May 2040\n\n{second}\n"})
    return [(c.kind, [s.value for s in c.sides]) for c in corpus.conflicts()]


@pytest.mark.parametrize("first, second", [
    ("The port authority put the cost of the new quay at £310m and said dredging would start in 2043.",
     "The estimated cost of the new quay has now risen to £365m, the port authority said."),
    ("Ostby Council put the repair bill for the sea wall at £12m, and work is due to finish in 2042.",
     "The repair bill for the sea wall has risen to £15m, Ostby Council said."),
    ("The airline expects the strike to cost it €40m, although talks are not due to resume until 2041.",
     "The airline now expects the strike to cost it €55m."),
])
def test_a_year_of_a_later_clause_does_not_date_the_figure(first, second):
    assert [kind for kind, _ in conflicts(first, second)] == ["updated"]


def test_a_year_in_the_figures_own_clause_still_dates_it():
    found = conflicts("The brooch was last valued at €3 million, in 2031, the museum said.",
                      "The brooch is worth about €5 million, the museum's insurer said.")
    assert not any(kind in ("updated", "quantity") for kind, _ in found)


@pytest.mark.parametrize("first, second", [
    ("Founded as a family bakery, Harlow Foods listed its shares in 2029 and employs about 3,400 people.",
     "Harlow Foods employs 2,900 people, most of them at its two bakeries."),
    ("The charity opened its first shelter in 2031 and now runs 48 shelters across the region.",
     "The charity runs 61 shelters across the region, its chief executive said."),
    ("Vessa Mining bought the pit in 2027, and it produces 1.2 million tonnes of coal a year.",
     "The pit produces about 2 million tonnes of coal a year, according to the union."),
])
def test_a_year_of_an_earlier_clauses_act_does_not_date_the_figure(first, second):
    assert [kind for kind, _ in conflicts(first, second)] == ["quantity"]


def test_a_year_in_a_shared_subject_still_dates_the_figure():
    second = "The six-day dockers' strike cost the port £26m, the harbour board said."
    assert conflicts("A strike by dockers lasted six days and cost the port about £20m.", second)
    assert not conflicts("A strike by dockers in 2031 lasted six days and cost the port about £20m.", second)


@pytest.mark.parametrize("first, second", [
    ("The agency has issued 1,400 permits so far and will review the scheme in December.",
     "The agency has now issued 2,100 permits, officials said."),
    ("The fund has paid out £2m to farmers, but the final payments will not be made until October.",
     "The fund has now paid out £3.1m to farmers, its managers said."),
    ("Officials have counted 310 damaged homes, and repairs are expected to start in September.",
     "Officials have now counted 420 damaged homes, the council said."),
])
def test_a_month_of_a_later_clause_does_not_date_the_figure(first, second):
    assert [kind for kind, _ in conflicts(first, second)] == ["updated"]


def test_a_month_in_the_figures_own_clause_still_dates_it():
    assert not conflicts("The fund paid out £2m to farmers in October.",
                         "The fund has now paid out £3.1m to farmers, its managers said.")
