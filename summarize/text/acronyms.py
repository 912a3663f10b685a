"""Acronyms and the names they stand for, found in a set of texts, so that "NTSB" and "National
Transportation Safety Board" are one term to a retriever.

An acronym is two to eight capitals ("NTSB", "AT&T" -> "ATT") or a dotted form ("U.N." -> "UN",
the same acronym). A name is a run of capitalised words, with "of", "the", "and" ... inside it;
it spells an acronym when the initials of its capitalised words do ("Federal Bureau of
Investigation" -> "FBI"; a dotted word gives all its letters: "U.S. Coast Guard" -> "USCG"). A
name in brackets before or after an acronym defines it even when the letters come in another
order ("Revolutionary Armed Forces of Colombia (FARC)"). An acronym stands for a name only when
both are written: ``AcronymTable`` links the acronyms written in some texts to the names written
in them, and adds an acronym's own term wherever its name appears.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Iterator, Mapping, NamedTuple, Sequence

from .tokens import terms

# "U.N.", "NTSB", "AT&T", "NYPD" (the second letter on may be "&").
ACRONYM_RE = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,7}(?![\w&]))")
# A word of a name: a dotted acronym, or a word that may hold inner apostrophes, "&" and hyphens,
# or an "&" standing alone between words ("Rydal & Crane Bank": a connector).
_WORD_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w&]*(?:['’-][\w&]+)*(?:['’]s?\b)?|(?<=\s)&(?=\s)")
# Words that may stand inside a name without a capital or an initial of their own.
_CONNECTORS = frozenset("of the and for on in at to de du des del la le & von van".split())
# A name of more words than this spells no acronym (a run of names, or a headline in capitals).
MAX_NAME_WORDS = 8
# A bracketed acronym right after a name, or a bracketed name right after an acronym.
_BRACKETED_ACRONYM_RE = re.compile(r" ?\(((?:[A-Z]\.){2,}|[A-Z][A-Za-z&]*[A-Z])\)")
_BRACKETED_NAME_RE = re.compile(r" ?\(([^()]{3,120})\)")


def fold(acronym: str) -> str:
    """An acronym's capitals only: "U.N." and "UN" are "UN", "AT&T" is "ATT"."""
    return re.sub(r"[^A-Z]", "", acronym)


def acronyms(text: str) -> list[str]:
    """The acronyms written in ``text``, folded, in order."""
    return [fold(m.group()) for m in ACRONYM_RE.finditer(text)]


class Word(NamedTuple):
    """A word of a run: its text (an owner's apostrophe-s dropped), its initials ("F", or "US"
    of "U.S."), whether it only connects the words of a name ("of", "the"), whether it owns
    what follows ("Board's") and where it ends and starts in the text."""

    text: str
    initials: str
    connector: bool
    owner: bool
    end: int
    start: int


def _word(match: re.Match[str]) -> Word:
    word = re.sub(r"['’]s?$", "", match.group())
    return Word(word, fold(word) if "." in word else word[:1], word.lower() in _CONNECTORS,
                word != match.group(), match.end(), match.start())


def runs(text: str) -> Iterator[list[Word]]:
    """Runs of capitalised words and connectors in ``text``, words apart by spaces only; an
    owner's apostrophe-s ends a run ("the Federal Bureau of Investigation's office")."""
    run: list[Word] = []
    last = -1
    for m in _WORD_RE.finditer(text):
        word = _word(m)
        capital = word.text[:1].isupper()
        joined = run and not run[-1].owner and text[last:m.start()].isspace()
        if not (capital or word.connector) or not joined:
            if run:
                yield run
            run = []
        if capital or (word.connector and run):
            run.append(word)
        last = m.end()
    if run:
        yield run


def _name(words: Sequence[Word]) -> tuple[str, ...]:
    """The stemmed terms of a name's words."""
    return tuple(terms(" ".join(w.text for w in words)))


def _names_in(run: Sequence[Word]) -> Iterator[tuple[str, Sequence[Word]]]:
    """``(initials, words)`` of every name in ``run`` of two or more capitalised words (under
    ``MAX_NAME_WORDS``), from and to a capitalised word."""
    heads = [i for i, w in enumerate(run) if not w.connector]
    for a, i in enumerate(heads):
        for j in heads[a + 1:]:
            if j - i >= MAX_NAME_WORDS:
                break
            words = run[i:j + 1]
            yield "".join(w.initials for w in words if not w.connector).upper(), words


