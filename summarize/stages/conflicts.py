"""Find where sources disagree: the same kind of value about the same subject, different values.

Every sentence's typed values (``values.values``) become statements. Two statements are
about the same subject when their sentences, with the values masked, still look alike
(TF-IDF cosine, sparse and chunked) and share content words next to the value; counts of
different nouns may agree (with a stronger context) but never clash. Statements linked that way
form a topic; a topic is a conflict when two of its values from different documents cannot
both be true ("24 hours" vs "20 hours"; "up to 24 hours" agrees with "24 hours", "late
Monday" with "Monday", "around 90" with "90"). Sides merge compatible values and list every
source.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from ..model import Conflict, Group, Sentence, Side
from ..text.similarity import neighbour_pairs, tfidf
from ..text.tokens import term_spans, terms
from ..text.values import Value, values
from .dedup import UnionFind

# Masked-sentence cosine above which two statements can be about the same subject; counts of
# different nouns ("heads of state" vs "leaders") need the stronger one.
CONTEXT = 0.1
CONTEXT_OTHER_NOUN = 0.15
# Agreeing values of the same unit or noun need only a faint common context to join a side.
CONTEXT_AGREE = 0.04
# Dates are everywhere in news ("on Monday"): only near-identical framing compares them.
CONTEXT_DATE = 0.3
# Statements are compared with their nearest neighbours only, so the work stays linear in the
# number of sentences; names (few) are compared all against all up to ALL_PAIRS sentences.
NEIGHBOURS = 30
ALL_PAIRS = 300
# Content terms each side of a value that describe what it measures, and how many must match.
WINDOW = 6
SHARED = 2
SHARED_DATE = 3


@dataclass(frozen=True)
class Statement:
    """A value as stated by one wording: ``sentences`` are every sentence with that exact text
    (wire copy repeated n times is one statement, so the pairing work does not grow with n);
    ``docs`` their documents; ``row`` indexes the wording in the context matrix."""

    value: Value
    sentences: tuple[Sentence, ...]
    docs: frozenset[str]
    row: int

    @property
    def sentence(self) -> Sentence:
        """The first sentence with this wording."""
        return self.sentences[0]


def masked(text: str, found: Sequence[Value]) -> str:
    """``text`` with its values cut out, so the context compares without them."""
    for v in sorted(found, key=lambda v: -v.start):
        text = text[:v.start] + " " + text[v.end:]
    return text


def window_terms(statement: Statement, width: int = WINDOW) -> frozenset[str]:
    """Content terms within ``width`` terms before and after the value."""
    text, v = statement.sentence.text, statement.value
    spans = term_spans(text)
    before = [t for at, t in spans if at < v.start][-width:]
    after = [t for at, t in spans if at >= v.end][:width]
    return frozenset(before + after)


def statements(groups: Sequence[Group]) -> tuple[list[Statement], list[str]]:
    """Every value in every distinct member sentence (with all its copies), and the masked
    text of each such wording."""
    copies: dict[str, list[Sentence]] = {}
    for g in groups:
        for s in g.members:
            copies.setdefault(s.text, []).append(s)
    out, texts = [], []
    for text, sentences in copies.items():
        found = values(text)
        if not found:
            continue
        docs = frozenset(s.doc_id for s in sentences)
        out += [Statement(v, tuple(sentences), docs, len(texts)) for v in found]
        texts.append(masked(text, found))
    return out, texts


def _name_overlap(a: Value, b: Value) -> bool:
    """Two names of bodies of the same owner that share a distinctive word."""
    wa = {w.lower() for w in a.label.split()} - {a.noun, b.noun, "of"}
    wb = {w.lower() for w in b.label.split()} - {a.noun, b.noun, "of"}
    return bool(wa & wb)


def same_subject(a: Statement, b: Statement, cosine: float, shared: int, *,
                 dimension_counts: Counter) -> bool:
    """Are two statements (same dimension, different documents) about the same thing?"""
    va, vb = a.value, b.value
    if va.kind == "name":
        return _name_overlap(va, vb)
    if va.kind == "date":
        # A sentence with two weekdays ("left on Monday, crossed on Tuesday") cannot tell which is which.
        alone = dimension_counts[(a.row, va.dimension)] == 1 and dimension_counts[(b.row, vb.dimension)] == 1
        return alone and cosine >= CONTEXT_DATE and shared >= SHARED_DATE
    same_noun = va.dimension != "count" or va.noun == vb.noun
    if same_noun and va.compatible(vb) and cosine >= CONTEXT_AGREE:
        return True
    if not same_noun:
        # Counts of different nouns may agree ("26 heads of state", "26 leaders") but never
        # clash: "two bridges" and "1,200 people" are different facts, however close the words.
        return va.compatible(vb) and shared >= SHARED and cosine >= CONTEXT_OTHER_NOUN
    return shared >= SHARED and cosine >= CONTEXT


def _matched_elsewhere(a: Statement, b: Statement, by_row: dict[int, list[Value]]) -> bool:
    """Does ``a``'s sentence state ``b``'s value in another slot? Then ``a`` and ``b`` are not
    about the same thing ("52 people killed ... four bombers" copied by two outlets)."""
    return any(v is not a.value and v.dimension == b.value.dimension and v.noun == b.value.noun
               and v.compatible(b.value) for v in by_row[a.row])


def _pairs(found: list[Statement], texts: list[str]):
    """Candidate statement pairs (same dimension, different documents) with their context cosine."""
    matrix = tfidf(texts)
    by_dim: dict[str, list[int]] = {}
    for k, st in enumerate(found):
        by_dim.setdefault(st.value.dimension, []).append(k)
    floor = min(CONTEXT_AGREE, CONTEXT, CONTEXT_DATE)
    for dim in sorted(by_dim):
        members = by_dim[dim]
        rows = sorted({found[k].row for k in members})
        local = {r: i for i, r in enumerate(rows)}
        by_row: dict[int, list[int]] = {}
        for k in members:
            by_row.setdefault(local[found[k].row], []).append(k)
        # Names compare on the names themselves, so every pair of their sentences is a candidate.
        threshold = 0.0 if dim.startswith("agency:") else floor
        for i, j, cos in _row_pairs(matrix[rows], threshold):
            for a in by_row[i]:
                for b in by_row[j]:
                    if len(found[a].docs | found[b].docs) > 1:  # some two documents differ
                        yield a, b, cos


def _row_pairs(matrix, threshold: float):
    """Row pairs at or above ``threshold`` among each row's ``NEIGHBOURS`` nearest; with a zero
    threshold (names), every pair while there are at most ``ALL_PAIRS`` rows."""
    n = matrix.shape[0]
    if threshold > 0 or n > ALL_PAIRS:
        i, j, v = neighbour_pairs(matrix, max(threshold, 1e-6), NEIGHBOURS)
        yield from zip(i.tolist(), j.tolist(), v.tolist())
        return
    for i in range(n):
        for j in range(i + 1, n):
            yield i, j, float((matrix[i] @ matrix[j].T).sum())


def _sides(members: list[Statement]) -> list[Side]:
    """Merge compatible values into sides, each with every source; most support first."""
    order = sorted(members, key=lambda s: (not s.value.exact, s.sentence.key, s.value.start))
    anchors: list[Statement] = []
    said: list[list[Statement]] = []
    for st in order:
        for k, anchor in enumerate(anchors):
            if anchor.value.compatible(st.value):
                said[k].append(st)
                break
        else:
            anchors.append(st)
            said.append([st])
    sides = [Side(a.value.label, a.sentence.text, tuple(sorted(set().union(*(st.docs for st in sts)))),
                  tuple(sorted({s.key for st in sts for s in st.sentences}))) for a, sts in zip(anchors, said)]
    return sorted(sides, key=lambda s: (-len(s.sources), s.sources, s.value))


def _topic(members: list[Statement], *, size: int = 4) -> str:
    """What the sides disagree about: the unit, counted noun or role, and the words next to the
    values that most statements share (most shared first)."""
    first = min(members, key=lambda s: s.sentence.key)
    v = first.value
    if v.kind == "name":
        return f"name of the {v.dimension.split(':', 1)[1].title()} {v.noun}"
    counts = Counter(t for st in members for t in window_terms(st))
    surface: dict[str, str] = {}
    for st in sorted(members, key=lambda s: s.sentence.key):
        text, sv = st.sentence.text, st.value
        for word in text[:sv.start].split()[-WINDOW:] + text[sv.end:].split()[:WINDOW]:
            word = word.strip(".,;:'\"“”’()")
            for t in terms(word)[:1]:
                surface.setdefault(t, word)
    ranked = sorted((t for t in surface if counts[t] >= 2), key=lambda t: -counts[t])[:size]
    words = [surface[t] for t in ranked]
    what = f"number of {v.text.split()[-1]}" if v.dimension == "count" else v.dimension
    return f"{what}: {' '.join(words)}" if words else what


def find_conflicts(groups: Sequence[Group]) -> list[Conflict]:
    """Disagreements between documents, in reading order of their first statement."""
    found, texts = statements(groups)
    if len({d for st in found for d in st.docs}) < 2:
        return []  # disagreement needs two documents
    per_row = Counter((st.row, st.value.dimension) for st in found)
    by_row: dict[int, list[Value]] = {}
    for st in found:
        by_row.setdefault(st.row, []).append(st.value)
    windows = [window_terms(st) for st in found]
    uf = UnionFind(len(found))
    clash: set[int] = set()
    for a, b, cos in _pairs(found, texts):
        shared = len(windows[a] & windows[b])
        if not same_subject(found[a], found[b], cos, shared, dimension_counts=per_row):
            continue
        agree = found[a].value.compatible(found[b].value)
        if not agree and (_matched_elsewhere(found[a], found[b], by_row)
                          or _matched_elsewhere(found[b], found[a], by_row)):
            continue
        uf.union(a, b)
        if not agree:
            clash.update((a, b))
    topics: dict[int, list[Statement]] = {}
    for k in range(len(found)):
        topics.setdefault(uf.find(k), []).append(found[k])
    clashing = {uf.find(k) for k in clash}
    conflicts = []
    for root in sorted(topics):
        members = topics[root]
        if root not in clashing:
            continue
        sides = _sides(members)
        if len(sides) < 2 or len({d for s in sides for d in s.sources}) < 2:
            continue
        conflicts.append(Conflict(_topic(members), members[0].value.kind, tuple(sides)))
    return conflicts


def touching(conflicts: Sequence[Conflict], groups: Sequence[Group]) -> list[Conflict]:
    """The conflicts that a sentence of ``groups`` takes a side in, in their original order."""
    keys = {m.key for g in groups for m in g.members}
    return [c for c in conflicts if any(k in keys for side in c.sides for k in side.positions)]
