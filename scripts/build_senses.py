"""Build the table of related words that a claim and its denial may use for one another; writes
summarize/text/senses.txt.

A denial often words its claim another way ("denied taking bribes" / "accepted payments", "no one
was hurt" / "two people were injured", "the blaze" / "the fire"). The table is read from WordNet
3.0 (Debian's ``wordnet-base`` package: ``apt-get install wordnet-base``), nouns and verbs only:
a word is related to the single-word lemmas of its ``SENSES`` most frequent senses (WordNet lists
senses by their frequency in a tagged corpus) and of those senses' direct hypernyms ("bribe" is a
kind of "payment", "blaze" of "fire"). Rare senses are left out, since they relate everyday words
to anything ("take" has 42). Only words with at least one tagged sense are keys, which keeps
the table to the vocabulary that news uses. Words are keyed by ``senses.light_stem``, the stem
the claim terms are compared by, with the irregular forms of ``verb.exc`` ("took") as their verb.
Deterministic: same WordNet, same bytes. Both tables are text that ``senses.read_table`` reads (``write_table``):
a JSON header line, then sections of lines split by a blank line, the words of a stem on its line ("stem<TAB>words",
sorted by stem), which ``senses.look_up`` finds by a binary search without parsing the rest.

Its third section lists the nouns that name a kind of organisation ("firm", "committee", "house" in its sense of a
business), by which a "which <noun>" question asks for an organisation's name.

It also writes summarize/text/particles.txt: a particle verb read as the one-word verbs of its most frequent sense
("set up" -> establish, found, launch; "fell through" -> founder, flop), keyed by the stem of the verb or of an
irregular form and the particle ("fel through"), the particle an adverb of WordNet's ("up", "through"; not "for" nor
"into"): a reader asks with the particle verb where the articles write one word ("When was the firm set up?" /
"Founded in").

It also writes summarize/text/lengths.txt: the nouns that name a thing with a length, a physical thing and nothing that
lasts ("pipe", "runway"; not "strike" or "ban"), by which "How long is the <noun>?" asks a length, not a span of time.

It also writes summarize/text/kinds.txt: WordNet's noun hypernyms, by which a noun is a kind of the nouns a
few steps above it ("tanker" -> ship -> vessel), for a "which vessel" question to fit "the tanker Sea Lark".

It also writes summarize/text/agents.json: a verb to the role nouns WordNet derives from it ("lead" ->
leader, "preside" -> president), by which a question asks for a role's holder ("Who leads ...?").

    python scripts/build_senses.py [--wordnet /usr/share/wordnet] [--out summarize/text/senses.txt]
                                   [--agents summarize/text/agents.json] [--kinds summarize/text/kinds.txt]
                                   [--lengths summarize/text/lengths.txt] [--particles summarize/text/particles.txt]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.text.names import is_role  # noqa: E402
from summarize.text.senses import light_stem  # noqa: E402

OUT = ROOT / "summarize" / "text" / "senses.txt"
# The most frequent senses of a word that are read: two covers the everyday sense of most news
# verbs ("accept" 2: "accept, take, have"; "sack" 2: "fire, dismiss"); three adds senses such as
# "take" 3: "lead, direct, conduct".
SENSES = 2
# The most frequent senses of a verb searched for the role noun WordNet derives from it: four reaches
# "manage" 4 "watch and direct" (manager) past "succeed", "deal" and "cope", which derive none.
AGENT_SENSES = 4
# The senses of a particle verb read: its most frequent alone, as its second is often another verb's ("set off" 1:
# trigger, 2: depart; "bring in" 1: introduce, 2: earn, make), which a common word of the articles would stand for.
PARTICLE_SENSES = 1
AGENTS = ROOT / "summarize" / "text" / "agents.json"
KINDS = ROOT / "summarize" / "text" / "kinds.txt"
LENGTHS = ROOT / "summarize" / "text" / "lengths.txt"
PARTICLES = ROOT / "summarize" / "text" / "particles.txt"
# A noun's kinds are the hypernyms up to KIND_STEPS steps above its first SENSES senses, the climb stopping at a
# synset whose fewest steps from WordNet's root ("entity") are under KIND_DEPTH. Five steps reach "vehicle" from
# "truck" and "car" (by motor vehicle, self-propelled and wheeled vehicle); depth 5 keeps "structure", "facility"
# and "chemical" but stops before "artifact", "organization", "leader", "worker" (4), "person", "whole" (3),
# "object", "group" (2) and "abstraction" (1), of which most things are a kind.
KIND_STEPS = 5
KIND_DEPTH = 5
POINTERS = frozenset({"@", "@i"})  # hypernym, instance hypernym
PERSON = "00007846"  # the synset of "person, individual, someone" in data.noun
ORGANISATION = "08008335"  # the synset of "organization, organisation" in data.noun
# A thing one can measure end to end: "object, physical_object" (a place, a ship, a pipe) or "thing" (a body of water,
# a part), not a "living_thing" (a person or an animal, whose "how long" asks how long it did something), in data.noun.
LONG_ROOTS = ("00002684", "00002452")
LIVING = "00004258"
# What lasts rather than stretches: "event" (acts among them), "state", "time_period", "process" (physical_process).
SPANS = ("00029378", "00024720", "15113229", "00029677")
NOTICE = ("Derived from WordNet 3.0 under its license: Permission to use, copy, modify and distribute this software "
          "and database and its documentation for any purpose and without fee or royalty is hereby granted, provided "
          "that you agree to comply with the following copyright notice and statements, including the disclaimer, and "
          "that the same appear on ALL copies of the software, database and documentation, including modifications "
          "that you make for internal use or for distribution. WordNet 3.0 Copyright 2006 by Princeton University. "
          "All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO "
          "REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON "
          "UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE "
          "OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY "
          "PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be "
          "used in advertising or publicity pertaining to distribution of the software and/or database. Title to "
          "copyright in this software, database and any associated documentation shall at all times remain with "
          "Princeton University and LICENSEE agrees to preserve same.")


def read_index(path: Path) -> dict[str, tuple[list[str], int]]:
    """Each lemma's synset offsets, most frequent sense first, and its count of tagged senses."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        f = line.split()
        synsets, pointers = int(f[2]), int(f[3])
        rest = f[4 + pointers:]
        out[f[0]] = (rest[2:2 + synsets], int(rest[1]))
    return out


