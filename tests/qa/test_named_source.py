"""A question that names whose statement it asks about is answered from that source's article: its outlet (the
header's "Outlet, Place, Date" line) or the day it was published, not from what the other articles say."""
import pytest

from summarize import Corpus
from summarize.ingest.header import outlet
from summarize.model import Document
from summarize.qa.sources import named_source, source_articles

# An invented cluster: three outlets, each dated, each with its own figure for one count.
_ARTICLES = {
    "a1": "Barn fire destroys hay store near Willowby\nThe Fenland Crier, Willowby, 3 May 2091\n\n"
          "A barn fire near Willowby destroyed a hay store on Friday night. Firefighters said about 300 bales were "
          "lost in the blaze. The farm's owner, Petra Olsk, said the loss would be hard to bear.\n",
    "a2": "Hay store fire: update from the brigade\nMarsh County Fire Brigade, Willowby, 6 May 2091\n\n"
          "The brigade has completed its investigation of the barn fire at Olsk Farm. We can confirm that 420 bales "
          "were lost in the blaze. The fire was started by a faulty lamp in the store.\n",
    "a3": "Willowby farmers rally round after barn blaze\nRadio Goldmere, Willowby, 20 May 2091\n\n"
          "Neighbours have given Petra Olsk enough hay to see her herd through the summer. She says 450 bales were "
          "lost in the blaze, more than anyone first thought.\n",
}


@pytest.fixture(scope="module")
def corpus():
    return Corpus.from_texts(_ARTICLES)


def test_an_outlet_named_before_the_question_is_answered_from_its_article(corpus):
    assert corpus.ask("According to Radio Goldmere, how many bales were lost in the blaze?").answer == "450"
    assert corpus.ask("According to The Fenland Crier, how many bales were lost in the blaze?").answer == "300"


def test_a_dated_statement_picks_the_article_of_that_day(corpus):
    assert corpus.ask("In its statement of 6 May, how many bales did the brigade say were lost?").answer == "420"
    assert corpus.ask("How many bales were lost in the blaze, according to the report on 20 May?").answer == "450"


def test_the_answer_keeps_the_question_as_written(corpus):
    asked = "According to Radio Goldmere, how many bales were lost in the blaze?"
    answer = corpus.ask(asked)
    assert answer.question == asked
    assert answer.evidence[0].group.representative.doc_id == "a3"


def test_a_source_no_article_publishes_restricts_nothing():
    # a speaker quoted in the articles is no outlet and names no day: the question is read as written
    assert named_source("According to the union, how many jobs will go?").source == "the union"
    corpus = Corpus.from_texts(_ARTICLES)
    assert corpus.ask("According to Petra Olsk, how many bales were lost?").answer is not None


def test_a_time_that_scopes_the_question_names_no_source():
    assert named_source("In May, how many bales were lost?") is None
    assert named_source("How many bales were lost in May?") is None


@pytest.mark.parametrize("header, expected", [
    ("Headline here\nThe Fenland Crier, Willowby, 3 May 2091\n\nText.", "The Fenland Crier"),
    ("Headline here\nRadio Goldmere, 20 May 2091\n\nText.", "Radio Goldmere"),
    ("Headline here\nBy Ann Lee\n20 May 2091\n\nText.", ""),
    ("Headline here\nBy Ann Lee, 20 May 2091\n\nText.", ""),
])
def test_the_outlet_is_read_from_the_line_a_date_closes(header, expected):
    assert outlet(header.split("\n", 1)[1]) == expected


def test_a_body_described_is_the_source_of_the_article_it_published():
    corpus = Corpus.from_texts({
        "a": "Pier shut after storm\nThe Strand Gazette, Holt Bay, 2 March 2091\n\nThe pier at Holt Bay was shut on "
             "Monday. Engineers think rust caused the damage to the pier's supports.\n",
        "b": "Pier closure: statement\nHolt Bay Town Council, Holt Bay, 4 March 2091\n\nThe council closed the pier "
             "on Monday. Our engineers found that wave impact caused the damage to the pier's supports.\n"})
    asked = "According to the council, what caused the damage to the pier's supports?"
    assert corpus.ask(asked).answer == "wave impact"


def test_a_month_written_before_the_source_s_noun_dates_it():
    docs = [Document("a", "x", date="2091-06-09", source="Holt Voice"), Document("b", "x", date="2091-07-02")]
    assert source_articles("the trust's June newsletter", docs) == {"a"}
    assert source_articles("its July report", docs) == {"b"}
    assert source_articles("the trust", docs) == frozenset()
