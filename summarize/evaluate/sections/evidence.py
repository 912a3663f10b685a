"""Retrieval section: recall@k and MRR of ``Corpus.search`` per retriever on answerable questions."""
from __future__ import annotations

from typing import Sequence

from ...errors import InputError
from ...model import Scored
from ..gold import Cluster, Question
from ..metrics import first_hit, mrr, normalize_answer, recall_at
from ..report import Table, best_cells, fmt
from ..section import Advance, Loaded, Section, Settings, rounded


def units(cluster: Cluster, settings: Settings) -> int:
    return len(settings.retrievers) if any(q.answerable for q in cluster.questions) else 0


def is_hit(evidence: Scored, question: Question) -> bool:
    """Evidence counts when it contains a gold answer (SQuAD-normalised, whole tokens) and one of
    its sources supports the question."""
    if not set(evidence.sources) & set(question.docs):
        return False
    text = f" {normalize_answer(evidence.text)} "
    return any(f" {a} " in text for a in map(normalize_answer, question.answers) if a)


def rank(item: Loaded, question: Question, *, retriever: str, depth: int) -> int | None:
    """The 1-based rank of the first hit in the top ``depth`` results, or None."""
    try:
        hits = item.corpus.search(question.question, top_k=depth, retriever=retriever)
    except InputError:
        return None
    return first_hit(is_hit(e, question) for e in hits)


def run(loaded: Sequence[Loaded], settings: Settings, advance: Advance) -> dict | None:
    clusters = {}
    for item in loaded:
        questions = [q for q in item.gold.questions if q.answerable]
        if not questions:
            continue
        retrievers = {}
        for name in settings.retrievers:
            ranks = [rank(item, q, retriever=name, depth=settings.top_k) for q in questions]
            retrievers[name] = {"n": len(ranks), **{f"recall@{k}": rounded(recall_at(ranks, k)) for k in settings.ks},
                                "mrr": rounded(mrr(ranks)), "ranks": dict(zip((q.id for q in questions), ranks))}
            advance(f"retrieval: {item.gold.name}, {name}")
        clusters[item.gold.name] = {"retrievers": retrievers}
    if not clusters:
        return None
    return {"settings": {"ks": list(settings.ks), "depth": settings.top_k,
                         "hit": "the evidence sentence contains a gold answer (SQuAD-normalised, whole tokens) "
                                "and one of its sources is among the question's gold documents",
                         "mrr": f"mean reciprocal rank of the first hit within the top {settings.top_k}; a miss is 0",
                         "excluded": "unanswerable questions"},
            "clusters": clusters}


def tables(figures: dict) -> list[Table]:
    ks = figures["settings"]["ks"]
    rows: list[tuple[str, ...]] = []
    breaks, bold = set(), set()
    for name, cluster in figures["clusters"].items():
        block = [(name if j == 0 else "", r, str(s["n"]), *(fmt(s[f"recall@{k}"]) for k in ks), fmt(s["mrr"]))
                 for j, (r, s) in enumerate(cluster["retrievers"].items())]
        bold |= best_cells(block, range(3, 4 + len(ks)), start=len(rows))
        rows += block
        breaks.add(len(rows) - 1)
    caption = (f"Corpus.search over the deduplicated sentences, answerable questions only. A hit: "
               f"{figures['settings']['hit']}. MRR over the top {figures['settings']['depth']}. Best in bold.")
    columns = ("cluster", "retriever", "questions", *(f"R@{k}" for k in ks), "MRR")
    return [Table("Retrieval: recall@k and MRR", caption, columns, tuple(rows), frozenset(breaks), frozenset(bold))]


SECTION = Section("retrieval", units, run, tables)
