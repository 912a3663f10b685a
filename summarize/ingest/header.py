"""An article's header: the date marker, headline and dateline that open a text, parsed once
where a document is made (every reader builds its ``Document`` here); a body hard-wrapped at a
fixed width is read as its paragraphs, and the collections' ASCII typesetting as the marks it
stands for (``ingest.reflow``)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document
from ..text.dates import dates
from .reflow import is_wrapped, typeset, unwrap, wire_paragraphs

MAX_TITLE_WORDS = 25

# A date label before the date itself: "date 2025-09-02", "Date: 2 Sep 2025", "Published 23 Oct
# 2025", "Last updated: Monday, May 4, 2025", "Posted on 4 May 2025", an incident update's
# "Issued: 17 Aug 2027, 09:00".
_LABEL_RE = re.compile(r"[ \t]*(?:(?:date|(?:(?:first|last)[ \t]+)?(?:published|updated|posted|issued))\b[ \t]*:?[ \t]*"
                       r"(?:on[ \t]+)?)?", re.I)
# A dateline may be glued to the first sentence ("Tuesday, January 18, 2005Through a telethon").
_DATELINE_END_RE = re.compile(r"[ \t]*\Z|[ \t]+|(?=[A-Z])")
# A dateline is short: only its first characters are read.
_DATELINE_CHARS = 120
_END_PUNCT = tuple(".!?\"'”’…:;")
# A byline or an outlet's name may stand between the headline and the date line ("By Ann Lee,
# Northern Courier" / "June 4, 2026"): this many lines are read for the date, each before it short
# and unpunctuated.
_HEADER_LINES = 3
_BYLINE_WORDS = 12


def leading_date(line: str) -> tuple[str, int]:
    """The ISO date that opens ``line`` (a dateline, an ISO, slashed or RSS date, with an
    optional "date" label) and where it ends, or ("", 0). Read by the text layer's date reader."""
    opening = _LABEL_RE.match(line)  # every part of the pattern is optional: it always matches
    label = opening.end() if opening else 0
    found = next(iter(dates(line[label:label + _DATELINE_CHARS])), None)
    if found is None or found.start or found.kind != "date" or not found.resolved or found.low != found.high:
        return "", 0
    tail = _DATELINE_END_RE.match(line, label + found.end)
    return (found.low.isoformat(), tail.end()) if tail and found.low else ("", 0)


# What parts a byline or an outlet's name from the date that ends its line ("Wire report, 13 May
# 2026", "By Ann Lee | June 4, 2026", "Northern Courier - 4 June 2026"). Bounded: linear.
_BYLINE_SEP_RE = re.compile(r"[ \t]{0,3}(?:[,|\u00b7\u2014\u2013]|[ \t]-)[ \t]{0,3}")


def _closing_date(line: str) -> str:
    """The ISO date that closes a short header line after a separator, else ""."""
    for sep in _BYLINE_SEP_RE.finditer(line):
        found, end = leading_date(line[sep.end():])
        if found and not line[sep.end() + end:].strip():
            return found
    return ""


def _date_below(text: str) -> str:
    """The date of a date line among the first ``_HEADER_LINES`` lines of ``text`` when only short
    unpunctuated lines (a byline, an outlet's name) stand before it, or the date that closes such
    a line after a separator, else ""."""
    for line in [line.strip() for line in text.split("\n") if line.strip()][:_HEADER_LINES]:
        found = leading_date(line)[0] or (_closing_date(line) if len(line.split()) <= _BYLINE_WORDS else "")
        if found or len(line.split()) > _BYLINE_WORDS or line.endswith(_END_PUNCT):
            return found
    return ""


def _is_headline(line: str, rest: str) -> bool:
    """A first line is a headline when it is short, unpunctuated and more text follows."""
    stripped = line.strip()
    if not stripped or not rest.strip():
        return False
    if leading_date(rest.lstrip().split("\n", 1)[0])[0]:
        return True
    return len(stripped.split()) <= MAX_TITLE_WORDS and not stripped.endswith(_END_PUNCT)


def parse_document(doc_id: str, text: str, *, path: str = "", headed: bool = True) -> Document:
    """Split the header (date marker, headline, dateline) from the body of one article; a
    hard-wrapped body is unwrapped, and ``quotes'' typeset. ``headed=False``: the text is a body
    alone (its headline kept apart, as the collections' SGML keeps it), so no first line is taken
    for a headline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pos, date, title = 0, "", ""
    lead = len(text) - len(text.lstrip())
    date, length = leading_date(text[lead:].split("\n", 1)[0])
    pos = lead + length
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    first = text[pos:line_end]
    # A wrapped text's first line runs on into the next one: the start of a paragraph, no headline.
    runs_on = text[line_end + 1:line_end + 2].strip() != "" and is_wrapped(text[pos:])
    if headed and not runs_on and _is_headline(first, text[line_end:]):
        title, pos = first.strip(), line_end
    # A dateline opening the body is metadata, not news.
    body = len(text) - len(text[pos:].lstrip())
    found, length = leading_date(text[body:].split("\n", 1)[0])
    if found:
        date, pos = date or found, body + length
    date = date or _date_below(text[pos:])
    gap = len(text) - len(text[pos:].lstrip())  # the header's line ends stay where they were
    rest = text[gap:]
    text = text[:gap] + typeset(wire_paragraphs(unwrap(rest)) if is_wrapped(rest) else rest)
    return Document(id=doc_id, text=text, title=title, date=date, path=path, body_start=pos)


def make_document(doc_id: str, text: str, *, path: str, title: str = "", date: str = "",
                  source: str = "", headed: bool = True) -> Document:
    """A ``Document`` whose header is parsed from ``text`` (``parse_document``); metadata given here
    wins over it."""
    doc = parse_document(doc_id, text, path=path, headed=headed)
    date = leading_date(date.strip())[0] if date else ""
    return replace(doc, title=" ".join(title.split()) or doc.title, date=date or doc.date, source=source.strip())
