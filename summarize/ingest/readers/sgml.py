"""News in the SGML of the TREC, DUC and TAC collections: one ``<DOC>`` per article, its id in
``<DOCNO>``, its date in ``<DATE_TIME>`` or ``<DATE>``, its headline in ``<HEADLINE>`` and its
text in ``<TEXT>`` (paragraphs in ``<P>``, or lines wrapped at a fixed width and unwrapped here).
Read by string search, linear in the file's size."""
from __future__ import annotations

import html
import re

from ...model import Document
from ..header import make_document
from ..reflow import typeset_quotes, unwrap

# A tag (bounded: a tag name and attributes fit in 200 characters).
_TAG_RE = re.compile(r"<[^<>]{0,200}>")
_PARAGRAPH_RE = re.compile(r"</?p(?:\s[^<>]{0,200})?>", re.I)


def is_sgml(text: str) -> bool:
    """Does ``text`` open with a ``<DOC>`` element, as the news collections are written?"""
    return text.lstrip()[:5].upper() == "<DOC>"


def _element(doc: str, lower: str, name: str) -> str:
    """The text of the first ``<name>`` element of ``doc`` (``lower`` is it in lower case), tags
    inside it removed; "" when there is none."""
    start = lower.find(f"<{name}")
    opened = lower.find(">", start) if start >= 0 else -1
    end = lower.find(f"</{name}>", opened) if opened >= 0 else -1
    if end < 0:
        return ""
    inner = _PARAGRAPH_RE.sub("\n\n", doc[opened + 1:end])
    return html.unescape(_TAG_RE.sub(" ", inner)).strip()


def read_sgml(text: str, *, stem: str, path: str) -> list[Document]:
    """One document per ``<DOC>`` element; its id is the ``<DOCNO>`` (else ``stem``, numbered when
    the file holds several)."""
    lower = text.lower()
    docs: list[Document] = []
    at = 0
    while (start := lower.find("<doc>", at)) >= 0:
        end = lower.find("</doc>", start)
        end = len(text) if end < 0 else end
        doc, low = text[start:end], lower[start:end]
        body = typeset_quotes(unwrap(_element(doc, low, "text") or _TAG_RE.sub(" ", doc[len("<doc>"):])))
        number = _element(doc, low, "docno") or (stem if not docs else f"{stem}-{len(docs) + 1}")
        date = (_element(doc, low, "date_time") or _element(doc, low, "date")).split(" ")[0]
        docs.append(make_document(number, body, path=path, title=_element(doc, low, "headline"), date=date))
        at = end + 1
    return docs
