"""BM25's related words (``BM25Retriever.related``) choose which sentences the answerer reads, but a sentence met only
through a related word ("lost" / "missing") is ranked and scored by the words it shares with the question
(``Corpus.evidence``): the answerer's features were fitted on them, and a related word was read as the asked one
(the count still missing answered "How many have lost their lives?")."""
import numpy as np
import pytest

from summarize import Corpus
from summarize.qa.question import parse

# Invented stories: a sentence that shares the question's words, and one that adds a word related to an asked one
# ("lost" / "missing", "jailed" / "detained", "tremor" / "quake").
STORIES = [
    ({"a": "Two climbers died on the ridge on Saturday after a storm, the mountain rescue team said.",
      "b": "The climbers who died on the ridge were part of a group of nine, and two others are still missing."},
     "How many climbers lost their lives on the ridge?"),
    ({"a": "Fourteen supporters were held after the derby, police said.",
      "b": "Police said supporters of both clubs were jailed after the derby, and the ground was closed."},
     "How many supporters were detained after the derby?"),
    ({"a": "The valley shook on Friday, and the tremor damaged two schools.",
      "b": "Engineers checked the schools in the valley after the quake on Friday."},
     "How strong was the tremor in the valley?"),
]


@pytest.mark.parametrize("texts, question", STORIES)
def test_the_evidence_is_ranked_by_the_words_the_question_writes(texts, question):
    corpus = Corpus.from_texts(texts)
    asked = parse(question)
    bm25 = corpus.retriever("bm25")
    read, said = bm25.scores(asked), bm25.said_scores(asked)
    evidence = corpus.evidence(asked, 10)
    assert bm25.related > 0 and not np.allclose(read, said)  # a related word is met: the two scores differ
    assert {e.group.id for e in evidence} == {i for i in range(len(read)) if read[i] > 0}
    assert [e.score for e in evidence] == sorted((e.score for e in evidence), reverse=True)
    assert all(e.score == pytest.approx(said[e.group.id]) for e in evidence)


def test_a_sentence_met_through_a_related_word_alone_joins_the_evidence_last():
    texts = {"a": "The quake measured 5.8 and was felt across the valley.",
             "b": "Schools in the valley stayed shut on Friday.", "c": "Residents slept outdoors."}
    corpus = Corpus.from_texts(texts)
    evidence = corpus.evidence(parse("How strong was the tremor felt in the valley?"), 10)
    assert [e.text for e in evidence][-1] != texts["c"]
    quake = [e for e in evidence if "quake" in e.text]
    assert quake and quake[0].score > 0  # it shares "felt" and "valley": read as it was without the related word
    alone = corpus.evidence(parse("How strong was the tremor?"), 10)
    assert [e.text for e in alone] == [texts["a"]] and alone[0].score == 0.0
