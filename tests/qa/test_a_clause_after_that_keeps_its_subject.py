"""A clause reported after "that" is the answer with its subject's article ("told the board that the fund was empty":
"the fund was empty", not "fund was empty"), as readers write it; an owner opening a span goes with its article
("the crane's rail clamps" -> "rail clamps"), and a name's possessive stays ("Halden's Bakery")."""
from summarize.qa.answer import _unowned, answer_window
from summarize.text.tokens import terms


def test_the_article_of_a_clause_after_that_is_kept():
    asked = set(terms("What did auditors tell the board in March?"))
    assert answer_window("Auditors told the board in March that the fund was empty.", asked) == "the fund was empty"


def test_an_owner_goes_with_its_article_but_a_name_stays():
    assert _unowned("the crane's rail clamps") == "rail clamps"
    assert _unowned("Halden's Bakery") == "Halden's Bakery"
