"""Deterministic synthetic news clusters built from the seed articles' sentences.

Each cluster is one invented event: the seeds' capitalised names are mapped to names drawn
for that cluster, numbers to new numbers, about a third of the lower-case words to other seed
words (so clusters do not repeat each other), and a story of seed sentences is chosen. Every
story sentence splices clauses of two seed sentences; every outlet in the cluster retells part of the story: some sentences verbatim (wire copy, so
deduplication has real work), some reworded (synonyms swapped, a clause dropped or an
attribution added, a figure changed), plus a few sentences of its own (templates or fresh splices).
"""
from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Sequence

FIRST = ("Ana Maria Lena Omar Yusuf Ines Tomas Hana Ivan Sofia Kofi Amara Ravi Mei Jonas Elif Diego Nadia "
         "Pavel Aiko Samir Leila Marco Olga Kenji Zara Felix Noor Hugo Ingrid").split()
LAST = ("Okafor Lindqvist Moreau Tanaka Haddad Novak Silva Kowalski Mensah Petrov Rossi Nakamura Oyelaran "
        "Brennan Castillo Duarte Eriksen Farouk Gallo Horvat Ilic Jensen Kader Laine Mbeki Nyberg Ortiz "
        "Pereira Quinn Rahman").split()
PLACES = ("Lisbon Nairobi Quito Oslo Hanoi Tunis Accra Riga Lima Dhaka Baku Sofia Tbilisi Harare Manila "
          "Bogota Kigali Vilnius Tallinn Dakar Amman Muscat Yerevan Minsk Zagreb Skopje Tirana Windhoek").split()
WORDS = ("Harbour Northern Coastal Federal National Eastern Western Summit Alliance Council Pact Forum "
         "River Valley Union Central Highland Southern Delta Border").split()
SYNONYMS = (("said", "stated"), ("reported", "said"), ("arrived", "turned up"), ("expected", "set"),
            ("leader", "head"), ("travelling", "journeying"), ("armoured", "armored"), ("massive", "huge"),
            ("attend", "join"), ("meeting", "talks"), ("first", "initial"), ("officials", "authorities"),
            ("military", "armed forces"), ("capital", "city"), ("border", "frontier"), ("Tuesday", "Wednesday"))
ATTRIBUTIONS = ("officials said", "according to local media", "a spokesperson confirmed",
                "witnesses told reporters", "the agency reported", "sources said")
OWN = ("{p} residents gathered near the station as the motorcade passed on {d}.",
       "Analysts in {p} said the visit could reshape talks on trade and security.",
       "{n} told the {w} Times that preparations had taken {k} weeks.",
       "Security around the {w} district of {p} was tightened ahead of the event.",
       "The {w} Council in {p} declined to comment on the arrangements.",
       "Shops in central {p} closed early, and {k} roads were shut to traffic.")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_CAP_RE = re.compile(r"\b[A-Z][a-z]+(?:[-’'][A-Za-z]+)?\b")
_WORD_RE = re.compile(r"\b[a-z]{4,}\b")
_NUM_RE = re.compile(r"\b\d+(?:,\d{3})*\b")
_KEEP = frozenset("The A An He She It They His Her Its Their This That In On At For But And As With "
                  "Only Mr Mrs Ms When While Some Most Both After Before During".split()) | frozenset(DAYS)


def _name_map(sentences: Sequence[str], rng: random.Random) -> dict[str, str]:
    """One replacement per capitalised word of the seeds, drawn for one cluster."""
    names = sorted({w for s in sentences for w in _CAP_RE.findall(s) if w not in _KEEP})
    pool = FIRST + LAST + PLACES + WORDS
    return {w: rng.choice(pool) for w in names}


def _word_map(sentences: Sequence[str], rng: random.Random, share: float = 0.35) -> dict[str, str]:
    """A cluster's own vocabulary: about ``share`` of the seeds' lower-case words swapped for others."""
    from summarize.text.tokens import STOP_WORDS

    vocab = sorted({w for s in sentences for w in _WORD_RE.findall(s) if w not in STOP_WORDS})
    return {w: rng.choice(vocab) for w in vocab if w not in STOP_WORDS and rng.random() < share}


def _retell(text: str, names: dict[str, str], numbers: dict[str, str], lexicon: dict[str, str]) -> str:
    text = _CAP_RE.sub(lambda m: names.get(m.group(), m.group()), text)
    text = _WORD_RE.sub(lambda m: lexicon.get(m.group(), m.group()), text)
    return _NUM_RE.sub(lambda m: numbers.setdefault(m.group(), m.group()), text)


