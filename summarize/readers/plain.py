"""Plain-text articles: the decoded file is the document's text."""
from __future__ import annotations

from ..model import Document


def read_text(text: str, *, stem: str, path: str) -> list[Document]:
    """One document, id = file stem; date marker and headline parsed from the text."""
    from ..load import parse_document

    return [parse_document(stem, text, path=path)]
