"""Pairs section: what the toolkit says about hand-made sentence pairs from two dated outlets
(eval/pairs/README.md): are they merged, credited to each other, reported as a conflict and of the
right kind; per label, per kind of pair and per split."""
from __future__ import annotations

from typing import Sequence

from ...corpus import Corpus
from ..gold import SPLITS, Cluster, Dated, LabelledPair
from ..metrics import gold_kind
from ..report import Table, fmt
from ..section import (
    SCOPES,
    Advance,
    Loaded,
    Section,
    Settings,
    in_scope,
    mean,
    rounded,
)

DISAGREE = ("conflict", "update", "polarity")  # labels where a conflict should be reported
AGREE = ("same", "compatible", "different")  # labels where any conflict is a false alarm
RATES = ("conflict", "right_kind", "merged", "credited")
# The toolkit reads quantities, dates and names; a `conflict` pair's finer kind says which of them
# it is about (money, percent, age, duration, score, ... are quantities; a time of day is a date's).
_CONFLICT_KINDS = {"name": "name", "place": "name", "date": "date", "relative-date": "date", "time": "date"}


def expected_kind(pair: LabelledPair) -> str | None:
    """The conflict kind the pair should be reported as (gold words), or None when it agrees."""
    if pair.label == "conflict":
        return _CONFLICT_KINDS.get(pair.kind, "quantity")
    return pair.label if pair.label in DISAGREE else None


def article(side: Dated) -> str:
    """One side as an article: the ISO date marker on the first line (ingest/header.py), then the sentence."""
    return f"{side.date}\n{side.text}\n"


def verdict(pair: LabelledPair, *, threshold: float) -> dict:
    """What the toolkit says about one pair, read as a two-document corpus ``a`` + ``b``: whether
    one group holds both (merged), whether each side's group lists the other document among its
    sources (credited), and the kinds of the conflicts it reports (gold words)."""
    corpus = Corpus.from_texts({"a": article(pair.a), "b": article(pair.b)}, threshold=threshold)
    docs = [{m.doc_id for m in g.members} for g in corpus.groups]
    credited = all(any(other in g.sources for g, d in zip(corpus.groups, docs) if doc in d)
                   for doc, other in (("a", "b"), ("b", "a")))
    kinds = sorted({gold_kind(c.kind) for c in corpus.conflicts()})
    expected = expected_kind(pair)
    return {"id": pair.id, "label": pair.label, "kind": pair.kind, "split": pair.split,
            "merged": any(len(d) > 1 for d in docs), "credited": credited, "conflicts": kinds,
            "right_kind": expected in kinds if expected else None}


def rates(verdicts: Sequence[dict]) -> dict:
    """Share of pairs with a conflict reported, of the expected kind (pairs that should disagree
    only), merged, and credited to each other (0..1)."""
    disagree = [v for v in verdicts if v["right_kind"] is not None]
    return {"n": len(verdicts), "conflict": rounded(mean([bool(v["conflicts"]) for v in verdicts])),
            "right_kind": rounded(mean([v["right_kind"] for v in disagree])) if disagree else None,
            "merged": rounded(mean([v["merged"] for v in verdicts])),
            "credited": rounded(mean([v["credited"] for v in verdicts]))}


def by_scope(verdicts: Sequence[dict]) -> dict:
    """:func:`rates` over all the pairs and over each split's."""
    return {scope: rates([v for v in verdicts if in_scope(v["split"], scope)]) for scope in SCOPES}


def headline(verdicts: Sequence[dict]) -> dict:
    """Per split: recall of a reported conflict (and of the right kind) on the pairs that disagree,
    the false-alarm rate on those that agree, and how often polarity pairs are merged or credited."""
    out = {}
    for scope in SCOPES:
        chosen = [v for v in verdicts if in_scope(v["split"], scope)]
        disagree = [v for v in chosen if v["label"] in DISAGREE]
        agree = [v for v in chosen if v["label"] in AGREE]
        polarity = [v for v in chosen if v["label"] == "polarity"]
        out[scope] = {"recall": rounded(mean([bool(v["conflicts"]) for v in disagree])),
                      "recall_right_kind": rounded(mean([bool(v["right_kind"]) for v in disagree])),
                      "false_alarm_rate": rounded(mean([bool(v["conflicts"]) for v in agree])),
                      "polarity_merged": rounded(mean([v["merged"] for v in polarity])),
                      "polarity_credited": rounded(mean([v["credited"] for v in polarity])),
                      "disagree": len(disagree), "agree": len(agree), "polarity": len(polarity)}
    return out


