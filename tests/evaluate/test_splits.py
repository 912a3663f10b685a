"""Splits in gold: kept when written, alternated by line when not; conflicts scored per split and per kind."""
import json

import pytest

from summarize.errors import InputError
from summarize.evaluate.gold import GoldConflict, default_split, read_gold
from summarize.evaluate.metrics import (
    ConflictCounts,
    conflict_counts_by_kind,
    counts_prf,
    gold_kind,
    pooled,
)
from summarize.evaluate.sections.disagreements import scoped_predictions
from summarize.model import Conflict, Side

from ..conftest import REPO
from .conftest import write_jsonl


def conflict(kind, *sides):
    return Conflict("t", kind, tuple(Side(value, "", tuple(docs)) for value, docs in sides))


FERRY = conflict("quantity", ("90 minutes", ["a"]), ("2 hours", ["b"]))
TOLL = conflict("update", ("80,000", ["c"]), ("120,000", ["d"]))
VOTE = conflict("date", ("1999", ["a"]), ("2001", ["c"]))


def test_lines_without_a_split_alternate_dev_then_test():
    assert [default_split(n) for n in (1, 2, 3, 4)] == ["dev", "test", "dev", "test"]
    (seeds,) = read_gold(REPO / "eval" / "seeds")
    assert [q.split for q in seeds.questions[:4]] == ["dev", "test", "dev", "test"]
    assert [g.split for g in seeds.conflicts] == ["dev", "test", "dev", "test"]


def test_written_splits_are_kept_and_checked(tiny_gold):
    rows = [json.loads(line) for line in (tiny_gold / "questions.jsonl").read_text().splitlines()]
    write_jsonl(tiny_gold / "questions.jsonl", [{**rows[0], "split": "test"}, {**rows[1], "split": "test"}])
    (cluster,) = read_gold(tiny_gold)
    assert [q.split for q in cluster.questions] == ["test", "test"]
    write_jsonl(tiny_gold / "questions.jsonl", [{**rows[0], "split": "train"}])
    with pytest.raises(InputError, match=r"questions.jsonl:1: 'split' must be one of dev, test"):
        read_gold(tiny_gold)


def test_cluster_json_may_name_the_refs_folder(tiny_gold):
    (tiny_gold / "refs").rename(tiny_gold / "summaries")
    (tiny_gold / "cluster.json").write_text(json.dumps({"name": "tiny", "docs": "articles", "refs": "summaries"}))
    (cluster,) = read_gold(tiny_gold)
    assert [r.name for r in cluster.references] == ["A"]


def test_the_toolkits_updated_is_the_golds_update():
    assert gold_kind("updated") == "update" and gold_kind("quantity") == "quantity"
    predicted = [conflict("updated", ("80,000", ["c"]), ("120,000", ["d"])),
                 conflict("quantity", ("1999", ["a"]), ("2001", ["c"]))]  # right values, wrong kind
    counts = conflict_counts_by_kind(predicted, [TOLL, VOTE], ["update", "date", "quantity"])
    assert counts["update"] == ConflictCounts(good=1, predicted=1, found=1, gold=1)
    assert counts["date"] == ConflictCounts(good=0, predicted=0, found=0, gold=1)
    assert counts["quantity"] == ConflictCounts(good=0, predicted=1, found=0, gold=0)
    assert counts_prf(counts["quantity"]).precision == 0.0


def test_counts_pool_over_clusters():
    total = pooled([ConflictCounts(1, 2, 1, 3), ConflictCounts(2, 2, 1, 1)])
    assert total == ConflictCounts(3, 4, 2, 4)
    assert (counts_prf(total).precision, counts_prf(total).recall) == (0.75, 0.5)
    assert pooled([]) == ConflictCounts(0, 0, 0, 0)


def test_a_prediction_matching_only_the_other_splits_gold_is_set_aside():
    gold = [GoldConflict(FERRY, "dev"), GoldConflict(VOTE, "test")]
    stray = conflict("quantity", ("5", ["a"]), ("6", ["b"]))
    predicted = [FERRY, VOTE, stray]
    assert scoped_predictions(predicted, gold, "dev") == [FERRY, stray]
    assert scoped_predictions(predicted, gold, "test") == [VOTE, stray]
    assert scoped_predictions(predicted, gold, "all") == predicted
