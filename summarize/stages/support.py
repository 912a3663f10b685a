"""Paraphrase support: documents that state a group's fact in other words add to its sources.

Near-duplicates are grouped by ``dedup``; here two sentences from different documents and
different groups support each other when they state the same fact in other words:
  * their stemmed content unigrams are alike (TF-IDF cosine >= ``threshold``, sparse, chunked);
  * the shorter sentence's content is mostly inside the longer one (idf-weighted containment);
  * they name the same things: most names (capitalised words) of the shorter sentence occur
    in the longer one, compared by a short prefix so "China" meets "Chinese";
  * they do not state different values of the same kind ("25 leaders" vs "26 leaders"), nor
    only figures of different kinds;
  * they make their claim with the same polarity (a claim never supports its denial).
Support is not transitive: only direct pairs count, so a chain of loose matches adds nothing.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from typing import Iterable, Iterator, Sequence

import numpy as np
from scipy import sparse

from ..model import Group, Sentence
from ..text.clauses import in_aside
from ..text.polarity import polarity
from ..text.similarity import neighbour_pairs, tfidf
from ..text.tokens import terms, words
from ..text.values import TALLIES, Value, values

# Tuned on the labelled pairs in eval/seeds/pairs.jsonl, never on support.jsonl.
# Every setting from cosine 0.15 to 0.25 and containment 0.2 to 0.3 with names 0.7 scores the
# same there (precision 1.0, recall 0.7 of the pairs dedup leaves apart); these sit inside it.
THRESHOLD = 0.2
CONTAINMENT = 0.3
NAMES = 0.7
# Names compare on their first letters: "China"/"Chinese", "Korea"/"Korean".
NAME_PREFIX = 4


def _check(name: str, value: float) -> float:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be in [0, 1], got {value}")
    return value


def name_keys(text: str) -> frozenset[str]:
    """Short keys of the capitalised words after the first ("Kim", "Pyongyang" -> "kim", "pyon")."""
    toks = words(text)[1:]
    return frozenset(t[:NAME_PREFIX] for w in toks if w[:1].isupper() for t in terms(w))


def containment(shorter: Iterable[str], longer: Iterable[str], idf: dict[str, float]) -> float:
    """Idf-weighted share of ``shorter``'s terms found in ``longer`` (0 = none, 1 = all)."""
    a, b = set(shorter), set(longer)
    total = sum(idf.get(t, 1.0) for t in a)
    return sum(idf.get(t, 1.0) for t in a & b) / total if total else 0.0


def _shares_beyond_names(shared: frozenset[str], names: frozenset[str]) -> bool:
    """Do two sentences share a content word that is not one of the ``names`` (``name_keys``) of
    the shorter? Sentences that share only whom or where they are about ("The line between A and
    B stays closed" / "Services between A and B are replaced by buses") state two facts."""
    return any(t[:NAME_PREFIX] not in names for t in shared)


# A running count (the dead, the injured: ``TALLIES``) grows between reports: "at least 40 killed"
# on Monday is no support for "risen to 112" on Tuesday, though both can be true. Counts of one
# running total support each other only within this factor (rounding: "more than 300" / "312").
TALLY_RATIO = 1.25


def _same_value(x: Value, y: Value) -> bool:
    """Can one sentence's value stand for the other's (compatible, and a running count within
    ``TALLY_RATIO``)?"""
    if not x.compatible(y):
        return False
    if x.noun in TALLIES and x.kind == "quantity":
        return max(x.low, y.low) <= TALLY_RATIO * max(min(x.low, y.low), 1e-9)
    return True


def _values_clash(va: Sequence[Value], vb: Sequence[Value]) -> bool:
    """Do two sentences give different values of the same kind: for the same noun or unit, or
    counts of things none of which the other's can stand for, whatever nouns they count ("About
    30 houses were destroyed" / "63 buildings had been swallowed by lava")?"""
    for x in va:
        same = [y for y in vb if y.dimension == x.dimension and y.noun == x.noun]
        if same and not any(_same_value(x, y) for y in same):
            return True
    counts = [[v for v in vs if v.kind == "quantity" and v.dimension == "count" and v.noun] for vs in (va, vb)]
    return all(counts) and not any(_same_value(x, y) for x in counts[0] for y in counts[1])


