"""sumy's summarisers as rankers, fed our own sentences (no NLTK data, no sumy tokenizer).

sumy keys some ratings by sentence text, so callers pass deduplicated groups (no two
share a text). Ratings are read back by position through the ``count`` hook of sumy's
``_get_best_sentences``, never by text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

from ...errors import InputError
from ...model import Group
from ...text.tokens import words

# sumy's summarisers build dense sentence-by-sentence (or term-by-sentence) matrices or pick
# greedily over all sentences: quadratic. LexRank takes 1.5 s at 1,000 sentences and over 60 s
# at 10,000 (README, "Performance"); past this many a run would take minutes and gigabytes.
MAX_SENTENCES = 3000


class _Tokenizer:
    """What sumy asks of a tokenizer: a language and ``to_words``."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tuple(words(text))


def _document(texts: Sequence[str]) -> Any:  # sumy is untyped
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tok = _Tokenizer()
    return ObjectDocumentModel([Paragraph([SumySentence(t, tok) for t in texts])])


@lru_cache(maxsize=None)
def _summarizer_class(name: str) -> Any:  # sumy is untyped
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    class SortedLsa(LsaSummarizer):  # type: ignore[misc]  # sumy has no type hints
        """sumy's LSA builds its vocabulary from a set; sorting it makes runs repeatable."""

        def _create_dictionary(self, document: Any) -> dict[str, int]:
            unsorted = super()._create_dictionary(document)
            return {w: i for i, w in enumerate(sorted(unsorted))}

    return {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": SortedLsa,
            "luhn": LuhnSummarizer, "sumbasic": SumBasicSummarizer, "kl": KLSummarizer}[name]


def rate(name: str, texts: Sequence[str]) -> np.ndarray:
    """sumy's rating of each text by the summariser ``name``; higher = more salient.

    Summarisers that pick greedily (SumBasic, KL) yield a rank order, turned into
    descending scores.
    """
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    if not texts:
        return np.zeros(0)
    summarizer = _summarizer_class(name)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    captured: list = []

    def keep_all(infos: list[Any]) -> list[Any]:
        captured.extend(infos)
        return infos

    summarizer(_document(texts), keep_all)
    scores = np.full(len(texts), -np.inf)
    for info in captured:
        scores[info.order] = float(info.rating)
    # Unrated sentences (sumy returned early, e.g. no words) rank last but stay finite.
    finite = scores[np.isfinite(scores)]
    scores[~np.isfinite(scores)] = (finite.min() - 1.0) if finite.size else 0.0
    return scores


@dataclass(frozen=True)
class SumyRanker:
    """One of sumy's summarisers (``SUMY_NAMES``) behind our ranker interface."""

    name: str

    def score(self, groups: Sequence[Group]) -> np.ndarray:
        if len(groups) > MAX_SENTENCES:
            raise InputError(f"sumy's {self.name} compares every pair of sentences and takes at most "
                             f"{MAX_SENTENCES:,} deduplicated sentences; this cluster has {len(groups):,} "
                             "(use the default or graph ranker)")
        return rate(self.name, [g.text for g in groups])
