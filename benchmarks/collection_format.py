"""The gold clusters read as the news collections (DUC, TREC, TAC) give their articles.

    python benchmarks/collection_format.py [--workdir DIR] [--shared ../shared]

Every gold cluster with articles (eval/seeds, eval/multiling2011, every eval/written* set)
is copied with each article rewritten as the collections' SGML: ``<DOC>``, ``<DOCNO>``,
``<DATE_TIME>``, ``<TEXT>`` hard-wrapped at 72 columns with no paragraph marks (DUC 2004's
layout). ``summarize eval`` then runs on the copies and on the originals, in the same run, and the
script prints answers (EM / F1, answered, abstained), disagreements (right / reported, found /
gold) and the default summary's ROUGE-1/2 F1 for both, each half separately. The two columns
should agree: reading the collections' layout must not cost quality.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarize.evaluate.runner import read_golds  # noqa: E402
from summarize.ingest.load import load_paths  # noqa: E402

GOLD = ("eval/seeds", "eval/multiling2011", *sorted(str(p.relative_to(REPO)) for p in REPO.glob("eval/written*")))
WIDTH = 72


def as_collection(text_id: str, title: str, date: str, body: str) -> str:
    """One article in the collections' SGML, its text wrapped at ``WIDTH`` with no paragraph marks."""
    wrapped = textwrap.fill(" ".join(body.split()), WIDTH, break_on_hyphens=False)
    dated = f"<DATE_TIME> {date} </DATE_TIME>\n" if date else ""
    headline = f"<HEADLINE> {title} </HEADLINE>\n" if title else ""
    return f"<DOC>\n<DOCNO> {text_id} </DOCNO>\n{dated}{headline}<TEXT>\n{wrapped}\n</TEXT>\n</DOC>\n"


def rewrite(gold: list[Path], into: Path) -> list[Path]:
    """Copies of the gold clusters under ``into`` with their articles as the collections give them."""
    out = []
    for cluster in read_golds(gold):
        if cluster.docs is None:
            continue
        dest = into / cluster.name
        shutil.copytree(cluster.path, dest)
        meta = json.loads((cluster.path / "cluster.json").read_text(encoding="utf-8"))
        if meta.get("refs"):
            meta["refs"] = str((cluster.path / meta["refs"]).resolve())
        meta["docs"] = "collection"
        (dest / "cluster.json").write_text(json.dumps(meta), encoding="utf-8")
        (dest / "collection").mkdir()
        for doc in load_paths([cluster.docs]):
            (dest / "collection" / f"{doc.id}.sgml").write_text(
                as_collection(doc.id, doc.title, doc.date, doc.text[doc.body_start:]), encoding="utf-8")
        out.append(dest)
    return out


def evaluate(gold: list[Path], out: Path) -> dict:
    """``summarize eval --json`` over ``gold``."""
    args = [sys.executable, "-m", "summarize", "eval", "--json", "--out", str(out)]
    for g in gold:
        args += ["--gold", str(g)]
    done = subprocess.run(args, cwd=REPO, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def figures(result: dict, split: str) -> dict[str, str]:
    """Answers and disagreements for one half of ``result``."""
    rows = [q for c in result["answers"]["clusters"].values() for q in c["questions"] if q["split"] == split]
    answerable = [q for q in rows if q["answerable"]]
    unanswerable = [q for q in rows if not q["answerable"]]
    em = sum(q["scores"]["bm25"]["em"] for q in rows) / max(len(rows), 1)
    f1 = sum(q["scores"]["bm25"]["f1"] for q in rows) / max(len(rows), 1)
    count = {"good": 0, "predicted": 0, "found": 0, "gold": 0}
    for cluster in result["conflicts"]["clusters"].values():
        for key in count:
            count[key] += cluster["splits"].get(split, {}).get(key, 0)
    return {"answers EM / F1": f"{em:.3f} / {f1:.3f}",
            "answered / abstained": f"{sum(q['predicted']['bm25'] is not None for q in answerable)} of {len(answerable)} / "
                                    f"{sum(q['predicted']['bm25'] is None for q in unanswerable)} of {len(unanswerable)}",
            "disagreements right / found": f"{count['good']} of {count['predicted']} / {count['found']} of {count['gold']}"}


def summary_rouge(result: dict) -> str:
    """The default summary's ROUGE-1 / ROUGE-2 F1 against each reference, mean over the clusters."""
    scores = [c["rankers"]["default"]["mean"] for c in result["summaries"]["clusters"].values()]
    return " / ".join(f"{100 * sum(s[k] for s in scores) / len(scores):.2f}" for k in ("rouge1", "rouge2"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=None, help="Where the copies go (default: a temporary folder).")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="The shared data (MultiLing articles).")
    args = parser.parse_args()
    os.environ.setdefault("SUMMARIZE_SHARED", str(args.shared.resolve()))
    work = args.workdir or Path(tempfile.mkdtemp(prefix="collection-"))
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    gold = [REPO / g for g in GOLD]
    original = evaluate(gold, work / "out-original")
    collection = evaluate(rewrite(gold, work / "gold"), work / "out-collection")
    print("| half | figure | as written | as the collections give it |\n|---|---|---|---|")
    for split in ("dev", "test"):
        before, after = figures(original, split), figures(collection, split)
        for name in before:
            print(f"| {split} | {name} | {before[name]} | {after[name]} |")
    print(f"| all | default summary R-1 / R-2 F1 | {summary_rouge(original)} | {summary_rouge(collection)} |")


if __name__ == "__main__":
    main()
