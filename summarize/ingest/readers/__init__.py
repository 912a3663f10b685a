"""Reader registry by file suffix: each reader turns one decoded file into ``Document``s."""
from __future__ import annotations

from importlib import import_module
from typing import Callable

from ...errors import InputError
from ...model import Document
from .records import is_json

Reader = Callable[..., list[Document]]

# suffix -> (module, function); modules are imported on first use (trafilatura is heavy).
READERS: dict[str, tuple[str, str]] = {
    ".txt": ("plain", "read_text"),
    ".md": ("markdown", "read_markdown"),
    ".markdown": ("markdown", "read_markdown"),
    ".html": ("webpage", "read_html"),
    ".htm": ("webpage", "read_html"),
    ".json": ("records", "read_json"),
    ".jsonl": ("records", "read_jsonl"),
}
SUFFIXES = tuple(READERS)


def get_reader(suffix: str) -> Reader:
    """The reader for files ending in ``suffix`` (".md", ...); ``ValueError`` lists the valid ones."""
    try:
        module, name = READERS[suffix.lower()]
    except KeyError:
        raise ValueError(f"unknown input format {suffix!r}; choose one of: {', '.join(SUFFIXES)}") from None
    return getattr(import_module(f"{__name__}.{module}"), name)


def read_documents(text: str, *, suffix: str, stem: str, path: str) -> list[Document]:
    """The documents in one decoded input; ``InputError`` when it holds no text."""
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    docs = get_reader(suffix)(text, stem=stem, path=path)
    docs = [d for d in docs if d.text[d.body_start:].strip()]
    if not docs:
        raise InputError(f"{path}: no article text in this file")
    return docs


def sniff_stdin(text: str) -> str:
    """The suffix whose reader fits text piped in: ".json" or ".jsonl" when it is JSON by its
    syntax (even JSON the reader then refuses, so it is never summarised as prose), else ".txt"."""
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return ".txt"
    if is_json(stripped):
        return ".json"
    if all(is_json(line) for line in stripped.splitlines() if line.strip()):
        return ".jsonl"
    return ".txt"
