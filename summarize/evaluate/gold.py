"""Read hand-written gold: a cluster folder, a pairs folder, or a folder of them (docs/evaluation.md)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..errors import InputError
from ..model import Conflict, Side

T = TypeVar("T")

SPLITS = ("dev", "test")


@dataclass(frozen=True)
class Question:
    """A question, its acceptable short answers (none = unanswerable) and supporting documents."""

    id: str
    question: str
    answers: tuple[str, ...]
    docs: tuple[str, ...]
    type: str = "other"
    sides: tuple[tuple[str, ...], ...] = ()  # where the articles disagree: each side's acceptable answers
    split: str = "dev"

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
class GoldConflict:
    """A hand-listed disagreement (or tempting non-disagreement) as the toolkit's own ``Conflict``,
    with the split it belongs to."""

    conflict: Conflict
    split: str = "dev"


@dataclass(frozen=True)
class Dated:
    """One side of a labelled pair: a sentence with its article's ISO date and outlet."""

    text: str
    date: str
    outlet: str = ""


@dataclass(frozen=True)
class LabelledPair:
    """Two sentences from two outlets labelled conflict, update, polarity, same, compatible or
    different (eval/pairs/README.md), with a finer ``kind`` and a split."""

    id: str
    a: Dated
    b: Dated
    label: str
    kind: str
    split: str


@dataclass(frozen=True)
class Reference:
    """A reference summary, one sentence per line (or several per line; the runner splits)."""

    name: str
    text: str


@dataclass(frozen=True)
class Cluster:
    """One cluster's articles and whatever gold it has (empty tuples for missing files); a pairs
    folder has no articles (``docs`` is None), each labelled pair bringing its own two sentences."""

    name: str
    path: Path
    docs: Path | None
    references: tuple[Reference, ...] = ()
    questions: tuple[Question, ...] = ()
    pairs: tuple[Pair, ...] = ()
    conflicts: tuple[GoldConflict, ...] = ()
    non_conflicts: tuple[GoldConflict, ...] = ()
    support: tuple[SupportFact, ...] = ()
    labelled: tuple[LabelledPair, ...] = ()


def is_cluster(path: Path) -> bool:
    """A cluster folder has a ``cluster.json`` or a ``docs/`` folder."""
    return (path / "cluster.json").is_file() or (path / "docs").is_dir()


def is_pairs(path: Path) -> bool:
    """A pairs folder is not a cluster and holds a ``pairs.jsonl`` of labelled pairs."""
    return not is_cluster(path) and (path / "pairs.jsonl").is_file()


def read_gold(path: str | Path) -> list[Cluster]:
    """The gold in ``path``: the folder itself when it is a cluster or pairs folder, else each
    such subfolder in name order."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"gold folder not found: {path}")
    if not path.is_dir():
        raise InputError(f"gold must be a folder (with cluster.json, docs/ or pairs.jsonl), got a file: {path}")
    if is_cluster(path) or is_pairs(path):
        return [read_folder(path)]
    clusters = [read_folder(p) for p in sorted(path.iterdir()) if p.is_dir() and (is_cluster(p) or is_pairs(p))]
    if not clusters:
        raise InputError(f"no gold cluster in {path}: expected cluster.json, docs/ or pairs.jsonl in it "
                         "or in its subfolders")
    return clusters


def read_folder(path: Path) -> Cluster:
    """A cluster folder, or a pairs folder as a cluster without articles."""
    if is_pairs(path):
        return Cluster(name=path.name, path=path, docs=None, labelled=_jsonl(path / "pairs.jsonl", _labelled))
    return read_cluster(path)


def _meta(path: Path) -> dict:
    meta = path / "cluster.json"
    if not meta.is_file():
        return {}
    data = _json(meta)
    if not isinstance(data, dict):
        raise InputError(f"{meta}: expected a JSON object")
    return data


def folder(path: Path, key: str) -> Path:
    """The folder that ``cluster.json``'s ``key`` ("docs" or "refs", default the folder of that
    name) names, relative to the cluster. A path through a ``shared`` folder (data kept beside the
    checkout) is looked up under $SUMMARIZE_SHARED first when that is set."""
    relative = Path(str(_meta(path).get(key, key)))
    shared = os.environ.get("SUMMARIZE_SHARED")
    if shared and "shared" in relative.parts:
        last = max(k for k, part in enumerate(relative.parts) if part == "shared")
        moved = Path(shared).joinpath(*relative.parts[last + 1:])
        if moved.is_dir():
            return moved
    return path / relative


def read_cluster(path: Path) -> Cluster:
    """One cluster folder: ``cluster.json`` (or ``docs/``) plus the optional gold files."""
    name = str(_meta(path).get("name") or path.name)
    docs, refs = folder(path, "docs"), folder(path, "refs")
    if not docs.is_dir():
        raise InputError(f"{path}: documents folder not found: {docs}")
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


def default_split(line: int) -> str:
    """The split of a record without one: odd lines (1-based) are dev, even lines test."""
    return SPLITS[(line - 1) % 2]


def _split(d: dict) -> str:
    split = d["split"]
    if split not in SPLITS:
        raise ValueError(f"'split' must be one of {', '.join(SPLITS)}, got {split!r}")
    return split


def _jsonl(path: Path, build: Callable[[dict], T]) -> tuple[T, ...]:
    """One object per non-blank line, built by ``build``; a bad line is reported with its number.
    A record without a ``split`` gets :func:`default_split` of its line number."""
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
            out.append(build({"split": default_split(number), **data}))
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
                    sides=_sides(d.get("conflict")), split=_split(d))


def _sides(conflict: Any) -> tuple[tuple[str, ...], ...]:
    """Each side's acceptable answers of a question's ``conflict`` (none when it has none)."""
    if not conflict:
        return ()
    if not isinstance(conflict, dict) or not isinstance(conflict.get("sides"), list):
        raise TypeError("'conflict' must be an object with a list of 'sides'")
    return tuple(_strings(side.get("answers") if isinstance(side, dict) else None, "answers")
                 for side in conflict["sides"])


def _quote(d: Any) -> Quote:
    if not isinstance(d, dict):
        raise TypeError("expected an object with 'doc' and 'text'")
    return Quote(str(d["doc"]), str(d["text"]))


def _pair(d: dict) -> Pair:
    return Pair(_quote(d["a"]), _quote(d["b"]), bool(d["duplicate"]), str(d.get("kind", "")))


def _conflict(d: dict) -> GoldConflict:
    """A gold disagreement as the toolkit's own ``Conflict``: each side's ``docs`` become its ``sources``."""
    sides = tuple(Side(str(s["value"]), str(s.get("text", "")), _strings(s["docs"], "docs")) for s in d["sides"])
    return GoldConflict(Conflict(str(d.get("topic", "")), str(d.get("kind", "")), sides), _split(d))


def _dated(d: Any) -> Dated:
    if not isinstance(d, dict):
        raise TypeError("expected an object with 'text' and 'date'")
    return Dated(str(d["text"]), str(d["date"]), str(d.get("outlet", "")))


def _labelled(d: dict) -> LabelledPair:
    return LabelledPair(str(d["id"]), _dated(d["a"]), _dated(d["b"]), str(d["label"]), str(d.get("kind", "")),
                        _split(d))


def _support(d: dict) -> SupportFact:
    return SupportFact(_quote(d), _strings(d["sources"], "sources"))
