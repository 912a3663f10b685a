"""20,000 copies of one sentence took 107 s and 17 GB: every row was "heavy" (its common terms
alone reached the threshold) and all n²/2 pairs were built. Exact repeats now collapse by their
normalised text before pairing, heavy near-repeats are compared within a window, and support,
conflicts and TF-IDF handle each wording once; every copy stays a member, with its provenance."""
import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from summarize.corpus import Corpus
from summarize.stages import dedup
from summarize.text import similarity

SENTENCE = "The regional council said on Tuesday that 42 families had been moved from homes near the river."


def _counting(monkeypatch) -> list[int]:
    """Record how many pairs each call of dedup's pair search returns."""
    counts: list[int] = []
    real = dedup.pair_arrays

    def counted(matrix, threshold, **kwargs):
        i, j, v = real(matrix, threshold, **kwargs)
        counts.append(len(i))
        return i, j, v

    monkeypatch.setattr(dedup, "pair_arrays", counted)
    return counts


def test_identical_sentences_are_one_group_with_every_member_and_source(monkeypatch):
    counts = _counting(monkeypatch)
    texts = {f"d{k:02d}": " ".join([SENTENCE] * 50) for k in range(40)}  # 2,000 copies in 40 documents
    corpus = Corpus.from_texts(texts)
    assert len(corpus.sentences) == 2000
    [group] = corpus.groups
    assert counts == [0]  # one distinct text: nothing to pair
    assert sorted(m.key for m in group.members) == sorted(s.key for s in corpus.sentences)
    assert group.sources == tuple(sorted(texts))
    by_id = {d.id: d for d in corpus.documents}
    assert all(by_id[m.doc_id].text[m.start:m.end] == m.text for m in group.members)


@pytest.mark.parametrize("n", [300, 1200])
def test_heavy_near_repeats_cost_pairs_linear_in_n(monkeypatch, n):
    """Sentences that differ only in letter case have identical rows; with every term common
    they are all heavy: past HEAVY_ALL_PAIRS they are compared within a window, at most
    HEAVY_WINDOW pairs a row, and still end up in one group."""
    counts = _counting(monkeypatch)
    monkeypatch.setattr(similarity, "HEAVY_ALL_PAIRS", 100)
    monkeypatch.setattr(similarity, "COMMON_MIN_DF", 10)
    words = SENTENCE.split()
    variants = [" ".join(w.upper() if (k >> i) & 1 else w for i, w in enumerate(words)) for k in range(n)]
    corpus = Corpus.from_texts({"a": " ".join(variants)})
    assert len(corpus.groups) == 1 and len(corpus.groups[0].members) == n
    assert counts[0] <= similarity.HEAVY_WINDOW * n < n * (n - 1) // 2


def test_rare_term_candidates_cost_pairs_linear_in_n(monkeypatch):
    """The same near-repeats with every term rare: each row keeps its MAX_CANDIDATES best."""
    counts = _counting(monkeypatch)
    monkeypatch.setattr(similarity, "MAX_CANDIDATES", 20)
    words = SENTENCE.split()
    n = 600
    variants = [" ".join(w.upper() if (k >> i) & 1 else w for i, w in enumerate(words)) for k in range(n)]
    corpus = Corpus.from_texts({"a": " ".join(variants)})
    assert len(corpus.groups) == 1
    assert counts[0] <= 20 * n < n * (n - 1) // 2


def test_candidates_are_capped_per_row(monkeypatch):
    """Rows sharing a rare term with many others keep their best MAX_CANDIDATES candidates."""
    monkeypatch.setattr(similarity, "MAX_CANDIDATES", 3)
    texts = [f"Harbour pilots in Lisbon counted {k} ferries crossing the estuary on Monday." for k in range(60)]
    matrix = similarity.tfidf(texts)
    i, j, _ = similarity.pair_arrays(matrix, 0.15)
    assert i.size  # every pair qualifies (cosine 0.19): without the cap there would be 60 * 59 / 2
    assert np.bincount(i, minlength=len(texts)).max() <= 3
    labels = dedup._components(len(texts), i, j)
    assert len(set(labels.tolist())) == 1  # still one group: the capped links keep it connected


def test_tfidf_of_repeated_texts_matches_sklearn():
    texts = [SENTENCE, "Rain fell on the river.", SENTENCE, "", "the of", "Rain fell on the river."] * 5
    for bigrams in (True, False):
        ours = similarity.tfidf(texts, bigrams=bigrams)
        analyzer = similarity._features if bigrams else similarity._unigrams
        theirs = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, dtype=np.float32).fit_transform(texts)
        # Same rows, same non-zeros, values equal up to float32 rounding.
        assert ours.shape == theirs.shape and (abs(ours - theirs) > 1e-6).nnz == 0
        assert ((ours != 0) != (theirs != 0)).nnz == 0


def test_conflicts_over_copies_keep_every_position():
    texts = {"a": "Officials said the flood killed 5 people in the town. " * 3,
             "b": "Officials said the flood killed 5 people in the town.",
             "c": "Officials said the flood killed 7 people in the town."}
    [conflict] = Corpus.from_texts(texts).conflicts()
    five = next(s for s in conflict.sides if s.value.startswith("5"))
    assert five.sources == ("a", "b")
    assert five.positions == (("a", 0), ("a", 1), ("a", 2), ("b", 0))


def test_quadratic_sumy_rankers_refuse_large_clusters(monkeypatch):
    from summarize.errors import InputError
    from summarize.summary.rankers import sumy

    monkeypatch.setattr(sumy, "MAX_SENTENCES", 50)
    corpus = Corpus.from_texts({"a": " ".join(f"The river rose {k} centimetres at the {k}th gauge on Monday."
                                              for k in range(60))})
    assert len(corpus.groups) > 50
    with pytest.raises(InputError, match="at most 50"):
        corpus.summarize(ranker="lexrank")
    assert corpus.summarize(ranker="graph")  # the sparse rankers have no such limit
