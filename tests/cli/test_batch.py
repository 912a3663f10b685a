"""summarize batch: one JSON line per cluster, reruns skip finished clusters, Dask gives the same lines."""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli.batch import find_clusters, finished, run_batch, summarize_cluster
from summarize.cli.main import app

from ..conftest import SEEDS

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def clusters(tmp_path: Path) -> Path:
    """Three clusters from the seeds: two flat folders and one in the MultiLing docs/ layout."""
    root = tmp_path / "clusters"
    files = sorted(SEEDS.glob("*.txt"))
    for name, chosen, nested in (("a", files[:2], False), ("b", files[2:4], False), ("c", files[3:], True)):
        folder = root / name / "docs" if nested else root / name
        folder.mkdir(parents=True)
        for f in chosen:
            shutil.copy(f, folder)
    (root / "c" / "refs").mkdir()
    (root / "c" / "refs" / "ref.txt").write_text("A reference summary that is not an article.\n", encoding="utf-8")
    return root


def lines(path: Path) -> dict[str, dict]:
    return lines_from(path.read_text(encoding="utf-8"))


def test_one_line_per_cluster_like_summary_json(clusters, tmp_path):
    out = tmp_path / "results.jsonl"
    r = run("batch", clusters, "--out", out, "--jobs", "2", "--sentences", "3")
    assert r.exit_code == 0, r.output
    got = lines(out)
    assert sorted(got) == ["a", "b", "c"]
    for name in got:
        folder = clusters / name / "docs" if name == "c" else clusters / name
        single = json.loads(run("summary", folder, "--sentences", "3", "--json").stdout)
        assert got[name] == {"cluster": name, **single}
    assert [d["id"] for d in got["c"]["documents"]] == [p.stem for p in sorted((clusters / "c" / "docs").iterdir())]


def test_rerun_skips_finished_and_redoes_torn_or_failed(clusters, tmp_path):
    out = tmp_path / "results.jsonl"
    assert run("batch", clusters, "--out", out, "--jobs", "1").exit_code == 0
    first = out.read_text(encoding="utf-8")
    assert run("batch", clusters, "--out", out).exit_code == 0
    assert out.read_text(encoding="utf-8") == first
    kept = [line for line in first.splitlines() if json.loads(line)["cluster"] != "b"]
    out.write_text("\n".join(kept) + '\n{"cluster": "b", "documents": [', encoding="utf-8")
    assert finished(out) == {"a", "c"}
    assert run("batch", clusters, "--out", out).exit_code == 0
    assert sorted(lines(out)) == ["a", "b", "c"] and lines(out)["b"] == lines_from(first)["b"]


def lines_from(text: str) -> dict[str, dict]:
    """Records by cluster; a torn line (an interrupted run) is not a record."""
    out = {}
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        out[record["cluster"]] = record
    return out


def test_empty_cluster_gets_an_error_line_and_is_retried(clusters, tmp_path):
    (clusters / "d").mkdir()
    out = tmp_path / "results.jsonl"
    r = run("batch", clusters, "--out", out, "--jobs", "1")
    assert r.exit_code == 0 and "cluster d" in r.output
    assert "error" in lines(out)["d"] and "d" not in finished(out)


