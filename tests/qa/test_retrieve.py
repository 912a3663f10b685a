import numpy as np
import pytest

from summarize.qa.retrieve import RETRIEVER_NAMES, best_hits, get_retriever

TEXTS = ["The train journey to Beijing takes 24 hours.",
         "Putin arrived in China on Sunday.",
         "The parade will last 70 minutes.",
         "The armoured train has 90 carriages."]


@pytest.mark.parametrize("name", RETRIEVER_NAMES)
def test_best_match_first(name):
    r = get_retriever(name).fit(TEXTS)
    hits = best_hits(r.scores("How many carriages does the train have?"), 2)
    assert hits[0].index == 3


@pytest.mark.parametrize("name", RETRIEVER_NAMES)
def test_unknown_words_and_empty_index(name):
    r = get_retriever(name).fit(TEXTS)
    assert best_hits(r.scores("zebra xylophone"), 3) == []
    empty = get_retriever(name).fit([])
    assert len(empty.scores("train")) == 0


def test_top_k_breaks_ties_by_position_and_checks_k():
    assert [h.index for h in best_hits(np.array([1.0, 2.0, 2.0, 0.0]), 3)] == [1, 2, 0]
    with pytest.raises(ValueError):
        best_hits(np.zeros(2), 0)


def test_unknown_retriever():
    with pytest.raises(ValueError, match="bm25"):
        get_retriever("grep")
