"""Conflicts section: precision and recall of ``Corpus.conflicts`` against the hand-listed
disagreements, overall and per kind, false alarms on the tempting non-conflicts, per split, and
every conflict predicted."""
from __future__ import annotations

from typing import Sequence

from ...model import Conflict
from ..gold import SPLITS, Cluster, GoldConflict
from ..metrics import (
    ConflictCounts,
    conflict_counts,
    conflict_counts_by_kind,
    conflict_matches,
    counts_prf,
    pooled,
)
from ..report import Table, fmt
from ..section import SCOPES, Advance, Loaded, Section, Settings, in_scope, rounded

KINDS = ("quantity", "date", "name", "polarity", "update")


def units(cluster: Cluster, settings: Settings) -> int:
    return 1 if cluster.conflicts or cluster.non_conflicts else 0


def scoped_predictions(predicted: Sequence[Conflict], gold: Sequence[GoldConflict], scope: str) -> list[Conflict]:
    """The predictions scored on one split: one that matches only gold conflicts of another split
    is set aside there (neither right nor wrong); unmatched predictions count against every split."""
    mine = [g.conflict for g in gold if in_scope(g.split, scope)]
    others = [g.conflict for g in gold if not in_scope(g.split, scope)]
    return [p for p in predicted
            if any(conflict_matches(p, g) for g in mine) or not any(conflict_matches(p, g) for g in others)]


def kinds_of(gold: Sequence[GoldConflict]) -> list[str]:
    """The five gold kinds, then any other kind the gold uses."""
    return [*KINDS, *sorted({g.conflict.kind for g in gold} - set(KINDS))]


def scope_counts(predicted: Sequence[Conflict], gold: Sequence[GoldConflict], tempting: Sequence[GoldConflict],
                 scope: str) -> dict:
    """Raw counts on one split: overall, per kind, and the tempting non-conflicts matched per kind."""
    chosen = [g.conflict for g in gold if in_scope(g.split, scope)]
    kept = scoped_predictions(predicted, gold, scope)
    calm = [g.conflict for g in tempting if in_scope(g.split, scope)]
    alarms = {k: [sum(any(conflict_matches(p, g) for p in predicted) for g in calm if g.kind == k),
                  sum(g.kind == k for g in calm)] for k in kinds_of(tempting)}
    return {"overall": conflict_counts(kept, chosen),
            "by_kind": conflict_counts_by_kind(kept, chosen, kinds_of(gold)), "false_alarms": alarms}


def _scores(counts: ConflictCounts) -> dict:
    score = counts_prf(counts)
    return {**counts._asdict(), "precision": rounded(score.precision), "recall": rounded(score.recall),
            "f1": rounded(score.f1)}


def _figures(counts: dict) -> dict:
    """JSON figures for one split from its counts."""
    alarms = counts["false_alarms"]
    return {**_scores(counts["overall"]), "by_kind": {k: _scores(c) for k, c in counts["by_kind"].items()},
            "false_alarms": {"count": sum(a for a, _ in alarms.values()), "n": sum(n for _, n in alarms.values()),
                             "by_kind": {k: {"count": a, "n": n} for k, (a, n) in alarms.items()}}}


def _pool(per_cluster: Sequence[dict]) -> dict:
    """Counts of one split summed over clusters."""
    kinds = list(dict.fromkeys(k for c in per_cluster for k in c["by_kind"]))
    calm = list(dict.fromkeys(k for c in per_cluster for k in c["false_alarms"]))
    return {"overall": pooled(c["overall"] for c in per_cluster),
            "by_kind": {k: pooled(c["by_kind"][k] for c in per_cluster if k in c["by_kind"]) for k in kinds},
            "false_alarms": {k: [sum(c["false_alarms"].get(k, [0, 0])[i] for c in per_cluster) for i in (0, 1)]
                             for k in calm}}


def _listed(conflict: Conflict, gold: Sequence[GoldConflict], tempting: Sequence[GoldConflict]) -> dict:
    return {"topic": conflict.topic, "kind": conflict.kind,
            "sides": [{"value": s.value, "sources": list(s.sources), "text": s.text} for s in conflict.sides],
            "matches_gold": [{"topic": g.conflict.topic, "kind": g.conflict.kind, "split": g.split}
                             for g in gold if conflict_matches(conflict, g.conflict)],
            "matches_non_conflict": [g.conflict.topic for g in tempting if conflict_matches(conflict, g.conflict)]}


