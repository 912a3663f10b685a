"""Save a processed corpus to one versioned file and load it back without reprocessing.

The file is a zip archive of plain members (JSON and numpy ``.npy``, never pickle):

* ``manifest.json``: ``format`` ("summarize-index"), ``version`` (``FORMAT_VERSION``),
  ``threshold``, ``inputs`` (the paths given and the files each folder held), ``sources``
  (every input file's ``path``, ``bytes``, ``mtime_ns`` and ``sha256``) and ``members``
  (the SHA-256 of every other member, which is checked on load).
* ``documents.json``: every ``Document`` as an object of its fields.
* ``paragraphs.json``, ``dropped.json``: kept and dropped paragraphs as ``[doc, start, end]``
  (``doc`` indexes ``documents``), dropped ones with their reason.
* ``sentences.json``: ``[doc, index, start, end]``; the text is ``documents[doc].text[start:end]``.
* ``groups.json``: every ``Group``'s fields, sentences given by their index in ``sentences``.
* ``conflicts.json``: every ``Conflict`` with its sides.
* ``bm25/``: the BM25 index as ``bm25s`` saves it (JSON and ``.npy``, loaded with pickle off).

A file of another version, a file that fails its hashes, or one whose input files changed
since it was built raises ``InputError``: a stale index never gives an answer.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Callable, Iterable

from ..corpus import Corpus
from ..errors import InputError
from ..ingest.load import candidates
from ..model import Block, Conflict, Document, Group, Sentence, Side
from ..qa.retrieve import BM25Retriever
from ..stages.clean import Dropped

FORMAT = "summarize-index"
FORMAT_VERSION = 1
_BM25 = "bm25/"


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _source(path: str) -> dict:
    st = os.stat(path)
    return {"path": path, "bytes": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": file_digest(Path(path))}


def _folder_files(path: Path) -> list[str]:
    return [str(p) for p in candidates(path, None)]


def _inputs(paths: Iterable[str | Path]) -> list[dict]:
    out = []
    for p in paths:
        p = Path(p)
        entry: dict[str, Any] = {"path": str(p.resolve()) if str(p) != "-" else "-"}
        if p.is_dir():
            entry["files"] = [str(Path(f).resolve()) for f in _folder_files(p)]
        out.append(entry)
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


def _group_record(group: Group, position: dict[tuple[str, int], int]) -> dict:
    out = {}
    for f in dataclasses.fields(Group):
        value = getattr(group, f.name)
        if f.name == "representative":
            value = position[value.key]
        elif f.name == "members":
            value = [position[m.key] for m in value]
        out[f.name] = _plain(value)
    return out


def _conflict_record(conflict: Conflict) -> dict:
    return {f.name: ([{g.name: _plain(getattr(s, g.name)) for g in dataclasses.fields(Side)} for s in conflict.sides]
                     if f.name == "sides" else _plain(getattr(conflict, f.name)))
            for f in dataclasses.fields(Conflict)}


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def save(corpus, path: Path, *, inputs: Iterable[str | Path] = ()) -> dict:
    """Write ``corpus`` (cleaned, split, grouped, with its BM25 index and conflicts) to ``path``
    atomically; returns the manifest."""
    docs = list(corpus.documents)
    doc_index = {d.id: k for k, d in enumerate(docs)}
    sentences = corpus.sentences
    position = {s.key: k for k, s in enumerate(sentences)}
    for s in sentences:
        if docs[doc_index[s.doc_id]].text[s.start:s.end] != s.text:
            raise InputError(f"sentence {s.key} does not match its document's offsets; cannot index")
    members: dict[str, bytes] = {
        "documents.json": _json([dataclasses.asdict(d) for d in docs]),
        "paragraphs.json": _json([[doc_index[b.doc_id], b.start, b.end, b.text] for b in corpus.paragraphs]),
        "dropped.json": _json([[doc_index[d.block.doc_id], d.block.start, d.block.end, d.block.text, d.reason]
                               for d in corpus.dropped]),
        "sentences.json": _json([[doc_index[s.doc_id], s.index, s.start, s.end] for s in sentences]),
        "groups.json": _json([_group_record(g, position) for g in corpus.groups]),
        "conflicts.json": _json([_conflict_record(c) for c in corpus.conflicts()]),
    }
    retriever = corpus.retriever("bm25")
    with tempfile.TemporaryDirectory() as tmp:
        if retriever.n_:
            retriever.model_.save(tmp, show_progress=False)
        for f in sorted(Path(tmp).iterdir()):
            members[_BM25 + f.name] = f.read_bytes()
    manifest = {
        "format": FORMAT, "version": FORMAT_VERSION, "threshold": corpus.threshold,
        "counts": {"documents": len(docs), "sentences": len(sentences), "groups": len(corpus.groups)},
        "inputs": _inputs(inputs),
        "sources": [_source(p) for p in sorted({d.path for d in docs if d.path and d.path != "-"})
                    if os.path.isfile(p)],
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(members.items())},
    }
    try:
        fd, tmp_path = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})") from None
    os.close(fd)
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp_path, 0o666 & ~mask)  # mkstemp makes 0600; give the file the usual permissions
    try:
        with zipfile.ZipFile(tmp_path, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest, indent=1))
            for name, data in sorted(members.items()):
                z.writestr(name, data)
        os.replace(tmp_path, path)
    except OSError as exc:
        Path(tmp_path).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})") from None
    return manifest


def _read(path: Path) -> tuple[dict, dict[str, bytes]]:
    """Manifest and verified members of an index file."""
    if not path.is_file():
        raise InputError(f"{path}: no such index file")
    try:
        with zipfile.ZipFile(path) as z:
            manifest = json.loads(z.read("manifest.json"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise InputError(f"{path}: not a summarize index file")
            if manifest.get("version") != FORMAT_VERSION:
                raise InputError(f"{path}: index format version {manifest.get('version')}, but this summarize "
                                 f"reads version {FORMAT_VERSION}; rebuild it with `summarize index`")
            members = {name: z.read(name) for name in manifest["members"]}
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise InputError(f"{path}: corrupt index file ({type(exc).__name__}); rebuild it with `summarize index`") from None
    for name, data in members.items():
        if hashlib.sha256(data).hexdigest() != manifest["members"][name]:
            raise InputError(f"{path}: corrupt index file ({name} fails its checksum); rebuild it with `summarize index`")
    return manifest, members


def check_fresh(manifest: dict, path: Path, notice: Callable[[str], None] | None = None) -> None:
    """Refuse an index whose input files changed (or whose folders gained or lost files) since
    it was built; only note the ones that are gone."""
    for src in manifest.get("sources", []):
        p = src["path"]
        if not os.path.isfile(p):
            if notice:
                notice(f"{p} is gone; using the index as built")
            continue
        st = os.stat(p)
        if (st.st_size, st.st_mtime_ns) != (src["bytes"], src["mtime_ns"]) and file_digest(Path(p)) != src["sha256"]:
            raise InputError(f"{path}: stale index: {p} changed since it was indexed; rebuild it with `summarize index`")
    for entry in manifest.get("inputs", []):
        folder = Path(entry["path"])
        if "files" in entry and folder.is_dir():
            try:
                now = [str(Path(f).resolve()) for f in _folder_files(folder)]
            except InputError:
                now = []
            if sorted(now) != sorted(entry["files"]):
                raise InputError(f"{path}: stale index: the files in {folder} changed since it was indexed; "
                                 "rebuild it with `summarize index`")


def load(path: Path, *, notice: Callable[[str], None] | None = None, max_question_chars: int | None = None):
    """The ``Corpus`` saved in ``path``, ready to summarise and answer without reprocessing."""
    manifest, members = _read(path)
    check_fresh(manifest, path, notice)
    try:
        data = {name: json.loads(members[name]) for name in members if name.endswith(".json") and "/" not in name}
        docs = [Document(**d) for d in data["documents.json"]]
        sentences = [Sentence(docs[d].id, i, docs[d].text[s:e], s, e) for d, i, s, e in data["sentences.json"]]
        paragraphs = [Block(docs[d].id, s, e, t) for d, s, e, t in data["paragraphs.json"]]
        dropped = [Dropped(Block(docs[d].id, s, e, t), r) for d, s, e, t, r in data["dropped.json"]]
        groups = []
        for rec in data["groups.json"]:
            rec = {k: _tuples(v) for k, v in rec.items()}
            rec["representative"] = sentences[rec["representative"]]
            rec["members"] = tuple(sentences[k] for k in rec["members"])
            groups.append(Group(**rec))
        conflicts = tuple(Conflict(**{**{k: _tuples(v) for k, v in c.items() if k != "sides"},
                                      "sides": tuple(Side(**{k: _tuples(v) for k, v in s.items()}) for s in c["sides"])})
                          for c in data["conflicts.json"])
        retriever = BM25Retriever()
        retriever.n_ = len(groups)
        bm25 = {name[len(_BM25):]: blob for name, blob in members.items() if name.startswith(_BM25)}
        if bm25:
            import bm25s

            with tempfile.TemporaryDirectory() as tmp:
                for name, blob in bm25.items():
                    (Path(tmp) / Path(name).name).write_bytes(blob)
                retriever.model_ = bm25s.BM25.load(tmp, allow_pickle=False, show_progress=False, verbosity=0)
        return Corpus.restore(docs, threshold=manifest["threshold"], paragraphs=paragraphs, dropped=dropped,
                              sentences=sentences, groups=groups, conflicts=conflicts,
                              retrievers={"bm25": retriever},
                              **({} if max_question_chars is None else {"max_question_chars": max_question_chars}))
    except InputError:
        raise
    except (KeyError, IndexError, TypeError, ValueError, OSError) as exc:
        raise InputError(f"{path}: corrupt index file ({type(exc).__name__}: {exc}); rebuild it with `summarize index`") from None
