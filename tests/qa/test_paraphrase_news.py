"""Evidence for questions worded apart from the articles (tests/data/paraphrase_news, issue 11)."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import best_hits, passage_retriever

CLUSTER = Path(__file__).resolve().parent.parent / "data" / "paraphrase_news" / "harbour"
QUESTIONS = [json.loads(line) for line in (CLUSTER / "questions.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def index():
    corpus = Corpus.from_paths([CLUSTER / "docs"])
    texts = [g.text for g in corpus.groups]
    return texts, passage_retriever().fit(texts, layout=corpus.layout)


@pytest.mark.parametrize("row", QUESTIONS, ids=[row["id"] for row in QUESTIONS])
def test_the_evidence_of_a_reworded_question_is_in_the_top_three(index, row):
    texts, retriever = index
    top = [texts[h.index] for h in best_hits(retriever.scores(parse(row["question"])), 3)]
    assert any(answer in text for text in top for answer in row["answers"]), (row["question"], top)
