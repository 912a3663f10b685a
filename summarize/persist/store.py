"""Save a processed corpus to one versioned file and load it back without reprocessing.

The file is a zip archive of plain members (JSON and numpy ``.npy``, never pickle):

* ``manifest.json``: ``format`` ("summarize-index"), ``version`` (``FORMAT_VERSION``),
  ``threshold``, ``inputs`` (the paths given and the files each folder held), ``sources``
  (every input file's absolute, resolved ``path``, ``bytes``, ``mtime_ns`` and ``sha256``)
  and ``members`` (the SHA-256 of every other member, which is checked on load).
* ``documents.json``: every ``Document`` as an object of its fields.
* ``paragraphs.json``, ``dropped.json``: kept and dropped paragraphs as ``[doc, start, end]``
  (``doc`` indexes ``documents``), dropped ones with their reason.
* ``sentences.json``: ``[doc, index, start, end]``; the text is ``documents[doc].text[start:end]``.
* ``groups.json``: every ``Group``'s fields, sentences given by their index in ``sentences``.
* ``conflicts.json``: every ``Conflict`` with its sides.
* ``bm25/``: the BM25 index as ``bm25s`` saves it (JSON and ``.npy``, loaded with pickle off), with the
  acronyms it links, the units of time its texts state and their words' index terms by stem.
* ``passage/``: the passage retriever's index of whole documents, saved the same way (an index
  without it, as older ones, rebuilds it on first use).

An index file is untrusted input. Before anything is unpacked, the members' declared sizes
are checked against ``MAX_MEMBER_BYTES`` and ``MAX_UNPACKED_BYTES`` (a zip bomb is refused
from its directory); every member's hash is checked before it is parsed; every record's shape
and every index into another record is checked before it is used. A file of another version,
a corrupt or crafted file, or one whose input files changed since it was built (by content
hash, from any working folder) raises one ``InputError``: a stale index never gives an answer.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any, Callable, Iterable

from ..corpus import Corpus
from ..errors import InputError
from ..ingest.load import candidates
from ..model import Block, Conflict, Document, Group, Sentence, Side
from ..qa.retrieve import BM25Retriever, PassageRetriever, Retriever, layout, passage_retriever, tuned_related
from ..stages.clean import Dropped

FORMAT = "summarize-index"
# 3: the BM25 index keeps its texts' words by stem (``stems.json``), which its related words are met by; a file of
# version 2 would answer from plain BM25.
FORMAT_VERSION = 3
_BM25 = "bm25/"
_PASSAGE = "passage/"
# An index of a corpus at the input limits (500,000 sentences) unpacks to a few hundred MB.
MAX_MEMBER_BYTES = 400_000_000
MAX_UNPACKED_BYTES = 1_000_000_000
MAX_MEMBERS = 64


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _source(path: str) -> dict:
    """An input file as the manifest records it: its absolute, resolved path, so the index
    checks the same file from any working folder, with its size, mtime and content hash."""
    resolved = Path(path).resolve()
    st = resolved.stat()
    return {"path": str(resolved), "bytes": st.st_size, "mtime_ns": st.st_mtime_ns,
            "sha256": file_digest(resolved)}


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


def save(corpus: Corpus, path: Path, *, inputs: Iterable[str | Path] = ()) -> dict:
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
    bm25 = corpus.retriever("bm25")
    if not isinstance(bm25, BM25Retriever):
        raise InputError(f"the index saves BM25's own state; 'bm25' names a {type(bm25).__name__} here")
    members.update({_BM25 + name: blob for name, blob in bm25.to_state().items()})
    passage = corpus.retriever("passage")
    if not isinstance(passage, PassageRetriever):
        raise InputError(f"the index saves the passage retriever's state; 'passage' names a {type(passage).__name__} here")
    members.update({_PASSAGE + name: blob for name, blob in passage.to_state().items()})
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


class _Corrupt(ValueError):
    """What is wrong with an index file, for the one error the user sees."""


def _members(z: zipfile.ZipFile, names: Iterable[str]) -> dict[str, bytes]:
    """The named members, their sizes checked from the zip directory before any is unpacked
    and again while reading (a directory can lie)."""
    infos = {}
    for name in names:
        try:
            infos[name] = z.getinfo(name)
        except KeyError:
            raise _Corrupt(f"{name} is missing") from None
    for name, info in infos.items():
        if info.file_size > MAX_MEMBER_BYTES:
            raise _Corrupt(f"{name} unpacks to {info.file_size:,} bytes, over the limit of {MAX_MEMBER_BYTES:,}")
    total = sum(info.file_size for info in infos.values())
    if total > MAX_UNPACKED_BYTES:
        raise _Corrupt(f"its members unpack to {total:,} bytes, over the limit of {MAX_UNPACKED_BYTES:,}")
    out = {}
    for name, info in infos.items():
        with z.open(info) as f:
            data = f.read(info.file_size + 1)
        if len(data) != info.file_size:
            raise _Corrupt(f"{name} is not the size its directory says")
        out[name] = data
    return out


def _shape(value: Any, spec: Any, where: str) -> None:
    """Check a parsed JSON value against ``spec``: a type; ``[spec]`` a list of them; a tuple a
    list of fixed length; a dict an object with those keys (a key ending in "?" may be absent)."""
    if isinstance(spec, list):
        if not isinstance(value, list):
            raise _Corrupt(f"{where} is not a list")
        for v in value:
            _shape(v, spec[0], where)
    elif isinstance(spec, tuple):
        if not isinstance(value, list) or len(value) != len(spec):
            raise _Corrupt(f"{where} holds a record of the wrong length")
        for v, s in zip(value, spec):
            _shape(v, s, where)
    elif isinstance(spec, dict):
        if not isinstance(value, dict):
            raise _Corrupt(f"{where} holds a record that is not an object")
        required = {k for k in spec if not k.endswith("?")}
        allowed = required | {k[:-1] for k in spec if k.endswith("?")}
        if not required <= value.keys() <= allowed:
            raise _Corrupt(f"{where} holds a record with keys {sorted(value)}, expected {sorted(required)}")
        for k, v in value.items():
            _shape(v, spec.get(k, spec.get(k + "?")), where)
    elif spec is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Corrupt(f"{where} holds {type(value).__name__} where a number belongs")
    elif isinstance(value, bool) or not isinstance(value, spec):
        raise _Corrupt(f"{where} holds {type(value).__name__} where {spec.__name__} belongs")


_SOURCE = {"path": str, "bytes": int, "mtime_ns": int, "sha256": str}
_INPUT = {"path": str, "files?": [str]}
_MANIFEST = {"format": str, "version": int, "threshold": float, "counts": {"documents": int, "sentences": int,
             "groups": int}, "inputs": [_INPUT], "sources": [_SOURCE], "members": dict}
_DOCUMENT = {f.name: (int if f.name == "body_start" else str) for f in dataclasses.fields(Document)}
_SIDE = {"value": str, "text": str, "sources": [str], "positions": [(str, int)]}
_RECORDS = {
    "documents.json": [_DOCUMENT],
    "paragraphs.json": [(int, int, int, str)],
    "dropped.json": [(int, int, int, str, str)],
    "sentences.json": [(int, int, int, int)],
    "groups.json": [{"id": int, "representative": int, "members": [int], "supporters": [str], "paraphrases": [int]}],
    "conflicts.json": [{"topic": str, "kind": str, "sides": [_SIDE], "dates": [str]}],
}


def _parse(data: bytes, where: str) -> Any:
    try:
        return json.loads(data)
    except RecursionError:
        raise _Corrupt(f"{where} is nested too deeply") from None
    except ValueError:  # includes a bad UTF-8 byte
        raise _Corrupt(f"{where} is not valid JSON") from None


def _check_manifest(manifest: Any, path: Path) -> dict:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InputError(f"{path}: not a summarize index file")
    if manifest.get("version") != FORMAT_VERSION:
        raise InputError(f"{path}: index format version {str(manifest.get('version'))[:20]}, but this summarize "
                         f"reads version {FORMAT_VERSION}; rebuild it with `summarize index`")
    _shape(manifest, _MANIFEST, "manifest.json")
    if not 0.0 < manifest["threshold"] <= 1.0:
        raise _Corrupt("manifest.json holds a threshold outside (0, 1]")
    members = manifest["members"]
    if len(members) > MAX_MEMBERS or not set(_RECORDS) <= members.keys():
        raise _Corrupt("manifest.json lists the wrong members")
    for name, digest in members.items():
        if (not isinstance(name, str) or name == "manifest.json"
                or not (name in _RECORDS or any(name.startswith(d) and "/" not in name[len(d):] for d in (_BM25, _PASSAGE)))
                or not isinstance(digest, str) or len(digest) != 64):
            raise _Corrupt("manifest.json lists a member it should not")
    return manifest


def _read(path: Path) -> tuple[dict, dict[str, bytes]]:
    """Manifest and members of an index file, sizes and hashes checked before parsing."""
    if not path.is_file():
        raise InputError(f"{path}: no such index file")
    with zipfile.ZipFile(path) as z:
        manifest = _check_manifest(_parse(_members(z, ["manifest.json"])["manifest.json"], "manifest.json"), path)
        members = _members(z, manifest["members"])
    for name, data in members.items():
        if hashlib.sha256(data).hexdigest() != manifest["members"][name]:
            raise _Corrupt(f"{name} fails its checksum")
    return manifest, members


def check_fresh(manifest: dict, path: Path, notice: Callable[[str], None] | None = None) -> None:
    """Refuse an index whose input files changed (by content hash) or whose folders gained or
    lost files since it was built; only note the ones that are gone."""
    for src in manifest["sources"]:
        p = src["path"]
        if not os.path.isfile(p):
            if notice:
                notice(f"{p} is gone; using the index as built")
            continue
        if file_digest(Path(p)) != src["sha256"]:
            raise InputError(f"{path}: stale index: {p} changed since it was indexed; rebuild it with `summarize index`")
    for entry in manifest["inputs"]:
        folder = Path(entry["path"])
        if "files" in entry and folder.is_dir():
            try:
                now = [str(Path(f).resolve()) for f in _folder_files(folder)]
            except InputError:
                now = []
            if sorted(now) != sorted(entry["files"]):
                raise InputError(f"{path}: stale index: the files in {folder} changed since it was indexed; "
                                 "rebuild it with `summarize index`")


def _span(docs: list[Document], d: int, start: int, end: int, where: str) -> Document:
    """The document ``d`` after checking that ``[start, end)`` lies inside its text."""
    if not (0 <= d < len(docs) and 0 <= start <= end <= len(docs[d].text)):
        raise _Corrupt(f"{where} points outside the documents")
    return docs[d]


def _pick(items: list[Sentence], k: int, where: str) -> Sentence:
    if not 0 <= k < len(items):
        raise _Corrupt(f"{where} points outside the sentences")
    return items[k]


def _stages(data: dict[str, Any]) -> dict[str, Any]:
    """The corpus's stages from its checked records."""
    docs = [Document(**d) for d in data["documents.json"]]
    if len({d.id for d in docs}) != len(docs) or not docs:
        raise _Corrupt("documents.json holds no documents or repeated ids")
    sentences = [Sentence(_span(docs, d, s, e, "sentences.json").id, i, docs[d].text[s:e], s, e)
                 for d, i, s, e in data["sentences.json"]]
    paragraphs = [Block(_span(docs, d, s, e, "paragraphs.json").id, s, e, t) for d, s, e, t in data["paragraphs.json"]]
    dropped = [Dropped(Block(_span(docs, d, s, e, "dropped.json").id, s, e, t), r)
               for d, s, e, t, r in data["dropped.json"]]
    groups = [Group(g["id"], _pick(sentences, g["representative"], "groups.json"),
                    tuple(_pick(sentences, k, "groups.json") for k in g["members"]),
                    tuple(g["supporters"]), tuple(g["paraphrases"])) for g in data["groups.json"]]
    conflicts = tuple(Conflict(c["topic"], c["kind"], tuple(Side(s["value"], s["text"], tuple(s["sources"]),
                                                                  tuple(map(tuple, s["positions"])))
                                                             for s in c["sides"]), tuple(c["dates"]))
                      for c in data["conflicts.json"])
    return {"documents": docs, "sentences": sentences, "paragraphs": paragraphs, "dropped": dropped,
            "groups": groups, "conflicts": conflicts}


