"""Words of one sense: a light stem, and whether two stems name one thing or act in other words.

The table (``senses.txt``, built by scripts/build_senses.py from WordNet 3.0) relates a word to
the words of its most frequent senses and of their direct hypernyms ("bribe" / "payment", "blaze" /
"fire", "hurt" / "injure"): the words a denial may use for its claim's. It also lists the nouns
that name a kind of person ("patient", "miner"), which a count of "people" may count, and those that name a kind of
organisation ("firm", "panel"), which a "which <noun>" question asks a name for. A second table
(``kinds.txt``, from the same script) holds WordNet's noun hypernyms, by which a noun is a kind of the nouns a few
steps above it ("tanker" -> ship -> vessel), short of the most general ones ("artifact", "person"). A third
(``value_kinds.txt``, from scripts/build_value_kinds.py) counts the kinds of figure news attaches to a noun ("a 4%
rise", "a bonus of 2,500 euros"), by which a question's noun tells the kind of value it asks for (``value_kind``).
A fourth (``lengths.txt``, from build_senses.py) lists the nouns that name a thing with a length ("pipe", "field"), of
which "how long" asks no span of time (``has_length``). A fifth (``particles.txt``, from build_senses.py) reads a
particle verb as the one-word verbs of its most frequent sense ("set up": establish, found, launch; ``particle_verb``).

Both are text (``read_table``): a JSON header line, then sections of lines split by a blank line, a
section of words keyed by a stem sorted by it ("stem<TAB>words"). A stem is looked up by a binary search over its
section's text (``look_up``), so a summary that asks about a few hundred stems parses nothing else: parsing the
tables whole took ~80 ms of the first summary in a process.
"""
from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("senses.txt")
_KINDS = Path(__file__).with_name("kinds.txt")
_VALUE_KINDS = Path(__file__).with_name("value_kinds.txt")
_LENGTHS = Path(__file__).with_name("lengths.txt")
_PARTICLES = Path(__file__).with_name("particles.txt")


def read_table(path: Path) -> tuple[dict, list[str]]:
    """A table file's JSON header and its sections, each a block of lines left unparsed."""
    header, *sections = path.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    return json.loads(header), sections


