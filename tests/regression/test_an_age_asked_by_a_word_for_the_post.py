"""Regression (issue #11, found on tests/data/fresh_news10 and fresh_news8): "How old is the firm's boss?" and "How
old is the head of the airline?" were withheld while an article gave the age beside the name of the firm's chief
executive ("Its chief executive, Ann Lee, 58,"): a word for the post ("boss", "head") asked what the title names,
and only a question for a person read the name's role. Every story below is invented."""
import pytest

from summarize import Corpus

from .conftest import dated


def _ask(question: str, *texts: str) -> str | None:
    """The answer to ``question`` over one article per text, dated a week apart in order."""
    days = ("2033-05-02", "2033-05-09", "2033-05-16")
    return Corpus.from_texts({f"a{k}": dated(days[k], f"Story {k}", t) for k, t in enumerate(texts)}).ask(question).answer


@pytest.mark.parametrize("question, texts, answer", [
    ("How old is Brinmoor's boss?", (
        "Brinmoor Foods said profits fell by a third in the year to March, and it would close two bakeries.",
        "Brinmoor's chief executive, Harriet Oduya, 54, said the closures were painful but necessary, and that the "
        "firm's 1,200 other staff were safe.",
        "Shares in the company fell 8% on the news."), "54"),
    ("How old is the head of the water company?", (
        "The water company was fined £3m for leaks along the estuary last week.",
        "The company's chief executive, Dominic Varley, 61, told MPs that the fine would be paid from profits, not bills.",
        "Environmental groups said 40 miles of shoreline had been affected."), "61"),
    ("How old is the club's manager?", (
        "The club has been in administration since March and has cut 20 jobs.",
        "Its manager, Tomasz Wilk, 45, said the players had not been paid for two months.",
        "The club was founded in 1889 and plays in front of crowds of about 6,000."), "45"),
])
def test_an_age_beside_the_name_of_the_post_asked_answers(question, texts, answer):
    assert _ask(question, *texts) == answer


def test_an_age_beside_another_post_does_not_answer():
    texts = ("The hospital trust's chair, Gwen Amos, 66, said the new wing would open in June.",
             "Its chief executive, Paul Reyes, said 300 beds would be added.")
    assert _ask("How old is the trust's chief executive?", *texts) != "66"
