import numpy as np
import pytest

from summarize.errors import InputError
from summarize.summary.select import Budget, is_quotation, leans_back, quoted_share, select, word_count

from ..conftest import make_groups

GROUPS = make_groups(
    ("a", "The storm hit the coast of Florida on Monday, killing three people."),
    ("b", "The storm hit the coast of Florida on Monday and killed three people."),
    ("a", "Power was cut to 200,000 homes across the state."),
    ("b", "Too short."),
    ("c", "The governor declared an emergency in twelve counties on Tuesday."),
)


def test_redundant_and_short_sentences_are_skipped():
    picked = select(GROUPS, np.array([5, 4, 3, 9, 2.0]), Budget(sentences=3))
    texts = [p.text for p in picked]
    assert "Too short." not in texts
    assert sum("storm hit" in t for t in texts) == 1 and len(texts) == 3


def test_word_budget_is_never_exceeded():
    for n in (5, 12, 25, 40):
        picked = select(GROUPS, np.arange(5, dtype=float), Budget(words=n))
        assert sum(word_count(p.text) for p in picked) <= n


def test_reading_order_by_date_then_position():
    picked = select(GROUPS, np.array([1, 0, 5, 0, 4.0]), Budget(sentences=3),
                    dates={"a": "2025-01-02", "c": "2025-01-01"})
    assert [p.group.representative.doc_id for p in picked] == ["c", "a", "a"]


def test_ties_break_by_position():
    groups = make_groups(("b", "Alpha beta gamma delta epsilon zeta."), ("a", "Eta theta iota kappa lambda mu."))
    (p,) = select(groups, np.array([1.0, 1.0]), Budget(sentences=1))
    assert p.group.representative.doc_id == "a"


@pytest.mark.parametrize("kwargs", [{}, {"sentences": 0}, {"words": -3}, {"sentences": 2, "words": 10}])
def test_bad_budgets(kwargs):
    with pytest.raises(InputError):
        Budget(**kwargs)


def test_questions_are_not_summary_sentences():
    groups = make_groups(("a", "Did you see this man at the station on Monday?"),
                         ("b", "Police released two photographs of the suspect on Monday."))
    picked = select(groups, np.array([9.0, 1.0]), Budget(sentences=2))
    assert [p.text for p in picked] == ["Police released two photographs of the suspect on Monday."]


def test_paraphrase_of_a_picked_fact_is_skipped():
    from dataclasses import replace

    a, b, c = make_groups(("a", "Kim crossed into China early on Tuesday by armoured train."),
                          ("b", "The leader's train entered Chinese territory before dawn on Tuesday."),
                          ("c", "The parade on Wednesday will last seventy minutes in Beijing."))
    a, b = replace(a, paraphrases=(b.id,)), replace(b, paraphrases=(a.id,))
    picked = select([a, b, c], np.array([3.0, 2.0, 1.0]), Budget(sentences=2))
    assert [p.group.id for p in picked] == [a.id, c.id]


@pytest.mark.parametrize("text, share", [
    ("No one said anything quotable at the meeting today.", 0.0),
    ('He said "we are ready to go now".', 0.75),
    ("The man said ``it is over and done with'' today.", 0.6),
    ("“We will win,” he said.", 0.6),
    ('This quake lasted ten minutes," said the professor.', 0.625),   # cut from its opening mark
    ('A "significant amount" of explosives was found.', 2 / 7),
])
def test_quoted_share_counts_words_inside_quotation_marks(text, share):
    assert quoted_share(text) == pytest.approx(share)


@pytest.mark.parametrize("text, leans", [
    ("He added that the bill would pass.", True),
    ('"But that is not enough," she said.', True),
    ("This quake released more energy than any before.", True),
    ("Thermal images showed the fire spreading.", False),     # "The..." and "This..." differ
    ("Hetty Green left a fortune.", False),
    ("It's the third closure this year.", True),
])
def test_leans_back_reads_the_first_word(text, leans):
    assert leans_back(text) is leans


def test_wire_quotations_open_with_backticks():
    assert is_quotation("``We have done what the people asked,'' the leader said.")
    assert not is_quotation("The leader said ``we have done what the people asked.''")
