"""Conflicts vs gold per cluster, as conf7.py, but a gold row that is a claim vs its denial (its values are
descriptions with sources) also counts as found when a reported polarity conflict has the same sources on its
sides: each of two sides' sources lie within a different gold value's sources.
python conf8.py tests/data/fresh_news9 [-q] (last line: totals)."""
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())
from tests.regression.test_conflicts_in_fact_boxes_and_updates import DATA, _conflicts, _found, _gold  # noqa: E402

_DENIAL_RE = re.compile(r"\b(?:whether|claim|denial|denies|denied|never|no|not|nobody)\b", re.I)


def _sourced_rows(folder):
    """Gold disagreements that are a claim vs its denial, as (fact, [set of sources per value])."""
    rows = json.loads((DATA / folder / "gold.json").read_text(encoding="utf-8"))["conflicts"].get("disagree", [])
    return [(r["fact"], [{s.rsplit(".", 1)[0] for s in v.get("sources", [])} for v in r["values"]])
            for r in rows if isinstance(r, dict) and (_DENIAL_RE.search(r["fact"])
                                                     or any(_DENIAL_RE.search(v["value"]) for v in r["values"]))]


def _by_sources(conflict, values):
    """Two sides of a polarity conflict whose sources lie within two different gold values' sources."""
    sides = [set(s.sources) for s in conflict.sides]
    return any(a <= values[i] and b <= values[j] for a in sides for b in sides if a is not b
               for i in range(len(values)) for j in range(len(values)) if i != j)


root = Path(sys.argv[1]); quiet = "-q" in sys.argv
tot = [0] * 8
for f in sorted(p for p in root.iterdir() if (p / "gold.json").exists()):
    name = f"{root.name}/{f.name}"
    g = _gold(name)
    found, runs, look, other = _found(name)
    polar = [c for c in _conflicts(name) if c.kind == "polarity"]
    credit = {(fact, c.topic) for fact, values in _sourced_rows(name) if fact not in found
              for c in polar if _by_sources(c, values)}
    extra = {fact for fact, _ in credit}
    other = [t for t in other if t not in {topic for _, topic in credit}]
    d, u, a = g.get("disagree", []), g.get("updated", []), g.get("agree", [])
    row = [len(found) + len(extra), len(found), len(d), len(runs), len(u), len(a) - len(look), len(a), len(other)]
    tot = [x + y for x, y in zip(tot, row)]
    if not quiet:
        print(name, "disagree %d (conf7 %d)/%d updated %d/%d look-alikes not reported %d/%d other reports %d"
              % tuple(row))
        print("  missed disagree:", [r[0] for r in d if r[0] not in found | extra])
        print("  credited by sources:", sorted(extra))
        print("  missed updated:", [r[0] for r in u if r[0] not in runs])
        print("  look-alikes reported:", look, " other:", other)
print("TOTAL disagree %d (conf7 %d)/%d updated %d/%d look-alikes not reported %d/%d other reports %d" % tuple(tot))