def read_data(path: Path) -> dict[str, tuple[list[str], list[str], list[tuple[int, str, int]]]]:
    """Each synset's lemmas, its hypernyms' offsets, and its derivations into nouns: the number of its
    lemma, the noun synset's offset and the number of the noun's lemma there ("lead" -> "leader")."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        count = int(f[3], 16)
        lemmas = [w.lower() for w in f[4:4 + 2 * count:2]]
        k = 4 + 2 * count
        pointers = [f[k + 1 + 4 * i:k + 5 + 4 * i] for i in range(int(f[k]))]
        derived = [(int(p[3][:2], 16), p[1], int(p[3][2:], 16)) for p in pointers if p[0] == "+" and p[2] == "n"]
        out[f[0]] = (lemmas, [p[1] for p in pointers if p[0] in POINTERS], derived)
    return out


Index = dict[str, tuple[list[str], int]]
Data = dict[str, tuple[list[str], list[str], list[tuple[int, str, int]]]]


def related(index: Index, data: Data, lemma: str) -> set[str]:
    """The single-word lemmas of ``lemma``'s first ``SENSES`` senses and of their hypernyms."""
    out: set[str] = set()
    for offset in index[lemma][0][:SENSES]:
        lemmas, hypernyms, _ = data[offset]
        out.update(lemmas)
        for h in hypernyms:
            out.update(data[h][0])
    return {w for w in out if w.isalpha()}


def is_kind_of(data: dict[str, tuple[list[str], list[str]]], offset: str, root: str) -> bool:
    """Whether synset ``offset`` is ``root`` or reaches it by hypernyms, however many."""
    seen, todo = set(), [offset]
    while todo:
        at = todo.pop()
        if at == root:
            return True
        if at not in seen:
            seen.add(at)
            todo += data[at][1]
    return False


def depths(data: Data) -> dict[str, int]:
    """Each synset's fewest hypernym steps to a root (WordNet's "min depth": "entity" 0, "artifact" 4, "ship" 10)."""
    below: dict[str, list[str]] = {}
    for offset, (_, hypernyms, _) in data.items():
        for h in hypernyms:
            below.setdefault(h, []).append(offset)
    out = {offset: 0 for offset, (_, hypernyms, _) in data.items() if not hypernyms}
    level = sorted(out)
    while level:
        level = sorted({o for at in level for o in below.get(at, ()) if o not in out})
        out.update({o: out[next(h for h in data[o][1] if h in out)] + 1 for o in level})
    return out


