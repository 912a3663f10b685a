"""Align gold sentences with the toolkit's: find our sentence for a quote and the group it is in."""
from __future__ import annotations

from typing import Sequence

from ..model import Group, Sentence
from .gold import Quote


def _squash(text: str) -> str:
    return " ".join(text.split())


def locate(quote: Quote, sentences: Sequence[Sentence]) -> Sentence | None:
    """Our sentence for a gold quote: same document and the same text up to whitespace, else the
    longest sentence of that document containing the quote or contained in it."""
    mine = [s for s in sentences if s.doc_id == quote.doc]
    target = _squash(quote.text)
    for s in mine:
        if _squash(s.text) == target:
            return s
    overlapping = [s for s in mine if _squash(s.text) in target or target in _squash(s.text)]
    return max(overlapping, key=lambda s: (len(s.text), -s.index)) if overlapping else None


def group_index(groups: Sequence[Group]) -> dict[tuple[str, int], Group]:
    """The group of every sentence, by its ``(doc_id, index)`` key."""
    return {m.key: g for g in groups for m in g.members}
