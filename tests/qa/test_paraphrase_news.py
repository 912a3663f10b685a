"""Evidence for questions worded apart from the articles (tests/data/paraphrase_news and
paraphrase_news2, issue 11)."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import best_hits, passage_retriever

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