def instances(path: Path) -> set[str]:
    """The synsets of a data file that are instances (an "@i" pointer: "Thames" is an instance of "river")."""
    out = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        f = line.split(" | ")[0].split()
        if not line.startswith(" ") and "@i" in f[5 + 2 * int(f[3], 16)::4]:
            out.add(f[0])
    return out


def kinds(wordnet: Path) -> tuple[list[tuple[list[str], list[int]]], dict[str, list[int]]]:
    """The noun hypernyms ``KIND_STEPS`` steps or fewer above each single-word noun, none shallower than
    ``KIND_DEPTH``, each as its lemmas' stems and its hypernyms (their places in the list); and each noun's stem
    with its direct hypernyms there ("ship" -> vessel, watercraft; "vessel" -> craft). Every noun, tagged or not,
    since news names its things by words the tagged corpus lacks ("lorry", "ferry"): its first ``SENSES`` senses, or
    every sense when none is tagged (their order then tells nothing), but no instance ("Mill" the philosopher)."""
    index, data = read_index(wordnet / "index.noun"), read_data(wordnet / "data.noun")
    depth, named = depths(data), instances(wordnet / "data.noun")
    above: dict[str, set[str]] = {}  # a noun's stem -> its direct hypernyms
    for lemma, (offsets, tagged) in index.items():
        for o in (offsets[:SENSES] if tagged else offsets) if lemma.isalpha() else ():
            found = {h for h in data[o][1] if depth[h] >= KIND_DEPTH and o not in named}
            if found:
                above.setdefault(light_stem(lemma), set()).update(found)
    level = set().union(*above.values())
    kept = set(level)
    for _ in range(KIND_STEPS - 1):
        level = {h for at in level for h in data[at][1] if depth[h] >= KIND_DEPTH} - kept
        kept |= level
    place = {o: k for k, o in enumerate(sorted(kept))}
    graph = [(sorted({light_stem(w) for w in data[o][0] if w.isalpha()}), [place[h] for h in data[o][1] if h in place])
             for o in sorted(kept)]
    return graph, {noun: sorted(place[h] for h in found) for noun, found in sorted(above.items())}


def persons(wordnet: Path) -> list[str]:
    """The stems of the nouns that name a kind of person ("patient", "miner", "thief", and their plurals
    that ``light_stem`` leaves apart: "thieves" by ``noun.exc``, "fishermen" by morphy's "men" rule): their most frequent sense is one, or, untagged, every sense ("rescuer"). A
    count of "people" may count them ("Seventeen people were admitted": the patients)."""
    index, data = read_index(wordnet / "index.noun"), read_data(wordnet / "data.noun")
    found = {lemma for lemma, (offsets, tagged) in index.items() if lemma.isalpha() and offsets
             and all(is_kind_of(data, o, PERSON) for o in (offsets[:1] if tagged else offsets))}
    plurals = [line.split()[:2] for line in (wordnet / "noun.exc").read_text(encoding="latin-1").splitlines()]
    plurals += [[lemma.removesuffix("man") + "men", lemma] for lemma in found if lemma.endswith("man")]  # morphy's rule
    return sorted({light_stem(w) for w in found} | {light_stem(form) for form, lemma in plurals if lemma in found})


def organisations(wordnet: Path) -> list[str]:
    """The stems of the nouns that name a kind of organisation ("firm", "committee"; "house" and "panel" by their
    second sense, "business firm" and "committee"): one of their ``SENSES`` most frequent senses is one, or, untagged,
    every sense. A "which <noun>" question asks for an organisation's name by them ("Which auction house ...?")."""
    index, data = read_index(wordnet / "index.noun"), read_data(wordnet / "data.noun")
    return sorted({light_stem(lemma) for lemma, (offsets, tagged) in index.items() if lemma.isalpha() and offsets
                   and (any(is_kind_of(data, o, ORGANISATION) for o in offsets[:SENSES]) if tagged
                        else all(is_kind_of(data, o, ORGANISATION) for o in offsets))})


