"""The source a question names ("According to the Marsh Courier, ...", "In its statement of 4 May, ...") and the
articles that state it: a question asked of one outlet's or one day's report is answered from that report, not from
what the others say (a figure that changed over the weeks has the value that report gave)."""
from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple, Sequence

from ..model import Document
from ..text.dates import MONTH_PATTERN, When, dates
from ..text.names import generic_body
from ..text.tokens import terms

# What a dated source is called ("the operator's statement of 4 May", "its programme on 21 April"): a closed class of
# the forms news and the bodies in it publish in.
SOURCE_NOUNS = ("statement|report|programme|program|broadcast|bulletin|newsletter|release|blog|coverage|update|"
                "interview|column|article|edition|briefing|notice|announcement|letter|feature|survey|review|"
                "conference|hearing|meeting")
# "According to X, how ...?" / "How ..., according to X?": the source, then the question. Bounded: linear.
_LEAD_RE = re.compile(r"^\W*according\s{1,3}to\s{1,3}(?P<src>[^,?]{1,80}),\s{1,3}(?P<rest>\S.*)$", re.I | re.S)
_TAIL_RE = re.compile(r"^(?P<rest>[^,]{3,}?\w),?\s{1,3}according\s{1,3}to\s{1,3}(?P<src>[^,?]{1,80}?)(?P<end>\W*)$",
                      re.I | re.S)
# "In its statement of 8 July, when ...?", "At the press conference on 6 November, ...": a publication or an
# occasion a source spoke at, of an owner or named by "the".
_IN_RE = re.compile(r"^\W*(?:in|at|during)\s{1,3}(?P<src>(?:its|their|his|her|the(?:\s{1,3}[^,?]{1,40}?['’]s?)?)\s{1,3}"
                    rf"(?:[\w'’-]+\s{{1,3}}){{0,2}}?(?:{SOURCE_NOUNS})s?\b[^,?]{{0,40}}),\s{{1,3}}(?P<rest>\S.*)$",
                    re.I | re.S)
_CAPITAL_RE = re.compile(r"\b[A-Z][\w&-]*")
# A body described, or the owner of what it published ("the council", "the housing trust's statement"): its head noun.
_OWNER_RE = re.compile(r"the\s{1,3}(?:[a-z-]{1,30}\s{1,3}){0,2}?([a-z]{3,30})(?:['’]s?\s|$)")
# A month written before a source's noun, as a modifier ("its March newsletter", "the October report"). Bounded.
_MONTH_BEFORE_RE = re.compile(rf"\b({MONTH_PATTERN})\s{{1,3}}(?=(?:[\w'’-]{{1,30}}\s{{1,3}})?(?:{SOURCE_NOUNS})s?\b)",
                              re.I)
# The dates that may tell when a source published: a day or a month ("on 23 August", "in October").
_PUBLISHED = ("date", "month")


class Named(NamedTuple):
    """The words of a question that name its ``source`` and the question without them (``rest``)."""

    source: str
    rest: str


def named_source(text: str) -> Named | None:
    """The source ``text`` names as whose statement it asks about, or ``None`` when it names none."""
    if m := _LEAD_RE.match(text) or _IN_RE.match(text):
        rest = m.group("rest")
        return Named(m.group("src").strip(), rest[:1].upper() + rest[1:])
    if m := _TAIL_RE.match(text):
        return Named(m.group("src").strip(), m.group("rest") + m.group("end").strip())
    return None


def _read_dates(source: str, anchor: _dt.date | None = None) -> list[When]:
    """The dates of a source's words, a month written before its noun ("the trust's March newsletter") read as the
    month it was published in."""
    return dates(_MONTH_BEFORE_RE.sub(r"in \1 ", source), anchor)


def _names(source: str, said: Sequence[When]) -> frozenset[str]:
    """The terms of the names a source's words write with a capital, its dates (``said``) left out."""
    plain = source
    for w in said:
        plain = plain.replace(w.text, " ")
    return frozenset(t for m in _CAPITAL_RE.finditer(plain) for t in terms(m.group()))


def _dated(source: str, date: str) -> bool:
    """Is an article of ISO ``date`` one that every day or month ``source`` names ("on 23 August", "in October")
    dates (each read against the article's own date, as a reader of it would)?"""
    try:
        on = _dt.date.fromisoformat(date)
    except ValueError:
        return False
    return all(w.low is not None and w.high is not None and w.low <= on <= w.high
               for w in _read_dates(source, on) if w.kind in _PUBLISHED)


def source_articles(source: str, documents: Sequence[Document]) -> frozenset[str]:
    """The ids of ``documents`` that ``source`` names: its names all among an article's outlet's words (``source``,
    read from the header), its day or month that of the article's publication; both when it gives both. Empty when
    it names no outlet of the articles and no day (a speaker quoted in them: "according to the union")."""
    said = _read_dates(source)
    names = _names(source, said)
    if not names and not any(w.kind in _PUBLISHED for w in said):
        return _published_by(source, documents)
    return frozenset(d.id for d in documents
                     if (not names or names <= frozenset(terms(d.source))) and _dated(source, d.date))


def _published_by(source: str, documents: Sequence[Document]) -> frozenset[str]:
    """The ids of ``documents`` a body ``source`` describes published ("the council" -> the article of "Carran Vale
    Council", "the trust's statement" -> "Elm Housing Trust"): a noun for a kind of body (``generic_body``) that heads
    the outlet's name, as a statement of its own is headed with it."""
    owner = _OWNER_RE.match(source)
    head = owner.group(1).lower() if owner else ""
    return frozenset(d.id for d in documents if head and generic_body(head)
                     and d.source.split(",")[0].split()[-1:] == [head.capitalize()])
