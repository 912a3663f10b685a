"""Verbatim sentence trimming: a trailing attribution (", police said.") or an opening time
phrase ("On Monday, ") cut off a sentence, and the shorter forms a summary may show instead of a
sentence (whole clauses dropped at either end).

Deletion only, as extractive compression should be (Knight & Marcu, 2002; Berg-Kirkpatrick,
Gillick & Klein, 2011): the trimmed sentence is a contiguous part of the original, so it is still
a verbatim span of its document with the same ``(doc_id, index)``, a larger ``start`` or a smaller
``end``. In news, the clause that names the source of a statement and the day it happened carry
few of the words a summary needs, and the words they free buy more of the facts. An opening
attribution ("According to state media, ") is kept: cut off, the claim would read as the
summary's own. Cuts inside a sentence (an appositive age, a parenthesis) would leave no contiguous
span, so none is made. :func:`shorter_forms` offers more cuts (a trailing clause, an opening phrase)
as alternatives, not replacements: the selection weighs each form's concepts against its words.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Group, Sentence
from ..text.polarity import SAID_AFTER_RE
from .select import leans_back

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
# Words that open a clause or phrase a sentence can end without, after a comma: relative and
# subordinate clauses and prepositional asides ("..., which ...", "..., after ...", "..., including
# ..."); a participle clause ("..., killing ...", "..., saying ...") is read by its "-ing".
_TRAILING_WORDS = frozenset(
    "which who whom whose where when while as after before since though although because including "
    "with despite amid following until unless whereas".split())
# Words that open an opening phrase or clause a sentence can start without ("After the vote, ",
# "In a statement, ", "Meanwhile, "): prepositions, subordinators and sentence adverbs.
_OPENING_WORDS = frozenset(
    "in on at after before during following amid despite since as when while although though because "
    "with under by for from over within earlier later meanwhile separately elsewhere overall "
    "instead still also".split())
# An opening phrase up to its comma: its first word, then at most 80 characters without a clause break
# (anchored at the start, so a search is linear too).
_PHRASE_RE = re.compile(r"\A([\w'’.\-]{1,40})[^,;:\"“”]{0,80}?,\s{1,8}(?=\S)")
# A comma inside closing quotation marks before a space (American style: ``"a disaster," he``).
_COMMA_IN_QUOTE_RE = re.compile(r"(,)([\"”’']{1,2})(?=\s)")
# Commas and dashes where a trailing clause or aside may start (", which ...", " -- ...", " (...").
_TRAILING_RE = re.compile(r",\s{1,8}[`'\"“‘]{0,2}(\w[\w'’\-]{0,40})|\s{1,8}(?:--|—|–)\s{0,8}|\s{1,8}\((?=[^()]{1,200}\)\W{0,3}$)")


def trimmed_text(text: str) -> str:
    """``text`` without a trailing attribution (a prefix of ``text``), or ``text`` itself when
    it has none, when what stays would be under ``MIN_KEPT`` words, or when the attribution
    introduces a clause ("..., officials said that ...") or closes a quotation that opens the
    sentence. A quoted phrase before it keeps its closing mark ("... called it "a disaster,"
    according to ..." keeps ``"a disaster,"``)."""
    # A comma inside closing quotation marks moves after them (same length, same offsets), so
    # the attribution reads as it would after a bare comma.
    swapped = _COMMA_IN_QUOTE_RE.sub(r"\2\1", text)
    match = SAID_AFTER_RE.search(swapped)
    if match is None or re.search(r"\bthat\b", match.group()):
        return text
    end = match.start()
    # A moved comma ends the kept text where it stood, with the closing marks after it.
    kept = text[:end].rstrip() if text[end] == "," else text[:end + 1]
    if len(kept.split()) < MIN_KEPT or kept[:1] in "\"“‘'`" or not _balanced(kept):
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


def shorter_forms(text: str, *, asides: bool = True, clauses: bool = True,
                  opening: bool = True) -> list[tuple[int, int]]:
    """Shorter verbatim forms of ``text`` as ``(start, end)`` character spans, longest first: with
    ``asides`` the text before a trailing attribution (:func:`trimmed_text`) or an aside after a dash
    or in brackets, with ``clauses`` before a trailing clause (``_TRAILING_WORDS``: ", which ...",
    ", killing ..."), with ``opening`` the text after an opening
    phrase (``_OPENING_WORDS``; not "According to ...", which would make a claim the summary's own,
    nor one leaving a pronoun or connective to open), and both cuts together. Every form keeps at
    least ``MIN_KEPT`` words and balanced quotation marks and brackets."""
    ends = [len(text)]
    for m in _TRAILING_RE.finditer(text):
        if (asides and m.group(1) is None) or (clauses and m.group(1) is not None and (
                m.group(1) in _TRAILING_WORDS or m.group(1).endswith("ing"))):
            ends.append(m.start())
    if asides:
        ends.append(len(trimmed_text(text)))
    starts = [0, _opening_phrase(text)] if opening else [0]
    spans = {(a, len(text[:b].rstrip(" ,;:"))) for a in starts for b in ends}
    spans = {(a, b) for a, b in spans if (a, b) != (0, len(text)) and len(text[a:b].split()) >= MIN_KEPT
             and _balanced(text[a:b])}
    return sorted(spans, key=lambda span: (span[0] - span[1], span))


def _opening_phrase(text: str) -> int:
    """Characters of an opening phrase and its comma ("After the vote, ") that ``text`` can start
    without; 0 when there is none."""
    match = _PHRASE_RE.match(text)
    if match is None or match.group(1).lower() not in _OPENING_WORDS:
        return 0
    phrase, rest = match.group().lower(), text[match.end():]
    if any(verb in phrase.split() for verb in ("said", "says", "told")) or leans_back(rest) or rest[:1] in "\"“'‘`":
        return 0
    return match.end()


def _balanced(text: str) -> bool:
    """Quotation marks and brackets of ``text`` closed within it (a cut never ends inside one)."""
    return (text.count("(") == text.count(")") and text.count("“") == text.count("”")
            and text.count('"') % 2 == 0 and text.count("``") == text.count("''"))


def span_of(group: Group, start: int, end: int) -> Group:
    """``group`` with its representative cut to ``representative.text[start:end]``, a verbatim span
    of its document with the same ``(doc_id, index)``; members and sources unchanged."""
    sentence = group.representative
    if (start, end) == (0, len(sentence.text)):
        return group
    short = Sentence(sentence.doc_id, sentence.index, sentence.text[start:end], sentence.start + start,
                     sentence.start + end)
    return dataclasses.replace(group, representative=short)


def trimmed(group: Group, *, ending: bool = True, opening: bool = False) -> Group:
    """``group`` with its representative sentence trimmed: its trailing attribution cut
    (:func:`trimmed_text`) when ``ending``, its opening date (:func:`opening_cut`) when ``opening``. Its members and sources are unchanged, so the summary still credits every
    document that states it."""
    sentence = group.representative
    text = trimmed_text(sentence.text) if ending else sentence.text
    cut = opening_cut(text) if opening else 0
    return span_of(group, cut, len(text))
