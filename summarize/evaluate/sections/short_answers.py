"""Answers section: EM, token F1 and number-aware exact score of ``Corpus.ask`` per retriever,
on all questions and on each split, how often the evidence it shows with an answerable
question's answer holds a gold answer, how often it answers, and how often it shows the sides
of a disagreement (where the gold has two, and where the articles agree)."""
from __future__ import annotations

from typing import Any, Sequence

from ...errors import InputError
from ...model import Answer
from ..gold import Cluster, Question
from ..metrics import ANSWER_METRICS, answer_scores, values_match
from ..report import Table, fmt, highest
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
from .evidence import is_hit

# Retrieval as the reader meets it: the evidence shown with the answer, not a separate search.
EVIDENCE_KEY = "evidence@3"
# Whether the toolkit answered at all (the share of answerable questions answered is a floor).
ANSWERED_KEY = "answered"
# Whether the answer shows the sides of a disagreement: for a question the gold gives two sides,
# both of them; for one where the articles agree, any (a false side).
SIDES_KEY = "sides"
LABELS = {"em": "EM", "f1": "F1", "number_exact": "num", EVIDENCE_KEY: "ev@3", ANSWERED_KEY: "ans",
          SIDES_KEY: "sides"}
# The columns where higher is better, so the best retriever is bold (how often an answer is given
# or shows sides is better high for some questions and low for others).
RANKED = (*ANSWER_METRICS, EVIDENCE_KEY)
# A claim's side as a yes/no question's gold writes it.
STANCE_ANSWERS = {"affirms": "yes", "denies": "no"}


def units(cluster: Cluster, settings: Settings) -> int:
    return len(settings.retrievers) if cluster.questions else 0


def predict(item: Loaded, question: Question, *, retriever: str, top_k: int) -> Answer | None:
    """The toolkit's answer, or None when it rejects the question as unusable."""
    try:
        return item.articles.ask(question.question, top_k=top_k, retriever=retriever)
    except InputError:
        return None


def shows_sides(answer: Answer, sides: Sequence[Sequence[str]]) -> bool:
    """Whether one disagreement shown with ``answer`` has, for at least two gold ``sides``, a side
    that states one of that side's answers (:func:`values_match`; a claim's side as yes or no)."""
    return any(sum(any(values_match(STANCE_ANSWERS.get(side.value, side.value), a)
                       for side in conflict.sides for a in gold) for gold in sides) >= 2
               for conflict in answer.conflicts)


def scored(answer: Answer | None, question: Question) -> dict[str, float]:
    """The answer metrics of ``answer``, whether it answered, and for an answerable question
    whether one of the first three evidence sentences shown with it holds a gold answer
    (``evidence@3``) and whether it shows sides (:data:`SIDES_KEY`)."""
    out = answer_scores(answer.answer if answer else None, question.answers)
    out[ANSWERED_KEY] = float(bool(answer and answer.answer is not None))
    if question.answerable:
        out[EVIDENCE_KEY] = float(any(is_hit(e, question) for e in (answer.evidence[:3] if answer else ())))
        out[SIDES_KEY] = float(answer is not None and (
            shows_sides(answer, question.sides) if question.sides else bool(answer.conflicts)))
    return out


def groups(questions: Sequence[Question], scores: Sequence[dict[str, float]]) -> dict[str, dict]:
    """Mean scores over all questions, answerable, unanswerable, those where the gold gives two
    sides and the answerable ones where the articles agree, and each question type."""
    kept = {"all": [True for _ in questions], "answerable": [q.answerable for q in questions],
            "unanswerable": [not q.answerable for q in questions],
            "two sides": [bool(q.sides) for q in questions],
            "one side": [q.answerable and not q.sides for q in questions],
            **{f"{t} (type)": [q.type == t for q in questions] for t in sorted({q.type for q in questions})}}
    out = {}
    for name, keep in kept.items():
        chosen = [s for s, k in zip(scores, keep) if k]
        if chosen:
            out[name] = {"n": len(chosen), **{m: rounded(mean([s[m] for s in chosen])) for m in ANSWER_METRICS}}
            for key in (EVIDENCE_KEY, ANSWERED_KEY, SIDES_KEY):
                hits = [s[key] for s in chosen if key in s]
                if hits:
                    out[name][key] = rounded(mean(hits))
    return out


def by_split(questions: Sequence[Question], scores: Sequence[dict[str, float]]) -> dict[str, dict]:
    """:func:`groups` over all questions and over each split's."""
    out = {}
    for scope in SCOPES:
        chosen = [(q, s) for q, s in zip(questions, scores) if in_scope(q.split, scope)]
        if chosen:
            out[scope] = groups([q for q, _ in chosen], [s for _, s in chosen])
    return out


