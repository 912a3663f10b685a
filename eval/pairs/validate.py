"""Check eval/pairs/pairs.jsonl: every line parses, ids are unique, labels and splits valid and balanced.

Run from anywhere: `python eval/pairs/validate.py [path]`; prints counts per label/kind/split and
exits non-zero listing every problem found.
"""
import collections
import datetime
import json
import pathlib
import sys

LABELS = ("conflict", "update", "polarity", "same", "compatible", "different")
SPLITS = ("dev", "test")
# Minimum pairs per label asked for when the set was commissioned; compatible + different >= 70.
MINIMUM = {"conflict": 35, "update": 10, "polarity": 20, "same": 25}
MINIMUM_NON_CONFLICT = 70
FIELDS = {"id", "a", "b", "label", "kind", "values", "note", "split"}


def side_problems(side):
    """Problems with one side `{"text", "date", "outlet"}` of a pair."""
    if not isinstance(side, dict) or set(side) != {"text", "date", "outlet"}:
        return ["side must have exactly text, date, outlet"]
    problems = [f"empty {k}" for k in ("text", "outlet") if not str(side[k]).strip()]
    try:
        datetime.date.fromisoformat(side["date"])
    except (TypeError, ValueError):
        problems.append(f"bad date {side['date']!r}")
    return problems


def row_problems(row):
    """Problems with one parsed line."""
    if set(row) != FIELDS:
        return [f"fields {sorted(set(row) ^ FIELDS)} missing or unexpected"]
    problems = side_problems(row["a"]) + side_problems(row["b"])
    if row["label"] not in LABELS:
        problems.append(f"label {row['label']!r}")
    if row["split"] not in SPLITS:
        problems.append(f"split {row['split']!r}")
    if not row["kind"] or not row["note"]:
        problems.append("empty kind or note")
    if row["values"] and set(row["values"]) != {"a", "b"}:
        problems.append("values must be {} or have exactly a and b")
    if row["label"] == "update" and not problems and row["b"]["date"] <= row["a"]["date"]:
        problems.append("update: b must be dated after a")
    return problems


def balance_problems(rows):
    """Problems with counts: minimums per label, dev/test balance, every kind in both splits."""
    labels = collections.Counter(r["label"] for r in rows)
    problems = [f"{lab}: {labels[lab]} < {n}" for lab, n in MINIMUM.items() if labels[lab] < n]
    if labels["compatible"] + labels["different"] < MINIMUM_NON_CONFLICT:
        problems.append("compatible + different < 70")
    for lab in LABELS:
        dev = sum(r["label"] == lab and r["split"] == "dev" for r in rows)
        if abs(2 * dev - labels[lab]) > 1:
            problems.append(f"{lab}: {dev} dev of {labels[lab]}")
    kinds = collections.defaultdict(set)
    for r in rows:
        kinds[(r["label"], r["kind"])].add(r["split"])
    problems += [f"{lab}/{kind} only in {splits}" for (lab, kind), splits in kinds.items() if len(splits) < 2]
    return problems


def main(path):
    rows, problems = [], []
    for n, line in enumerate(pathlib.Path(path).read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"line {n}: {err}")
            continue
        problems += [f"line {n}: {p}" for p in row_problems(row)]
        rows.append(row)
    ids = collections.Counter(r.get("id") for r in rows)
    problems += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    if not problems:
        problems = balance_problems(rows)
    counts = collections.Counter((r.get("label"), r.get("kind"), r.get("split")) for r in rows)
    for lab in LABELS:
        total = sum(c for (l, _, _), c in counts.items() if l == lab)
        print(f"{lab}: {total}")
        for kind in sorted({k for (l, k, _) in counts if l == lab}):
            print(f"  {kind}: dev {counts[(lab, kind, 'dev')]}, test {counts[(lab, kind, 'test')]}")
    print(f"total {len(rows)}; dev {sum(r.get('split') == 'dev' for r in rows)}")
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("pairs.jsonl")))
