"""Reader registry by file suffix: each reader turns one decoded file into ``Document``s."""
from __future__ import annotations

from typing import Callable

from ...errors import InputError
from ...model import Document
from ...registry import Registry
from .records import is_json

Reader = Callable[..., list[Document]]

# One reader per suffix, imported on first use (trafilatura is heavy).
READERS = Registry("input format", {
    ".txt": f"{__name__}.plain:read_text",
    ".md": f"{__name__}.markdown:read_markdown",
    ".markdown": f"{__name__}.markdown:read_markdown",
    ".html": f"{__name__}.webpage:read_html",
    ".htm": f"{__name__}.webpage:read_html",
    ".json": f"{__name__}.records:read_json",
    ".jsonl": f"{__name__}.records:read_jsonl",
    ".sgml": f"{__name__}.sgml:read_sgml",
    ".sgm": f"{__name__}.sgml:read_sgml",
})
SUFFIXES = READERS.names


def get_reader(suffix: str) -> Reader:
    """The reader for files ending in ``suffix`` (".md", ...); ``ValueError`` lists the valid ones."""
    return READERS.load(suffix.lower())


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