def lengths(wordnet: Path) -> list[str]:
    """The stems of the nouns that name a thing with a length ("pipe", "runway", "field"; "network" by its second
    sense, a system of wires or pipes): one of their ``SENSES`` most frequent senses (every sense, untagged) is a
    physical thing (``LONG_ROOTS``), not a living one, and none of them lasts (``SPANS``: a "strike", a "ban", an
    "alert", a "stay"). A stem is read by its noun of the most tagged senses ("pipe", not "pip" nor "piping"). "How
    long is the <noun>?" asks its length, not how long it lasted."""
    index, data = read_index(wordnet / "index.noun"), read_data(wordnet / "data.noun")
    main: dict[str, tuple[int, str]] = {}
    for lemma, (_, tagged) in sorted(index.items()):
        if lemma.isalpha() and tagged > main.get(stem := light_stem(lemma), (-1, ""))[0]:
            main[stem] = (tagged, lemma)

    def stretches(lemma: str) -> bool:
        """Is one of the senses read of ``lemma`` a physical thing, not living, and none a thing that lasts?"""
        offsets, tagged = index[lemma]
        read = offsets[:SENSES] if tagged else offsets
        return any(any(is_kind_of(data, o, r) for r in LONG_ROOTS) and not is_kind_of(data, o, LIVING) for o in read) \
            and not any(is_kind_of(data, o, span) for o in read for span in SPANS)

    return sorted(stem for stem, (_, lemma) in main.items() if stretches(lemma))


def build(wordnet: Path) -> dict[str, list[str]]:
    """Stem -> sorted stems of related words, from nouns and verbs."""
    table: dict[str, set[str]] = {}
    irregular: dict[str, set[str]] = {}  # a verb's stem -> the stems of its irregular forms
    for pos in ("noun", "verb"):
        index, data = read_index(wordnet / f"index.{pos}"), read_data(wordnet / f"data.{pos}")
        forms = [(lemma, lemma) for lemma in index]
        if pos == "verb":
            for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
                form, lemma = line.split()[:2]
                if lemma in index:
                    forms.append((form, lemma))
        for form, lemma in forms:
            if not form.isalpha() or index[lemma][1] == 0:
                continue
            key = light_stem(form)
            stems = {light_stem(w) for w in related(index, data, lemma)} | {light_stem(lemma)}
            if stems - {key}:
                table.setdefault(key, set()).update(stems - {key})
                if key != light_stem(lemma):
                    irregular.setdefault(light_stem(lemma), set()).add(key)
    # an irregular form stands where its verb does ("accept" is related to "take", so to "took")
    for words in table.values():
        words.update(*(irregular.get(w, ()) for w in list(words)))
    return {k: sorted(v) for k, v in sorted(table.items())}


def particle_verbs(wordnet: Path) -> dict[str, list[str]]:
    """A particle verb's key, the stem of its verb or of one of the verb's irregular forms and its particle ("set up",
    "fel through"), -> the stems of the one-word lemmas of its first ``PARTICLE_SENSES`` senses that have it among their
    own ``SENSES`` most frequent ("set up" -> found, whose first sense it is; not "push back" -> drive, whose sense of
    repelling is rare), its verb's own left out: every two-word verb lemma whose second word is an adverb
    (``index.adv``: a particle, not a preposition that only governs a noun, "pay for"), tagged or not, as news writes
    rarer ones ("fall through")."""
    index, data = read_index(wordnet / "index.verb"), read_data(wordnet / "data.verb")
    adverbs = read_index(wordnet / "index.adv")
    forms: dict[str, set[str]] = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, lemma = line.split()[:2]
        forms.setdefault(lemma, set()).add(form)
    table: dict[str, list[str]] = {}
    for lemma, (offsets, _) in index.items():
        verb, _, particle = lemma.partition("_")
        if not (verb.isalpha() and particle.isalpha() and particle in adverbs):
            continue
        meant = [light_stem(w) for o in offsets[:PARTICLE_SENSES] for w in data[o][0]
                 if w.isalpha() and o in index.get(w, ([], 0))[0][:SENSES]]
        meant = [w for w in dict.fromkeys(meant) if w != light_stem(verb)]
        for form in sorted({verb} | forms.get(verb, set())) if meant else ():
            key = f"{light_stem(form)} {particle}"
            table[key] = [*dict.fromkeys([*table.get(key, []), *meant])]
    return dict(sorted(table.items()))


