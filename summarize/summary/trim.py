"""Verbatim sentence trimming: a trailing attribution (", police said.") or an opening time
phrase ("On Monday, ") cut off a sentence.

Deletion only, as extractive compression should be (Knight & Marcu, 2002; Berg-Kirkpatrick,
Gillick & Klein, 2011): the trimmed sentence is a contiguous part of the original, so it is still
a verbatim span of its document with the same ``(doc_id, index)``, a larger ``start`` or a smaller
``end``. In news, the clause that names the source of a statement and the day it happened carry
few of the words a summary needs, and the words they free buy more of the facts. An opening
attribution ("According to state media, ") is kept: cut off, the claim would read as the
summary's own. Cuts inside a sentence (an appositive age, a parenthesis) would leave no contiguous
span, so none is made.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Group, Sentence
from ..text.polarity import SAID_AFTER_RE

# What must stay of a sentence for it to be one: a trimmed sentence keeps at least this many words.
MIN_KEPT = 6
# Words of a phrase that only dates what follows ("On Monday", "Late last week", "In June 2004",
# "Early on Oct. 3"): every word is one of these or a number, at least one is no preposition.
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon "
    "evening night midnight noon dawn weekend day days week weeks month months year years hour hours ago "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec earlier later recently".split())
_LINK_WORDS = frozenset("on in at by late early last this next that of the a an since until over during".split())
_OPENING_RE = re.compile(r"[\w.\- ]{1,60},\s{1,8}(?=\S)")


def trimmed_text(text: str) -> str:
    """``text`` without a trailing attribution (a prefix of ``text``), or ``text`` itself when
    it has none, when what stays would be under ``MIN_KEPT`` words, or when the attribution
    introduces a clause ("..., officials said that ...") or closes a quotation."""
    match = SAID_AFTER_RE.search(text)
    if match is None or re.search(r"\bthat\b", match.group()):
        return text
    kept = text[:match.start()].rstrip()
    if len(kept.split()) < MIN_KEPT or kept[-1:] in "\"”’'":
        return text
    return kept


def opening_cut(text: str) -> int:
    """Characters to cut off the front of ``text``: the opening phrases that only date what follows
    ("On Monday, ", "On Sunday, January 16, "), with their commas; 0 when there are none, or when
    under ``MIN_KEPT`` words would stay."""
    cut = 0
    while (match := _OPENING_RE.match(text, cut)) is not None and _dates(match.group()):
        cut = match.end()
    return cut if len(text[cut:].split()) >= MIN_KEPT else 0


def _dates(phrase: str) -> bool:
    """An opening phrase (with its comma) that only dates what follows ("Late last week,")."""
    bare = [w.rstrip(".") for w in phrase.rstrip(", \t\n").lower().split()]
    return (len(bare) <= 6 and all(w in _TIME_WORDS or w in _LINK_WORDS or w.isdigit() for w in bare)
            and any(w not in _LINK_WORDS for w in bare))


def trimmed(group: Group, *, ending: bool = True, opening: bool = False) -> Group:
    """``group`` with its representative sentence trimmed: its trailing attribution cut
    (:func:`trimmed_text`) when ``ending``, its opening date (:func:`opening_cut`) when ``opening``. Its members and sources are unchanged, so the summary still credits every
    document that states it."""
    sentence = group.representative
    text = trimmed_text(sentence.text) if ending else sentence.text
    cut = opening_cut(text) if opening else 0
    if cut == 0 and text == sentence.text:
        return group
    short = Sentence(sentence.doc_id, sentence.index, text[cut:], sentence.start + cut, sentence.start + len(text))
    return dataclasses.replace(group, representative=short)
