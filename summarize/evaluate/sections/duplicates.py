"""Dedup section: precision/recall/F1 on labelled sentence pairs at the default threshold and a sweep."""
from __future__ import annotations

from typing import Sequence

from ...corpus import Corpus
from ...model import Sentence
from ..align import group_index, locate
from ..gold import Cluster, Pair
from ..metrics import PRF, pair_prf, prf
from ..report import Table, fmt
from ..section import Advance, Loaded, Section, Settings, rounded


def thresholds(settings: Settings) -> list[float]:
    """The sweep plus the default threshold, ascending."""
    return sorted(set(settings.sweep) | {settings.threshold})


def units(cluster: Cluster, settings: Settings) -> int:
    return len(thresholds(settings)) if cluster.pairs else 0


def predictions(corpus: Corpus, located: Sequence[tuple[Sentence | None, Sentence | None]]) -> list[bool]:
    """For each located pair, whether both sentences fall in the same group of ``corpus``."""
    group_of = group_index(corpus.groups)
    return [a is not None and b is not None and group_of[a.key].id == group_of[b.key].id for a, b in located]


def _row(threshold: float, score: PRF, by_kind: dict[str, float] | None = None) -> dict:
    row = {"threshold": threshold, "precision": rounded(score.precision), "recall": rounded(score.recall),
           "f1": rounded(score.f1), "tp": score.tp, "fp": score.fp, "fn": score.fn}
    return {**row, "recall_by_kind": by_kind} if by_kind is not None else row


def recall_by_kind(pairs: Sequence[Pair], predicted: Sequence[bool]) -> dict[str, float]:
    """Recall among the gold duplicates of each kind (e.g. wire copy vs paraphrase)."""
    out = {}
    for kind in sorted({p.kind for p in pairs if p.duplicate}):
        chosen = [hit for p, hit in zip(pairs, predicted) if p.duplicate and p.kind == kind]
        out[kind] = rounded(sum(chosen) / len(chosen))
    return out


def _summary(sweep: list[dict], default: float, pairs: int, unmatched: list[dict]) -> dict:
    top = max(r["f1"] for r in sweep)
    return {"pairs": pairs, "unmatched": unmatched,
            "default": next(r for r in sweep if r["threshold"] == default),
            "best_f1": [r["threshold"] for r in sweep if r["f1"] == top], "sweep": sweep}


def run(loaded: Sequence[Loaded], settings: Settings, advance: Advance) -> dict | None:
    cuts = thresholds(settings)
    clusters, pooled = {}, {t: [0, 0, 0] for t in cuts}
    for item in loaded:
        pairs = item.gold.pairs
        if not pairs:
            continue
        sentences = item.articles.sentences
        located = [(locate(p.a, sentences), locate(p.b, sentences)) for p in pairs]
        unmatched = [{"doc": q.doc, "text": q.text} for p, (a, b) in zip(pairs, located)
                     for q, s in ((p.a, a), (p.b, b)) if s is None]
        gold = [p.duplicate for p in pairs]
        sweep = []
        for t in cuts:
            predicted = predictions(Corpus(item.articles.documents, threshold=t), located)
            score = pair_prf(predicted, gold)
            sweep.append(_row(t, score, recall_by_kind(pairs, predicted)))
            pooled[t] = [x + y for x, y in zip(pooled[t], (score.tp, score.fp, score.fn))]
            advance(f"dedup: {item.gold.name}, threshold {t:.2f}")
        clusters[item.gold.name] = _summary(sweep, settings.threshold, len(pairs), unmatched)
    if not clusters:
        return None
    figures = {"settings": {"default": settings.threshold, "thresholds": cuts,
                            "rule": "a pair is predicted duplicate when both sentences fall in the same group of "
                                    "Corpus(threshold=t).groups; gold sentences are matched to ours by "
                                    "whitespace-normalised text within their document, else by containment"},
               "clusters": clusters}
    if len(clusters) > 1:
        sweep = [_row(t, prf(*pooled[t])) for t in cuts]
        figures["all"] = _summary(sweep, settings.threshold, sum(c["pairs"] for c in clusters.values()), [])
    return figures


def tables(figures: dict) -> list[Table]:
    default = figures["settings"]["default"]
    groups = list(figures["clusters"].items()) + ([("all clusters", figures["all"])] if "all" in figures else [])
    kinds = sorted({k for _, c in groups for r in c["sweep"] for k in r.get("recall_by_kind", {})})
    rows: list[tuple[str, ...]] = []
    breaks, bold = set(), set()
    for name, c in groups:
        for k, r in enumerate(c["sweep"]):
            marks = [m for m, on in (("default", r["threshold"] == default), ("best F1", r["threshold"] in c["best_f1"]))
                     if on]
            label = name if k == 0 else (f"{c['pairs']} pairs" if k == 1 else "")
            by_kind = r.get("recall_by_kind", {})
            rows.append((label, f"{r['threshold']:.2f}", fmt(r["precision"]), fmt(r["recall"]), fmt(r["f1"]),
                         *(fmt(by_kind.get(k)) for k in kinds), str(r["tp"]), str(r["fp"]), str(r["fn"]),
                         ", ".join(marks)))
            if r["threshold"] in c["best_f1"]:
                bold.add((len(rows) - 1, 4))
            if r["threshold"] == default:
                bold |= {(len(rows) - 1, 1), (len(rows) - 1, len(rows[-1]) - 1)}
        breaks.add(len(rows) - 1)
    unmatched = sum(len(c["unmatched"]) for c in figures["clusters"].values())
    caption = (f"Labelled cross-document sentence pairs; predicted duplicate = same group of "
               f"Corpus(threshold=t).groups (TF-IDF cosine, union of links). Default threshold {default:.2f}. "
               f"R <kind>: recall on the gold duplicates of that kind. {unmatched} gold sentence(s) not found "
               "among our sentences (counted as not grouped).")
    columns = ("cluster", "threshold", "P", "R", "F1", *(f"R {k}" for k in kinds), "TP", "FP", "FN", "")
    return [Table("Deduplication: labelled pairs and threshold sweep", caption, columns, tuple(rows),
                  frozenset(breaks), frozenset(bold))]


SECTION = Section("dedup", units, run, tables)
