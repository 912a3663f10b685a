"""The sides an answer shows on invented wire clusters written for it (tests/data/sides_news):
both sides of every disagreement a reader expects, none where the articles agree."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.metrics import answer_scores

DATA = Path(__file__).parents[1] / "data" / "sides_news"
STANCES = {"affirms": "yes", "denies": "no"}
ROWS = [(cluster, row) for cluster in ("spill", "crush")
        for row in map(json.loads, (DATA / cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines())]


@pytest.fixture(scope="module")
def corpora():
    return {cluster: Corpus.from_paths([DATA / cluster / "docs"]) for cluster in ("spill", "crush")}


@pytest.mark.parametrize(("cluster", "row"), ROWS, ids=[row["id"] for _, row in ROWS])
def test_a_disagreement_shows_both_sides_and_an_agreement_none(corpora, cluster, row):
    answer = corpora[cluster].ask(row["question"])
    shown = [STANCES.get(s.value, s.value) for c in answer.conflicts if c.kind != "updated" for s in c.sides]
    if "conflict" not in row:
        assert shown == []
        return
    hit = [any(answer_scores(v, side["answers"])["f1"] >= 0.5 for v in shown) for side in row["conflict"]["sides"]]
    assert all(hit), shown