def _figures_apart(ta: str, va: Sequence[Value], tb: str, vb: Sequence[Value]) -> bool:
    """Do both sentences (texts ``ta``, ``tb``) give figures outside their asides, none of one kind
    ("put the magnitude at 6.1" beside "the toll has risen to 112, the agency said")? Then each
    states its own figures and neither the other's. (A sentence with no figure may leave out a
    detail: "26 other leaders" / "other leaders"; so may one whose figure is in a relative aside:
    "Tovell, whose party quit on Sunday over a 1.8 billion crown cut, said ..." / "the League pulled
    its 18 deputies out on Sunday".)"""
    a, b = ({v.dimension for v in vs if v.kind == "quantity" and not in_aside(t, v.start)}
            for t, vs in ((ta, va), (tb, vb)))
    return bool(a) and bool(b) and not a & b


# Each sentence is compared with its nearest neighbours only (cosine >= THRESHOLD): a fact's
# paraphrases are among them, and the work stays linear in the number of sentences.
NEIGHBOURS = 30
# Candidate pairs are checked this many at a time (bounds the memory of the sparse products).
_PAIR_CHUNK = 200_000


def _candidates(sentences: Sequence[Sentence], bags: Sequence[frozenset[str]], idf: dict[str, float],
                matrix: sparse.csr_matrix, *, threshold: float, min_containment: float,
                skip: Sequence[int] | None,
                docs: Sequence[frozenset[str]] | None) -> Iterator[tuple[int, int, float, int, int]]:
    """``(i, j, cosine, shorter, longer)`` for pairs at ``threshold`` from different documents
    and groups whose idf-weighted containment reaches ``min_containment``; vectorised (the
    same test as ``containment``, one sparse product per chunk of pairs)."""
    rows, cols, cos = neighbour_pairs(matrix, threshold, NEIGHBOURS)
    # A sentence stated by one document has that document's code; one stated by several
    # (collapsed copies) a code of its own, as some document of it differs from any other's.
    docs = docs or [frozenset([s.doc_id]) for s in sentences]
    codes: dict[str, int] = {}
    code = np.array([codes.setdefault(next(iter(d)), len(codes)) if len(d) == 1 else -1 - k
                     for k, d in enumerate(docs)])
    keep = code[rows] != code[cols]
    if skip is not None:
        owner = np.asarray(skip)
        keep &= owner[rows] != owner[cols]
    rows, cols, cos = rows[keep], cols[keep], cos[keep]
    vocab = {t: k for k, t in enumerate(sorted(idf))}
    weights = np.array([idf[t] for t in sorted(idf)])
    lengths = np.array([len(b) for b in bags])
    incidence = sparse.csr_matrix((np.ones(sum(lengths)), np.concatenate([[vocab[t] for t in b] for b in bags] or [[]]).astype(np.int64),
                                   np.concatenate(([0], np.cumsum(lengths)))), shape=(len(bags), len(vocab)))
    weighted = incidence @ sparse.diags(weights)
    totals = np.asarray(weighted.sum(axis=1)).ravel()
    for start in range(0, len(rows), _PAIR_CHUNK):
        i, j, c = rows[start:start + _PAIR_CHUNK], cols[start:start + _PAIR_CHUNK], cos[start:start + _PAIR_CHUNK]
        shorter = np.where(lengths[i] <= lengths[j], i, j)
        longer = np.where(lengths[i] <= lengths[j], j, i)
        overlap = np.asarray(incidence[shorter].multiply(weighted[longer]).sum(axis=1)).ravel()
        share = np.divide(overlap, totals[shorter], out=np.zeros_like(overlap), where=totals[shorter] > 0)
        ok = share >= min_containment
        yield from zip(i[ok].tolist(), j[ok].tolist(), c[ok].tolist(), shorter[ok].tolist(), longer[ok].tolist())


