"""The Python API end to end, including the README example."""
import re

import pytest

from summarize import Corpus, InputError
from summarize.qa.retrieve import BM25Retriever

from .conftest import REPO, SEEDS


def test_readme_example_runs():
    readme = (REPO / "README.md").read_text()
    block = re.search(r"```python\n(.*?)```", readme, re.S)
    assert block, "README has a Python example"
    exec(compile(block.group(1), "README.md", "exec"), {})


def test_summary_is_verbatim_sourced_and_not_redundant(seeds):
    from summarize.text.similarity import tfidf

    picked = seeds.summarize(sentences=6)
    assert len(picked) == 6
    by_id = {d.id: d for d in seeds.documents}
    for p in picked:
        for m in p.group.members:
            assert by_id[m.doc_id].text[m.start:m.end] == m.text
        assert any(p.text == m.text for m in p.group.members)
        assert set(p.sources) >= {m.doc_id for m in p.group.members}
    m = tfidf([p.text for p in picked])
    sims = (m @ m.T).toarray()
    assert max(sims[i, j] for i in range(6) for j in range(6) if i != j) < 0.5


def test_summary_is_deterministic(seeds):
    a = [(p.text, p.sources, p.score) for p in seeds.summarize(words=120)]
    b = [(p.text, p.sources, p.score) for p in Corpus.from_paths([REPO / "seeds"]).summarize(words=120)]
    assert a == b


def test_ask_gives_answer_and_evidence(seeds):
    a = seeds.ask("How many carriages does the armoured train have?")
    assert a.answer and "90" in a.answer
    assert a.evidence and "90 carriages" in a.evidence[0].text


@pytest.mark.parametrize("question", ["", "   ", "the of and", "x" * 2000])
def test_bad_questions(seeds, question):
    with pytest.raises(InputError):
        seeds.ask(question)


def test_unknown_ranker_and_retriever(seeds):
    with pytest.raises(InputError, match="unknown ranker"):
        seeds.summarize(ranker="magic")
    with pytest.raises(InputError, match="unknown retriever"):
        seeds.ask("Where is the parade?", retriever="magic")


def test_from_texts_and_threshold_checks():
    c = Corpus.from_texts({"a": "Rain fell in Paris on Monday. Roads flooded.", "b": "Rain fell in Paris on Monday."})
    assert c.summarize(sentences=1)[0].sources == ("a", "b")
    with pytest.raises(InputError):
        Corpus.from_texts(["Rain."], threshold=0)


@pytest.mark.parametrize("name", ["wire.txt", "blog.md", "page.html", "export.json", "feed.jsonl"])
def test_every_format_through_the_api(name):
    path = REPO / "tests" / "data" / "formats" / name
    corpus = Corpus.from_paths([path])
    assert all(d.path == str(path) for d in corpus.documents)
    docs = {d.id: d for d in corpus.documents}
    for item in corpus.summarize(sentences=3):
        assert item.text in docs[item.group.representative.doc_id].text
    assert corpus.ask("What happened in Porto?").evidence
    assert all(len(g.members) > 1 for g in corpus.duplicates())
    for s in corpus.sentences:
        assert docs[s.doc_id].text[s.start:s.end] == s.text
    assert not any(mark in d.text for d in docs.values() for mark in ("<p>", "**", "](", '"text"'))


def test_rankers_and_retrievers_may_be_objects():
    class Longest:
        def score(self, groups):
            return [len(g.text) for g in groups]

    class Lexical:
        def fit(self, texts):
            self.texts = list(texts)
            return self

        def scores(self, query):
            import numpy as np

            return np.array([float("carriages" in t) for t in self.texts])

    corpus = Corpus.from_texts(["The train has 90 carriages. It left on Monday.",
                                "A much longer sentence about the armoured train and its journey to the capital."])
    picked = corpus.summarize(ranker=Longest(), sentences=1)
    assert picked[0].text == max((g.text for g in corpus.groups), key=len)
    assert "carriages" in corpus.search("How many carriages?", retriever=Lexical(), top_k=1)[0].text
    with pytest.raises(TypeError):
        corpus.summarize(ranker=object())


def test_ask_reads_bm25_once_when_it_ranks_the_evidence_too(monkeypatch):
    """Regression: ``ask(retriever="bm25")`` scored BM25 twice, for the answer and for the evidence."""
    corpus = Corpus.from_paths([SEEDS])
    bm25 = corpus.retriever("bm25")
    calls = []
    scored, scores = bm25.scored, bm25.scores
    monkeypatch.setattr(bm25, "scored", lambda question: calls.append(question) or scored(question))
    monkeypatch.setattr(bm25, "scores", lambda question: calls.append(question) or scores(question))
    answer = corpus.ask("How many carriages does the armoured train have?", retriever="bm25")
    assert len(calls) == 1 and answer.evidence


def test_the_passage_retriever_shares_the_corpus_bm25(monkeypatch):
    """A corpus that reads answers from BM25 and shows passage evidence indexes its sentences once
    (and its documents once), not once per retriever."""
    corpus = Corpus.from_paths([SEEDS])
    fitted = []
    fit = BM25Retriever.fit
    monkeypatch.setattr(BM25Retriever, "fit", lambda self, texts, **kw: fitted.append(len(texts)) or fit(self, texts, **kw))
    corpus.ask("How many carriages does the armoured train have?", retriever="passage")
    assert sorted(fitted) == sorted([len(corpus.groups), len(corpus.documents)])