def units(cluster: Cluster, settings: Settings) -> int:
    return len(cluster.labelled)


def run(loaded: Sequence[Loaded], settings: Settings, advance: Advance) -> dict | None:
    sets = {}
    for item in loaded:
        if not item.gold.labelled:
            continue
        verdicts = []
        for pair in item.gold.labelled:
            verdicts.append(verdict(pair, threshold=settings.threshold))
            advance(f"pairs: {pair.id}")
        labels = list(dict.fromkeys(v["label"] for v in verdicts))
        sets[item.gold.name] = {
            "headline": headline(verdicts),
            "labels": {label: by_scope([v for v in verdicts if v["label"] == label]) for label in labels},
            "kinds": {label: {kind: by_scope([v for v in verdicts if (v["label"], v["kind"]) == (label, kind)])
                              for kind in dict.fromkeys(v["kind"] for v in verdicts if v["label"] == label)}
                      for label in labels},
            "pairs": verdicts}
    if not sets:
        return None
    return {"settings": {"corpus": "each pair is a two-document Corpus.from_texts, each side dated by an ISO "
                                   "date marker on its first line",
                         "merged": "one group holds a sentence of each side",
                         "credited": "each side's group lists the other side's document among its sources",
                         "conflict": "Corpus.conflicts() reports at least one conflict",
                         "right_kind": "a reported conflict has the pair's kind: quantity, date or name for "
                                       "'conflict' pairs (by their finer kind), update, polarity",
                         "recall": f"share of {'/'.join(DISAGREE)} pairs with a conflict reported",
                         "false_alarm_rate": f"share of {'/'.join(AGREE)} pairs with a conflict reported"},
            "sets": sets}


def _rate_cells(scopes: dict) -> list[str]:
    """Count and rates of some pairs on each split."""
    return [cell for split in SPLITS for cell in (str(scopes[split]["n"]), *(fmt(scopes[split][r]) for r in RATES))]


def tables(figures: dict) -> list[Table]:
    rows, kind_rows, breaks, kind_breaks = [], [], set(), set()
    for name, s in figures["sets"].items():
        for k, scope in enumerate(SCOPES):
            h = s["headline"][scope]
            rows.append((name if k == 0 else "", scope, str(h["disagree"]), fmt(h["recall"]),
                         fmt(h["recall_right_kind"]), str(h["agree"]), fmt(h["false_alarm_rate"]),
                         str(h["polarity"]), fmt(h["polarity_merged"]), fmt(h["polarity_credited"])))
        breaks.add(len(rows) - 1)
        for j, (label, scopes) in enumerate(s["labels"].items()):
            kind_rows.append((name if j == 0 else "", label, "(all kinds)", *_rate_cells(scopes)))
            kind_rows += [("", "", kind, *_rate_cells(by)) for kind, by in s["kinds"][label].items()]
            kind_breaks.add(len(kind_rows) - 1)
    columns = ("set", "split", "disagree", "recall", "right kind", "agree", "false alarms", "polarity",
               "polarity merged", "polarity credited")
    caption = ("Hand-made sentence pairs, each read as a two-document corpus with its dates. recall: share of "
               "conflict/update/polarity pairs with a conflict reported; right kind: of the expected kind "
               "(quantity, date or name; update; polarity); false alarms: share of same/compatible/different "
               "pairs with a conflict reported; polarity merged / credited: polarity pairs wrongly put in one "
               "group / wrongly credited to each other's outlet.")
    kind_columns = ("set", "label", "kind", *(f"{label} {split}" for split in SPLITS
                                              for label in ("n", "conflict", "right kind", "merged", "credited")))
    kind_caption = ("Share of pairs with a conflict reported, of the expected kind, merged into one group, and "
                    "credited to each other, per label and kind of pair, on each split. A conflict is wanted for "
                    "conflict/update/polarity and a false alarm elsewhere; merging is wanted for 'same' only.")
    return [Table("Pairs: conflicts, merging and credit on labelled sentence pairs", caption, columns,
                  tuple(rows), frozenset(breaks)),
            Table("Pairs by label and kind", kind_caption, kind_columns, tuple(kind_rows), frozenset(kind_breaks))]


SECTION = Section("pairs", units, run, tables)
