"""The passage weights' script: the cases it scores and the file it writes."""
import importlib.util
import json
import typing

from summarize.corpus import Corpus
from summarize.qa.retrieve import PassageRetriever, PassageWeights

from ..conftest import REPO
from .test_train_answerer import FERRY, STADIUM

spec = importlib.util.spec_from_file_location("train_retrieval", REPO / "scripts" / "train_retrieval.py")
train_retrieval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train_retrieval)


def _folders(tmp_path):
    folders = []
    for name, texts in (("ferry", FERRY), ("stadium", STADIUM)):
        folder = tmp_path / name
        folder.mkdir()
        for doc, text in texts.items():
            (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
        folders.append(folder)
    return folders


def test_a_case_left_without_its_source_is_found_in_another_outlet():
    corpora = [Corpus.from_texts(FERRY), Corpus.from_texts(STADIUM)]
    cases = train_retrieval.cases(corpora, per_cluster=50, seed=0)
    assert cases
    for case in cases:
        assert case.source not in case.answers
        assert case.answers <= set(range(len(corpora[case.cluster].groups)))


def test_the_script_writes_loadable_weights_deterministically(tmp_path):
    folders = _folders(tmp_path)
    outs = [tmp_path / "r1.json", tmp_path / "r2.json"]
    for out in outs:
        train_retrieval.main([str(f) for f in folders] + ["--out", str(out), "--per-cluster", "20"])
    assert outs[0].read_bytes() == outs[1].read_bytes()
    data = json.loads(outs[0].read_text())
    shipped = json.loads((REPO / "summarize" / "qa" / "retrieval.json").read_text())
    assert set(data) == set(shipped) and set(data["weights"]) == set(typing.get_type_hints(PassageWeights))
    PassageRetriever(**data["weights"])
    assert 0.0 <= data["stats"]["recall@1"] <= data["stats"]["recall@3"] <= data["stats"]["recall@5"] <= 1.0