def _reword(text: str, rng: random.Random) -> str:
    """Light paraphrase: swap synonyms, drop a clause or add an attribution, maybe change a figure."""
    for a, b in rng.sample(SYNONYMS, 4):
        text = re.sub(rf"\b{a}\b", b, text, count=1)
    clauses = text.split(", ")
    roll = rng.random()
    if roll < 0.3 and len(clauses) > 2:
        del clauses[rng.randrange(1, len(clauses))]
        text = ", ".join(clauses)
        text = text if text.endswith((".", "”", '"')) else text + "."
    elif roll < 0.6 and text.endswith("."):
        text = f"{text[:-1]}, {rng.choice(ATTRIBUTIONS)}."
    if rng.random() < 0.15:
        text = _NUM_RE.sub(lambda m: str(int(m.group().replace(",", "")) + rng.randint(1, 9)), text, count=1)
    return text


def _splice(first: str, second: str, rng: random.Random) -> str:
    """A new statement: the opening clauses of one seed sentence, a clause of another, reworded."""
    head = first.rstrip(" .").split(", ")
    tail = second.rstrip(" .").split(", ")
    keep = head[:rng.randint(1, len(head))]
    extra = tail[rng.randrange(len(tail))]
    text = ", ".join(keep + [extra[:1].lower() + extra[1:]]) if rng.random() < 0.8 else ", ".join(keep)
    for a, b in rng.sample(SYNONYMS, 3):
        text = re.sub(rf"\b{a}\b", b, text)
    return text + "."


def _own(rng: random.Random) -> str:
    return rng.choice(OWN).format(p=rng.choice(PLACES), d=rng.choice(DAYS), w=rng.choice(WORDS),
                                  n=f"{rng.choice(FIRST)} {rng.choice(LAST)}", k=rng.randint(2, 40))


def cluster(seed_sentences: Sequence[str], rng: random.Random, *, outlets: int, per_doc: int) -> list[list[str]]:
    """Sentences of each outlet's article about one invented event."""
    names = _name_map(seed_sentences, rng)
    lexicon = _word_map(seed_sentences, rng)
    numbers = {n: str(rng.randint(2, 2000)) for s in seed_sentences for n in _NUM_RE.findall(s)}
    story = [_retell(_splice(s, rng.choice(seed_sentences), rng), names, numbers, lexicon)
             for s in rng.sample(list(seed_sentences), min(50, len(seed_sentences)))]
    docs = []
    for _ in range(outlets):
        picked = sorted(rng.sample(range(len(story)), min(len(story), per_doc - 3)))
        body = [story[i] if rng.random() < 0.5 else _reword(story[i], rng) for i in picked]
        for _ in range(per_doc - len(body)):
            own = _own(rng) if rng.random() < 0.5 else _splice(rng.choice(seed_sentences), rng.choice(seed_sentences), rng)
            body.insert(rng.randrange(len(body) + 1), _retell(own, names, numbers, lexicon))
        docs.append(body)
    return docs


def article(sentences: Sequence[str], rng: random.Random, *, day: int, headline: str) -> str:
    """An article file: date marker and headline, then paragraphs of one to three sentences."""
    paragraphs, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i:i + k]))
        i += k
    return f"date 2025-09-{day:02d} {headline}\n" + "\n".join(paragraphs) + "\n"


def write_corpus(seed_sentences: Sequence[str], folder: Path, *, sentences: int, seed: int = 0,
                 outlets: int = 8, per_doc: int = 20) -> int:
    """Write about ``sentences`` sentences of articles into ``folder``; returns the file count."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    n_docs = max(1, round(sentences / per_doc))
    written = 0
    c = 0
    while written < n_docs:
        docs = cluster(seed_sentences, rng, outlets=min(outlets, n_docs - written), per_doc=per_doc)
        headline = f"{rng.choice(FIRST)} {rng.choice(LAST)} visits {rng.choice(PLACES)} for {rng.choice(WORDS)} summit"
        for o, body in enumerate(docs):
            text = article(body, rng, day=1 + (c % 28), headline=headline)
            (folder / f"c{c:05d}_o{o}.txt").write_text(text, encoding="utf-8")
            written += 1
        c += 1
    return written
