"""The clause a word stands in: where a sentence's facts divide.

A sentence often joins two facts of one kind ("Nine of the dead were German, two were Dutch";
"the blast came early Monday, and residents went home Tuesday"): a value belongs to the words of
its own clause, not to the whole sentence's. Clauses divide at ";", ":" and brackets, at a comma
before a conjunction (", and"), before a subordinate opener (``SUBORDINATORS``), at a relative
aside (", which ... ,": its own clause, the words around it one clause), and before a number that
opens a fact of its own ("..., and 14 of them were taken", "19 were children and 11 were women").
Plain commas do not divide ("On Monday, the ferry sank"; "Ann Lee, 52, said").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .quantities import number_value

# The words that open a clause of another act.
SUBORDINATORS = "while|whereas|before|after|when|because|until|unless"
# Where a clause ends (the mark itself belongs to neither side). Bounded alternatives: linear.
_BOUNDARY_RE = re.compile(rf"[;:()\[\]]|,\s{{1,3}}(?=(?:and|but|or|yet|so)\b)|\b(?=(?:{SUBORDINATORS})\b)", re.I)
# A relative aside between commas ("The strike, which began Monday, ended"), or to the sentence's end.
# A comma between digits is part of a figure ("where 1,200 people slept"). Bounded: linear.
_ASIDE_RE = re.compile(r",\s{1,3}(?:which|who|whom|whose|where)\b(?:[^,;:()]|(?<=\d),(?=\d)){0,200}(?:,(?!\d)|$)", re.I)
# A time set by another event between a subject and its verb ("Residents evacuated after the blast
# were allowed home Tuesday"): an aside, as the blast is not what Tuesday dates; it holds no figure
# and no conjunction ("since the accident and 22 were barred" is two clauses). Bounded: linear.
_EVENT_ASIDE_RE = re.compile(r"\b(?:after|before|since|following)\s{1,3}(?:the|a|an|its|their|his|her|this|last)\s"
                             r"(?:[^,;:()\d\s]|\s(?!(?:and|but|or)\b)){0,60}?(?=\s(?:were|was|is|are|had|has|have|will|would)\b)", re.I)
# A subordinate clause that opens a sentence ends at its comma ("Two days after the fire started,
# crews reached the roof"); a comma between digits is part of a figure. Bounded: linear.
_SUBORDINATE_END_RE = re.compile(rf"\b(?:{SUBORDINATORS})\b[^,;:()]{{0,200}}(,)(?!\d)", re.I)
# A comma or a conjunction, then a word that may be a number: a fact of its own opens when it is one.
_NUMBER_OPENS_RE = re.compile(r"(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}(?:and|but)\s{1,3})(?=([\w.,-]{0,20}\w)\s{1,3}(?:[a-z-]{1,30}\s{1,3})?"
                              r"(?:of|were|was|are|is|had|have|has|remain|remained|died)\b)", re.I)


@lru_cache(maxsize=4096)
def _divisions(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """The asides of ``text`` (relative, or a time set by another event) and the offsets where its other clauses end."""
    asides = tuple(sorted((m.start(), m.end()) for rx in (_ASIDE_RE, _EVENT_ASIDE_RE) for m in rx.finditer(text)))
    marks = [m.start() for m in _BOUNDARY_RE.finditer(text)] + [m.start(1) for m in _SUBORDINATE_END_RE.finditer(text)]
    marks += [m.start() for m in _NUMBER_OPENS_RE.finditer(text) if number_value(m.group(1).rstrip(",.")) is not None]
    return asides, tuple(sorted(m for m in marks if not any(a <= m < b for a, b in asides)))


def clause_spans(text: str, offset: int) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` that make the clause holding ``offset``: one, or two around an aside
    that interrupts it (the aside itself when ``offset`` is in one)."""
    asides, marks = _divisions(text)
    for a, b in asides:
        if a <= offset < b:
            return ((a, b),)
    start = max((m for m in marks if m <= offset), default=0)
    end = min((m for m in marks if m > offset), default=len(text))
    spans, at = [], start
    for a, b in asides:
        if start <= a and b <= end and a >= at:
            spans.append((at, a))
            at = b
    return (*spans, (at, end))


def in_aside(text: str, offset: int) -> bool:
    """Does ``offset`` stand in an aside of ``text`` (a relative one, or a time set by another event)?"""
    return any(a <= offset < b for a, b in _divisions(text)[0])


def clause_of(text: str, offset: int) -> str:
    """The words of the clause of ``text`` that holds ``offset``; an aside that interrupts it is left out."""
    pieces = (text[a:b].strip(" ,;:()[]") for a, b in clause_spans(text, offset))
    return " ".join(p for p in pieces if p)
