"""How many disagreements show both sides, and how many agreeing questions show a side, on three
invented wire clusters in the collections' layout (tests/data/sides_news2): floors and ceilings
at what the answerer reaches, so that a change that loses a side or adds a false one fails."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.metrics import answer_scores

DATA = Path(__file__).parents[1] / "data" / "sides_news2"
CLUSTERS = ("balloon", "launch", "tunnel")
STANCES = {"affirms": "yes", "denies": "no"}
# Both sides shown on at least this many of the 21 disagreements; a side shown on at most this
# many of the 20 questions where the articles agree (README.md lists the misses by kind; one
# rival day fewer at RIVAL_SHARE_TOLD 0.3).
BOTH_SIDES = 8
FALSE_SIDES = 1


@pytest.fixture(scope="module")
def counts():
    both = false = disputed = agreed = 0
    for cluster in CLUSTERS:
        corpus = Corpus.from_paths([DATA / cluster / "docs"])
        for row in map(json.loads, (DATA / cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines()):
            answer = corpus.ask(row["question"])
            shown = [STANCES.get(s.value, s.value) for c in answer.conflicts if c.kind != "updated" for s in c.sides]
            if "conflict" in row:
                disputed += 1
                both += all(any(answer_scores(v, side["answers"])["f1"] >= 0.5 for v in shown)
                            for side in row["conflict"]["sides"])
            else:
                agreed += 1
                false += bool(shown)
    return both, disputed, false, agreed


def test_the_clusters_hold_the_questions_written_for_them(counts):
    assert counts[1] == 21 and counts[3] == 20


def test_disagreements_show_both_sides(counts):
    assert counts[0] >= BOTH_SIDES


def test_agreeing_questions_show_no_more_false_sides(counts):
    assert counts[2] <= FALSE_SIDES
