"""Score ``Corpus.conflicts`` on the disagreement gold, dev and test halves apart.

    PYTHONPATH=. python eval/score_conflicts.py            # both halves, from the checkout root
    PYTHONPATH=. python eval/score_conflicts.py --split dev

Seeds (odd lines of conflicts.jsonl / non_conflicts.jsonl are dev), the three MultiLing 2011
clusters (field ``split``) and the hand-written pairs (``eval/pairs/pairs.jsonl``, one
two-document corpus per pair, the article date as the first line). Per gold kind (quantity,
date, name, polarity, update): recall of gold conflicts and precision of predictions; false
alarms on non-conflicts and on the pairs labelled same / compatible / different.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from summarize import Corpus
from summarize.evaluate.gold import read_cluster
from summarize.evaluate.metrics import conflict_matches
from summarize.model import Conflict

HERE = Path(__file__).resolve().parent
# The pairs' fine kinds folded into the five reported kinds.
PAIR_KINDS = {"quantity": "quantity", "money": "quantity", "duration": "quantity", "percent": "quantity",
              "unit-conversion": "quantity", "age": "quantity", "score": "quantity",
              "date": "date", "relative-date": "date", "time": "date", "name": "name", "place": "name"}
# The toolkit's kinds folded the same way.
PREDICTED_KINDS = {"updated": "update", "polarity": "polarity", "date": "date", "name": "name"}


def _kind(conflict: Conflict) -> str:
    return PREDICTED_KINDS.get(conflict.kind, "quantity")


def _gold_kind(conflict: Conflict) -> str:
    return {"updated": "update"}.get(conflict.kind, conflict.kind) if conflict.kind in (
        "update", "updated", "polarity", "date", "name") else "quantity"


def _cluster(path: Path):
    """``read_cluster``, with the MultiLing documents looked up in any ``shared/data`` above the
    checkout when the relative path of ``cluster.json`` does not reach them (a git worktree)."""
    meta = json.loads((path / "cluster.json").read_text())
    if (path / meta["docs"]).is_dir():
        return read_cluster(path)
    tail = Path(meta["docs"]).parts[-3:]
    docs = next(p / "shared" / "data" / Path(*tail) for p in path.parents if (p / "shared" / "data" / Path(*tail)).is_dir())
    copy = Path(tempfile.mkdtemp()) / path.name
    shutil.copytree(path, copy)
    (copy / "cluster.json").write_text(json.dumps({**meta, "docs": str(docs)}))
    return read_cluster(copy)


def _half(path: Path, gold: tuple[Conflict, ...], split: str) -> list[Conflict]:
    """The gold records of ``split``: field ``split``, else odd lines (1st, 3rd, ...) are dev."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [g for k, (g, r) in enumerate(zip(gold, rows)) if r.get("split", "dev" if k % 2 == 0 else "test") == split]


def clusters(split: str, tally: dict) -> None:
    """Seeds and MultiLing: recall per gold kind, false alarms on non-conflicts, predictions."""
    for path in [HERE / "seeds", *sorted((HERE / "multiling2011").glob("M*"))]:
        cluster = _cluster(path)
        predicted = Corpus.from_paths([cluster.docs]).conflicts()

        gold = _half(path / "conflicts.jsonl", cluster.conflicts, split)
        tempting = _half(path / "non_conflicts.jsonl", cluster.non_conflicts, split)
        for g in gold:
            tally["recall"][_gold_kind(g)][0] += any(conflict_matches(p, g) for p in predicted)
            tally["recall"][_gold_kind(g)][1] += 1
        tally["non_conflicts"][0] += sum(any(conflict_matches(p, g) for p in predicted) for g in tempting)
        tally["non_conflicts"][1] += len(tempting)
        # Predictions are not split: each matches a gold conflict (either half), a non-conflict, or nothing.
        tally["cluster_predictions"][path.name] = [
            sum(any(conflict_matches(p, g) for g in cluster.conflicts) for p in predicted),
            sum(any(conflict_matches(p, g) for g in cluster.non_conflicts) for p in predicted), len(predicted)]


def pair_corpus(row: dict) -> Corpus:
    return Corpus.from_texts({s: f"{row[s]['date']}\n{row[s]['text']}" for s in ("a", "b")})


def pairs(split: str, tally: dict) -> None:
    """The pairs: a conflict/update/polarity pair is found when a prediction of its kind has a
    side from each document; any prediction on a same/compatible/different pair is a false alarm."""
    for line in (HERE / "pairs" / "pairs.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row["split"] != split:
            continue
        predicted = [c for c in pair_corpus(row).conflicts() if {d for s in c.sides for d in s.sources} == {"a", "b"}]
        label = row["label"]
        gold = {"conflict": PAIR_KINDS.get(row["kind"]), "update": "update", "polarity": "polarity"}.get(label)
        kinds = {_kind(c) for c in predicted}
        if gold:
            tally["recall"][gold][0] += gold in kinds
            tally["recall"][gold][1] += 1
        else:
            tally["pair_false_alarms"][label][0] += bool(predicted)
            tally["pair_false_alarms"][label][1] += 1
        for k in kinds:
            tally["precision"][k][0] += k == gold
            tally["precision"][k][1] += 1


def score(split: str) -> dict:
    tally = {"recall": {k: [0, 0] for k in ("quantity", "date", "name", "polarity", "update")},
             "precision": {k: [0, 0] for k in ("quantity", "date", "name", "polarity", "update")},
             "non_conflicts": [0, 0], "pair_false_alarms": {k: [0, 0] for k in ("same", "compatible", "different")},
             "cluster_predictions": {n: [0, 0, 0] for n in ("seeds", "M000", "M001", "M002")}}
    clusters(split, tally)
    pairs(split, tally)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), action="append")
    args = parser.parse_args()
    for split in args.split or ("dev", "test"):
        t = score(split)
        print(f"== {split}")
        print("recall (clusters+pairs): " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in t["recall"].items()))
        print("precision (pairs):       " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in t["precision"].items()))
        print(f"false alarms on cluster non-conflicts: {t['non_conflicts'][0]}/{t['non_conflicts'][1]}")
        print("false alarms on pairs:   " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in t["pair_false_alarms"].items()))
        print("cluster predictions (gold conflict / non-conflict / all, both halves): " + ", ".join(
            f"{k} {a}/{b}/{n}" for k, (a, b, n) in t["cluster_predictions"].items()))


if __name__ == "__main__":
    main()