def _under(members: dict[str, bytes], folder: str) -> dict[str, bytes]:
    """The members saved under ``folder``, by their names inside it."""
    return {name[len(folder):]: blob for name, blob in members.items() if name.startswith(folder)}


def load(path: Path, *, notice: Callable[[str], None] | None = None, max_question_chars: int | None = None) -> Corpus:
    """The ``Corpus`` saved in ``path``, ready to summarise and answer without reprocessing."""
    try:
        manifest, members = _read(path)
        check_fresh(manifest, path, notice)
        data = {}
        for name, spec in _RECORDS.items():
            data[name] = _parse(members[name], name)
            _shape(data[name], spec, name)
        stages = _stages(data)
        retriever = BM25Retriever.from_state(_under(members, _BM25), len(stages["groups"]), related=tuned_related())
        where = layout(stages["groups"], stages["paragraphs"])
        retrievers: dict[str, Retriever] = {"bm25": retriever}
        if saved := _under(members, _PASSAGE):
            retrievers["passage"] = passage_retriever().restore([g.text for g in stages["groups"]], saved,
                                                                layout=where, sentences=retriever)
    except InputError:
        raise
    except _Corrupt as exc:
        raise InputError(f"{path}: corrupt index file ({exc}); rebuild it with `summarize index`") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, KeyError,
            IndexError, TypeError, AttributeError, NotImplementedError, RuntimeError, OverflowError) as exc:
        # zipfile and bm25s raise these on a damaged or crafted file; RuntimeError: an encrypted member.
        raise InputError(f"{path}: corrupt index file ({type(exc).__name__}); rebuild it with `summarize index`") from None
    return Corpus.restore(stages["documents"], threshold=manifest["threshold"], paragraphs=stages["paragraphs"],
                          dropped=stages["dropped"], sentences=stages["sentences"], groups=stages["groups"],
                          conflicts=stages["conflicts"], retrievers=retrievers, layout=where,
                          **({} if max_question_chars is None else {"max_question_chars": max_question_chars}))
