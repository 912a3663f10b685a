"""tests/data/unanswerable_news5 holds what its README claims (its floors are in test_unanswerable_news4)."""
import json
from pathlib import Path

DATA = Path(__file__).parents[1] / "data" / "unanswerable_news5"


def test_the_set_holds_each_kind_it_claims():
    """Every cluster has 10 answerable and 8 unanswerable questions, each of a type the eval knows."""
    for cluster in ("brooch", "ferry", "pub", "warehouse"):
        rows = [json.loads(line) for line in (DATA / cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
        assert (sum(bool(r["answers"]) for r in rows), sum(not r["answers"] for r in rows)) == (10, 8), cluster
        assert {r["type"] for r in rows} <= {"number", "date", "duration", "person", "org", "place"}, cluster
