"""Plain-text articles: the decoded file is the document's text."""
from __future__ import annotations

from ...model import Document
from ..header import parse_document


def read_text(text: str, *, stem: str, path: str) -> list[Document]:
    """One document, id = file stem; date marker and headline parsed from the text."""
    return [parse_document(stem, text, path=path)]
