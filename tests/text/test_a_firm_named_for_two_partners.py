"""A firm named for two partners ("the architects Pell and Varney", "law firm Ormsby and Tate") is one organisation's
name, where "X and Y" elsewhere names two things or people (``text.names``; invented sentences)."""
import pytest

from summarize.text.names import names


@pytest.mark.parametrize("text, firm", [
    ("The plans were drawn up by the architects Pell and Varney, who won the contest.", "Pell and Varney"),
    ("Law firm Ormsby and Tate said it would appeal.", "Ormsby and Tate"),
    ("The audit was done by the consultancy Harrow and Quist last year.", "Harrow and Quist"),
])
def test_two_surnames_after_a_firm_noun_are_one_firm(text, firm):
    found = [(n.text, n.kind) for n in names(text)]
    assert (firm, "organisation") in found


@pytest.mark.parametrize("text, apart", [
    ("He thanked his engineers Tobin and Maud for the work.", ["Tobin", "Maud"]),
    ("The firm Kenya and Uganda said.", ["Kenya", "Uganda"]),  # places the gazetteer knows stay two
    ("Pell and Varney were both at the meeting.", ["Pell", "Varney"]),  # no firm noun before them
])
def test_other_pairs_joined_by_and_stay_two(text, apart):
    assert [n.text for n in names(text)] == apart
