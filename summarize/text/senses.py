"""Words of one sense: a light stem, and whether two stems name one thing or act in other words.

The table (``senses.json``, built by scripts/build_senses.py from WordNet 3.0) relates a word to
the words of its most frequent senses and of their direct hypernyms ("bribe" / "payment", "blaze" /
"fire", "hurt" / "injure"): the words a denial may use for its claim's. It also lists the nouns
that name a kind of person ("patient", "miner"), which a count of "people" may count. A second table
(``kinds.json``, from the same script) holds WordNet's noun hypernyms, by which a noun is a kind of the nouns a few
steps above it ("tanker" -> ship -> vessel), short of the most general ones ("artifact", "person").
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("senses.json")
_KINDS = Path(__file__).with_name("kinds.json")


@lru_cache(maxsize=65536)
def light_stem(word: str) -> str:
    """A light English stem, enough to meet "attended" with "attend" and "closes" with "closed"."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    for suffix, size in (("ies", 5), ("ied", 5), ("ing", 6), ("ed", 4), ("en", 6), ("es", 5), ("s", 4)):
        if w.endswith(suffix) and len(w) >= size and not w.endswith("ss"):
            # "tried", "carried" -> "try", "carry"; a stem of two letters keeps its "e" ("died", "used")
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "e" if len(w) == 4 and suffix == "ed" else "")
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "sz":
        w = w[:-1]
    return w.removesuffix("e") if len(w) > 3 else w


@lru_cache(maxsize=1)
def _table() -> dict:
    """The table as parsed, once."""
    table: dict = json.loads(_TABLE.read_text(encoding="utf-8"))
    return table


@lru_cache(maxsize=1)
def _related() -> dict[str, list[str]]:
    """The related words: a stem's related stems are a short list (about seven), searched as
    fast as a set, and making 10,000 sets would cost the first summary ~20 ms."""
    related_stems: dict[str, list[str]] = _table()["related"]
    return related_stems


@lru_cache(maxsize=1)
def _both_ways() -> dict[str, frozenset[str]]:
    """The table made symmetric: a stem to every stem it is related to, either way round."""
    out: dict[str, set[str]] = {}
    for a, bs in _related().items():
        for b in bs:
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def neighbours(stem: str) -> frozenset[str]:
    """The stems ``related`` to ``stem`` (``light_stem``), itself left out: the words a reader may
    use for it ("vessel" for "ship")."""
    return _both_ways().get(stem, frozenset()) - {stem}


def related(a: str, b: str) -> bool:
    """Do two stems (``light_stem``) name one thing: equal, or one of them among the other's
    related words?"""
    if a == b:
        return True
    table = _related()
    return b in table.get(a, ()) or a in table.get(b, ())


def related_to_any(a: str, others: frozenset[str]) -> bool:
    """Is ``a`` ``related`` to one of ``others``? One set look-up for ``a``'s own related words,
    where asking of each pair was most of the claim check's time."""
    if a in others or not others.isdisjoint(_related().get(a, ())):
        return True
    table = _related()
    return any(a in table.get(b, ()) for b in others)


@lru_cache(maxsize=1)
def _persons() -> frozenset[str]:
    """The table's stems of nouns that name a kind of person (WordNet's hyponyms of "person")."""
    return frozenset(_table()["persons"])


def is_person(stem: str) -> bool:
    """Does ``stem`` (``light_stem``) name a kind of person ("patient", "miner", "thieves")? A count
    of "people" may count them."""
    return stem in _persons()


@lru_cache(maxsize=1)
def _kinds() -> dict:
    """The hypernym graph as parsed: ``nouns``, a noun's stem to its direct hypernyms; ``kinds``, each hypernym's
    stems and hypernyms; ``steps``, how far up a kind may be. Read at the first ``kinds``: a "which <noun>" or
    "what <noun>" question, or two counts of different nouns in the conflicts stage."""
    table: dict = json.loads(_KINDS.read_text(encoding="utf-8"))
    return table


@lru_cache(maxsize=4096)
def kinds(stem: str) -> frozenset[str]:
    """The stems of the kinds of the noun ``stem`` (``light_stem``): its WordNet hypernyms a few steps up, short of
    the most general ("tanker": ship, vessel, craft, vehicle; "rifle": firearm, gun, weapon)."""
    table = _kinds()
    graph, out = table["kinds"], set[str]()
    level = set(table["nouns"].get(stem, ()))
    for _ in range(table["steps"]):
        out.update(*(graph[k][0] for k in level))
        level = {h for k in level for h in graph[k][1]}
    return frozenset(out - {stem})


def kind_of(a: str, b: str) -> bool:
    """Is a thing ``a`` (``light_stem``) called ``b`` too: ``related``, or ``b`` among ``a``'s ``kinds`` (a "ferry" is
    a "boat", a "boat" a "vessel"), so a "which vessel" question fits "the ferry Sea Lark"?"""
    return related(a, b) or b in kinds(a)