def spellings(run: Sequence[Word]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """``(initials, name terms)`` of every name in ``run`` (``_names_in``)."""
    for initials, words in _names_in(run):
        if name := _name(words):
            yield initials, name


@lru_cache(maxsize=4096)
def spelled_names(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``spellings`` of every run of ``text``, read once per text: a sentence is read by each
    index that holds it (BM25's and the passage retriever's) and by each again for its links."""
    return tuple(s for run in runs(text) for s in spellings(run))


def spelled_out(text: str, acronym: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a name that ``acronym`` stands for: the spans of the names of two or
    more capitalised words whose initials spell it ("Medicines and Devices Authority" for "MDA")."""
    wanted = fold(acronym)
    return [(words[0].start, words[-1].start + len(words[-1].text))
            for run in runs(text) for initials, words in _names_in(run) if initials == wanted]


def defined(text: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """``(acronym, name terms)`` for every acronym a bracket defines in ``text``: "National
    Transportation Safety Board (NTSB)", "NTSB (National Transportation Safety Board)". The
    name is the shortest end of the run before the bracket (or start of the one inside it)
    whose initials hold every letter of the acronym."""
    for run in runs(text):
        after = _BRACKETED_ACRONYM_RE.match(text, run[-1].end)
        if after:
            yield from _covering(fold(after.group(1)), run, from_end=True)
    for m in ACRONYM_RE.finditer(text):
        inside = _BRACKETED_NAME_RE.match(text, m.end())
        said = inside.group(1) if inside else ""
        named = next(runs(said), None)
        if named and named[-1].end == len(said.rstrip()):  # the bracket holds the name alone
            yield from _covering(fold(m.group()), named, from_end=False)


@lru_cache(maxsize=4096)
def written_and_defined(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """``acronyms`` and ``defined`` of ``text``, read once per text: each index that holds a
    sentence (BM25's and the passage retriever's) builds its table from the same texts."""
    return tuple(acronyms(text)), tuple(defined(text))


def _covering(acronym: str, run: Sequence[Word], *, from_end: bool) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The shortest end (``from_end``) or start of ``run`` whose initials hold every letter of
    ``acronym``, if any, as ``(acronym, name terms)``."""
    content = [w for w in run if not w.connector]
    if any(fold(w.text) == acronym for w in content):
        return  # "Camp Delta (U.S. base)": the acronym is part of the name, no definition of it
    for n in range(2, min(len(content), len(acronym) + 2, MAX_NAME_WORDS) + 1):
        part = content[-n:] if from_end else content[:n]
        initials = "".join(w.initials for w in part).upper()
        if all(initials.count(c) >= acronym.count(c) for c in set(acronym)):
            first, last = run.index(part[0]), run.index(part[-1])
            if name := _name(run[first:last + 1]):
                yield acronym, name
            return


def _contains(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    """Does ``needle`` stand in ``haystack`` as consecutive items?"""
    n = len(needle)
    return any(tuple(haystack[i:i + n]) == tuple(needle) for i in range(len(haystack) - n + 1))


@dataclass(frozen=True)
class AcronymTable:
    """The acronyms written in some texts and the names written there that they stand for.

    ``names`` maps a folded acronym to its names (stemmed terms) where both are written;
    ``spelled`` maps initials to the names of two or more words that spell them, written or not
    as acronyms (a question may use an acronym the texts never write)."""

    names: Mapping[str, frozenset[tuple[str, ...]]]
    spelled: Mapping[str, frozenset[tuple[str, ...]]]

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> "AcronymTable":
        """The table of ``texts``: the acronyms they write, linked to the names they write."""
        written: set[str] = set()
        spelled: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
        names: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
        for text in texts:
            found, definitions = written_and_defined(text)
            written.update(found)
            for initials, name in spelled_names(text):
                spelled[initials].add(name)
            for acronym, name in definitions:
                names[acronym].add(name)
        for acronym in written:
            names[acronym].update(spelled.get(acronym, ()))
        return cls({a: frozenset(n) for a, n in names.items() if n},
                   {i: frozenset(n) for i, n in spelled.items()})

    def to_json(self) -> dict[str, list[list[str]]]:
        """The linked names as plain data, by acronym (``from_json`` reads it back)."""
        return {a: sorted(map(list, n)) for a, n in sorted(self.names.items())}

    @classmethod
    def from_json(cls, data: Mapping[str, Sequence[Sequence[str]]]) -> "AcronymTable":
        """A table of ``to_json``'s links (the names of acronyms no text writes are not kept)."""
        names = {a: frozenset(tuple(n) for n in ns) for a, ns in data.items()}
        return cls(names, names)

    @cached_property
    def _acronyms(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """The terms of the acronyms that stand for each name."""
        by_name: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)
        for acronym, names in self.names.items():
            for name in names:
                by_name[name].update(terms(acronym))
        return {name: tuple(sorted(a)) for name, a in by_name.items()}

    def linked_terms(self, text: str) -> list[str]:
        """The term of every acronym whose name ``text`` writes (what a retriever indexes beside
        the name's own terms, so the acronym alone finds it)."""
        return sorted({a for _, name in spelled_names(text)
                       for a in self._acronyms.get(name, ())})

    def query_terms(self, text: str) -> list[str]:
        """Terms a query adds for the acronyms and names in ``text`` (a question): the acronym of
        a name it spells out, and the names' terms of an acronym the texts never write."""
        found = set(self.linked_terms(text))
        asked = terms(text)
        for acronym in acronyms(text):
            if acronym not in self.names:
                found.update(t for name in sorted(self.spelled.get(acronym, ())) if not _contains(asked, name)
                             for t in name)
        return sorted(found - set(asked))