def agents(index: Index, data: Data, nouns: Data, lemma: str) -> list[str]:
    """The role nouns (``names.is_role``) WordNet derives from the verb ``lemma`` itself in the first of
    its ``AGENT_SENSES`` senses that derives any ("lead" 1: "take somebody somewhere" -> leader; "manage"
    4: "watch and direct" -> manager; "direct" 3: "guide the actors" -> director): whom a question asks
    for by a verb ("Who leads ...?")."""
    for offset in index[lemma][0][:AGENT_SENSES]:
        lemmas, _, derived = data[offset]
        own = lemmas.index(lemma) + 1 if lemma in lemmas else 0
        found = {nouns[noun][0][target - 1] for source, noun, target in derived if source == own}
        found = {w for w in found if w.isalpha() and is_role(w)}
        if found:
            return sorted(found)
    return []


def build_agents(wordnet: Path) -> dict[str, list[str]]:
    """A verb's stem and the stems of its irregular forms ("led") -> the role nouns of ``agents``."""
    index, data, nouns = read_index(wordnet / "index.verb"), read_data(wordnet / "data.verb"), read_data(wordnet / "data.noun")
    forms = [(lemma, lemma) for lemma in index]
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, lemma = line.split()[:2]
        if lemma in index:
            forms.append((form, lemma))
    table: dict[str, set[str]] = {}
    for form, lemma in forms:
        found = agents(index, data, nouns, lemma) if form.isalpha() and lemma.isalpha() else []
        if found:
            table.setdefault(light_stem(form), set()).update(found)
    return {k: sorted(v) for k, v in sorted(table.items())}


def write_table(path: Path, header: dict, sections: list[list[str]]) -> None:
    """A table as ``senses.read_table`` reads it: ``header`` as one JSON line, then each section's lines after a
    blank line."""
    path.write_text("\n\n".join([json.dumps(header, separators=(",", ":"), sort_keys=True)]
                                 + ["\n".join(lines) for lines in sections]) + "\n", encoding="utf-8")


def keyed(table: dict[str, list]) -> list[str]:
    """A section of words by stem: one line a stem, "stem<TAB>words" (space-separated), sorted by stem."""
    return [f"{key}\t{' '.join(map(str, table[key]))}" for key in sorted(table)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--agents", type=Path, default=AGENTS)
    parser.add_argument("--kinds", type=Path, default=KINDS)
    parser.add_argument("--lengths", type=Path, default=LENGTHS)
    parser.add_argument("--particles", type=Path, default=PARTICLES)
    args = parser.parse_args()
    if not (args.wordnet / "index.verb").is_file():
        raise SystemExit(f"WordNet not found in {args.wordnet}: apt-get install wordnet-base, or pass --wordnet")
    table = build(args.wordnet)
    write_table(args.out, {"notice": NOTICE, "senses": SENSES},
                [keyed(table), persons(args.wordnet), organisations(args.wordnet)])
    print(f"{len(table)} words -> {args.out}")
    graph, nouns = kinds(args.wordnet)
    write_table(args.kinds, {"notice": NOTICE, "senses": SENSES, "steps": KIND_STEPS, "depth": KIND_DEPTH},
                [[f"{' '.join(stems)}\t{' '.join(map(str, up))}" for stems, up in graph], keyed(nouns)])
    print(f"{len(nouns)} nouns, {len(graph)} kinds -> {args.kinds}")
    measured = lengths(args.wordnet)
    write_table(args.lengths, {"notice": NOTICE, "senses": SENSES}, [measured])
    print(f"{len(measured)} nouns of a length -> {args.lengths}")
    particles = particle_verbs(args.wordnet)
    write_table(args.particles, {"notice": NOTICE, "senses": PARTICLE_SENSES}, [keyed(particles)])
    print(f"{len(particles)} particle verbs -> {args.particles}")
    verbs = build_agents(args.wordnet)
    args.agents.write_text(json.dumps({"notice": NOTICE, "senses": AGENT_SENSES, "agents": verbs},
                                      separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{len(verbs)} verbs -> {args.agents}")


if __name__ == "__main__":
    main()
