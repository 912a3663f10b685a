"""Summarise many clusters: one folder each, on all local cores or on a Dask cluster.

Each cluster's line is computed by the same function (``summarize_cluster``) whatever the
engine, so the local and the Dask runs write the same lines; lines are appended and flushed
as clusters finish, and a rerun skips the clusters already in the output. A failing cluster
gets an error line and the batch goes on; local workers end with the batch's main process.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable, Iterator

from ..corpus import Corpus
from ..errors import InputError
from ..persist.records import summary_record
from ..summary.rankers import get_ranker
from ..summary.select import Budget
from . import ENGINES

# How long to wait for a Dask scheduler before giving up.
CONNECT_TIMEOUT = "10s"


def find_clusters(root: Path) -> list[tuple[str, str]]:
    """``(name, folder)`` of every subfolder of ``root``, sorted; a subfolder's ``docs/`` holds
    its articles when present (the MultiLing layout), else the subfolder itself."""
    if not root.is_dir():
        raise InputError(f"{root}: not a folder of cluster folders", usage=True)
    subs = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not subs:
        raise InputError(f"{root}: holds no cluster folders", usage=True)
    return [(p.name, str(p / "docs" if (p / "docs").is_dir() else p)) for p in subs]


def summarize_cluster(name: str, folder: str, *, sentences: int | None, words: int | None,
                      ranker: str) -> dict:
    """One output line: ``summary --json``'s record plus ``"cluster"``, or an error record.

    Any exception becomes an error record for this cluster alone, so one bad cluster never
    stops a batch. ``"retry"`` says whether a rerun should try it again by itself: yes for bad
    input (the folder may be fixed), a lack of memory or a read error; no for a failure of the
    toolkit, which the same input would repeat (``--retry-failed`` redoes those)."""
    try:
        corpus = Corpus.from_paths([folder])
        picked = corpus.summarize(sentences=sentences, words=words, ranker=ranker)
        return {"cluster": name, **summary_record(corpus.documents, picked, ranker)}
    except InputError as exc:
        return error_record(name, str(exc), retry=True)
    except (MemoryError, OSError) as exc:
        return error_record(name, f"{type(exc).__name__}: {exc}", retry=True)
    except Exception as exc:  # noqa: BLE001 - one cluster's failure must not end the batch
        return error_record(name, f"{type(exc).__name__}: {exc}", retry=False)


def error_record(name: str, message: str, *, retry: bool) -> dict:
    """The output line of a cluster that failed."""
    return {"cluster": name, "error": message, "retry": retry}


def _read_records(out: Path) -> dict[str, dict]:
    """The last record of each cluster in ``out`` (a torn line is no record)."""
    records: dict[str, dict] = {}
    if not out.exists():
        return records
    for line in out.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("cluster"), str):
            records[record["cluster"]] = record
    return records


def finished(out: Path, *, retry_failed: bool = False) -> set[str]:
    """Clusters a rerun skips: those with a result line in ``out``, and those that failed in a
    way the same input would repeat (unless ``retry_failed``). Other error lines and a torn
    last line are redone."""
    return {name for name, record in _read_records(out).items()
            if "error" not in record or (record.get("retry") is False and not retry_failed)}


def _compact(out: Path, keep: set[str]) -> None:
    """Rewrite ``out`` (atomically) with one line per cluster in ``keep``, so the error lines of
    the clusters about to be redone do not pile up on reruns."""
    if not out.exists():
        return
    records = _read_records(out)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for name, r in records.items() if name in keep)
    if text == out.read_text(encoding="utf-8"):
        return
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out)


# From <linux/prctl.h>: ask the kernel for a signal when the parent process dies.
_PR_SET_PDEATHSIG = 1


def _watch_parent() -> None:
    """Worker start-up: end this worker when its parent (the batch's main process, or the
    fork server it started) ends, even by kill -9.

    On Linux the kernel sends SIGTERM on the parent's death (``prctl(PR_SET_PDEATHSIG)``);
    everywhere, a daemon thread also checks every second that the parent is still ours."""
    import ctypes
    import signal
    import sys
    import threading
    import time

    parent = os.getppid()

    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):  # no libc symbol: the thread below still works
            pass

    def poll() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(1.0)

    threading.Thread(target=poll, daemon=True).start()


def _local(todo: list[tuple[str, str]], jobs: int, options: dict) -> Iterator[dict]:
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    if jobs == 1:  # no worker process: the same records, computed here
        for name, folder in todo:
            yield summarize_cluster(name, folder, **options)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_watch_parent) as pool:
        futures = {pool.submit(summarize_cluster, name, folder, **options): name for name, folder in todo}
        for future in as_completed(futures):
            try:
                yield future.result()
            except BrokenProcessPool:  # a worker was killed (e.g. out of memory): retried on a rerun
                yield error_record(futures[future], "its worker process died", retry=True)


def _dask(todo: list[tuple[str, str]], scheduler: str, options: dict) -> Iterator[dict]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise InputError("the dask engine needs dask.distributed: pip install 'summarize[dask]'") from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    with client:
        futures = [client.submit(summarize_cluster, name, folder, pure=False, **options) for name, folder in todo]
        for future in as_completed(futures):
            yield future.result()


def run_batch(root: Path, out: Path, *, sentences: int | None = None, words: int | None = None,
              ranker: str = "default", jobs: int | None = None, engine: str = "local",
              scheduler: str | None = None, retry_failed: bool = False,
              progress: Callable[[int, int, dict | None], None] | None = None) -> int:
    """Summarise every cluster under ``root`` not yet in ``out``, appending one JSON line per
    cluster as it finishes; returns how many were written. ``progress(done, total, record)``.

    A cluster that fails gets an error line and the others go on; ``retry_failed`` redoes the
    failures a rerun would otherwise skip (see ``summarize_cluster``). ``out`` keeps one line
    per cluster: a redone cluster's old error line is dropped before the run."""
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}", usage=True)
    if engine == "dask" and not scheduler:
        raise InputError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)", usage=True)
    if jobs is not None and jobs < 1:
        raise InputError(f"--jobs must be at least 1, got {jobs}", usage=True)
    try:
        get_ranker(ranker)
    except ValueError as exc:
        raise InputError(str(exc), usage=True) from None
    if sentences is not None or words is not None:
        Budget(sentences=sentences, words=words)
    clusters = find_clusters(root)
    if out.is_dir() or not out.parent.is_dir():
        raise InputError(f"{out}: cannot write the results there", usage=True)
    done = finished(out, retry_failed=retry_failed)
    todo = [(name, folder) for name, folder in clusters if name not in done]
    _compact(out, done)
    options = {"sentences": sentences, "words": words, "ranker": ranker}
    if progress:
        progress(len(clusters) - len(todo), len(clusters), None)
    if not todo:
        return 0
    results = (_dask(todo, scheduler, options) if engine == "dask" and scheduler
               else _local(todo, jobs or os.cpu_count() or 1, options))
    written = 0
    with open(out, "a+", encoding="utf-8") as f:
        if f.tell():
            f.seek(f.tell() - 1)
            if f.read(1) != "\n":
                f.write("\n")  # a line torn by an interrupted run stays apart (and is redone)
        for record in results:
            f.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
            f.flush()
            written += 1
            if progress:
                progress(len(clusters) - len(todo) + written, len(clusters), record)
    return written
