"""References a summary sentence leaves dangling: a surname before the full name that introduces
it, an opening pronoun, connective or shell noun whose antecedent the summary does not give.

Extractive summaries lift sentences out of the text that introduced their people and events;
DUC's linguistic-quality questions ask for exactly these two things (referential clarity,
structure and coherence). A person is introduced by a full name of two words or more ("Marta
Velkova"); later mentions use the surname alone ("Velkova acknowledged", "Ms. Velkova"), which
reads as a reference to someone the reader should already know.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..model import Group
from ..text.names import PERSONAL_WORD_RE, is_closed, is_full_name, proper_names
from ..text.tokens import WORD_RE
from .select import leans_back

# A possessive ("Adair's") opens a phrase, not a name.
_POSSESSIVE = ("'s", "’s")
# Capitalised words just before and just after a span: a surname beside one is part of another name.
_BEFORE_RE = re.compile(r"([A-Z][\w'’.-]{0,40})\s{1,3}$")
_AFTER_RE = re.compile(r"\s{1,3}[A-Z]")
# Honorifics that go with a surname alone ("Ms. Velkova"): still the surname alone.
_HONORIFICS = frozenset("mr mrs ms miss dr".split())


@dataclass(frozen=True)
class Surnames:
    """The people a cluster introduces: each surname with the full names that end in it."""

    full: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, texts: Iterable[str]) -> Surnames:
        """The people of ``texts``: names of two words or more (all capitalised words or initials)
        read as a person's (``text.names``), or untyped ones that read as a full name
        (``names.is_full_name``). A surname the texts also write in lower case ("Price", "Young")
        is a common word, not taken for a person."""
        texts = list(texts)
        full: dict[str, set[str]] = {}
        for text in texts:
            for name in proper_names(text):
                parts = name.text.split()
                personal = all(PERSONAL_WORD_RE.fullmatch(p) and not p.endswith(_POSSESSIVE) for p in parts)
                if len(parts) >= 2 and personal and not parts[-1].endswith(".") and (
                        name.kind == "person" or (name.kind == "name" and is_full_name(name.text))):
                    full.setdefault(parts[-1], set()).add(name.text)
        lower = {w.group().lower() for text in texts for w in WORD_RE.finditer(text) if w.group().islower()}
        return cls({s: frozenset(names) for s, names in full.items() if s.lower() not in lower})

    def mentions(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """The surnames ``text`` introduces (a full name ending in it comes first) and those it
        uses alone (no capitalised word beside it but "The" and the like) before any full name of theirs."""
        introduced, alone = set(), set()
        for surname, names in self.full.items():
            full = [m.end() for f in names for m in re.finditer(rf"\b{re.escape(f)}\b", text)]
            lone = [m.end() for m in re.finditer(rf"\b{re.escape(surname)}\b", text)
                    if _alone(text, m.start(), m.end())]
            if full and (not lone or min(full) <= min(lone)):
                introduced.add(surname)
            elif lone:
                alone.add(surname)
        return frozenset(introduced), frozenset(alone)

    def dangling(self, texts: Sequence[str]) -> list[frozenset[str]]:
        """For each of ``texts`` in turn, the surnames it uses before any text so far introduced them."""
        known: set[str] = set()
        out = []
        for text in texts:
            introduced, alone = self.mentions(text)
            out.append(frozenset(alone - known))
            known |= introduced
        return out

    def introduced_first(self, texts: Sequence[str]) -> list[int]:
        """The order of ``texts`` (indices) with each text that introduces a surname moved right
        before the first text that uses that surname alone; otherwise the order given (stable)."""
        mentions = [self.mentions(t) for t in texts]
        out: list[int] = []

        def put(k: int, busy: frozenset[int]) -> None:
            for surname in sorted(mentions[k][1]):
                if any(surname in mentions[j][0] for j in out):
                    continue
                later = next((j for j in range(len(texts)) if j not in out and j not in busy
                              and surname in mentions[j][0]), None)
                if later is not None:
                    put(later, busy | {k})
            if k not in out:
                out.append(k)

        for k in range(len(texts)):
            if k not in out:
                put(k, frozenset({k}))
        return out


def _alone(text: str, start: int, end: int) -> bool:
    """Is the word at ``start``..``end`` a name on its own: no capitalised word right after it, and
    none right before it but a closed-class word or an honorific ("The Velkova inquiry", "Ms.
    Velkova", not "Marta Velkova")?"""
    before = _BEFORE_RE.search(text[max(0, start - 40):start])
    return _AFTER_RE.match(text, end) is None and (
        before is None or is_closed(before.group(1)) or before.group(1).rstrip(".").lower() in _HONORIFICS)


def dangling_opener(group: Group, before: Sequence[Group]) -> bool:
    """Does ``group`` open leaning back (``select.leans_back``: "He said ...", "But ...", "The move
    ...") while no sentence before one of its members in its article is in ``before``, the summary
    sentences shown before it?"""
    if not leans_back(group.text, shells=True):
        return False
    shown = {m.key for b in before for m in b.members}
    return not any((m.doc_id, m.index - 1) in shown for m in group.members)