def run(loaded: Sequence[Loaded], settings: Settings, advance: Advance) -> dict | None:
    clusters = {}
    pooled: dict[str, tuple[list[Question], list[dict[str, float]]]] = {
        name: ([], []) for name in settings.retrievers}
    for item in loaded:
        questions = item.gold.questions
        if not questions:
            continue
        per_question: list[dict[str, Any]] = [{"id": q.id, "type": q.type, "split": q.split, "answerable": q.answerable,
                         "answers": list(q.answers), "predicted": {}, "scores": {}} for q in questions]
        retrievers = {}
        for name in settings.retrievers:
            scores = []
            for q, record in zip(questions, per_question):
                answer = predict(item, q, retriever=name, top_k=settings.top_k)
                scores.append(scored(answer, q))
                record["predicted"][name] = answer.answer if answer else None
                record["scores"][name] = scores[-1]
            retrievers[name] = by_split(questions, scores)
            pooled[name][0].extend(questions)
            pooled[name][1].extend(scores)
            advance(f"answers: {item.gold.name}, {name}")
        clusters[item.gold.name] = {"retrievers": retrievers, "questions": per_question}
    if not clusters:
        return None
    figures = {"settings": {"top_k": settings.top_k, "retrievers": list(settings.retrievers),
                            "em": "SQuAD v1.1 exact match (lower-case; punctuation, articles, extra spaces removed)",
                            "f1": "SQuAD v1.1 token F1", "number_exact": (
                                "exact match with numbers compared as values ('two thousand' = '2,000'; "
                                "'3.5' != '35'; quantities in their base unit, '1 day' = '24 hours'); "
                                "a different number scores 0"),
                            "best_over": "each score is the best over the acceptable answers",
                            EVIDENCE_KEY: "answerable questions only: one of the first three evidence sentences "
                                          "shown with the answer holds a gold answer and is stated by a gold document",
                            "unanswerable": "scores 1 when the answer is None (abstained), else 0; "
                                            "an answerable question answered None scores 0",
                            ANSWERED_KEY: "the share of questions given an answer (not None)",
                            SIDES_KEY: "answerable questions: where the gold gives two sides ('two sides'), "
                                       "the share whose answer shows a disagreement stating at least two of "
                                       "them; where the articles agree ('one side'), the share whose answer "
                                       "shows any disagreement (a false side)",
                            "splits": "each retriever's figures for all questions, then the dev and test splits"},
               "clusters": clusters}
    if len(clusters) > 1:
        figures["all"] = {"retrievers": {name: by_split(*qs) for name, qs in pooled.items()}}
    return figures


def tables(figures: dict) -> list[Table]:
    metrics = [*ANSWER_METRICS, EVIDENCE_KEY, ANSWERED_KEY, SIDES_KEY]
    rows: list[tuple[str, ...]] = []
    breaks, bold = set(), set()
    blocks = list(figures["clusters"].items()) + ([("all clusters", figures["all"])] if "all" in figures else [])
    for name, cluster in blocks:
        first = len(rows)
        for j, (retriever, scopes) in enumerate(cluster["retrievers"].items()):
            for k, group in enumerate(scopes["all"]):
                cells = []
                for scope in SCOPES:
                    s = scopes.get(scope, {}).get(group)
                    cells += [str(s["n"]) if s else "0", *(fmt(s.get(m) if s else None) for m in metrics)]
                rows.append((name if j == k == 0 else "", retriever if k == 0 else "", group, *cells))
            breaks.add(len(rows) - 1)
        for group in {r[2] for r in rows[first:]}:  # the best retriever per question group and metric
            same = [i for i in range(first, len(rows)) if rows[i][2] == group]
            bold |= {cell for c in range(3, len(rows[first])) if (c - 3) % (1 + len(metrics))
                     and metrics[(c - 3) % (1 + len(metrics)) - 1] in RANKED
                     for cell in highest(rows, [(i, c) for i in same])}
    columns = ("cluster", "retriever", "questions",
               *(f"{label} {scope}" if scope != "all" else label for scope in SCOPES
                 for label in ("n", *(LABELS[m] for m in metrics))))
    caption = (f"Short answers from Corpus.ask(top_k={figures['settings']['top_k']}) per retriever, on all "
               "questions, then on the dev and test splits. EM and F1: SQuAD v1.1 normalisation, best over the "
               "acceptable answers. num: exact match with numbers compared as values, so a wrong figure scores 0. "
               "ev@3: answerable questions whose first three evidence sentences hold a gold answer. "
               "ans: the share answered. sides: of the questions the gold gives two sides, the share whose "
               "answer shows both; of the answerable ones where the articles agree, the share that shows a "
               "side anyway (lower is better). "
               "Unanswerable questions score 1 for 'no answer'. Bold: the best retriever for that group of "
               "questions.")
    return [Table("Answers: exact match, token F1, number-aware exact", caption, columns, tuple(rows),
                  frozenset(breaks), frozenset(bold))]


SECTION = Section("answers", units, run, tables)
