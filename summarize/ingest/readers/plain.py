"""Plain-text articles: the decoded file is the document's text (a file in the news collections'
SGML, as DUC's are, whatever its name, is read as such)."""
from __future__ import annotations

from ...model import Document
from ..header import parse_document
from .sgml import is_sgml, read_sgml


def read_text(text: str, *, stem: str, path: str) -> list[Document]:
    """One document, id = file stem; date marker and headline parsed from the text."""
    return read_sgml(text, stem=stem, path=path) if is_sgml(text) else [parse_document(stem, text, path=path)]