def paraphrase_pairs(sentences: Sequence[Sentence], *, threshold: float = THRESHOLD,
                     min_containment: float = CONTAINMENT, min_names: float = NAMES,
                     skip: Sequence[int] | None = None,
                     docs: Sequence[frozenset[str]] | None = None) -> Iterator[tuple[int, int, float]]:
    """Pairs ``(i, j, cosine)`` of sentences from different documents that state the same fact.

    ``skip[i] == skip[j]`` marks pairs already grouped (e.g. the same dedup group); ``docs[i]``
    are the documents that state sentence ``i`` (default: its own), for callers that pass
    each wording once."""
    _check("threshold", threshold)
    _check("min_containment", min_containment)
    _check("min_names", min_names)
    if len({d for ds in docs for d in ds} if docs else {s.doc_id for s in sentences}) < 2:
        return  # one document (or none): nothing to pair across documents
    texts = [s.text for s in sentences]
    matrix = tfidf(texts, bigrams=False)
    bags = [frozenset(terms(t)) for t in texts]
    df = Counter(t for bag in bags for t in bag)
    idf = {t: math.log((len(texts) + 1) / (n + 1)) + 1.0 for t, n in df.items()}
    # Per-sentence facts, computed once and only for sentences that reach a check.
    keys: dict[int, frozenset[str]] = {}
    prefixes: dict[int, frozenset[str]] = {}
    found: dict[int, list[Value]] = {}
    for i, j, cos, short, long_ in _candidates(sentences, bags, idf, matrix, threshold=threshold,
                                               min_containment=min_containment, skip=skip, docs=docs):
        if short not in keys:
            keys[short] = name_keys(texts[short])
        if long_ not in prefixes:
            prefixes[long_] = frozenset(t[:NAME_PREFIX] for t in bags[long_])
        if keys[short] and len(keys[short] & prefixes[long_]) / len(keys[short]) < min_names:
            continue
        if not _shares_beyond_names(bags[i] & bags[j], keys[short]):
            continue
        for k in (i, j):
            if k not in found:
                found[k] = [v for v in values(texts[k]) if v.kind != "name"]
        if _values_clash(found[i], found[j]) or _figures_apart(texts[i], found[i], texts[j], found[j]) \
                or polarity(texts[i]) != polarity(texts[j]):
            continue
        yield i, j, cos


def with_support(groups: Sequence[Group], *, threshold: float = THRESHOLD,
                 min_containment: float = CONTAINMENT, min_names: float = NAMES) -> list[Group]:
    """``groups`` with ``supporters``: documents outside each group that paraphrase a member."""
    # Each wording once (wire copy repeated n times costs one row), with the documents behind it.
    wordings: dict[tuple[int, str], tuple[Sentence, set[str]]] = {}
    for g in groups:
        for m in g.members:
            wordings.setdefault((g.id, m.text), (m, set()))[1].add(m.doc_id)
    owner = [gid for gid, _ in wordings]
    sentences = [m for m, _ in wordings.values()]
    docs = [frozenset(d) for _, d in wordings.values()]
    extra: dict[int, set[str]] = {}
    linked: dict[int, set[int]] = {}
    for i, j, _ in paraphrase_pairs(sentences, skip=owner, docs=docs, threshold=threshold,
                                    min_containment=min_containment, min_names=min_names):
        extra.setdefault(owner[i], set()).update(docs[j])
        extra.setdefault(owner[j], set()).update(docs[i])
        linked.setdefault(owner[i], set()).add(owner[j])
        linked.setdefault(owner[j], set()).add(owner[i])
    out = []
    for g in groups:
        own = {m.doc_id for m in g.members}
        added = tuple(sorted(extra.get(g.id, set()) - own))
        out.append(replace(g, supporters=added, paraphrases=tuple(sorted(linked[g.id]))) if g.id in linked else g)
    return out
