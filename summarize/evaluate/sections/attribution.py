"""Support section: are a fact's sources all the documents that state it? Exact-set accuracy and
mean Jaccard on a labelled sample, with and without paraphrase support, and the labelled pairs
the paraphrase settings were tuned on."""
from __future__ import annotations

from typing import Sequence

from ...model import Group
from ...stages.dedup import group_sentences
from ..align import group_index, locate
from ..gold import Cluster
from ..metrics import pair_prf, support_scores
from ..report import Table, fmt
from ..section import Advance, Loaded, Section, Settings, rounded


def units(cluster: Cluster, settings: Settings) -> int:
    return 1 if cluster.support else 0


def predicted_sources(groups: Sequence[Group], item: Loaded) -> list[tuple[str, ...]]:
    """Our sources for each gold fact (empty when its sentence is not found)."""
    group_of = group_index(groups)
    out = []
    for fact in item.gold.support:
        found = locate(fact.quote, item.articles.sentences)
        out.append(group_of[found.key].sources if found is not None else ())
    return out


def _pairs_score(groups: Sequence[Group], item: Loaded) -> dict | None:
    """P/R/F1 on the labelled pairs: two sentences state the same fact when they share a group
    or each adds the other's document to its group's sources."""
    pairs = item.gold.pairs
    if not pairs:
        return None
    group_of = group_index(groups)
    sentences = item.articles.sentences
    predicted = []
    for p in pairs:
        a, b = locate(p.a, sentences), locate(p.b, sentences)
        if a is None or b is None:
            predicted.append(False)
            continue
        ga, gb = group_of[a.key], group_of[b.key]
        predicted.append(ga.id == gb.id or (b.doc_id in ga.sources and a.doc_id in gb.sources))
    score = pair_prf(predicted, [p.duplicate for p in pairs])
    return {"precision": rounded(score.precision), "recall": rounded(score.recall), "f1": rounded(score.f1),
            "tp": score.tp, "fp": score.fp, "fn": score.fn}


def run(loaded: Sequence[Loaded], settings: Settings, advance: Advance) -> dict | None:
    clusters = {}
    for item in loaded:
        if not item.gold.support:
            continue
        variants = {"near-duplicates only": group_sentences(item.articles.sentences, threshold=settings.threshold),
                    "with paraphrase support": item.articles.groups}
        rows, facts = {}, []
        for name, groups in variants.items():
            predicted = predicted_sources(groups, item)
            gold = [f.sources for f in item.gold.support]
            score = support_scores(list(zip(predicted, gold)))
            rows[name] = {"accuracy": rounded(score.accuracy), "jaccard": rounded(score.jaccard), "n": score.n,
                          "pairs": _pairs_score(groups, item)}
            if name == "with paraphrase support":
                facts = [{"doc": f.quote.doc, "text": f.quote.text, "gold": list(f.sources), "predicted": list(p)}
                         for f, p in zip(item.gold.support, predicted)]
        clusters[item.gold.name] = {"variants": rows, "facts": facts}
        advance(f"support: {item.gold.name}")
    if not clusters:
        return None
    return {"settings": {"accuracy": "share of labelled facts whose predicted sources equal the gold sources exactly",
                         "jaccard": "mean |predicted & gold| / |predicted | gold| over the facts",
                         "pairs": "the labelled sentence pairs (the paraphrase settings were tuned on these, "
                                  "never on the support sample)"},
            "clusters": clusters}


def tables(figures: dict) -> list[Table]:
    rows: list[tuple[str, ...]] = []
    breaks = set()
    for name, c in figures["clusters"].items():
        for k, (variant, r) in enumerate(c["variants"].items()):
            pairs = r["pairs"] or {}
            rows.append((name if k == 0 else "", variant, str(r["n"]), fmt(r["accuracy"]), fmt(r["jaccard"]),
                         fmt(pairs.get("precision")), fmt(pairs.get("recall")), fmt(pairs.get("f1"))))
        breaks.add(len(rows) - 1)
    caption = ("Support: each labelled fact's sources (the documents behind its group) against the gold list. "
               "acc: exact set; Jaccard: mean overlap. Pairs P/R/F1: the labelled sentence pairs, same fact = same "
               "group or mutual support (the tuning set for paraphrase support).")
    columns = ("cluster", "groups", "facts", "acc", "Jaccard", "pairs P", "pairs R", "pairs F1")
    return [Table("Support: sources behind each fact", caption, columns, tuple(rows), frozenset(breaks))]


SECTION = Section("support", units, run, tables)
