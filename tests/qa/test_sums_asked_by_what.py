"""A sum asked by "what" without "how much": by the verb that tells a sum's size ("what do the debts total?"), by a
passive of paying ("what does a driver get paid?"), or by a sum noun followed by "per" or a trailing source."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse


@pytest.mark.parametrize("text,dimension", [
    ("What do the council's debts to builders now total?", "money"),  # a sum noun names the measure
    ("What will the repair bill come to?", ""),  # any figure: the noun names none
    ("What did the insurance claims add up to?", ""),
    ("What does a courier get paid for each parcel?", "money"),
    ("What will the volunteers be paid?", "money"),
])
def test_a_sum_asked_by_its_verb_is_a_number(text, dimension):
    q = parse(text)
    assert (q.kind, q.dimension) == ("number", dimension)


def test_a_sum_noun_before_per_or_a_trailing_source_is_what_is_asked():
    q = parse("What is the average bonus payment per nurse, according to the trust?")
    assert q.kind == "number" and q.expects == "money"


@pytest.mark.parametrize("text", [
    "What did the players total in their first season?",  # no modal or do-support: "total" is no verb asked here
    "What does the mayor want the money to pay for?",  # what the money buys, not a sum
    "What did the fans pay tribute to?",
])
def test_other_what_questions_ask_no_sum(text):
    q = parse(text)
    assert not (q.kind == "number" and q.dimension == "money")


def test_a_sum_asked_by_its_verb_is_answered_with_the_sum(tmp_path):
    (tmp_path / "a.txt").write_text(
        "The Kestle Hall theatre closed its doors on Monday.\n\n"
        "The receivers said the theatre's unpaid bills now total £12.6m, most of them owed to builders.\n\n"
        "Supporters gathered outside the ground in the evening.\n")
    c = Corpus.from_paths([tmp_path / "a.txt"])
    assert c.ask("What do the theatre's unpaid bills now total?").answer == "£12.6m"
