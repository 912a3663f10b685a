"""Concepts of a cluster (Gillick & Favre's bigrams) and their weights, counted or learned.

A concept is a stemmed bigram of adjacent words that punctuation does not separate, unless
both are stop words ("north korea", "leader of", not "of the"). Its weight says how likely a
human summary is to state it: counted (the documents that state it, each counting more when it
states it early) or learned (a logistic regression over features of the bigram in its cluster,
fitted on reference summaries as in Li, Qian & Liu, 2013 and Hong & Nenkova, 2014;
``concept_model.json``, written by ``scripts/train_concepts.py``).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, NamedTuple, Sequence

import numpy as np

from ...model import Group
from ...text.tokens import STOP_WORDS, TERM_RE, stem
from ...text.values import values

# MIN_DOCS and POSITION were chosen with coverage.py's SALIENCE and MIN_WORDS (see there).
MIN_DOCS = 2          # a concept must be stated by this many documents ...
DOCS_PER_LEVEL = 4    # ... capped at one per this many documents in the cluster (4 docs -> 1)
POSITION = 1.0        # a statement in an article's first sentence weighs 1 + POSITION
LEAD = 3              # sentences of an article that count as its lead
# How a statement's position in its article weighs (``concept_weights``), and what is counted:
# each document stating a concept once, or each sentence stating it.
PRIORS = ("inverse", "first", "relative")
COUNTS = ("documents", "sentences")


class Bigram(NamedTuple):
    """One concept occurrence: its key, and how many of its two words are numbers, capitalised
    words inside the sentence (names, most often) and stop words."""

    key: str
    numbers: int
    capitals: int
    stops: int


@lru_cache(maxsize=65_536)
def bigrams(text: str) -> tuple[Bigram, ...]:
    """Every concept occurrence of ``text``, in order (cached per text)."""
    out = []
    for r, run in enumerate(_runs(text)):
        low = [w.lower() for w in run]
        keys = [w if w[0].isdigit() else stem(w) for w in low]
        # per word, once: a number, a capital inside the sentence (not its first word), a stop word
        digits = [w[0].isdigit() for w in run]
        capitals = [w[0].isupper() for w in run]
        capitals[0] = capitals[0] and r > 0
        stops = [w in STOP_WORDS for w in low]
        for k in range(len(run) - 1):
            if stops[k] and stops[k + 1]:
                continue
            out.append(Bigram(f"{keys[k]} {keys[k + 1]}", digits[k] + digits[k + 1], capitals[k] + capitals[k + 1],
                              stops[k] + stops[k + 1]))
    return tuple(out)


@lru_cache(maxsize=65_536)
def concepts(text: str) -> frozenset[str]:
    """Stemmed bigrams of adjacent words with no punctuation between them, except those of two
    stop words (Gillick & Favre, 2009): what ROUGE-2 counts, less "of the" (cached per text)."""
    return frozenset(b.key for b in bigrams(text))


@lru_cache(maxsize=65_536)
def content_concepts(text: str) -> frozenset[str]:
    """The :func:`concepts` of ``text`` with no stop word in them ("north korea", not "leader
    of"): the stricter bigrams some concept summarisers use (cached per text)."""
    return frozenset(b.key for b in bigrams(text) if not b.stops)


@lru_cache(maxsize=65_536)
def words(text: str) -> frozenset[str]:
    """Stemmed content words of ``text`` (stop words left out): the unigram concepts that
    Lin & Bilmes' word coverage and ROUGE-1 count (cached per text)."""
    return frozenset(w if w[0].isdigit() else stem(w) for run in _runs(text) for w in (x.lower() for x in run)
                     if w not in STOP_WORDS)


@lru_cache(maxsize=65_536)
def facts(text: str) -> frozenset[str]:
    """Typed facts of ``text`` read by the text layer (``text.values``): a quantity with what it
    counts or measures and its value, a date as its span of days, a name with its kind. Keys open
    with "#", so they never meet a bigram's or a word's. Relative dates are read without an
    anchor: a concept is the same statement in every document, not the same day (cached per text)."""
    out = set()
    for v in values(text):
        if v.kind == "name":
            out.add(f"#name {v.dimension} {v.label.lower()}")
        else:
            out.add(f"#{v.kind} {v.dimension} {v.low:g} {v.high:g} {v.noun}")
    return frozenset(out)


@lru_cache(maxsize=1024)
def _runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Words (case kept) in stretches that no punctuation breaks; a possessive "'s" is dropped
    and hyphenated words and dotted acronyms are split, as ROUGE splits them ("Jong-Un's" ->
    "Jong", "Un"; "U.N. troops" -> "U", "N", "troops": an acronym's periods break no stretch).
    Kept for the text's next reading (bounded, like the text layer's others): ``bigrams`` and
    ``words`` read the same stretches."""
    runs: list[list[str]] = [[]]
    end = 0
    for m in TERM_RE.finditer(text):
        if text[end:m.start()].strip():
            runs.append([])
        word = m.group().replace("’", "'")
        word = word[:-2] if word.lower().endswith("'s") else word
        runs[-1] += [part for part in word.split("." if word.endswith(".") else "-") if part]
        end = m.end()
    return tuple(tuple(run) for run in runs if run)


def _positions(groups: Sequence[Group], of: Callable[[str], frozenset[str]] = concepts,
               ) -> dict[str, dict[str, list[int]]]:
    """For each concept (``of`` a text), the sentences stating it (their indices) in each document
    that does (every member sentence of every group counts)."""
    seen: dict[str, dict[str, list[int]]] = {}
    for g in groups:
        for m in g.members:
            for c in of(m.text):
                seen.setdefault(c, {}).setdefault(m.doc_id, []).append(m.index)
    return seen


def _first_positions(groups: Sequence[Group], of: Callable[[str], frozenset[str]] = concepts,
                     ) -> dict[str, dict[str, int]]:
    """For each concept (``of`` a text), the earliest sentence stating it in each document that does."""
    return {c: {d: min(at) for d, at in by_doc.items()} for c, by_doc in _positions(groups, of).items()}


def _lengths(groups: Sequence[Group]) -> dict[str, int]:
    """Sentences of each document, as far as ``groups`` show them (its last index + 1)."""
    out: dict[str, int] = {}
    for g in groups:
        for m in g.members:
            out[m.doc_id] = max(out.get(m.doc_id, 0), m.index + 1)
    return out


def _n_documents(groups: Sequence[Group]) -> int:
    """Documents with a sentence in ``groups``."""
    return len({m.doc_id for g in groups for m in g.members})


def concept_weights(groups: Sequence[Group], *, min_docs: int = MIN_DOCS, position: float = POSITION,
                    docs_per_level: int = DOCS_PER_LEVEL, lead: float = 0.0, prior: str = "inverse",
                    count: str = "documents", power: float = 1.0, decay: float = 1.0,
                    of: Callable[[str], frozenset[str]] = concepts) -> dict[str, float]:
    """Weight of each concept (bigrams, or what ``of`` finds in a text): the sum over the
    documents stating it (every member sentence of every group) of ``1 + position * prior(p)``,
    ``p`` the earliest sentence stating it there, plus ``lead`` where ``p`` is in the article's
    first ``LEAD`` sentences (what its lead says, weighted up). With ``count`` "sentences", every
    sentence stating it counts so, at its own position (raw counts instead of documents).
    ``prior`` (:data:`PRIORS`): "inverse" 1 / (1 + p) ** ``decay`` (below 1 a flatter fall from the
    lead, above 1 a steeper one), "first" 1 for an article's first sentence
    and 0 after, "relative" 1 - p / n for an article of n sentences (long and short articles
    alike). Concepts stated by fewer than ``min(min_docs, ceil(documents / docs_per_level))``
    documents are dropped (a lone outlet's wording is not a fact of the cluster), unless none
    would remain. Each weight is raised to ``power``: above 1, a concept that many documents state
    early outweighs several that few state more than their sums say."""
    if prior not in PRIORS or count not in COUNTS:
        raise ValueError(f"unknown prior {prior!r} or count {count!r}; choose a prior among {', '.join(PRIORS)} "
                         f"and a count among {', '.join(COUNTS)}")
    found = _positions(groups, of)
    floor = max(1, min(min_docs, math.ceil(_n_documents(groups) / docs_per_level)))
    kept = {c: d for c, d in found.items() if len(d) >= floor} or found
    lengths = _lengths(groups) if prior == "relative" else {}

    def worth(doc: str, p: int) -> float:
        shape = 1.0 / (1.0 + p) ** decay if prior == "inverse" else float(p == 0) if prior == "first" else 1.0 - p / lengths[doc]
        return 1.0 + position * shape + lead * (p < LEAD)

    return {c: sum(worth(doc, p) for doc, at in d.items() for p in (at if count == "sentences" else (min(at),))) ** power
            for c, d in sorted(kept.items())}


FEATURES = ("doc_share", "log_docs", "log_occurrences", "first", "lead_share", "mean_prior",
            "stop", "number", "name", "word_share")


def concept_features(groups: Sequence[Group]) -> tuple[list[str], np.ndarray]:
    """The cluster's concepts (sorted) and one row of :data:`FEATURES` per concept:
    share and log count of documents stating it, log count of its occurrences (in every member
    sentence of every group), 1/(1 + p) of its earliest position p, share of documents stating it
    in their first ``LEAD`` sentences, mean over documents of 1/(1 + p) (0 where not stated),
    whether a word is a stop word, a number, a capitalised word inside its sentence (share of its
    occurrences), and the share of documents using its rarer word."""
    first = _first_positions(groups)
    n_docs = max(_n_documents(groups), 1)
    seen: dict[str, int] = {}
    numbers: dict[str, float] = {}
    capitals: dict[str, float] = {}
    stops: dict[str, float] = {}
    word_docs: dict[str, set[str]] = {}
    for g in groups:
        for m in g.members:
            for bigram in bigrams(m.text):
                key = bigram.key
                seen[key] = seen.get(key, 0) + 1
                numbers[key] = max(numbers.get(key, 0.0), float(bigram.numbers > 0))
                capitals[key] = capitals.get(key, 0.0) + bigram.capitals / 2
                stops[key] = max(stops.get(key, 0.0), float(bigram.stops > 0))
                for w in key.split(" "):
                    word_docs.setdefault(w, set()).add(m.doc_id)
    keys = sorted(first)
    rows = np.zeros((len(keys), len(FEATURES)))
    for i, c in enumerate(keys):
        d = first[c]
        left, right = c.split(" ")
        priors = [1.0 / (1.0 + p) for p in d.values()]
        rows[i] = (len(d) / n_docs, math.log(len(d)), math.log(seen[c]), max(priors),
                   sum(p < LEAD for p in d.values()) / n_docs, sum(priors) / n_docs,
                   stops[c], numbers[c], capitals[c] / seen[c],
                   min(len(word_docs[left]), len(word_docs[right])) / n_docs)
    return keys, rows


@dataclass(frozen=True)
class ConceptModel:
    """A logistic regression over :data:`FEATURES` (standardised with ``mean`` and ``scale``):
    the chance that a human summary of the cluster states a concept, 0..1."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def __post_init__(self) -> None:
        if not len(self.mean) == len(self.scale) == len(self.coef) == len(FEATURES):
            raise ValueError(f"a concept model needs {len(FEATURES)} means, scales and coefficients "
                             f"({', '.join(FEATURES)}), got {len(self.mean)}, {len(self.scale)}, {len(self.coef)}")

    @classmethod
    def from_dict(cls, data: dict) -> ConceptModel:
        if list(data.get("features", [])) != list(FEATURES):
            raise ValueError(f"concept model features {data.get('features')} are not {list(FEATURES)}")
        return cls(tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]), float(data["intercept"]))

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "mean": list(self.mean), "scale": list(self.scale),
                "coef": list(self.coef), "intercept": self.intercept}

    def predict(self, rows: np.ndarray) -> np.ndarray:
        """One chance per row of features, 0..1 (higher = more likely in a human summary)."""
        z = (rows - np.array(self.mean)) / np.array(self.scale) @ np.array(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def weights(self, groups: Sequence[Group]) -> dict[str, float]:
        """Each concept of ``groups`` with its chance of being in a human summary."""
        keys, rows = concept_features(groups)
        return dict(zip(keys, self.predict(rows).tolist())) if keys else {}


@lru_cache(maxsize=1)
def shipped_model() -> ConceptModel:
    """The concept model shipped with the package (``concept_model.json``)."""
    text = resources.files(__package__).joinpath("concept_model.json").read_text(encoding="utf-8")
    return ConceptModel.from_dict(json.loads(text))
