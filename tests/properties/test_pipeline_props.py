"""Properties of dedup, every ranker, selection, retrieval and the API as a whole."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from summarize import Corpus, InputError
from summarize.corpus import ANSWER_DEPTH
from summarize.qa import ANSWER_RETRIEVER
from summarize.qa.question import parse
from summarize.qa.retrieve import RETRIEVER_NAMES, best_hits
from summarize.summary.rankers import RANKER_NAMES, SUMY_NAMES, get_ranker
from summarize.summary.select import word_count

from .strategies import FEW, VOCAB, cluster, examples, sentence

OURS = [n for n in RANKER_NAMES if n not in SUMY_NAMES]


def corpus_or_none(texts):
    try:
        return Corpus.from_texts(texts)
    except InputError:
        assert all(not t.strip() for t in texts.values())
        return None


def check_summary(corpus, picked, *, sentences=None, words=None):
    """Every picked sentence is verbatim from each of its sources; the budget holds."""
    docs = {d.id: d for d in corpus.documents}
    for item in picked:
        for m in item.group.members:
            assert docs[m.doc_id].text[m.start:m.end] == m.text
        assert item.group.representative in item.group.members
        assert item.text in docs[item.group.representative.doc_id].text
        assert set(item.sources) <= set(docs)
        assert np.isfinite(item.score)
    if sentences is not None:
        assert len(picked) <= sentences
    if words is not None:
        assert sum(word_count(i.text) for i in picked) <= words
    assert len({i.group.id for i in picked}) == len(picked)


def as_data(picked):
    return [(i.text, i.sources, round(i.score, 9), [(m.doc_id, m.index) for m in i.group.members]) for i in picked]


@given(cluster)
def test_dedup_partitions_sentences(texts):
    corpus = corpus_or_none(texts)
    if corpus is None:
        return
    groups = corpus.groups
    members = [m for g in groups for m in g.members]
    assert sorted(members) == sorted(corpus.sentences) and len(members) == len(set(members))
    for g in groups:
        assert g.representative in g.members
    by_text = {}
    for g in groups:
        for m in g.members:
            by_text.setdefault(" ".join(m.text.split()), set()).add(g.id)
    assert all(len(ids) == 1 for ids in by_text.values()), "identical sentences in two groups"


@given(sentence, st.integers(2, 30))
def test_all_duplicate_cluster_is_one_group(text, copies):
    corpus = corpus_or_none({f"d{i:02d}": text for i in range(copies)})
    if corpus is None or not corpus.sentences:
        return
    per_doc = len(corpus.sentences) // copies
    assert len(corpus.groups) <= per_doc
    assert all(len(g.sources) == copies for g in corpus.groups)


@given(cluster, st.sampled_from(OURS), st.integers(1, 8), st.booleans())
def test_our_rankers_summaries_are_verbatim_within_budget_and_repeatable(texts, ranker, n, by_words):
    corpus = corpus_or_none(texts)
    if corpus is None:
        return
    budget = {"words": n * 10} if by_words else {"sentences": n}
    picked = corpus.summarize(ranker=ranker, **budget)
    check_summary(corpus, picked, **budget)
    assert as_data(picked) == as_data(Corpus.from_texts(texts).summarize(ranker=ranker, **budget))


@FEW
@given(cluster, st.sampled_from(SUMY_NAMES), st.integers(1, 6))
def test_sumy_rankers_summaries_are_verbatim_within_budget_and_repeatable(texts, ranker, n):
    corpus = corpus_or_none(texts)
    if corpus is None:
        return
    picked = corpus.summarize(ranker=ranker, sentences=n)
    check_summary(corpus, picked, sentences=n)
    assert as_data(picked) == as_data(Corpus.from_texts(texts).summarize(ranker=ranker, sentences=n))


@examples(25)
@given(cluster, st.sampled_from(RANKER_NAMES), st.randoms(use_true_random=False))
def test_summary_does_not_depend_on_input_order(texts, ranker, rnd):
    corpus = corpus_or_none(texts)
    if corpus is None:
        return
    items = list(texts.items())
    rnd.shuffle(items)
    shuffled = Corpus.from_texts(dict(items))
    assert as_data(corpus.summarize(ranker=ranker, sentences=4)) == as_data(shuffled.summarize(ranker=ranker, sentences=4))
    assert [(g.text, g.sources) for g in corpus.groups] == [(g.text, g.sources) for g in shuffled.groups]


@given(cluster, st.sampled_from(OURS))
def test_ranker_scores_are_finite_one_per_group(texts, ranker):
    corpus = corpus_or_none(texts)
    if corpus is None:
        return
    scores = np.asarray(get_ranker(ranker).score(corpus.groups), dtype=float)
    assert scores.shape == (len(corpus.groups),) and np.isfinite(scores).all()


@given(cluster, st.sampled_from(RETRIEVER_NAMES),
       st.lists(st.sampled_from(VOCAB), min_size=1, max_size=12).map(" ".join), st.integers(1, 10))
def test_retrieval_and_answers(texts, retriever, question, k):
    corpus = corpus_or_none(texts)
    if corpus is None:
        return
    try:
        answer = corpus.ask(question + "?", top_k=k, retriever=retriever)
    except InputError as exc:
        assert exc.usage  # only a question without content words is refused
        return
    assert len(answer.evidence) <= k and len({e.group.id for e in answer.evidence}) == len(answer.evidence)
    # the evidence is the sentence the answer was read from (of the answerer's evidence), then what
    # the retriever found; retrieval is by score
    found = corpus.search(question + "?", top_k=max(k, ANSWER_DEPTH), retriever=retriever)
    read = corpus.search(question + "?", top_k=max(k, ANSWER_DEPTH), retriever=ANSWER_RETRIEVER)
    ids, ranked = [e.group.id for e in answer.evidence], {e.group.id for e in found}
    assert set(ids[1:]) <= ranked and (not ids or ids[0] in ranked | {e.group.id for e in read})
    assert all(np.isfinite(e.score) and e.score >= 0 for e in answer.evidence)
    assert all(e.score > 0 for e in answer.evidence if e.group.id in ranked)
    scores = [e.score for e in found]
    assert scores == sorted(scores, reverse=True)
    if answer.answer is not None:
        assert answer.answer.strip()
    raw = corpus.retriever(retriever).scores(parse(question))
    assert raw.shape == (len(corpus.groups),) and np.isfinite(raw).all()
    brute_force = sorted((i for i in range(len(raw)) if raw[i] > 0), key=lambda i: (-raw[i], i))[:k]
    assert [h.index for h in best_hits(raw, k)] == brute_force


@given(st.lists(st.floats(-5, 5, allow_nan=False), max_size=50), st.integers(1, 20))
def test_top_k_is_the_k_best_positive_by_position(values, k):
    scores = np.array(values, dtype=float)
    hits = best_hits(scores, k)
    expected = sorted((i for i, v in enumerate(values) if v > 0), key=lambda i: (-values[i], i))[:k]
    assert [h.index for h in hits] == expected


news_sentence = st.lists(st.sampled_from([w for w in VOCAB if w not in ("Mr.", "U.S.")]), min_size=6,
                         max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")


@given(news_sentence, st.integers(2, 12), st.sampled_from(RANKER_NAMES))
def test_wire_copy_in_every_outlet_is_summarised_with_every_source(text, copies, ranker):
    ids = tuple(f"d{i:02d}" for i in range(copies))
    corpus = Corpus.from_texts({i: text for i in ids})
    groups = corpus.groups
    assert all(g.sources == ids for g in groups)
    picked = corpus.summarize(ranker=ranker, sentences=3)
    check_summary(corpus, picked, sentences=3)
    if any(word_count(g.text) >= 6 for g in groups):
        assert picked and all(p.sources == ids for p in picked)
