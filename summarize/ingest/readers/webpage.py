"""Saved news pages: trafilatura extracts the article text, title and date; nothing is fetched."""
from __future__ import annotations

import logging

from ...errors import InputError
from ...model import Document
from ..header import make_document


def read_html(text: str, *, stem: str, path: str) -> list[Document]:
    """One document, id = file stem, text = the article trafilatura finds in the page.

    Title and date come from the page's metadata (falling back to the text's own header);
    the page's canonical URL, when it names one, becomes ``source``. The page is parsed
    from the string given; no URL is ever requested.
    """
    import trafilatura

    # trafilatura logs parser complaints about broken pages; the one message users need is ours.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        page = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                           include_tables=False, include_images=False)
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise InputError(f"{path}: cannot parse this HTML page ({type(exc).__name__})") from None
    body = _field(page, "text")
    if not body.strip():
        raise InputError(f"{path}: no article text found in this HTML page")

    return [make_document(stem, body, path=path, title=_field(page, "title"), date=_field(page, "date"),
                          source=_field(page, "url"))]


def _field(page: object, name: str) -> str:
    """A string field of trafilatura's result (an object, or a dict in older releases), "" if absent."""
    value = page.get(name) if isinstance(page, dict) else getattr(page, name, None)
    return value if isinstance(value, str) else ""
