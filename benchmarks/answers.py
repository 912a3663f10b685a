"""Short answers and evidence recall per gold split (dev/test), per cluster and on a pooled archive.

``python benchmarks/answers.py --split dev`` scores ``Corpus.ask`` and ``Corpus.search`` on the gold
questions of eval/seeds (odd lines = dev, even = test), eval/multiling2011 and eval/written (their "split" field),
each cluster alone and all clusters pooled into one Corpus; evidence recall of the passage
retriever is compared with plain sentence BM25 in the same run. Needs ../shared (or
$SUMMARIZE_SHARED) for the MultiLing articles.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from collections import defaultdict
from pathlib import Path

from summarize.corpus import Corpus
from summarize.errors import InputError
from summarize.evaluate.gold import _question, default_split, read_cluster
from summarize.evaluate.metrics import answer_scores, first_hit, recall_at
from summarize.evaluate.sections.evidence import is_hit
from summarize.qa import DEFAULT_RETRIEVER

ROOT = Path(__file__).resolve().parent.parent
# eval/written's clusters reuse file names (doc ids), so they are scored alone and left out of the pool.
WRITTEN = sorted(p for p in (ROOT / "eval" / "written").iterdir() if p.is_dir())
GOLD = [ROOT / "eval" / "seeds", *sorted((ROOT / "eval" / "multiling2011").glob("M00*")), *WRITTEN]
SHARED = Path(os.environ.get("SUMMARIZE_SHARED", ROOT.parent / "shared")) / "data"


def docs_of(folder: Path) -> Path:
    """The cluster's documents folder; MultiLing's come from ../shared (or $SUMMARIZE_SHARED)."""
    try:
        return read_cluster(folder).docs
    except InputError:
        return SHARED / folder.parent.name / folder.name / "docs"


def split_questions(folder: Path, split: str):
    """The gold questions of ``split`` in ``folder``: the "split" field, else odd lines = dev."""
    lines = [json.loads(l) for l in (folder / "questions.jsonl").read_text().splitlines() if l.strip()]
    return [q for q in (_question({"split": default_split(i), **d}) for i, d in enumerate(lines, 1))
            if split in (q.split, "all")]


def ranks(corpus: Corpus, questions, retriever: str) -> list:
    out = []
    for q in questions:
        if q.answerable:
            try:
                hits = corpus.search(q.question, top_k=5, retriever=retriever)
            except InputError:
                hits = []
            out.append(first_hit(is_hit(e, q) for e in hits))
    return out


def recall(r: list) -> dict:
    return {f"R@{k}": round(recall_at(r, k), 3) for k in (1, 3, 5)}


def answers(corpus: Corpus, questions, retriever: str, min_confidence: float | None) -> tuple[dict, list]:
    by = defaultdict(list)
    rows, times = [], []
    for q in questions:
        t = time.perf_counter()
        try:
            got = corpus.ask(q.question, retriever=retriever, min_confidence=min_confidence)
            a, confidence = got.answer, got.confidence
        except InputError:
            a, confidence = None, 0.0
        times.append(time.perf_counter() - t)
        s = answer_scores(a, q.answers)
        kinds = ["all", f"type:{q.type}", "answerable" if q.answerable else "unanswerable"]
        for k in kinds:
            by[k].append((s, a))
        rows.append({"q": q.question, "type": q.type, "pred": a, "gold": list(q.answers[:3]), "conf": confidence,
                     "em_if_answered": answer_scores(a, q.answers)["em"] if a else 0.0,
                     "em": s["em"], "f1": round(s["f1"], 2)})
    table = {k: {"n": len(v), "em": round(sum(s["em"] for s, _ in v) / len(v), 3),
                 "f1": round(sum(s["f1"] for s, _ in v) / len(v), 3),
                 "answered": round(sum(a is not None for _, a in v) / len(v), 3)} for k, v in by.items()}
    table["ask_ms_mean"] = round(1000 * sum(times) / max(len(times), 1), 1)
    return table, rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    parser.add_argument("--retriever", default=DEFAULT_RETRIEVER, help="The retriever Corpus.ask uses.")
    parser.add_argument("--passage", default="passage", help="The retriever whose recall is measured.")
    parser.add_argument("--baseline", default="bm25", help="The retriever it is compared with.")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--no-pool", action="store_true")
    parser.add_argument("--min-confidence", type=float)
    parser.add_argument("--sweep", action="store_true", help="EM and abstention over thresholds (clusters alone).")
    args = parser.parse_args()
    result, details, pooled_q = {}, {}, []
    for folder in GOLD:
        corpus = Corpus.from_paths([docs_of(folder)])
        qs = split_questions(folder, args.split)
        pooled_q += [] if folder in WRITTEN else qs
        table, rows = answers(corpus, qs, args.retriever, args.min_confidence)
        result[folder.name] = {"answers": table, "recall": recall(ranks(corpus, qs, args.passage)),
                                "recall_baseline": recall(ranks(corpus, qs, args.baseline))}
        details[folder.name] = rows
        print(folder.name, json.dumps(result[folder.name]), flush=True)
    if not args.no_pool:
        pooled = Corpus.from_paths([docs_of(f) for f in GOLD if f not in WRITTEN])
        table, rows = answers(pooled, pooled_q, args.retriever, args.min_confidence)
        result["pooled"] = {"answers": table, "recall": recall(ranks(pooled, pooled_q, args.passage)),
                            "recall_baseline": recall(ranks(pooled, pooled_q, args.baseline))}
        print("pooled", json.dumps(result["pooled"]), flush=True)
    if args.sweep:
        every = [r for rows in details.values() for r in rows]
        for t in (0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2):
            ok = [r for r in every if r["gold"]]
            no = [r for r in every if not r["gold"]]
            em = (sum(r["em_if_answered"] for r in ok if r["conf"] >= t) + sum(r["conf"] < t for r in no)) / len(every)
            print(f"t={t:.2f} em={em:.3f} answered={sum(r['conf'] >= t for r in ok) / len(ok):.3f} "
                  f"abstained_unanswerable={sum(r['conf'] < t for r in no) / max(len(no), 1):.3f}")
    if args.out:
        args.out.write_text(json.dumps({"figures": result, "questions": details}, indent=1))


if __name__ == "__main__":
    main()
