"""``Corpus.ask`` read a question's BM25 without its related words twice (once in ``scores``, again in
``Corpus.evidence``): ``BM25Retriever.scored`` reads the question's terms once and gives both, equal to what
``scores`` and ``said_scores`` give apart, and the evidence read from them is the evidence found without them."""
import numpy as np
import pytest

from summarize import Corpus
from summarize.qa import retrieve
from summarize.qa.question import parse

# Invented stories: each question has a word the articles write and a word related to one they write
# ("wed" / "married", "blaze" / "fire", "hurt" / "injured").
STORIES = [
    ({"a": "The couple married in the harbour chapel on Sunday, the parish said.",
      "b": "Guests at the harbour chapel said the pair wed before two hundred friends."},
     "When did the couple wed at the harbour chapel?"),
    ({"a": "Firefighters fought the fire at the mill for six hours, the brigade said.",
      "b": "The mill blaze started in a storeroom, the brigade said on Monday."},
     "How long did the blaze at the mill burn?"),
    ({"a": "Three riders were injured when the stand collapsed at the show, organisers said.",
      "b": "The stand at the show was closed after the collapse."},
     "How many riders were hurt at the show?"),
]


@pytest.mark.parametrize("texts, question", STORIES)
def test_both_scores_come_from_one_reading(texts, question):
    bm25 = Corpus.from_texts(texts).retriever("bm25")
    asked = parse(question)
    both = bm25.scored(asked)
    assert np.array_equal(both.total, bm25.scores(asked)) and np.array_equal(both.said, bm25.said_scores(asked))
    assert both.said.any()


@pytest.mark.parametrize("texts, question", STORIES)
def test_the_question_is_read_once_per_ask(texts, question, monkeypatch):
    corpus = Corpus.from_texts(texts).build_index()
    asked = corpus._answerer.resolved(parse(question))
    expected = corpus.evidence(asked, 10)
    calls = []
    real = retrieve.BM25Retriever.asked
    monkeypatch.setattr(retrieve.BM25Retriever, "asked", lambda self, q: calls.append(q) or real(self, q))
    read = corpus._read(asked)
    assert corpus.evidence(asked, 10, read) == expected
    assert len(calls) == 1  # the BM25 read once: its query terms are not found again for the evidence
