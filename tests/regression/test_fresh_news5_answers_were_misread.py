"""Regression: clusters written before the toolkit ran on them (tests/data/fresh_news5): a mine
rescue, an airline takeover, a fraud sentencing, with money in dinars and euros ("€2.4bn", "EUR
8.50"), a claim and its denial, and figures of one thing told by different outlets. A floor on how
many questions are answered as a reader answers them, at what the answerer reached when they were
written; its README lists what it guards."""
import json
import string
from functools import lru_cache
from pathlib import Path

from summarize import Corpus

FRESH = Path(__file__).parent.parent / "data" / "fresh_news5"


@lru_cache(maxsize=None)
def _corpus(cluster: str) -> Corpus:
    return Corpus.from_paths(sorted((FRESH / cluster).glob("*.txt")))


def _rows(cluster: str) -> list[dict]:
    return json.loads((FRESH / cluster / "gold.json").read_text(encoding="utf-8"))["questions"]


def _norm(text: str) -> str:
    return " ".join(text.lower().translate(str.maketrans("", "", string.punctuation)).split())


def _right(cluster: str, row: dict) -> bool:
    answer = _corpus(cluster).ask(row["question"]).answer
    if not row["answers"]:
        return answer is None
    return answer is not None and _norm(answer) in {_norm(a) for a in row["answers"]}


def test_most_questions_are_answered_as_a_reader_answers_them():
    # 49 of 66 when this was written (17 wrong: spans, paraphrases, unanswerable ones answered); 52 after span9 (a
    # gapped "and Castella 118", a price per share, "€180m a year by 2030"); a floor, not a target.
    right = sum(_right(c, r) for c in ("mine", "merger", "trial") for r in _rows(c))
    assert right >= 52