def run(loaded: Sequence[Loaded], settings: Settings, advance: Advance) -> dict | None:
    clusters, counts = {}, []
    for item in loaded:
        gold, tempting = item.gold.conflicts, item.gold.non_conflicts
        if not gold and not tempting:
            continue
        predicted = item.articles.conflicts()
        counts.append({scope: scope_counts(predicted, gold, tempting, scope) for scope in SCOPES})
        clusters[item.gold.name] = {
            "splits": {scope: _figures(c) for scope, c in counts[-1].items()},
            "missed": [{"topic": g.conflict.topic, "kind": g.conflict.kind, "split": g.split} for g in gold
                       if not any(conflict_matches(p, g.conflict) for p in predicted)],
            "conflicts": [_listed(c, gold, tempting) for c in predicted]}
        advance(f"conflicts: {item.gold.name}")
    if not clusters:
        return None
    figures = {"settings": {"rule": "a predicted conflict matches a gold one when at least two gold sides each "
                                    "have a predicted side with the same value (numbers compared as values, "
                                    "parentheses ignored) and a shared source document",
                            "by_kind": "per kind, only predictions of that kind count (the toolkit's 'updated' "
                                       "is the gold's 'update')",
                            "splits": "recall and false alarms over the split's gold; precision over the "
                                      "predictions, less those matching only gold of the other split"},
               "clusters": clusters}
    if len(clusters) > 1:
        figures["all"] = {"splits": {scope: _figures(_pool([c[scope] for c in counts])) for scope in SCOPES}}
    return figures


def _blocks(figures: dict) -> list[tuple[str, dict]]:
    return list(figures["clusters"].items()) + ([("all clusters", figures["all"])] if "all" in figures else [])


def _alarms(counts: dict) -> str:
    return f"{counts['count']}/{counts['n']}"


def _kind_cells(split: dict, kind: str) -> list[str]:
    """Gold count, P, R and false alarms of one kind on one split ("–" where nothing is scored)."""
    score, alarm = split["by_kind"].get(kind), split["false_alarms"]["by_kind"].get(kind)
    gold = score["gold"] if score else 0
    return [str(gold), fmt(score["precision"]) if score and score["predicted"] else "–",
            fmt(score["recall"]) if gold else "–", _alarms(alarm) if alarm and alarm["n"] else "–"]


def _found(name: str, cluster: dict) -> list[tuple[str, ...]]:
    """One cluster's predicted conflicts with their verdicts, then its missed gold conflicts."""
    rows = []
    for conflict in cluster["conflicts"]:
        sides = " vs ".join(f"{s['value']} [{', '.join(d.split('_')[0] for d in s['sources'])}]"
                            for s in conflict["sides"])
        verdict = ", ".join(f"gold {g['kind']} ({g['split']})" for g in conflict["matches_gold"]) or "FALSE ALARM"
        rows.append((conflict["topic"], conflict["kind"], sides, verdict))
    rows += [(g["topic"], g["kind"], "", f"MISSED ({g['split']})") for g in cluster["missed"]]
    return [(name if k == 0 else "", *row) for k, row in enumerate(rows)]


def tables(figures: dict) -> list[Table]:
    rows, kind_rows, breaks, kind_breaks = [], [], set(), set()
    for name, c in _blocks(figures):
        for k, scope in enumerate(SCOPES):
            s = c["splits"][scope]
            rows.append((name if k == 0 else "", scope, str(s["predicted"]), str(s["gold"]), fmt(s["precision"]),
                         fmt(s["recall"]), fmt(s["f1"]), _alarms(s["false_alarms"])))
        breaks.add(len(rows) - 1)
        kinds = list(dict.fromkeys([*c["splits"]["all"]["by_kind"], *c["splits"]["all"]["false_alarms"]["by_kind"]]))
        for k, kind in enumerate(kinds):
            kind_rows.append((name if k == 0 else "", kind, *(x for split in SPLITS
                                                                for x in _kind_cells(c["splits"][split], kind))))
        kind_breaks.add(len(kind_rows) - 1)
    columns = ("cluster", "split", "predicted", "gold", "P", "R", "F1", "false alarms on non-conflicts")
    caption = ("Corpus.conflicts() against the hand-listed disagreements; " + figures["settings"]["rule"] + ". "
               "False alarms: tempting pairs listed as not conflicting that a prediction matches. Per split, "
               "predictions matching only the other split's gold are left out of P.")
    kind_columns = ("cluster", "kind", *(f"{label} {split}" for split in SPLITS
                                         for label in ("gold", "P", "R", "false alarms")))
    kind_caption = ("Per kind of conflict: P among predictions of that kind, R among gold conflicts of that kind "
                    "(a match of the wrong kind counts for neither; the toolkit's 'updated' = the gold's "
                    "'update'); false alarms among the non-conflicts of that kind. –: nothing to score.")
    out = [Table("Conflicts: precision and recall against gold", caption, columns, tuple(rows), frozenset(breaks)),
           Table("Conflicts by kind", kind_caption, kind_columns, tuple(kind_rows), frozenset(kind_breaks))]
    listed = [row for name, c in figures["clusters"].items() for row in _found(name, c)]
    if listed:
        out.append(Table("Conflicts found", "Every predicted conflict with its kind, sides and sources; missed "
                         "gold conflicts last.", ("cluster", "topic", "kind", "sides", "verdict"), tuple(listed)))
    return out


SECTION = Section("conflicts", units, run, tables)
