import pytest

from summarize.model import Sentence
from summarize.stages.dedup import group_sentences


def sents(*pairs):
    counters = {}
    out = []
    for d, t in pairs:
        i = counters.get(d, 0)
        counters[d] = i + 1
        out.append(Sentence(d, i, t, 0, len(t)))
    return out


def test_wire_copy_groups_and_different_facts_do_not():
    s = sents(("a", "The intelligence service said Mr Kim will likely receive special protocol and security measures."),
              ("b", "The intelligence service said Mr Kim will likely receive special protocol and security measures, a lawmaker said."),
              ("c", "The intelligence service said North Korea has sent around 15,000 troops to Russia."),
              ("a", "Rain is expected in the capital on Thursday."))
    groups = group_sentences(s)
    assert len(groups) == 3
    first = groups[0]
    assert {m.doc_id for m in first.members} == {"a", "b"} and first.sources == ("a", "b")
    assert first.representative in first.members


def test_identical_sentences_in_two_documents_keep_both_provenances():
    s = sents(("x", "Officials confirmed the bridge will reopen."), ("y", "Officials confirmed the bridge will reopen."))
    (g,) = group_sentences(s)
    assert [m.key for m in g.members] == [("x", 0), ("y", 0)]


def test_threshold_controls_grouping():
    s = sents(("a", "Kim left Pyongyang for China on Monday and crossed into China early Tuesday morning."),
              ("b", "Kim left the capital Pyongyang for Beijing on Monday and crossed the Chinese border first thing on Tuesday."))
    assert len(group_sentences(s, threshold=0.2)) == 1
    assert len(group_sentences(s, threshold=0.95)) == 2


def test_sentences_without_content_words_and_empty_input():
    assert group_sentences([]) == []
    s = sents(("a", "It is."), ("b", "It is."), ("c", "Was it?"))
    assert sorted(len(g.members) for g in group_sentences(s)) == [1, 2]


@pytest.mark.parametrize("bad", [0.0, -0.1, 1.5])
def test_bad_threshold_is_rejected(bad):
    with pytest.raises(ValueError, match="threshold"):
        group_sentences(sents(("a", "Some text here.")), threshold=bad)


def test_seed_duplicates_cross_outlets(seeds):
    dups = seeds.duplicates()
    assert dups and all(len(g.sources) >= 2 for g in dups)
    texts = [g.text for g in dups]
    assert any("special protocol and security measures" in t for t in texts)
    # Every sentence lands in exactly one group.
    keys = [m.key for g in seeds.groups for m in g.members]
    assert sorted(keys) == sorted(s.key for s in seeds.sentences)


def test_pair_arrays_exact_when_common_terms_are_split_off(monkeypatch):
    """With every term counted as common or rare by a tiny cap, the pruned search still finds
    exactly the pairs a brute-force product finds."""
    import numpy as np

    from summarize.text import similarity

    texts = [f"The {w} council met in {p} on Monday to discuss the {w} budget." for w in
             ("harbour", "river", "school", "road") for p in ("Lisbon", "Oslo", "Quito")]
    texts += ["Council budget Monday.", "The council met.", "Rain fell on the river harbour."]
    matrix = similarity.tfidf(texts)
    dense = (matrix @ matrix.T).toarray()
    for threshold in (0.3, 0.5, 0.8):
        want = {(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts)) if dense[i, j] >= threshold}
        monkeypatch.setattr(similarity, "COMMON_MIN_DF", 2)
        i, j, v = similarity.pair_arrays(matrix, threshold, chunk_rows=4)
        assert set(zip(i.tolist(), j.tolist())) == want
        assert np.allclose(v, [dense[a, b] for a, b in zip(i, j)], atol=1e-5)
