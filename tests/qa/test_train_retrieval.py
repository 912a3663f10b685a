"""The passage weights' script: the cases it scores and the file it writes."""
import importlib.util
import random
import typing

from summarize.corpus import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import PassageRetriever, PassageWeights

from ..conftest import REPO
from .test_train_answerer import FERRY, STADIUM, trained_twice

spec = importlib.util.spec_from_file_location("train_retrieval", REPO / "scripts" / "train_retrieval.py")
train_retrieval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train_retrieval)


def test_a_case_left_without_its_source_is_found_in_another_outlet():
    corpora = [Corpus.from_texts(FERRY), Corpus.from_texts(STADIUM)]
    cases = train_retrieval.cases(corpora, per_cluster=50, seed=0)
    assert cases
    for case in cases:
        assert case.source not in case.answers
        assert case.answers <= set(range(len(corpora[case.cluster].groups)))


def test_the_script_writes_loadable_weights_deterministically(tmp_path):
    data, shipped = trained_twice(train_retrieval.main, tmp_path, "retrieval.json")
    assert set(data) == set(shipped) and set(data["weights"]) == set(typing.get_type_hints(PassageWeights))
    PassageRetriever(**data["weights"])
    for found in (data["stats"]["own"], data["stats"]["pooled"]):
        assert 0.0 <= found["recall@1"] <= found["recall@3"] <= found["recall@5"] <= 1.0


def test_the_pooled_index_keeps_each_cluster_apart():
    corpora = [Corpus.from_texts(FERRY), Corpus.from_texts(STADIUM)]
    texts, layout, starts = train_retrieval.pooled(corpora)
    sizes = [len(c.groups) for c in corpora]
    assert starts == [0, sizes[0]] and len(texts) == len(layout.docs) == sum(sizes)
    assert texts[starts[1]] == corpora[1].groups[0].text
    for n, start in enumerate(starts):
        for i in range(start, start + sizes[n]):
            assert all(d.startswith(f"{n}/") for d in layout.docs[i])
            assert all(start <= j < start + sizes[n] for j in layout.neighbours[i])
            assert set(layout.before[i]) <= set(layout.neighbours[i])
    assert layout.before[starts[1]:] == tuple(tuple(j + starts[1] for j in b) for b in corpora[1].layout.before)


def test_a_question_from_a_pronoun_sentence_names_what_the_pronoun_stands_for():
    corpus = Corpus.from_texts({"a": "Foreign minister Ann Vole flew to Oslo on Monday. She was appointed in 2022."})
    source = next(g.id for g in corpus.groups if g.text.startswith("She"))
    gen = train_retrieval.Generated(parse("When was appointed?"), "date", "2022", source)
    assert set(train_retrieval.referred(corpus, gen).terms) >= {"ann", "vole", "appoint"}
    first = train_retrieval.Generated(parse("Where did Ann Vole fly?"), "place", "Oslo", 1 - source)
    assert train_retrieval.referred(corpus, first) is first.question


def test_a_hit_on_another_clusters_copy_of_the_answer_does_not_count():
    # The same articles twice: every sentence of the second copy ties with its twin in the first,
    # which ranks first (ties by position), so asked of the pool nothing of the second is found first.
    corpora = [Corpus.from_texts(FERRY), Corpus.from_texts(FERRY)]
    second = [c for c in train_retrieval.cases(corpora, per_cluster=30, seed=0) if c.cluster == 1]
    weights = {name: getattr(PassageRetriever(), name) for name in train_retrieval.GRID}
    found = train_retrieval.recall(weights, corpora, second, {})
    assert found["own"][1] > 0.0 and found["pooled"][1] == 0.0
    assert found["pooled"][3] > 0.0


def test_a_reworded_question_swaps_a_key_word_for_a_related_real_one():
    vocabulary = {"vessel": ["vessels"], "boat": ["boats"], "damag": ["damaged"]}
    question = parse("How many ships sank off the cape?")
    swapped = train_retrieval.reworded(question, vocabulary, random.Random(0))
    assert swapped.text in ("How many vessels sank off the cape?", "How many boats sank off the cape?")
    assert "ship" not in swapped.terms
    # No related word the clusters write: the question is kept as asked.
    assert train_retrieval.reworded(question, {"damag": ["damaged"]}, random.Random(0)) is question
