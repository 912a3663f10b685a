"""Where the answerer's evidence ranks the sentence that states a gold answer, on the invented
clusters of tests/data (issue 11: a question worded apart from its article misses the sentence a
reader would find).

For every answerable question of each SET's clusters (a folder with gold.json) whose answer some
sentence states, the rank of the first sentence of a retriever (``--retriever``, default the one short
answers are read from, ``ANSWER_RETRIEVER``; headings moved as ``Corpus.ask`` moves them) whose text
contains one of the gold answers (lower case, punctuation as spaces, thousands separators dropped).
Prints recall@1/3/5/10 per set and pooled, and with ``-v`` every question not in the top 10 with the
first sentence that states its answer.

On the dev sets (fresh_news4..17, update_news1, explainer_news1; 1013 questions) at round 29's start,
BM25 (the answers' evidence): recall@1/3/5/10 0.574 / 0.766 / 0.846 / 0.925, 76 not in the top 10; the
passage retriever (the evidence shown): 0.684 / 0.865 / 0.924 / 0.968, 32 not in the top 10.

    PYTHONPATH=$PWD python benchmarks/evidence_rank.py tests/data/fresh_news17 ... [-v] [--retriever passage]
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from summarize import Corpus
from summarize.corpus import check_question
from summarize.qa import ANSWER_RETRIEVER
from summarize.qa.retrieve import RETRIEVER_NAMES, best_hits

KS = (1, 3, 5, 10)


def norm(text: str) -> str:
    """``text`` lower-cased, thousands separators dropped, other punctuation as spaces, padded."""
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text.lower())
    return " " + " ".join(re.sub(r"[^\w%£$€]+", " ", text).split()) + " "


def ranks(cluster: Path, retriever: str = ANSWER_RETRIEVER) -> list[tuple[str, int | None, str]]:
    """Per answerable question of ``cluster`` whose answer a sentence states: the question, the
    1-based rank by ``retriever`` of the first sentence stating a gold answer (None when none of the
    first max(KS) does) and the first sentence of the cluster that states one."""
    corpus = Corpus.from_paths(sorted(cluster.glob("*.txt")))
    out = []
    for row in json.loads((cluster / "gold.json").read_text())["questions"]:
        if not row["answers"]:
            continue
        golds = [norm(a) for a in row["answers"]]
        states = [g for g in corpus.groups if any(a in norm(g.text) for a in golds)]
        if not states:
            continue
        asked = corpus._answerer.resolved(check_question(row["question"], max_chars=corpus.max_question_chars))
        hits = best_hits(corpus._scores(asked, retriever), max(KS))
        found = next((k for k, h in enumerate(hits, 1) if any(a in norm(corpus.groups[h.index].text) for a in golds)),
                     None)
        out.append((row["question"], found, states[0].text))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="Folders of clusters with gold.json.")
    parser.add_argument("-v", "--verbose", action="store_true", help="List the questions not in the top 10.")
    parser.add_argument("--retriever", default=ANSWER_RETRIEVER, choices=RETRIEVER_NAMES)
    args = parser.parse_args(argv)
    pooled: list[int | None] = []
    for name in args.sets:
        found = []
        for cluster in sorted(p for p in name.iterdir() if (p / "gold.json").exists()):
            for question, rank, sentence in ranks(cluster, args.retriever):
                found.append(rank)
                if args.verbose and rank is None:
                    print(f"  MISS {cluster.name}: {question}\n       << {sentence[:150]}")
        pooled += found
        print(report(name.name, found))
    print(report("POOLED", pooled))


def report(label: str, found: list[int | None]) -> str:
    """One line: recall@k of ``found`` ranks and how many are not in the top max(KS)."""
    n = max(len(found), 1)
    at = " ".join(f"r@{k} {sum(r is not None and r <= k for r in found) / n:.3f}" for k in KS)
    return f"{label}: {len(found)} {at} missing {sum(r is None for r in found)}"


if __name__ == "__main__":
    main()
