"""News in the SGML of the TREC, DUC and TAC collections: one ``<DOC>`` per article, its id in
``<DOCNO>``, its date in ``<DATE_TIME>`` or ``<DATE>`` (else the day its number gives), its headline in ``<HEADLINE>`` and its
text in ``<TEXT>`` (paragraphs in ``<P>``, or lines wrapped at a fixed width and unwrapped here).
Read by string search, linear in the file's size."""
from __future__ import annotations

import html
import re
import string

from ...model import Document
from ..header import leading_date, make_document
from ..reflow import typeset, unwrap, wire_paragraphs

# A tag (bounded: a tag name and attributes fit in 200 characters).
_TAG_RE = re.compile(r"<[^<>]{0,200}>")
_PARAGRAPH_RE = re.compile(r"</?p(?:\s[^<>]{0,200})?>", re.I)
# Tags are found case-blind in a copy lowered letter for letter: str.lower() may lengthen a text
# ("İ" becomes two characters), and the copy's offsets must be the text's.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
# An article's element: ``<DOC>``, or ``<DOC id="..." type="story">`` as the later collections write it.
_DOC_RE = re.compile(r"<doc(?:\s[^<>]{0,200})?>", re.I)
_ID_RE = re.compile(r"\bid\s{0,3}=\s{0,3}[\"']?([^\"'\s<>]{1,100})", re.I)
# The collections' typesetting codes written as entities that name no character ("&UR;", "&LR;",
# "&QL;", "&Cx1f;"): markup for the wire's printers, not text.
_CODE_RE = re.compile(r"&[A-Za-z][A-Za-z0-9]{0,10};")
# The American order of the collections' slashed dates ("<DATE_TIME> 04/12/1999 16:05:00"): month first.
_US_DAY_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# A document number that opens with its source and day, as the collections number them
# ("APW19981016.0240", "NYT19990915.0233", "APW_ENG_20041201.0001"; "AP880215-0044", "WSJ891102-0161").
_DOCNO_DAY_RE = re.compile(r"[A-Z]{2,4}(?:_[A-Z]{3}_)?(?:(\d{4})|(\d{2}))(\d{2})(\d{2})(?:[.\-]\d{1,6})?")


def is_sgml(text: str) -> bool:
    """Does ``text`` open with a ``<DOC>`` element, as the news collections are written?"""
    return _DOC_RE.match(text.lstrip()) is not None


def _element(doc: str, lower: str, name: str) -> str:
    """The text of the first ``<name>`` element of ``doc`` (``lower`` is it in lower case), tags
    inside it removed; "" when there is none."""
    start = lower.find(f"<{name}")
    opened = lower.find(">", start) if start >= 0 else -1
    end = lower.find(f"</{name}>", opened) if opened >= 0 else -1
    if end < 0:
        return ""
    inner = _PARAGRAPH_RE.sub("\n\n", doc[opened + 1:end])
    return html.unescape(_CODE_RE.sub(_code, _TAG_RE.sub(" ", inner))).strip()


def _code(found: re.Match[str]) -> str:
    """An entity kept when it names a character ("&AMP;"), else a typesetting code, dropped."""
    return found.group() if html.unescape(found.group()) != found.group() else ""


def _day(date_time: str) -> str:
    """The ISO day of a ``<DATE_TIME>`` or ``<DATE>`` value ("10/21/1998 19:42:00", "1998-10-21
    19:42"), read month first when slashed; "" when it gives none."""
    first = date_time.split(" ")[0]
    slashed = _US_DAY_RE.fullmatch(first)
    return leading_date(f"{slashed.group(3)}-{int(slashed.group(1)):02d}-{int(slashed.group(2)):02d}"
                        if slashed else first)[0]


def docno_date(number: str) -> str:
    """The ISO day a collection's document number gives (two-digit years are 19xx), or ""."""
    found = _DOCNO_DAY_RE.fullmatch(number)
    if not found:
        return ""
    year = found.group(1) or f"19{found.group(2)}"
    return leading_date(f"{year}-{found.group(3)}-{found.group(4)}")[0]


def read_sgml(text: str, *, stem: str, path: str) -> list[Document]:
    """One document per ``<DOC>`` element; its id is the ``<DOCNO>`` or the element's ``id``
    (else ``stem``, numbered when the file holds several)."""
    lower = text.translate(_ASCII_LOWER)
    docs: list[Document] = []
    at = 0
    while found := _DOC_RE.search(text, at):
        end = lower.find("</doc>", found.end())
        end = len(text) if end < 0 else end
        doc, low = text[found.start():end], lower[found.start():end]
        inner = _element(doc, low, "text") or _TAG_RE.sub(" ", doc[len(found.group()):])
        body = typeset(wire_paragraphs(unwrap(inner)))
        named = _ID_RE.search(found.group())
        number = (_element(doc, low, "docno") or (named.group(1) if named else "")
                  or (stem if not docs else f"{stem}-{len(docs) + 1}"))
        date = _day(_element(doc, low, "date_time") or _element(doc, low, "date")) or docno_date(number)
        docs.append(make_document(number, body, path=path, title=_element(doc, low, "headline"), date=date,
                                  headed=False))
        at = end + 1
    return docs
