"""Evidence for questions worded apart from the articles (tests/data/paraphrase_news,
paraphrase_news2 and paraphrase_news3, issue 11)."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import best_hits, passage_retriever

DATA = Path(__file__).resolve().parent.parent / "data"
CLUSTERS = (DATA / "paraphrase_news" / "harbour", DATA / "paraphrase_news2" / "bridge",
            DATA / "paraphrase_news3" / "bakery", DATA / "paraphrase_news3" / "gallery")
# paraphrase_news3's questions whose evidence the passage retriever finds in the top three (its
# README): the others ask in words no article uses and stay misses until a retriever meets them.
FOUND = {"k01", "k03", "k06", "k10", "k11", "k12", "g01", "g06", "g09", "g11"}
QUESTIONS = [(cluster, row) for cluster in CLUSTERS
             for row in map(json.loads, (cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines())
             if row["id"] in FOUND or cluster.parent.name != "paraphrase_news3"]


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
