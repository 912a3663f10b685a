"""A learned sentence prior: the chance that a sentence belongs in a ROUGE-oracle summary.

Features of a sentence that say, in any news cluster, whether summaries take it: where it stands
in its article, how long it is, whether it states a number, how much of it is quoted, how many of
the cluster's documents state it, whether it leans back on the sentence before or reports speech.
A logistic regression over them is fitted on oracle labels (the sentences a greedy ROUGE-2 oracle
chooses against the references; ``oracle_labels``), as Hong & Nenkova (2014) learn sentence
importance for multi-document summaries.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ...model import Group
from ...text.polarity import ATTRIBUTION_VERBS
from ..select import leans_back, quoted_share, word_count
from .concepts import concepts

FEATURES = ("first", "inverse_position", "relative_position", "log_words", "number", "quoted",
            "doc_share", "leans", "reported")
# Verbs and phrases of reported speech ("..., police said."): the text layer's attribution verbs.
_REPORTED_RE = re.compile(rf"\b(?:{'|'.join(ATTRIBUTION_VERBS)}|told|according to)\b", re.I)


def sentence_features(groups: Sequence[Group], texts: Sequence[str]) -> np.ndarray:
    """One row of :data:`FEATURES` per group, ``texts`` being how each is shown: whether its
    earliest statement opens its article, 1 / (1 + p) and p / n of that position p in an
    article of n sentences, log words, whether it states a digit, the share of its words quoted,
    the share of documents stating it, whether it leans back, whether it reports speech."""
    length: dict[str, int] = {}
    for g in groups:
        for m in g.members:
            length[m.doc_id] = max(length.get(m.doc_id, 0), m.index + 1)
    n_docs = max(len(length), 1)
    rows = np.zeros((len(groups), len(FEATURES)))
    for i, (g, text) in enumerate(zip(groups, texts)):
        first = min(g.members, key=lambda m: (m.index, m.doc_id))
        rows[i] = (float(first.index == 0), 1.0 / (1.0 + first.index), first.index / length[first.doc_id],
                   math.log(1 + word_count(text)), float(any(c.isdigit() for c in text)), quoted_share(text),
                   len({m.doc_id for m in g.members}) / n_docs, float(leans_back(text)),
                   float(bool(_REPORTED_RE.search(text))))
    return rows


def oracle_labels(texts: Sequence[str], references: Sequence[str], words: int) -> np.ndarray:
    """1 for each text a greedy oracle chooses, else 0: repeatedly the text adding the most
    reference bigrams (ROUGE-2's units, ``concepts``) not yet covered per word, while it fits
    ``words`` (ties to the earlier text)."""
    wanted = set().union(*(concepts(r) for r in references)) if references else set()
    units = [concepts(t) & wanted for t in texts]
    costs = [max(word_count(t), 1) for t in texts]
    chosen = np.zeros(len(texts))
    covered: set[str] = set()
    left = words
    while True:
        gains = [(len(u - covered) / c, -k) for k, (u, c) in enumerate(zip(units, costs))
                 if not chosen[k] and c <= left and u - covered]
        if not gains:
            return chosen
        k = -max(gains)[1]
        chosen[k] = 1.0
        covered |= units[k]
        left -= costs[k]


@dataclass(frozen=True)
class SentenceModel:
    """A logistic regression over :data:`FEATURES` (standardised with ``mean`` and ``scale``):
    each sentence's chance of being in an oracle summary, 0..1."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def chances(self, groups: Sequence[Group], texts: Sequence[str]) -> np.ndarray:
        """One chance per group (shown as ``texts``), 0..1, higher = more likely in a summary."""
        if not groups:
            return np.zeros(0)
        z = (sentence_features(groups, texts) - np.array(self.mean)) / np.array(self.scale) @ np.array(self.coef)
        return 1.0 / (1.0 + np.exp(-(z + self.intercept)))
