"""An article's header: the date marker, headline and dateline that open a text, parsed once
where a document is made (every reader builds its ``Document`` here); a body hard-wrapped at a
fixed width is read as its paragraphs, and the collections' ASCII typesetting as the marks it
stands for (``ingest.reflow``)."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import Sequence

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
# A line that a date closes after a separator may name a long body before it ("Harbour Board Planning and
# Licensing Sub-Committee, Port Avrel, 3 May 2027"): the date at its end marks it a header line, so it may be longer.
_DATED_LINE_WORDS = 20
# A standfirst (a line or two that sums the story up) may stand between a headline and the byline.
_STANDFIRST_LINES = 2


# A wire dateline: the place in capitals (or any place before the agency's name), an optional
# region and day, the agency, a dash ("WASHINGTON (AP) _", "PORT ELLA, May 3 (Wire) -",
# "Paris (AFP) --", "LONDON -- ", "SEOUL: "); the news starts after it with a capital, digit or quote.
_DAY = r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)"
_REGION = r"(?:,\s{1,3}[A-Z][A-Za-z.]{1,24}(?:\s{1,3}[A-Z][A-Za-z.]{1,24}){0,2})"
_AGENCY = r"\([A-Z][A-Za-z .&'’-]{0,30}\)"
_CAPS = r"[A-Z][A-Z.'’-]{1,24}(?:\s{1,3}[A-Z][A-Z.'’-]{1,24}){0,3}"  # bounded: no backtracking over a long run
WIRE_DATELINE_RE = re.compile(
    rf"(?:(?:{_CAPS}|[A-Z][a-z]{{1,24}}(?:\s{{1,3}}[A-Z][a-z]{{1,24}}){{0,3}}){_REGION}?{_DAY}?\s*{_AGENCY}\s*(?:--?|_|—|–)"
    rf"|{_CAPS}{_REGION}?(?:{_DAY}\s*(?:--?|_|—|–)|\s*(?:--|_|—)|:))"  # no agency: a day, more than a hyphen, or a colon
    r"\s+(?=[A-Z0-9\"“‘'])")


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


# A day in the middle of a leap year: a year-less "Feb 29" still reads.
_ANY_YEAR = _dt.date(2000, 7, 1)
_ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def wire_date(paragraph: str) -> str:
    """The day a wire dateline opening ``paragraph`` gives ("PORT ELLA, May 3 (Wire) - ..."): ISO when
    it has a year, "--MM-DD" (ISO 8601's year-less day) when not, as wires write it; else ""."""
    line = WIRE_DATELINE_RE.match(paragraph)
    # a day of the month, not a weekday alone ("HOLMBRIDGE, Tuesday —" dates nothing by itself)
    day = next((w for w in dates(line.group()) if w.kind == "date" and any(c.isdigit() for c in w.text)), None) \
        if line else None
    if day is None:
        return ""
    if day.resolved and day.low is not None and day.low == day.high:
        return day.low.isoformat()
    again = next((w for w in dates(day.text, _ANY_YEAR) if w.kind == "date"), None)
    return f"--{again.low:%m-%d}" if again and again.resolved and again.low and again.low == again.high else ""


def settle_years(docs: Sequence[Document]) -> list[Document]:
    """``docs`` with each year-less date ("--MM-DD", from a wire dateline) in the year that puts it
    nearest a fully dated document among them (the articles of one event are days apart), or ""
    when none is dated."""
    known = sorted({_dt.date.fromisoformat(d.date) for d in docs if _ISO_DAY_RE.fullmatch(d.date)})
    out = []
    for d in docs:
        if d.date.startswith("--"):
            month, day = int(d.date[2:4]), int(d.date[5:7])
            options = [o for y in sorted({k.year + s for k in known for s in (-1, 0, 1)})
                       if (o := _valid_day(y, month, day))]
            best = min(options, key=lambda o: (min(abs((o - k).days) for k in known), o), default=None)
            d = replace(d, date=best.isoformat() if best else "")
        out.append(d)
    return out


def _valid_day(year: int, month: int, day: int) -> _dt.date | None:
    """The day, or None when the calendar has none (February 29 of a common year)."""
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


# What parts a byline or an outlet's name from the date that ends its line ("Wire report, 13 May
# 2026", "By Ann Lee | June 4, 2026", "Northern Courier - 4 June 2026"). Bounded: linear.
_BYLINE_SEP_RE = re.compile(r"[ \t]{0,3}(?:[,|:\u00b7\u2014\u2013]|[ \t]-)[ \t]{0,3}")
# A clock time after the date that closes a header line ("For immediate release: 10 October 2027, 18:00").
_CLOCK_TAIL_RE = re.compile(r"[ \t]{0,3},?[ \t]{0,3}\d{1,2}[:.]\d{2}(?:[ \t]{0,3}(?:[ap]\.?m\.?|[A-Z]{2,4}))?[ \t]*", re.I)


def _closing_date(line: str) -> str:
    """The ISO date that closes a short header line after a separator, else ""."""
    return _dated_at(line)[0]


def _dated_at(line: str) -> tuple[str, int]:
    """The ISO date that closes a short header line after a separator and where its separator starts, else ("", 0)."""
    for sep in _BYLINE_SEP_RE.finditer(line):
        found, end = leading_date(line[sep.end():])
        tail = line[sep.end() + end:]
        if found and (not tail.strip() or _CLOCK_TAIL_RE.fullmatch(tail)):
            return found, sep.start()
    return "", 0


# A byline's opening: who wrote the article, not who published it.
_BYLINE_RE = re.compile(r"\s{0,3}by\s", re.I)


def outlet(text: str) -> str:
    """The outlet an article's header names in the line a date closes ("Marsh Courier, Brimscott, 18 June 2027" ->
    "Marsh Courier"): the words before the date but the place, the last of two or more parts; "" when no short line
    of the first ``_HEADER_LINES`` is closed so, or a byline is ("By Ann Lee, 4 June 2026"). A question may name
    its source by it ("According to the Marsh Courier, ...")."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_HEADER_LINES]
    for line in lines:
        found, at = _dated_at(line) if len(line.split()) <= _DATED_LINE_WORDS else ("", 0)
        if not found and len(line.split()) > _BYLINE_WORDS:
            return ""
        if found and not _BYLINE_RE.match(line):
            parts = [p.strip() for p in line[:at].split(",")]
            return ", ".join(parts[:-1] if len(parts) > 1 else parts)
    return ""


def _date_below(text: str) -> str:
    """The date of the first ``_HEADER_LINES`` lines of ``text`` when only short unpunctuated lines
    (a byline, an outlet's name) stand before it: a date line, a date that closes such a line after
    a separator, or a wire dateline opening the news ("By Ann Lee, Wire" / "PORT ELLA, May 3 (Wire) -
    ..."); else, when the line that ends the header is a standfirst (long, unpunctuated at its end),
    the date of a line that is a date and nothing else among the first ``_HEADER_LINES`` +
    ``_STANDFIRST_LINES`` (a standfirst may stand between the headline and the byline), else ""."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_HEADER_LINES + _STANDFIRST_LINES]
    for line in lines[:_HEADER_LINES]:
        found = leading_date(line)[0] or (_closing_date(line) if len(line.split()) <= _DATED_LINE_WORDS else "") \
            or wire_date(line)
        if found or len(line.split()) > _BYLINE_WORDS or line.endswith(_END_PUNCT):
            # a long line that ends unpunctuated is a standfirst, not news: a date line may follow it
            return found or ("" if line.endswith(_END_PUNCT) else next((d for d in map(_date_line, lines) if d), ""))
    return ""


def _date_line(line: str) -> str:
    """The ISO date of a line that is a date and nothing else (a clock time may close it), else ""."""
    found, end = leading_date(line)
    return found if found and (end == len(line) or _CLOCK_TAIL_RE.fullmatch(line, end)) else ""


# The marks a headline may end on: a question, an exclamation, the close of a quotation.
_HEADLINE_ENDS = ("?", "!", '"', "\u201d", "'", "\u2019")


def _is_headline(line: str, rest: str) -> bool:
    """A first line is a headline when it is short, unpunctuated and more text follows."""
    stripped = line.strip()
    if not stripped or not rest.strip() or _closing_date(stripped):
        return False  # a byline or an outlet's line that a date closes ("By Ann Lee | June 4, 2026") is no headline
    if leading_date(rest.lstrip().split("\n", 1)[0])[0]:
        return True
    # A headline may ask, exclaim or end on the words it quotes ('Mayor on the cuts: "We had no choice"'): a blank
    # line then parts it from the text, or the outlet's line that a date closes ("Marsh Courier, Port Avrel, 18 June
    # 2027") follows it.
    following = rest.lstrip().split("\n", 1)[0].strip()
    asks = stripped.endswith(_HEADLINE_ENDS) and (re.match(r"\n[ \t]*\n", rest) is not None or bool(
        len(following.split()) <= _BYLINE_WORDS and _closing_date(following)))
    return len(stripped.split()) <= MAX_TITLE_WORDS and (asks or not stripped.endswith(_END_PUNCT))


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
    return Document(id=doc_id, text=text, title=title, date=date, path=path, body_start=pos, source=outlet(text[pos:]))


def make_document(doc_id: str, text: str, *, path: str, title: str = "", date: str = "",
                  source: str = "", headed: bool = True) -> Document:
    """A ``Document`` whose header is parsed from ``text`` (``parse_document``); metadata given here
    wins over it."""
    doc = parse_document(doc_id, text, path=path, headed=headed)
    date = leading_date(date.strip())[0] if date else ""
    return replace(doc, title=" ".join(title.split()) or doc.title, date=date or doc.date,
                   source=source.strip() or doc.source)
