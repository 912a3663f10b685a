"""BM25's related words (``BM25Retriever.related``): a question worded apart from the article still
reaches the sentence that answers it, so the answerer reads it (issue 11)."""
import numpy as np
import pytest

from summarize.qa.question import parse
from summarize.qa.retrieve import BM25Retriever, best_hits, get_retriever, related_terms, tuned_related

# Invented stories: the sentence that answers shares no word with the question, only a related one
# ("tremor" / "quake", "detained" / "jailed", "probe" / "investigation").
STORIES = [
    (["The quake measured 5.8 and was felt across the valley on Friday.",
      "Schools in the valley stayed shut while engineers checked the buildings.",
      "Residents were told to sleep outdoors overnight."],
     "How strong was the tremor?", 0),
    (["The derby ended 2-1 after a late penalty.",
      "Police said 14 supporters were jailed overnight after clashes outside the ground.",
      "Fans of both clubs had been kept apart before kick-off."],
     "How many fans were detained after the derby?", 1),
    (["The spill spread along four kilometres of beach.",
      "The Coastal Protection Board has begun an investigation, a spokeswoman said.",
      "Volunteers cleaned oiled birds at a centre in the harbour."],
     "Which agency opened a probe into the spill?", 1),
]


@pytest.mark.parametrize("texts, question, answer", STORIES)
def test_a_sentence_worded_apart_is_reached_by_a_related_word(texts, question, answer):
    plain = BM25Retriever().fit(texts)
    kin = BM25Retriever(related=0.1).fit(texts)
    asked = parse(question)
    assert answer not in [h.index for h in best_hits(plain.scores(asked), len(texts))]
    assert answer in [h.index for h in best_hits(kin.scores(asked), len(texts))]
    # a related word weighs less than an asked one: a sentence that shares a word keeps its score
    said = plain.scores(asked) > 0
    assert np.allclose(kin.scores(asked)[said], plain.scores(asked)[said])


def test_the_related_words_are_neither_asked_nor_the_question_s_small_words():
    texts, question, _ = STORIES[1]
    fitted = BM25Retriever().fit(texts)
    asked = parse(question)
    found = related_terms(asked, fitted.by_stem_, set(fitted.asked(asked)))
    assert "jail" in found
    assert not set(found) & set(fitted.asked(asked))
    assert related_terms(parse("How many were there?"), fitted.by_stem_, set()) == []


def test_a_saved_bm25_index_keeps_the_words_by_their_stem():
    texts, question, answer = STORIES[0]
    fitted = BM25Retriever(related=0.1).fit(texts)
    loaded = BM25Retriever.from_state(fitted.to_state(), len(texts), related=0.1)
    assert np.allclose(loaded.scores(parse(question)), fitted.scores(parse(question)))
    assert best_hits(loaded.scores(parse(question)), 1)[0].index == answer


def test_the_named_bm25_weighs_related_words_as_chosen_on_generated_questions():
    assert 0.0 < tuned_related() < 1.0
    assert get_retriever("bm25").related == tuned_related()
