"""Conflicts section: precision and recall of ``Corpus.conflicts`` against the hand-listed
disagreements, false alarms on the tempting non-conflicts, and every conflict predicted."""
from __future__ import annotations

from typing import Sequence

from ...model import Conflict
from ..gold import Cluster
from ..metrics import conflict_matches, conflict_prf, prf
from ..report import Table, fmt
from ..section import Advance, Loaded, Section, Settings, rounded


def units(cluster: Cluster, settings: Settings) -> int:
    return 1 if cluster.conflicts or cluster.non_conflicts else 0


def _listed(conflict: Conflict, gold: Sequence[Conflict], tempting: Sequence[Conflict]) -> dict:
    return {"topic": conflict.topic, "kind": conflict.kind,
            "sides": [{"value": s.value, "sources": list(s.sources), "text": s.text} for s in conflict.sides],
            "matches_gold": [g.topic for g in gold if conflict_matches(conflict, g)],
            "matches_non_conflict": [g.topic for g in tempting if conflict_matches(conflict, g)]}


def run(loaded: Sequence[Loaded], settings: Settings, advance: Advance) -> dict | None:
    clusters, pooled = {}, [0, 0, 0]
    for item in loaded:
        gold, tempting = item.gold.conflicts, item.gold.non_conflicts
        if not gold and not tempting:
            continue
        predicted = item.corpus.conflicts()
        score = conflict_prf(predicted, gold)
        missed = [g.topic for g in gold if not any(conflict_matches(p, g) for p in predicted)]
        clusters[item.gold.name] = {
            "precision": rounded(score.precision), "recall": rounded(score.recall), "f1": rounded(score.f1),
            "predicted": len(predicted), "gold": len(gold), "matched": score.tp, "missed": missed,
            "false_alarms_on_non_conflicts": sum(any(conflict_matches(p, g) for p in predicted) for g in tempting),
            "non_conflicts": len(tempting),
            "conflicts": [_listed(c, gold, tempting) for c in predicted]}
        pooled = [pooled[0] + score.tp, pooled[1] + score.fp, pooled[2] + len(missed)]
        advance(f"conflicts: {item.gold.name}")
    if not clusters:
        return None
    figures = {"settings": {"rule": "a predicted conflict matches a gold one when at least two gold sides each "
                                    "have a predicted side with the same value (numbers compared as values, "
                                    "parentheses ignored) and a shared source document"},
               "clusters": clusters}
    if len(clusters) > 1:
        total = prf(*pooled)
        figures["all"] = {"precision": rounded(total.precision), "recall": rounded(total.recall),
                          "f1": rounded(total.f1)}
    return figures


def tables(figures: dict) -> list[Table]:
    rows = [(name, str(c["predicted"]), str(c["gold"]), fmt(c["precision"]), fmt(c["recall"]), fmt(c["f1"]),
             f"{c['false_alarms_on_non_conflicts']}/{c['non_conflicts']}")
            for name, c in figures["clusters"].items()]
    columns = ("cluster", "predicted", "gold", "P", "R", "F1", "false alarms on non-conflicts")
    caption = ("Corpus.conflicts() against the hand-listed disagreements; " + figures["settings"]["rule"] + ". "
               "False alarms: tempting pairs listed as not conflicting that a prediction matches.")
    listed = []
    for name, c in figures["clusters"].items():
        for k, conflict in enumerate(c["conflicts"]):
            sides = " vs ".join(f"{s['value']} [{', '.join(d.split('_')[0] for d in s['sources'])}]"
                                for s in conflict["sides"])
            verdict = "gold" if conflict["matches_gold"] else "FALSE ALARM"
            listed.append((name if k == 0 else "", conflict["topic"], sides, verdict))
        for topic in c["missed"]:
            listed.append(("", topic, "", "MISSED"))
    out = [Table("Conflicts: precision and recall against gold", caption, columns, tuple(rows))]
    if listed:
        out.append(Table("Conflicts found", "Every predicted conflict with its sides and sources; missed gold "
                         "conflicts last.", ("cluster", "topic", "sides", "verdict"), tuple(listed)))
    return out


SECTION = Section("conflicts", units, run, tables)
