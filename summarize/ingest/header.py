"""An article's header: the date marker, headline and dateline that open a text, parsed once
where a document is made (every reader builds its ``Document`` here)."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from ..model import Document
from ..text.dates import month_number

MAX_TITLE_WORDS = 25

_MONTH_RE = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY_RE = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# A leading ``date 2025-09-02`` marker or a bare ISO / slashed date before the headline.
_MARKER_RE = re.compile(r"\A\s*(?:date\s*:?\s*)?(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?![\d/-])[ \t]*", re.I)
# A dateline opening a line: "Saturday, January 8, 2005" or "8 January 2005", alone or
# glued to the first sentence ("Tuesday, January 18, 2005Through a telethon, ...").
_DATE_END = r"(?:[ \t]*\Z|[ \t]+|(?=[A-Z]))"
_DATELINE_RES = (
    re.compile(rf"\A[ \t]*{_WEEKDAY_RE}{_MONTH_RE}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}){_DATE_END}", re.I),
    re.compile(rf"\A[ \t]*{_WEEKDAY_RE}(?P<d>\d{{1,2}})\s+{_MONTH_RE},?\s+(?P<y>\d{{4}}){_DATE_END}", re.I),
    re.compile(rf"\A[ \t]*(?:date\s*:?\s*)?(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_DATE_END}", re.I),
)
_END_PUNCT = tuple(".!?\"'”’…:;")


def _iso(year: str, month: str, day: str) -> str:
    """ISO date from parts (month as number or name), or "" when they are not a real date."""
    m = int(month) if month.isdigit() else month_number(month)
    try:
        return _dt.date(int(year), m, int(day)).isoformat()
    except ValueError:
        return ""


def leading_date(line: str) -> tuple[str, int]:
    """The ISO date that opens ``line`` and where it ends, or ("", 0)."""
    for rx in _DATELINE_RES:
        m = rx.match(line)
        if m:
            g = m.groupdict()
            iso = _iso(g["y"], g.get("m") or g.get("month") or "", g["d"])
            if iso:
                return iso, m.end()
    return "", 0


def _is_headline(line: str, rest: str) -> bool:
    """A first line is a headline when it is short, unpunctuated and more text follows."""
    stripped = line.strip()
    if not stripped or not rest.strip():
        return False
    if leading_date(rest.lstrip().split("\n", 1)[0])[0]:
        return True
    return len(stripped.split()) <= MAX_TITLE_WORDS and not stripped.endswith(_END_PUNCT)


def parse_document(doc_id: str, text: str, *, path: str = "") -> Document:
    """Split the header (date marker, headline, dateline) from the body of one article."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pos, date, title = 0, "", ""
    lead = len(text) - len(text.lstrip())
    marker = _MARKER_RE.match(text)
    if marker and _iso(marker["y"], marker["m"], marker["d"]):
        date, pos = _iso(marker["y"], marker["m"], marker["d"]), marker.end()
    else:
        pos = lead
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    first = text[pos:line_end]
    if _is_headline(first, text[line_end:]):
        title, pos = first.strip(), line_end
    # A dateline opening the body is metadata, not news.
    body = len(text) - len(text[pos:].lstrip())
    found, length = leading_date(text[body:].split("\n", 1)[0])
    if found:
        date, pos = date or found, body + length
    return Document(id=doc_id, text=text, title=title, date=date, path=path, body_start=pos)


def make_document(doc_id: str, text: str, *, path: str, title: str = "", date: str = "",
                  source: str = "") -> Document:
    """A ``Document`` whose header is parsed from ``text``; metadata given here wins over it."""
    doc = parse_document(doc_id, text, path=path)
    date = leading_date(date.strip())[0] if date else ""
    return replace(doc, title=" ".join(title.split()) or doc.title, date=date or doc.date, source=source.strip())
