"""Summarise many clusters: one folder each, on all local cores or on a Dask cluster.

Each cluster's line is computed by the same function (``summarize_cluster``) whatever the
engine, so the local and the Dask runs write the same lines; lines are appended and flushed
as clusters finish, and a rerun skips the clusters already in the output.
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
    """One output line: ``summary --json``'s record plus ``"cluster"``, or ``"error"``."""

    try:
        corpus = Corpus.from_paths([folder])
        picked = corpus.summarize(sentences=sentences, words=words, ranker=ranker)
        return {"cluster": name, **summary_record(corpus.documents, picked, ranker)}
    except InputError as exc:
        return {"cluster": name, "error": str(exc)}


def finished(out: Path) -> set[str]:
    """Clusters with a result line in ``out`` (error lines and a torn last line are redone)."""
    done: set[str] = set()
    if not out.exists():
        return done
    for line in out.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "cluster" in record and "error" not in record:
            done.add(record["cluster"])
    return done


def _local(todo, jobs: int, options: dict) -> Iterator[dict]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(summarize_cluster, name, folder, **options) for name, folder in todo]
        for future in as_completed(futures):
            yield future.result()


def _dask(todo, scheduler: str, options: dict) -> Iterator[dict]:
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
              scheduler: str | None = None, progress: Callable[[int, int, dict | None], None] | None = None) -> int:
    """Summarise every cluster under ``root`` not yet in ``out``, appending one JSON line per
    cluster as it finishes; returns how many were written. ``progress(done, total, record)``."""

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
    done = finished(out)
    todo = [(name, folder) for name, folder in clusters if name not in done]
    options = {"sentences": sentences, "words": words, "ranker": ranker}
    if progress:
        progress(len(clusters) - len(todo), len(clusters), None)
    if not todo:
        return 0
    results = (_dask(todo, scheduler, options) if engine == "dask"
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
