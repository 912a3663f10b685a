import numpy as np
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import RETRIEVER_NAMES, Layout, best_hits, get_retriever

TEXTS = ["The train journey to Beijing takes 24 hours.",
         "Putin arrived in China on Sunday.",
         "The parade will last 70 minutes.",
         "The armoured train has 90 carriages."]


@pytest.mark.parametrize("name", RETRIEVER_NAMES)
def test_best_match_first(name):
    r = get_retriever(name).fit(TEXTS)
    hits = best_hits(r.scores(parse("How many carriages does the train have?")), 2)
    assert hits[0].index == 3


@pytest.mark.parametrize("name", RETRIEVER_NAMES)
def test_unknown_words_and_empty_index(name):
    r = get_retriever(name).fit(TEXTS)
    assert best_hits(r.scores(parse("zebra xylophone")), 3) == []
    empty = get_retriever(name).fit([])
    assert len(empty.scores(parse("train"))) == 0


def test_top_k_breaks_ties_by_position_and_checks_k():
    assert [h.index for h in best_hits(np.array([1.0, 2.0, 2.0, 0.0]), 3)] == [1, 2, 0]
    with pytest.raises(ValueError):
        best_hits(np.zeros(2), 0)


def test_unknown_retriever():
    with pytest.raises(ValueError, match="bm25"):
        get_retriever("grep")


def test_passage_retrieval_finds_the_sentence_after_the_match():
    # The question's words are in the first sentence of an article; the answer follows it.
    texts = ["The mayor opened the new harbour bridge on Friday.",
             "She said it had cost 40 million dollars.",
             "A storm closed the harbour road.",
             "The council met on Monday."]
    where = Layout(docs=(("a",), ("a",), ("b",), ("c",)), neighbours=((1,), (0,), (), ()))
    question = parse("How much did the bridge the mayor opened cost?")
    passage = get_retriever("passage").fit(texts, layout=where).scores(question)
    plain = get_retriever("bm25").fit(texts).scores(question)
    assert passage[1] > passage[2] and passage[1] > 0
    assert plain[1] < passage[1] / passage.max() * plain.max()


def test_passage_expansion_adds_terms_from_the_best_documents():
    texts = ["The airline grounded its fleet.", "Pilots walked out over pay.", "Fleet grounded after the pilots strike."]
    where = Layout(docs=(("a",), ("a",), ("b",)), neighbours=((1,), (0,), ()))
    r = get_retriever("passage").fit(texts, layout=where)
    expanded = dict(r._expansion(r.documents_.term_scores(["airlin"]), {"airlin"}))
    assert "fleet" in expanded and "airlin" not in expanded


def test_pooled_clusters_find_the_passage_in_the_right_cluster():
    pooled = Corpus.from_texts({
        "storm_a": "The storm hit the island on Friday. It flattened 300 homes, officials said.",
        "storm_b": "Winds reached 200 km per hour as the storm made landfall on the island.",
        "vote_a": "Voters went to the polls on Sunday. Turnout was 300 thousand, officials said.",
        "vote_b": "The vote count ended on Monday with the governing party ahead.",
    })
    hits = pooled.search("How many homes did the storm flatten on the island?", top_k=2)
    assert hits[0].group.representative.doc_id == "storm_a" and "300 homes" in hits[0].text
