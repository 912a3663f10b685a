"""Verbatim sentence trimming: a trailing attribution (", police said.") cut off a sentence.

Deletion only, as extractive compression should be (Knight & Marcu, 2002; Berg-Kirkpatrick,
Gillick & Klein, 2011): the trimmed sentence is a prefix of the original, so it is still a
verbatim span of its document with the same ``(doc_id, index)`` and ``start``, a smaller ``end``.
In news, the clause that names the source of a statement carries few of the words a summary
needs, and the words it frees buy more of the facts.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Group, Sentence
from ..text.polarity import ATTRIBUTION_VERBS

_VERB = "|".join(ATTRIBUTION_VERBS)
# The last comma segment of a sentence, when it only attributes: "..., the ministry said on
# Monday.", "..., he told reporters.", "..., according to state media.", "..., said a spokesman."
# Words are bounded (40 characters) and counted (at most 5 before the verb, 6 after), so the
# pattern is linear on any text.
_TRAILING_RE = re.compile(
    r",\s{1,8}(?:"
    rf"(?:[\w'’.\-]{{1,40}}\s{{1,8}}){{1,5}}(?:{_VERB}|told\s{{1,8}}[\w'’.\-]{{1,40}})"
    r"(?:\s{1,8}(?:on|in|at|late|early|last|this|a|an|the|statement|interview|reporters|week"
    r"|[A-Z][\w'’.\-]{0,40})){0,6}"
    rf"|(?:according\s{{1,8}}to|{_VERB})(?:\s{{1,8}}[\w'’.\-]{{1,40}}){{1,6}}"
    r")[\s.!\"”’']{0,8}$")
# What must stay of a sentence for it to be one: a trimmed sentence keeps at least this many words.
MIN_KEPT = 6


def trimmed_text(text: str) -> str:
    """``text`` without a trailing attribution (a prefix of ``text``), or ``text`` itself when
    it has none, when what stays would be under ``MIN_KEPT`` words, or when the attribution
    introduces a clause ("..., officials said that ...") or closes a quotation."""
    match = _TRAILING_RE.search(text)
    if match is None or re.search(r"\bthat\b", match.group()):
        return text
    kept = text[:match.start()].rstrip()
    if len(kept.split()) < MIN_KEPT or kept[-1:] in "\"”’'":
        return text
    return kept


def trimmed(group: Group) -> Group:
    """``group`` with its representative sentence trimmed (:func:`trimmed_text`); its members and
    sources are unchanged, so the summary still credits every document that states it."""
    sentence = group.representative
    text = trimmed_text(sentence.text)
    if text == sentence.text:
        return group
    short = Sentence(sentence.doc_id, sentence.index, text, sentence.start, sentence.start + len(text))
    return dataclasses.replace(group, representative=short)
