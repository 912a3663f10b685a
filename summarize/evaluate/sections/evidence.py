"""Retrieval section: recall@k and MRR of ``Corpus.search`` per retriever on answerable questions,
all of them and each split."""
from __future__ import annotations

from typing import Sequence

from ...errors import InputError
from ...model import Scored
from ..gold import Cluster, Question
from ..metrics import first_hit, mrr, normalize_answer, recall_at
from ..report import Table, best_cells, fmt
from ..section import SCOPES, Advance, Loaded, Section, Settings, in_scope, rounded


def units(cluster: Cluster, settings: Settings) -> int:
    return len(settings.retrievers) if any(q.answerable for q in cluster.questions) else 0


def is_hit(evidence: Scored, question: Question) -> bool:
    """Evidence counts when it contains a gold answer (SQuAD-normalised, whole tokens) and one of
    its sources supports the question."""
    return bool(set(evidence.sources) & set(question.docs)) and holds_answer(evidence.text, question.answers)


def holds_answer(text: str, answers: Sequence[str]) -> bool:
    """Does ``text`` contain one of ``answers`` (SQuAD-normalised, whole tokens)?"""
    said = f" {normalize_answer(text)} "
    return any(f" {a} " in said for a in map(normalize_answer, answers) if a)


def rank(item: Loaded, question: Question, *, retriever: str, depth: int) -> int | None:
    """The 1-based rank of the first hit in the top ``depth`` results, or None."""
    corpus = item.articles
    try:
        hits = corpus.search(question.question, top_k=depth, retriever=retriever)
    except InputError:
        return None
    return first_hit(is_hit(e, question) for e in hits)


def scores(ranks: Sequence[int | None], ks: Sequence[int]) -> dict:
    """Recall at each k and MRR of some questions' first-hit ranks."""
    return {"n": len(ranks), **{f"recall@{k}": rounded(recall_at(ranks, k)) for k in ks}, "mrr": rounded(mrr(ranks))}


def by_split(questions: Sequence[Question], ranks: Sequence[int | None], ks: Sequence[int]) -> dict:
    """:func:`scores` over all questions and over each split's."""
    out = {}
    for scope in SCOPES:
        chosen = [r for q, r in zip(questions, ranks) if in_scope(q.split, scope)]
        if chosen:
            out[scope] = scores(chosen, ks)
    return out


def run(loaded: Sequence[Loaded], settings: Settings, advance: Advance) -> dict | None:
    clusters = {}
    pooled: dict[str, tuple[list[Question], list[int | None]]] = {name: ([], []) for name in settings.retrievers}
    for item in loaded:
        questions = [q for q in item.gold.questions if q.answerable]
        if not questions:
            continue
        retrievers = {}
        for name in settings.retrievers:
            ranks = [rank(item, q, retriever=name, depth=settings.top_k) for q in questions]
            retrievers[name] = {**by_split(questions, ranks, settings.ks),
                                "ranks": dict(zip((q.id for q in questions), ranks))}
            pooled[name][0].extend(questions)
            pooled[name][1].extend(ranks)
            advance(f"retrieval: {item.gold.name}, {name}")
        clusters[item.gold.name] = {"retrievers": retrievers}
    if not clusters:
        return None
    figures = {"settings": {"ks": list(settings.ks), "depth": settings.top_k,
                            "hit": "the evidence sentence contains a gold answer (SQuAD-normalised, whole tokens) "
                                   "and one of its sources is among the question's gold documents",
                            "mrr": f"mean reciprocal rank of the first hit within the top {settings.top_k}; "
                                   "a miss is 0",
                            "excluded": "unanswerable questions",
                            "splits": "each retriever's figures for all questions, then the dev and test splits"},
               "clusters": clusters}
    if len(clusters) > 1:
        figures["all"] = {"retrievers": {name: by_split(*qs, settings.ks) for name, qs in pooled.items()}}
    return figures


def tables(figures: dict) -> list[Table]:
    ks = figures["settings"]["ks"]
    rows: list[tuple[str, ...]] = []
    breaks, bold = set(), set()
    blocks = list(figures["clusters"].items()) + ([("all clusters", figures["all"])] if "all" in figures else [])
    for name, cluster in blocks:
        for scope in SCOPES:
            block = [(name if j == 0 and scope == "all" else "", r, scope, str(s[scope]["n"]),
                      *(fmt(s[scope][f"recall@{k}"]) for k in ks), fmt(s[scope]["mrr"]))
                     for j, (r, s) in enumerate(cluster["retrievers"].items()) if scope in s]
            bold |= best_cells(block, range(4, 5 + len(ks)), start=len(rows))
            rows += block
            breaks.add(len(rows) - 1)
    caption = (f"Corpus.search over the deduplicated sentences, answerable questions only, all then each split. "
               f"A hit: {figures['settings']['hit']}. MRR over the top {figures['settings']['depth']}. "
               "Best per split in bold.")
    columns = ("cluster", "retriever", "split", "questions", *(f"R@{k}" for k in ks), "MRR")
    return [Table("Retrieval: recall@k and MRR", caption, columns, tuple(rows), frozenset(breaks), frozenset(bold))]


SECTION = Section("retrieval", units, run, tables)
