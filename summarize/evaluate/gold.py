"""Read hand-written gold: one cluster folder, or a folder of cluster folders (eval/seeds/README.md)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..errors import InputError
from ..model import Conflict, Side

T = TypeVar("T")


@dataclass(frozen=True)
class Question:
    """A question, its acceptable short answers (none = unanswerable) and supporting documents."""

    id: str
    question: str
    answers: tuple[str, ...]
    docs: tuple[str, ...]
    type: str = "other"
    contested: bool = False

    @property
    def answerable(self) -> bool:
        return bool(self.answers)


@dataclass(frozen=True)
class Quote:
    """A sentence copied from one document."""

    doc: str
    text: str


@dataclass(frozen=True)
class Pair:
    """Two sentences from different documents, labelled duplicate or not."""

    a: Quote
    b: Quote
    duplicate: bool
    kind: str = ""


@dataclass(frozen=True)
class SupportFact:
    """A sentence and every document (its own included) that states the same main fact."""

    quote: Quote
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Reference:
    """A reference summary, one sentence per line (or several per line; the runner splits)."""

    name: str
    text: str


@dataclass(frozen=True)
class Cluster:
    """One cluster's articles and whatever gold it has (empty tuples for missing files)."""

    name: str
    path: Path
    docs: Path
    references: tuple[Reference, ...] = ()
    questions: tuple[Question, ...] = ()
    pairs: tuple[Pair, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    non_conflicts: tuple[Conflict, ...] = ()
    support: tuple[SupportFact, ...] = ()


def is_cluster(path: Path) -> bool:
    """A cluster folder has a ``cluster.json`` or a ``docs/`` folder."""
    return (path / "cluster.json").is_file() or (path / "docs").is_dir()


def read_gold(path: str | Path) -> list[Cluster]:
    """The clusters in ``path``: the folder itself when it is a cluster, else each cluster
    subfolder in name order."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"gold folder not found: {path}")
    if not path.is_dir():
        raise InputError(f"gold must be a folder (with cluster.json or docs/), got a file: {path}")
    if is_cluster(path):
        return [read_cluster(path)]
    clusters = [read_cluster(p) for p in sorted(path.iterdir()) if p.is_dir() and is_cluster(p)]
    if not clusters:
        raise InputError(f"no gold cluster in {path}: expected cluster.json or docs/ in it or in its subfolders")
    return clusters


def read_cluster(path: Path) -> Cluster:
    """One cluster folder: ``cluster.json`` (or ``docs/``) plus the optional gold files."""
    name, docs = path.name, path / "docs"
    meta = path / "cluster.json"
    if meta.is_file():
        data = _json(meta)
        if not isinstance(data, dict):
            raise InputError(f"{meta}: expected a JSON object")
        name = str(data.get("name") or name)
        docs = path / str(data.get("docs", "docs"))
    if not docs.is_dir():
        raise InputError(f"{path}: documents folder not found: {docs}")
    refs = path / "refs"
    references = tuple(Reference(p.stem, _read(p)) for p in sorted(refs.glob("*.txt"))) if refs.is_dir() else ()
    return Cluster(
        name=name, path=path, docs=docs.resolve(), references=references,
        questions=_jsonl(path / "questions.jsonl", _question),
        pairs=_jsonl(path / "pairs.jsonl", _pair),
        conflicts=_jsonl(path / "conflicts.jsonl", _conflict),
        non_conflicts=_jsonl(path / "non_conflicts.jsonl", _conflict),
        support=_jsonl(path / "support.jsonl", _support))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None


def _json(path: Path) -> Any:
    try:
        return json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None


def _jsonl(path: Path, build: Callable[[dict], T]) -> tuple[T, ...]:
    """One object per non-blank line, built by ``build``; a bad line is reported with its number."""
    if not path.is_file():
        return ()
    out = []
    for number, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise TypeError("expected a JSON object")
            out.append(build(data))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        except KeyError as exc:
            raise InputError(f"{path}:{number}: missing key {exc}") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{path}:{number}: {exc}") from None
    return tuple(out)


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{key!r} must be a list of strings")
    return tuple(value)


def _question(d: dict) -> Question:
    return Question(id=str(d["id"]), question=str(d["question"]), answers=_strings(d["answers"], "answers"),
                    docs=_strings(d.get("docs", []), "docs"), type=str(d.get("type") or "other"),
                    contested=bool(d.get("conflict")))


def _quote(d: Any) -> Quote:
    if not isinstance(d, dict):
        raise TypeError("expected an object with 'doc' and 'text'")
    return Quote(str(d["doc"]), str(d["text"]))


def _pair(d: dict) -> Pair:
    return Pair(_quote(d["a"]), _quote(d["b"]), bool(d["duplicate"]), str(d.get("kind", "")))


def _conflict(d: dict) -> Conflict:
    """A gold disagreement as the toolkit's own ``Conflict``: each side's ``docs`` become its ``sources``."""
    sides = tuple(Side(str(s["value"]), str(s.get("text", "")), _strings(s["docs"], "docs")) for s in d["sides"])
    return Conflict(str(d.get("topic", "")), str(d.get("kind", "")), sides)


def _support(d: dict) -> SupportFact:
    return SupportFact(_quote(d), _strings(d["sources"], "sources"))
