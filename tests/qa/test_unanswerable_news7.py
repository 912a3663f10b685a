"""The shape of tests/data/unanswerable_news7 (its README): four clusters of 8 answerable and 8 unanswerable
questions each, every answerable one's gold answer written in its articles, so the floors in
test_unanswerable_news4.py score what the set claims to hold."""
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parents[1] / "data" / "unanswerable_news7"
CLUSTERS = ("brewer", "ferry", "museum", "strike")


def _rows(cluster: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_each_cluster_holds_eight_of_each_kind(cluster):
    rows = _rows(cluster)
    assert (sum(bool(r["answers"]) for r in rows), sum(not r["answers"] for r in rows)) == (8, 8)
    assert {r["type"] for r in rows} <= {"number", "date", "duration", "person", "org", "place"}
    assert len({r["id"] for r in rows}) == len(rows)


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_some_gold_answer_of_each_answerable_question_is_in_the_articles(cluster):
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((DATA / cluster / "docs").iterdir()))
    missing = [r["id"] for r in _rows(cluster) if r["answers"] and not any(a in text for a in r["answers"])]
    assert not missing
