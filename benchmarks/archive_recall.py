"""Which FTS5 text finds the answer sentence: SQLite's porter tokenizer over the raw sentence, or the
project's own stemmed terms (``text.tokens.terms``: Snowball, irregular verbs, stop words dropped)?

    python benchmarks/archive_recall.py [--shared ../shared/data/multiling2011] [--distractors 20000]

All gold clusters go into one archive (so every question has distractors from other events),
with ``--distractors`` synthetic sentences made from the seeds (near misses for their questions);
for each question with gold answers, recall@k is 1 when one of the k sentences FTS5 ranks best
(``bm25()``) holds one of the answers. The archive ships the better of the two.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import write_corpus  # noqa: E402

from summarize.corpus import Corpus  # noqa: E402
from summarize.persist.archive import match_any  # noqa: E402
from summarize.qa.answer import key_terms  # noqa: E402
from summarize.text.tokens import normalise_word, terms, words  # noqa: E402

KS = (1, 5, 20, 100)
VARIANTS = {
    # name: (FTS5 tokenizer, the text indexed for a sentence, the words a question searches for)
    "porter": ("porter unicode61", lambda s: s, lambda q: _raw_key_words(q)),
    "stemmed terms": ("unicode61", lambda s: " ".join(terms(s)), lambda q: key_terms(q) or terms(q)),
}


def _raw_key_words(question: str) -> list[str]:
    """The question's words as written whose stems are its key terms (the same words both search for)."""
    keys = set(key_terms(question) or terms(question))
    return [w for w in map(normalise_word, words(question)) if set(terms(w)) & keys]


def clusters(shared: Path | None) -> list[tuple[list[Path], Path]]:
    """(article paths, questions file) of every gold cluster found."""
    out = [([REPO / "seeds"], REPO / "eval" / "seeds" / "questions.jsonl")]
    if shared and shared.is_dir():
        out += [([d / "docs"], REPO / "eval" / "multiling2011" / d.name / "questions.jsonl")
                for d in sorted(shared.iterdir()) if (d / "docs").is_dir()]
    return out


def distractors(n: int) -> list[str]:
    """About ``n`` synthetic news sentences (benchmarks/synth.py), made from the seeds' own
    sentences: hard distractors for the seed questions."""
    seed_texts = [s.text for s in Corpus.from_paths([REPO / "seeds"]).sentences]
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(seed_texts, Path(tmp), sentences=n, seed=n)
        return [s.text for s in Corpus.from_paths([tmp]).sentences]


def recall(shared: Path | None, n_distractors: int) -> dict:
    sentences: list[str] = []
    asked: list[tuple[str, list[str]]] = []
    for paths, gold in clusters(shared):
        sentences += [s.text for s in Corpus.from_paths(paths).sentences]
        asked += [(r["question"], r["answers"]) for r in map(json.loads, gold.open()) if r.get("answers")]
    gold_sentences = len(sentences)
    sentences += distractors(n_distractors) if n_distractors else []
    out = {"sentences": len(sentences), "questions": len(asked)}
    for name, (tokenizer, indexed, searched) in VARIANTS.items():
        db = sqlite3.connect(":memory:")
        db.execute(f"CREATE VIRTUAL TABLE f USING fts5(t, tokenize='{tokenizer}')")
        db.executemany("INSERT INTO f(rowid, t) VALUES (?, ?)", [(k, indexed(s)) for k, s in enumerate(sentences)])
        found = {k: 0 for k in KS}
        for question, answers in asked:
            ranked = [r[0] for r in db.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rank LIMIT ?",
                                               (match_any(searched(question)), max(KS)))]
            hits = [n for n, row in enumerate(ranked)
                    if row < gold_sentences and any(a.lower() in sentences[row].lower() for a in answers)]
            for k in KS:
                found[k] += bool(hits) and hits[0] < k
        out[name] = {f"recall@{k}": round(found[k] / len(asked), 3) for k in KS}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = Path(os.environ.get("SUMMARIZE_SHARED", REPO.parent / "shared")) / "data" / "multiling2011"
    parser.add_argument("--shared", type=Path, default=shared, help="The MultiLing 2011 clusters (skipped when absent).")
    parser.add_argument("--distractors", type=int, default=0, help="Add about this many synthetic sentences.")
    args = parser.parse_args()
    print(json.dumps(recall(args.shared, args.distractors), indent=1))


if __name__ == "__main__":
    main()