def test_dask_engine_gives_the_local_lines(clusters, tmp_path):
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local.jsonl"
    remote = tmp_path / "dask.jsonl"
    run_batch(clusters, local, words=60, jobs=2)
    with distributed.LocalCluster(n_workers=2, processes=False, threads_per_worker=1, protocol="tcp",
                                  host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster:
        r = run("batch", clusters, "--out", remote, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                "--words", "60")
    assert r.exit_code == 0, r.output
    assert lines(remote) == lines(local)


@pytest.mark.parametrize("args, message", [
    (["--engine", "spark"], "is not one of"),
    (["--engine", "dask"], "--scheduler"),
    (["--ranker", "nope"], "is not one of"),
    (["--jobs", "0"], "--jobs"),
    (["--sentences", "2", "--words", "9"], "not both"),
])
def test_usage_errors(clusters, tmp_path, args, message):
    r = run("batch", clusters, "--out", tmp_path / "r.jsonl", *args)
    assert r.exit_code == 2 and message in r.output
    assert not (tmp_path / "r.jsonl").exists()


def test_bad_clusters_dir(tmp_path):
    for bad in (tmp_path / "missing", tmp_path):
        r = run("batch", bad, "--out", tmp_path / "r.jsonl")
        assert r.exit_code == 2 and "cluster" in r.output


def test_find_clusters_uses_docs_subfolder(clusters):
    found = dict(find_clusters(clusters))
    assert found["c"].endswith("docs") and found["a"].endswith("a")


def test_unreachable_scheduler_is_a_clear_error(clusters, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from summarize.cli import batch

    monkeypatch.setattr(batch, "CONNECT_TIMEOUT", "1s")
    r = run("batch", clusters, "--out", tmp_path / "r.jsonl", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert r.exit_code == 1 and "scheduler" in r.output


def test_summarize_cluster_is_deterministic(clusters):
    a = summarize_cluster("a", str(clusters / "a"), sentences=2, words=None, ranker="default")
    assert a == summarize_cluster("a", str(clusters / "a"), sentences=2, words=None, ranker="default")


def test_batch_help():
    r = run("batch", "--help")
    assert r.exit_code == 0 and "--engine" in r.stdout


def _break_on(marker: str, monkeypatch) -> None:
    """Make the summarising stage raise for clusters whose articles contain ``marker``."""
    from summarize.corpus import Corpus

    real = Corpus.summarize

    def summarize(self, **kwargs):
        if any(marker in d.text for d in self.documents):
            raise RuntimeError("stage broke")
        return real(self, **kwargs)

    monkeypatch.setattr(Corpus, "summarize", summarize)


@pytest.mark.parametrize("jobs", [1, 2])  # 1: in this process; 2: the local worker pool (forked)
def test_a_cluster_that_crashes_gets_an_error_line_and_the_run_goes_on(clusters, tmp_path, monkeypatch, jobs):
    (clusters / "b" / "zz_marker.txt").write_text("Officials said the bridge would reopen on Friday. CRASHME\n",
                                                  encoding="utf-8")
    _break_on("CRASHME", monkeypatch)
    out = tmp_path / "results.jsonl"
    assert run_batch(clusters, out, jobs=jobs) == 3
    got = lines(out)
    assert got["b"] == {"cluster": "b", "error": "RuntimeError: stage broke", "retry": False}
    assert "sentences" in got["a"] and "sentences" in got["c"]
    # A rerun does not redo a deterministic failure, and the file is unchanged.
    before = out.read_text(encoding="utf-8")
    assert run_batch(clusters, out, jobs=jobs) == 0 and out.read_text(encoding="utf-8") == before
    # --retry-failed redoes it; the error line is replaced, not piled up.
    monkeypatch.undo()
    assert run_batch(clusters, out, jobs=jobs, retry_failed=True) == 1
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["cluster"] for r in records) == ["a", "b", "c"]
    assert "sentences" in lines(out)["b"]


def test_retry_failed_from_the_cli(clusters, tmp_path):
    out = tmp_path / "results.jsonl"
    out.write_text(json.dumps({"cluster": "a", "error": "RuntimeError: x", "retry": False}) + "\n", encoding="utf-8")
    assert run("batch", clusters, "--out", out, "--jobs", "1").exit_code == 0
    assert lines(out)["a"]["error"] == "RuntimeError: x"
    assert run("batch", clusters, "--out", out, "--jobs", "1", "--retry-failed").exit_code == 0
    assert "sentences" in lines(out)["a"] and len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_error_lines_do_not_pile_up_on_reruns(clusters, tmp_path):
    (clusters / "d").mkdir()
    out = tmp_path / "results.jsonl"
    for _ in range(3):
        run_batch(clusters, out, jobs=1)
    names = [json.loads(x)["cluster"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(names) == ["a", "b", "c", "d"]
    assert lines(out)["d"]["retry"] is True


def test_killing_the_main_process_stops_its_workers(clusters, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    pids = tmp_path / "pids"
    pids.mkdir()
    script = f"""
import os, time
from pathlib import Path
from summarize.cli import batch

def slow(name, folder, **options):
    Path({str(pids)!r}, str(os.getpid())).touch()
    time.sleep(120)

batch.summarize_cluster = slow
batch.run_batch(Path({str(clusters)!r}), Path({str(tmp_path / 'r.jsonl')!r}), jobs=2)
"""
    main = subprocess.Popen([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[1])
    try:
        deadline = time.monotonic() + 60
        while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = [int(p.name) for p in pids.iterdir()]
        assert len(workers) == 2
        os.kill(main.pid, signal.SIGKILL)
        main.wait()

        def alive(pid: int) -> bool:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return False
            # A worker that died but is not yet reaped (a zombie) counts as stopped.
            stat = Path(f"/proc/{pid}/stat")
            return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")

        deadline = time.monotonic() + 30
        while any(alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(p) for p in workers)
    finally:
        if main.poll() is None:
            main.kill()
