"""Evidence for questions worded apart from the articles (tests/data/paraphrase_news,
paraphrase_news2 to paraphrase_news5, issue 11)."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import best_hits, passage_retriever

DATA = Path(__file__).resolve().parent.parent / "data"
NEWS4 = tuple(DATA / "paraphrase_news4" / name for name in ("warehouse", "quarry", "recall", "ferry"))
NEWS5 = tuple(DATA / "paraphrase_news5" / name for name in ("takeover", "dismissal", "arena", "lender"))
CLUSTERS = (DATA / "paraphrase_news" / "harbour", DATA / "paraphrase_news2" / "bridge",
            DATA / "paraphrase_news3" / "bakery", DATA / "paraphrase_news3" / "gallery", *NEWS4, *NEWS5)
# paraphrase_news3's and paraphrase_news4's questions whose evidence the passage retriever finds in
# the top three (their READMEs): the others ask in words no article uses and stay misses until a
# retriever meets them.
FOUND = {"k01", "k03", "k06", "k10", "k11", "k12", "g01", "g06", "g09", "g11",
         "w01", "w02", "w03", "w04", "w07", "w08", "w09", "w11", "w12", "w13",
         "q01", "q02", "q04", "q07", "q08", "q09", "q12", "q13", "r02", "r06", "r08", "r11", "r13", "r15",
         "f01", "f03", "f05", "f07", "f10", "f15", "f16"}
QUESTIONS = [(cluster, row) for cluster in CLUSTERS
             for row in map(json.loads, (cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines())
             if row["id"] in FOUND or cluster.parent.name in ("paraphrase_news", "paraphrase_news2")]


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


@pytest.mark.parametrize(("clusters", "at_1", "at_3"), [(NEWS4, 16, 31), (NEWS5, 27, 43)],
                         ids=["paraphrase_news4", "paraphrase_news5"])
def test_recall_over_a_whole_set_holds_its_floor(indexes, clusters, at_1, at_3):
    """Recall@1 and @3 over all of a set's questions (61 in paraphrase_news4, 56 in
    paraphrase_news5, misses included), at what the retriever reaches."""
    first = top3 = 0
    for cluster in clusters:
        texts, retriever = indexes[cluster]
        for row in map(json.loads, (cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines()):
            top = [texts[h.index] for h in best_hits(retriever.scores(parse(row["question"])), 3)]
            found = [any(answer in text for answer in row["answers"]) for text in top]
            first += bool(found) and found[0]
            top3 += any(found)
    assert first >= at_1 and top3 >= at_3, (first, top3)
