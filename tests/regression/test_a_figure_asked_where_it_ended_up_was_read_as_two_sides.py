"""Regression: "How many ... ended up ...?" asks where a figure that changed over the days ended, as "in the end"
does (fresh_news18: "How many people ended up being treated for the cold?", "How many towns will end up with no
pharmacy at all?"; fresh_news10, 12, 13, 15 ask so too). It was read as a question about no moment, so a count
reported lower on one day and higher days later was answered as two outlets disagreeing. Invented stories: the
latest count answers, and the earlier one is no disagreement."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse

from .conftest import dated

STORIES = [
    ([("2030-03-02", "Storm hits crossings", "The operator cancelled 12 sailings because of the storm, the company said.\n\n"
       "Passengers were offered refunds or seats on later boats.\n"),
      ("2030-03-05", "Crossings resume", "The operator cancelled 31 sailings because of the storm, the company said in a "
       "statement.\n\nThe first boats left the harbour on Thursday morning.\n")],
     "How many sailings did the operator end up cancelling?", "31"),
    ([("2031-06-10", "Library flood", "About 40 volunteers helped with the clean-up at the library on Saturday.\n\n"
       "Books were laid out to dry in the school hall.\n"),
      ("2031-06-14", "Library reopens", "In all 65 volunteers helped with the clean-up at the library, the librarian "
       "said.\n\nThe children's section reopens next week.\n")],
     "How many volunteers ended up helping with the clean-up?", "65"),
    ([("2032-09-01", "Trees felled", "Contractors felled 18 trees along the canal towpath on Tuesday.\n\n"
       "Residents said they had not been warned.\n"),
      ("2032-09-08", "Felling row", "Contractors felled 26 trees along the canal towpath, the waterways trust said.\n\n"
       "A councillor has asked for an inquiry.\n")],
     "How many trees were felled along the towpath in the end?", "26"),
]


@pytest.mark.parametrize("articles, question, latest", STORIES)
def test_the_latest_count_answers_and_the_earlier_is_no_disagreement(articles, question, latest):
    corpus = Corpus.from_texts({f"a{i}": dated(*article) for i, article in enumerate(articles)})
    answer = corpus.ask(question)
    assert answer.answer == latest
    assert not any(c.kind == "quantity" for c in answer.conflicts)


@pytest.mark.parametrize("question, moment", [
    ("How many sailings did the operator end up cancelling?", "last"),
    ("How many towns will end up with no bank at all?", "last"),
    ("How many pupils ended up sitting the exam?", "last"),
    ("When did the strike end?", ""),  # the verb "end" alone asks when, not where a figure ended
    ("How many matches ended in a draw?", ""),
])
def test_end_up_asks_where_a_figure_ended(question, moment):
    assert parse(question).moment == moment
