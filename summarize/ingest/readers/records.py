"""JSON and JSON Lines exports: one article per object with ``title``, ``text``, optional
``date``, ``source`` or ``url``, and ``id`` (else file stem + position)."""
from __future__ import annotations

import json
from typing import Any

from ...errors import InputError
from ...model import Document
from ..header import make_document

TEXT_FIELDS = ("title", "text", "date", "source", "url")


def _document(obj: Any, *, default_id: str, path: str, where: str) -> Document:
    """One article object checked field by field; ``where`` names it in error messages."""

    if not isinstance(obj, dict):
        raise InputError(f"{path}: {where} is not an article object (got {type(obj).__name__})")
    for key in TEXT_FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"{path}: {where} field {key!r} must be a string")
    text = obj.get("text")
    if not text or not text.strip():
        raise InputError(f"{path}: {where} has no \"text\"")
    doc_id = obj.get("id")
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int))):
        raise InputError(f"{path}: {where} field 'id' must be a string or an integer")
    doc_id = default_id if doc_id is None or not str(doc_id).strip() else str(doc_id).strip()
    return make_document(doc_id, text, path=path, title=obj.get("title") or "", date=obj.get("date") or "",
                         source=obj.get("source") or obj.get("url") or "")


def _numbered(objs: list, wheres: list[str], *, stem: str, path: str) -> list[Document]:
    """Documents from several objects; default ids ``stem-000``, ``stem-001``, ... by position."""
    width = max(3, len(str(len(objs) - 1)))
    docs = [_document(o, default_id=f"{stem}-{i:0{width}d}", path=path, where=w)
            for i, (o, w) in enumerate(zip(objs, wheres))]
    seen: dict[str, str] = {}
    for d, where in zip(docs, wheres):
        if d.id in seen:
            raise InputError(f"{path}: {seen[d.id]} and {where} have the same id {d.id!r}")
        seen[d.id] = where
    return docs


def parse_json(text: str, *, path: str, line: int | None = None) -> Any:
    """``json.loads(text)``; every failure is an ``InputError`` naming ``path`` (and ``line``)."""
    prefix = f"{path}: line {line}:" if line is not None else f"{path}:"
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {line}" if line is not None else f"line {exc.lineno} column {exc.colno}"
        raise InputError(f"{path}: not valid JSON at {where} ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{prefix} JSON nested too deeply") from None
    except ValueError:  # Python refuses integers of over 4,300 digits
        raise InputError(f"{prefix} a number in the JSON is too long to read (over 4,300 digits)") from None


def is_json(text: str) -> bool:
    """Whether ``text`` is JSON by its syntax: it parses, or fails only on a limit (a number
    too long, nesting too deep), which ``parse_json`` reports."""
    try:
        parse_json(text, path="")
    except InputError as exc:
        return "not valid JSON" not in str(exc)
    return True


def read_json(text: str, *, stem: str, path: str) -> list[Document]:
    """One article object, or a list of them."""
    data = parse_json(text, path=path)
    if isinstance(data, list):
        if not data:
            raise InputError(f"{path}: the JSON list is empty")
        return _numbered(data, [f"item {i}" for i in range(len(data))], stem=stem, path=path)
    return [_document(data, default_id=stem, path=path, where="the object")]


def read_jsonl(text: str, *, stem: str, path: str) -> list[Document]:
    """One article object per non-blank line."""
    objs, wheres = [], []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        objs.append(parse_json(line, path=path, line=n))
        wheres.append(f"line {n}")
    return _numbered(objs, wheres, stem=stem, path=path)
