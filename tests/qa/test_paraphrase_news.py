"""Evidence for questions worded apart from the articles (tests/data/paraphrase_news and
paraphrase_news2, issue 11), and in derived forms of its words (paraphrase_news3)."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import best_hits, derived, passage_retriever

DATA = Path(__file__).resolve().parent.parent / "data"
CLUSTERS = (DATA / "paraphrase_news" / "harbour", DATA / "paraphrase_news2" / "bridge")
QUESTIONS = [(cluster, json.loads(line)) for cluster in CLUSTERS
             for line in (cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def indexes():
    out = {}
    for cluster in CLUSTERS:
        corpus = Corpus.from_paths([cluster / "docs"])
        texts = [g.text for g in corpus.groups]
        out[cluster] = texts, passage_retriever().fit(texts, layout=corpus.layout)
    return out


@pytest.mark.parametrize(("cluster", "row"), QUESTIONS, ids=[row["id"] for _, row in QUESTIONS])
def test_the_evidence_of_a_reworded_question_is_in_the_top_three(indexes, cluster, row):
    texts, retriever = indexes[cluster]
    top = [texts[h.index] for h in best_hits(retriever.scores(parse(row["question"])), 3)]
    assert any(answer in text for text in top for answer in row["answers"]), (row["question"], top)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("offic", "offici", True),     # officer / official
    ("baker", "bakeri", True),     # baker / bakery
    ("employ", "employe", True),   # employs / employees
    ("injuri", "injur", True),     # injuries / injured, either order
    ("baker", "baker", False),     # one stem already matches
    ("bake", "baker", False),      # too short to tell a derived form from another word
    ("water", "waterway", False),  # a compound goes on too far
    ("intend", "intens", False),   # a shared opening alone is not a derived form
    ("covid19", "covid", False),   # a number is no suffix
])
def test_derived_forms_are_a_short_stem_that_opens_a_longer_one(a, b, expected):
    assert derived(a, b) is expected


@pytest.mark.parametrize(("cluster", "question", "answer", "k"), [
    # "employees" is the article's "employs" in another form: its sentence comes first.
    (DATA / "paraphrase_news" / "harbour", "How many employees does the port have?", "300", 1),
    # "baker" meets "bakery" and "employ" nothing: the count is found, though not near the top.
    (DATA / "paraphrase_news3" / "bakery", "How many staff does the baker employ?", "2,300", 5),
])
def test_a_question_in_a_derived_form_of_the_articles_word_finds_its_evidence(cluster, question, answer, k):
    corpus = Corpus.from_paths([cluster / "docs"])
    texts = [g.text for g in corpus.groups]
    retriever = passage_retriever().fit(texts, layout=corpus.layout)
    top = [texts[h.index] for h in best_hits(retriever.scores(parse(question)), k)]
    assert any(answer in text for text in top), top
