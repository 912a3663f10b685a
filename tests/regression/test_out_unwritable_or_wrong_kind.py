"""Regression: `eval --out` and `batch --out` in an unwritable place, or naming the wrong kind of
path, gave tracebacks (eval only after the whole evaluation had run); now a usage error first."""
import pytest

from .conftest import NEWS, assert_refused, files, invoke, snapshot

# Nobody, root included, can create files in /proc.
UNWRITABLE = "/proc/summarize-test-out"


@pytest.fixture
def clusters(tmp_path):
    (tmp_path / "in" / "c1").mkdir(parents=True)
    (tmp_path / "in" / "c1" / "a.txt").write_text(NEWS)
    return tmp_path / "in"


def test_eval_out_is_a_file(tmp_path):
    (tmp_path / "results").write_text("keep me")
    r = invoke(["eval", "--out", tmp_path / "results"])
    assert_refused(r, 2, "results: --out is a file, not a folder")
    assert (tmp_path / "results").read_text() == "keep me" and files(tmp_path) == ["results"]


def test_eval_out_unwritable():
    assert_refused(invoke(["eval", "--out", f"{UNWRITABLE}/eval"]), 2, "cannot write --out there")


def test_batch_out_is_a_folder(tmp_path, clusters):
    (tmp_path / "out").mkdir()
    before = snapshot(clusters)
    r = invoke(["batch", clusters, "--out", tmp_path / "out"])
    assert_refused(r, 2, "--out is a folder, not a file")
    assert files(tmp_path / "out") == [] and snapshot(clusters) == before


def test_batch_out_unwritable(tmp_path, clusters):
    r = invoke(["batch", clusters, "--out", f"{UNWRITABLE}.jsonl"])
    assert_refused(r, 2, "cannot write --out there")
    assert files(tmp_path) == ["in"]