def look_up(block: str, key: str) -> str | None:
    """What follows ``key`` and a tab on its line of ``block`` (lines sorted by their key, the text
    before a tab or the whole line), "" for a line of the key alone, None for no line: a binary
    search over the text, so only the lines it passes are read."""
    low, high = 0, len(block)  # line starts: the key's line, if any, starts in [low, high)
    while low < high:
        start = block.rfind("\n", 0, (low + high) // 2) + 1
        end = block.find("\n", start)
        end = len(block) if end < 0 else end
        tab = block.find("\t", start, end)
        found = block[start:end if tab < 0 else tab]
        if found == key:
            return "" if tab < 0 else block[tab + 1:end]
        if found < key:
            low = end + 1
        else:
            high = start
    return None


@lru_cache(maxsize=65536)
def light_stem(word: str) -> str:
    """A light English stem, enough to meet "attended" with "attend" and "closes" with "closed"."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    for suffix, size in (("ies", 5), ("ied", 5), ("ing", 6), ("ed", 4), ("en", 6), ("es", 5), ("s", 4)):
        if w.endswith(suffix) and len(w) >= size and not w.endswith("ss"):
            # "tried", "carried" -> "try", "carry"; a stem of two letters keeps its "e" ("died", "used")
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "e" if len(w) == 4 and suffix == "ed" else "")
            if w.endswith("eed"):
                return light_stem(w)  # "needed", "speeding": as their verb is stemmed ("need" -> "nee", "speed" -> "spe")
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "sz":
        w = w[:-1]
    return w.removesuffix("e") if len(w) > 3 else w


@lru_cache(maxsize=1)
def _table() -> list[str]:
    """The table's sections as read, once: the related words by stem, then the persons' stems, then the
    organisations'."""
    return read_table(_TABLE)[1]


@lru_cache(maxsize=65536)
def _related(stem: str) -> tuple[str, ...]:
    """The stems the table relates ``stem`` to: a short list (about seven), searched as fast as a
    set."""
    found = look_up(_table()[0], stem)
    return tuple(found.split(" ")) if found else ()


@lru_cache(maxsize=1)
def _both_ways() -> dict[str, frozenset[str]]:
    """The table made symmetric: a stem to every stem it is related to, either way round."""
    out: dict[str, set[str]] = {}
    for line in _table()[0].split("\n"):
        a, _, bs = line.partition("\t")
        for b in bs.split(" "):
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
    return a == b or b in _related(a) or a in _related(b)


def related_to_any(a: str, others: frozenset[str]) -> bool:
    """Is ``a`` ``related`` to one of ``others``? One set look-up for ``a``'s own related words,
    where asking of each pair was most of the claim check's time."""
    return a in others or not others.isdisjoint(_related(a)) or any(a in _related(b) for b in others)


@lru_cache(maxsize=1)
def _persons() -> frozenset[str]:
    """The table's stems of nouns that name a kind of person (WordNet's hyponyms of "person")."""
    return frozenset(_table()[1].split("\n"))


def is_person(stem: str) -> bool:
    """Does ``stem`` (``light_stem``) name a kind of person ("patient", "miner", "thieves")? A count
    of "people" may count them."""
    return stem in _persons()


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    """The table's stems of nouns that name a kind of organisation (WordNet's hyponyms of "organization")."""
    return frozenset(_table()[2].split("\n"))


def is_organisation(stem: str) -> bool:
    """Does ``stem`` (``light_stem``) name a kind of organisation in one of its most frequent senses ("firm",
    "committee", "house" as a business, "panel" as a committee)? A "which <noun>" question asks for one's name."""
    return stem in _organisations()


@lru_cache(maxsize=1)
def _kinds() -> tuple[int, list[str], str]:
    """The hypernym graph as read: how many steps up a kind may be; each hypernym's line ("its stems<TAB>its
    hypernyms' lines"), parsed when reached; each noun's stem with its direct hypernyms, looked up. Read at the first
    ``kinds``: a "which <noun>" or "what <noun>" question, or two counts of different nouns in the conflicts stage."""
    header, (graph, nouns) = read_table(_KINDS)
    return header["steps"], graph.split("\n"), nouns


def _numbers(text: str | None) -> set[int]:
    """The hypernyms' lines that a table entry lists (space-separated)."""
    return {int(k) for k in text.split(" ")} if text else set()


@lru_cache(maxsize=4096)
def kinds(stem: str) -> frozenset[str]:
    """The stems of the kinds of the noun ``stem`` (``light_stem``): its WordNet hypernyms a few steps up, short of
    the most general ("tanker": ship, vessel, craft, vehicle; "rifle": firearm, gun, weapon)."""
    steps, graph, nouns = _kinds()
    out, level = set[str](), _numbers(look_up(nouns, stem))
    for _ in range(steps):
        lines = [graph[k].partition("\t") for k in level]
        out.update(w for stems, _, _ in lines if stems for w in stems.split(" "))
        level = set().union(*(_numbers(up) for _, _, up in lines))
    return frozenset(out - {stem})


def is_known(stem: str) -> bool:
    """Does WordNet know the word of ``stem`` (``light_stem``): the table relates it to some word, or it has a kind?"""
    return bool(neighbours(stem) or kinds(stem))


@lru_cache(maxsize=1)
def _lengths() -> frozenset[str]:
    """The stems of the nouns that name a thing with a length (``lengths.txt``), read at the first ``has_length``."""
    return frozenset(read_table(_LENGTHS)[1][0].split("\n"))


def has_length(stem: str) -> bool:
    """Does the noun ``stem`` (``light_stem``) name a thing one measures end to end, a physical thing and nothing that
    lasts ("pipe", "runway", "field"; not "strike", "ban", "alert", nor a person): "How long is the <noun>?" then asks
    a length, not a span of time?"""
    return stem in _lengths()


@lru_cache(maxsize=1)
def _particle_table() -> str:
    """The particle verbs' section ("verb-stem particle<TAB>stems"), as read at the first ``particle_verb``."""
    return read_table(_PARTICLES)[1][0]


@lru_cache(maxsize=4096)
def particle_verb(verb: str, particle: str) -> tuple[str, ...]:
    """The stems (``light_stem``) of the one-word verbs that ``verb`` (any form, "fell") with ``particle`` ("through")
    means in WordNet's most frequent senses, the most frequent first ("set up": establish, found, launch ...); () when
    the two make no particle verb WordNet knows ("pay for": a verb and its preposition)."""
    found = look_up(_particle_table(), f"{light_stem(verb)} {particle.lower()}")
    return tuple(found.split(" ")) if found else ()


# WordNet's kinds of a place or building one can be at ("arena": area; "kitchen", "bridge": structure; "depot": facility),
# as stemmed in its table: three top classes, not a word list.
_SITE_KINDS = frozenset({"area", "structur", "facility"})


def is_site(stem: str) -> bool:
    """Does the noun ``stem`` (``light_stem``) name a place or a building ("arena", "kitchen", "depot"), a kind of
    area, structure or facility in WordNet (``_SITE_KINDS``), rather than a body or a person?"""
    return bool(_SITE_KINDS & kinds(stem))


def kind_of(a: str, b: str) -> bool:
    """Is a thing ``a`` (``light_stem``) called ``b`` too: ``related``, or ``b`` among ``a``'s ``kinds`` (a "ferry" is
    a "boat", a "boat" a "vessel"), so a "which vessel" question fits "the ferry Sea Lark"?"""
    return related(a, b) or b in kinds(a)


def kind_of_either(x: str, y: str) -> bool:
    """Is either noun (``light_stem``) a kind of the other (``kind_of``: "houses" / "buildings")? A plural in
    "-ings" is stemmed once more, as the table's words are stemmed from the singular ("buildings" -> "build").
    Kinds of person only by ``related``: a "rebel" is a kind of "soldier", but a war's rebels are not its soldiers."""
    if is_person(x) or is_person(y):
        return related(x, y)
    xs, ys = {x, light_stem(x)} if x.endswith("ing") else {x}, {y, light_stem(y)} if y.endswith("ing") else {y}
    return any(kind_of(p, q) or kind_of(q, p) for p in xs for q in ys)


@lru_cache(maxsize=1)
def _value_table() -> str:
    """The figures' kinds by noun, as read once: one section of "stem<TAB>dimension:count ..." lines."""
    return read_table(_VALUE_KINDS)[1][0]


def _figures(stem: str) -> dict[str, int]:
    """The dimensions of the figures the table found attached to ``stem`` and how many of each."""
    found = look_up(_value_table(), stem)
    return {d: int(n) for d, _, n in (pair.partition(":") for pair in found.split(" "))} if found else {}


@lru_cache(maxsize=4096)
def value_kind(stem: str) -> str:
    """The kind of figure (a ``text.quantities`` dimension: "percent", "money", "duration" ...) that news mostly
    attaches to the noun ``stem`` (``light_stem``): a rise is mostly a percentage, a bonus a sum of money; "" where no
    kind holds more than half. Read from the noun's own figures (one figure of "toll" counts the dead), or where it
    has none from its ``neighbours``' ("cost" from "price", "value" and "ransom"), each word one vote shared among
    its kinds as its figures are (a word seen often outweighs no other), and only a kind that two words or more
    have most figures of (one related word of a rarer sense proves little: "damage" is related to "term")."""
    own = _figures(stem)
    votes: dict[str, float] = {}
    voters: Counter[str] = Counter()
    for figures in [own] if own else filter(None, map(_figures, sorted(neighbours(stem)))):
        for dimension, n in figures.items():
            votes[dimension] = votes.get(dimension, 0.0) + n / sum(figures.values())
        voters[max(sorted(figures), key=figures.__getitem__)] += 1
    best = min(votes.items(), key=lambda dv: (-dv[1], dv[0]), default=("", 0.0))
    return best[0] if 2 * best[1] > sum(votes.values()) and (own or voters[best[0]] >= 2) else ""
