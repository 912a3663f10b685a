"""The on-disk index: same results as reprocessing; stale, corrupt or foreign files refused."""
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli.main import app
from summarize.corpus import Corpus
from summarize.persist import store
from summarize.qa.retrieve import BM25Retriever

from ..conftest import SEEDS

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def cluster(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture()
def index(cluster: Path, tmp_path: Path) -> Path:
    out = tmp_path / "seeds.idx"
    r = run("index", cluster, "--out", out)
    assert r.exit_code == 0, r.output
    return out


def test_index_gives_the_same_summary_and_answers(cluster, index):
    for args in (["summary", "--json"], ["summary", "--words", "80", "--ranker", "graph", "--json"],
                 ["ask", "How many carriages does the armoured train have?", "--json"],
                 ["ask", "Who is travelling with Kim?", "--json", "--retriever", "hybrid"]):
        fresh = run(*args[:2], cluster, *args[2:]) if args[0] == "ask" else run(args[0], cluster, *args[1:])
        loaded = run(*args, "--index", index)
        assert fresh.exit_code == 0 and loaded.exit_code == 0, loaded.output
        assert json.loads(loaded.stdout) == json.loads(fresh.stdout)


def test_manifest_records_version_sources_and_hashes(index, cluster):
    with zipfile.ZipFile(index) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert manifest["format"] == store.FORMAT and manifest["version"] == store.FORMAT_VERSION
        assert {Path(s["path"]).name for s in manifest["sources"]} == {p.name for p in cluster.iterdir()}
        assert "sentences.json" in manifest["members"] and any(n.startswith("bm25/") for n in manifest["members"])
        assert not any(n.endswith((".pkl", ".pickle")) for n in z.namelist())


def test_changed_source_file_is_stale(cluster, index):
    victim = sorted(cluster.iterdir())[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nA new paragraph was added later.\n", encoding="utf-8")
    r = run("summary", "--index", index)
    assert r.exit_code == 1 and "stale" in r.output and victim.name in r.output


def test_added_file_in_indexed_folder_is_stale(cluster, index):
    (cluster / "zzz_extra.txt").write_text("Another outlet reported the visit on Tuesday.\n", encoding="utf-8")
    r = run("ask", "Where did Kim go?", "--index", index)
    assert r.exit_code == 1 and "stale" in r.output


def test_missing_source_is_only_a_note(tmp_path, cluster, index):
    shutil.rmtree(cluster)
    r = run("summary", "--index", index)
    assert r.exit_code == 0 and "gone" in r.output


def _rewrite(index: Path, change) -> None:
    with zipfile.ZipFile(index) as z:
        members = {n: z.read(n) for n in z.namelist()}
    change(members)
    with zipfile.ZipFile(index, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)


def test_tampered_member_is_corrupt(index):
    def tamper(members):
        groups = json.loads(members["groups.json"])
        groups[0]["representative"], groups[1]["representative"] = groups[1]["representative"], groups[0]["representative"]
        members["groups.json"] = json.dumps(groups).encode()

    _rewrite(index, tamper)
    r = run("summary", "--index", index)
    assert r.exit_code == 1 and "corrupt" in r.output and "groups.json" in r.output


def test_other_format_version_is_refused(index):
    def bump(members):
        manifest = json.loads(members["manifest.json"])
        manifest["version"] = store.FORMAT_VERSION + 1
        members["manifest.json"] = json.dumps(manifest).encode()

    _rewrite(index, bump)
    r = run("ask", "Where did Kim go?", "--index", index)
    assert r.exit_code == 1 and "version" in r.output


@pytest.mark.parametrize("data", [b"", b"not a zip at all", None])
def test_truncated_or_foreign_file_is_corrupt(index, data):
    blob = index.read_bytes()
    index.write_bytes(blob[: len(blob) // 2] if data is None else data)
    r = run("summary", "--index", index)
    assert r.exit_code == 1 and "corrupt" in r.output


def test_paths_and_index_together_is_a_usage_error(cluster, index):
    r = run("summary", cluster, "--index", index)
    assert r.exit_code == 2


def test_threshold_other_than_the_index_is_a_usage_error(index):
    r = run("summary", "--index", index, "--threshold", "0.3")
    assert r.exit_code == 2 and "threshold" in r.output


def test_index_help():
    r = run("index", "--help")
    assert r.exit_code == 0 and "--out" in r.stdout


QUESTION = "How many carriages does the armoured train have?"


def test_a_loaded_index_restores_the_passage_retriever_unfitted(cluster, index, monkeypatch):
    """The passage retriever's document index is read back, not rebuilt, and ranks as a fresh one."""
    fresh = [(e.group.id, e.score) for e in Corpus.from_paths([cluster]).search(QUESTION, retriever="passage")]

    def refuse(self, texts, **kw):
        raise AssertionError("a BM25 index was fitted again")

    monkeypatch.setattr(BM25Retriever, "fit", refuse)
    loaded = store.load(index)
    assert [(e.group.id, e.score) for e in loaded.search(QUESTION, retriever="passage")] == fresh


def test_an_index_without_the_passage_state_rebuilds_it(cluster, index, tmp_path):
    """An index saved before the passage retriever's state was (no ``passage/`` members) still loads."""
    older = tmp_path / "older.idx"
    with zipfile.ZipFile(index) as z, zipfile.ZipFile(older, "w") as out:
        manifest = json.loads(z.read("manifest.json"))
        manifest["members"] = {n: h for n, h in manifest["members"].items() if not n.startswith("passage/")}
        assert len(manifest["members"]) < len(json.loads(z.read("manifest.json"))["members"])
        out.writestr("manifest.json", json.dumps(manifest))
        for name in manifest["members"]:
            out.writestr(name, z.read(name))
    fresh = [(e.group.id, e.score) for e in Corpus.from_paths([cluster]).search(QUESTION, retriever="passage")]
    assert [(e.group.id, e.score) for e in store.load(older).search(QUESTION, retriever="passage")] == fresh
