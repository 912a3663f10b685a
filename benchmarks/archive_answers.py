"""Answers from a pooled archive: every gold cluster's articles (the seeds with the questions of
eval/seeds and eval/seeds-more, every eval/written* set and the MultiLing clusters when present) in one archive with synthetic distractor articles, each gold
question asked through ``Archive.corpus(question=...)``, for each ``--limit`` (how many documents
a question reads).

    python benchmarks/archive_answers.py [--shared ../shared/data/multiling2011] [--distractors 500]
                                         [--limits 5 10 20 30] [--split dev|test|all]

Prints, per limit: EM and F1 (``evaluate.metrics.answer_scores``), evidence recall@3 (one of the
three evidence sentences holds an acceptable answer, compared as SQuAD-normalised text), and the
in-process seconds per question (corpus built and question answered). This is the trade-off
behind ``archive.QUESTION_LIMIT``.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import article, cluster  # noqa: E402

from summarize.corpus import Corpus  # noqa: E402
from summarize.evaluate.metrics import answer_scores  # noqa: E402
from summarize.evaluate.sections.evidence import holds_answer  # noqa: E402
from summarize.persist.archive import Archive  # noqa: E402


def gold(shared: Path | None) -> list[tuple[Path, Path]]:
    """(articles folder, questions file) of every gold cluster found."""
    out = [(REPO / "seeds", REPO / "eval" / name / "questions.jsonl") for name in ("seeds", "seeds-more")]
    out += [(d / "docs", d / "questions.jsonl") for written in sorted((REPO / "eval").glob("written*"))
            for d in sorted(written.iterdir()) if (d / "questions.jsonl").is_file()]
    if shared and shared.is_dir():
        out += [(d / "docs", REPO / "eval" / "multiling2011" / d.name / "questions.jsonl")
                for d in sorted(shared.iterdir()) if (d / "docs").is_dir()]
    return out


def write_distractors(folder: Path, n: int) -> None:
    """``n`` synthetic articles made from the seeds' sentences (near misses for their questions)."""
    seed_texts = [s.text for s in Corpus.from_paths([REPO / "seeds"]).sentences]
    rng = random.Random(n)
    for k in range(n):
        body = cluster(seed_texts, rng, outlets=1, per_doc=20)[0]
        (folder / f"distractor_{k:05d}.txt").write_text(article(body, rng, day=1 + k % 28, headline=f"Report {k}"),
                                                        encoding="utf-8")


def run(shared: Path | None, n_distractors: int, limits: list[int], split: str) -> dict:
    questions = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "pooled.db"
        extra = Path(tmp) / "distractors"
        extra.mkdir()
        write_distractors(extra, n_distractors)
        with Archive(db) as archive:
            for k, (docs, asked) in enumerate(gold(shared)):
                # Clusters may reuse file names (ids): each cluster's files get its own prefix.
                folder = Path(tmp) / f"cluster{k}"
                folder.mkdir()
                for path in sorted(docs.iterdir()):
                    shutil.copy(path, folder / f"c{k}_{path.name}")
                archive.add([folder])
                questions += [r for r in map(json.loads, asked.open()) if split == "all" or r.get("split") == split]
            archive.add([extra])
            out: dict = {"documents": len(archive), "questions": len(questions), "limits": {}}
            for limit in limits:
                scores, recall, seconds = [], [], []
                for q in questions:
                    started = time.perf_counter()
                    result = archive.corpus(question=q["question"], limit=limit).ask(q["question"], top_k=3)
                    seconds.append(time.perf_counter() - started)
                    scores.append(answer_scores(result.answer, q["answers"]))
                    if q["answers"]:
                        recall.append(any(holds_answer(e.text, q["answers"]) for e in result.evidence))
                out["limits"][limit] = {
                    "em": round(statistics.mean(s["em"] for s in scores), 3),
                    "f1": round(statistics.mean(s["f1"] for s in scores), 3),
                    "recall@3": round(statistics.mean(recall), 3),
                    "seconds_median": round(statistics.median(seconds), 3)}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data" / "multiling2011")
    parser.add_argument("--distractors", type=int, default=500)
    parser.add_argument("--limits", type=int, nargs="+", default=[5, 10, 20, 30])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    args = parser.parse_args(argv)
    report = run(args.shared, args.distractors, args.limits, args.split)
    print(f"{report['documents']} documents, {report['questions']} questions ({args.split})")
    for limit, r in report["limits"].items():
        print(f"limit {limit:>3}: EM {r['em']:.3f}  F1 {r['f1']:.3f}  evidence recall@3 {r['recall@3']:.3f}  "
              f"{r['seconds_median']:.3f} s per question")


if __name__ == "__main__":
    main()
