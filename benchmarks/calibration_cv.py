"""Would the answerer gain from weights fitted on people's questions? Leave-one-set-out figures.

``python benchmarks/calibration_cv.py`` asks every question written for the invented clusters of
tests/data (``questions.jsonl`` beside ``docs/``, and the fresh sets' ``gold.json``; ``--skip``
leaves sets out, such as a round's blind set) and, holding out one set at a time, refits on the
others' questions (1) the calibration (do the candidates hold the answer? logistic regression over
``answer.CALIBRATION`` and the family, its threshold chosen for the most questions right) and (2) the
candidate model (is this candidate the answer? over ``answer.FEATURES``). It prints, over the held-out
sets, how many questions the shipped weights get right against the refitted ones: right means the
answer an exact match (``metrics.exact_match``) of a gold answer, or an abstention on an unanswerable
question. The sets were written by people reading the articles, but the rules were tuned on them (they
are dev), so the figures bound what a refit on such questions could gain rather than promise it.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Callable

import numpy as np
from sklearn.linear_model import LogisticRegression

from summarize.corpus import ANSWER_DEPTH, Corpus, check_question
from summarize.evaluate.metrics import exact_match
from summarize.qa import ANSWER_RETRIEVER
from summarize.qa.answer import FAMILY_NAMES, as_asked, calibration_features, family_of, shipped_weights

ROOT = Path(__file__).resolve().parent.parent
# Thresholds tried for a refitted calibration.
THRESHOLDS = np.linspace(0.02, 0.9, 89)


def clusters(data: Path, skip: set[str]) -> list[tuple[str, list[Path], list[dict]]]:
    """(set, article paths, questions) of every cluster of ``data`` with written questions."""
    out = []
    for qf in sorted(data.glob("*/*/questions.jsonl")):
        rows = [json.loads(line) for line in qf.read_text(encoding="utf-8").splitlines() if line.strip()]
        out.append((qf.parent.parent.name, sorted((qf.parent / "docs").glob("*")), rows))
    for gf in sorted(data.glob("*/*/gold.json")):
        rows = json.loads(gf.read_text(encoding="utf-8")).get("questions", [])
        out.append((gf.parent.parent.name, sorted(gf.parent.glob("*.txt")), rows))
    return [c for c in out if c[0] not in skip and c[1] and c[2]]


def rows(data: Path, skip: set[str]) -> list[dict]:
    """One record per question: its set, family, calibration features, shipped confidence and
    threshold, the answer given at no threshold, and each candidate's features and rightness."""
    out = []
    for name, paths, questions in clusters(data, skip):
        corpus = Corpus.from_paths(paths)
        answerer = corpus._answerer
        for q in questions:
            asked = answerer.resolved(check_question(q["question"]))
            evidence = corpus._best(corpus.retriever(ANSWER_RETRIEVER).scores(asked), ANSWER_DEPTH)
            pick = answerer.pick(asked, evidence, [corpus.window(e.group) for e in evidence])
            golds = q.get("answers", [])
            given = corpus.ask(q["question"], min_confidence=0.0).answer
            out.append({"set": name, "family": family_of(asked), "answerable": bool(golds),
                        "calibration": list(calibration_features(pick.candidates, answerer.clause_fit(asked, pick.candidates))),
                        "confidence": pick.confidence, "threshold": answerer.weights.threshold_for(asked),
                        "right": given is not None and any(exact_match(given, g) for g in golds),
                        "candidates": [(list(c.features), any(exact_match(as_asked(asked, c.text) or "", g) for g in golds))
                                       for c in pick.candidates]})
    return out


def _right(rs: list[dict], confidence: list[float], threshold: list[float]) -> int:
    return int(sum((r["right"] and c >= t) if r["answerable"] else c < t for r, c, t in zip(rs, confidence, threshold)))


def _calibration_x(rs: list[dict]) -> np.ndarray:
    return np.array([r["calibration"] + [float(r["family"] == f) for f in FAMILY_NAMES] for r in rs])


def calibration_cv(records: list[dict], c: float) -> tuple[int, int]:
    """Questions right over the held-out sets: shipped calibration, refitted one."""
    shipped = refit = 0
    for held in sorted({r["set"] for r in records}):
        train = [r for r in records if r["set"] != held]
        test = [r for r in records if r["set"] == held]
        model = LogisticRegression(C=c, max_iter=3000).fit(_calibration_x(train), [r["right"] for r in train])
        seen = model.predict_proba(_calibration_x(train))[:, 1]
        best = max(THRESHOLDS, key=lambda t: _right(train, list(seen), [t] * len(train)))
        shipped += _right(test, [r["confidence"] for r in test], [r["threshold"] for r in test])
        refit += _right(test, list(model.predict_proba(_calibration_x(test))[:, 1]), [best] * len(test))
    return shipped, refit


def candidates_cv(records: list[dict], c: float) -> tuple[int, int]:
    """Answerable questions whose most probable candidate is right over the held-out sets: shipped
    candidate model, refitted one."""
    weights = shipped_weights()

    def top_right(rs: list[dict], score: Callable[[list[float]], float]) -> int:
        return int(sum(max(r["candidates"], key=lambda x: score(x[0]))[1] for r in rs if r["candidates"]))

    shipped = refit = 0
    for held in sorted({r["set"] for r in records}):
        train = [r for r in records if r["set"] != held and r["answerable"]]
        test = [r for r in records if r["set"] == held and r["answerable"]]
        x = np.array([f for r in train for f, _ in r["candidates"]])
        y = np.array([ok for r in train for _, ok in r["candidates"]])
        model = LogisticRegression(C=c, max_iter=3000).fit(x, y)
        shipped += top_right(test, lambda f: weights.intercept + float(np.dot(weights.coef, f)))
        refit += top_right(test, lambda f: float(model.decision_function(np.array([f]))[0]))
    return shipped, refit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--skip", nargs="*", default=[], help="sets to leave out (a blind set)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation of the refits")
    args = parser.parse_args()
    records = rows(args.data, set(args.skip))
    answerable = sum(r["answerable"] for r in records)
    print(json.dumps({"questions": len(records), "answerable": answerable,
                      "sets": len({r["set"] for r in records}),
                      "right_at_no_threshold": sum(r["right"] for r in records),
                      "right_with_perfect_abstention": sum(r["right"] for r in records) + len(records) - answerable}))
    shipped, refit = calibration_cv(records, args.c)
    print(json.dumps({"calibration": {"shipped_right": shipped, "refit_right": refit}}))
    shipped, refit = candidates_cv(records, args.c)
    print(json.dumps({"candidate_model": {"shipped_top_right": shipped, "refit_top_right": refit, "of": answerable}}))


if __name__ == "__main__":
    main()
