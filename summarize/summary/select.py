"""Pick sentences for a summary: budget, redundancy control, no fragments, reading order."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from ..errors import InputError, InputTypeError
from ..model import Group, Scored
from ..text.similarity import tfidf
from ..text.tokens import words

DEFAULT_SENTENCES = 5
REDUNDANCY = 0.5
MIN_WORDS = 6


@dataclass(frozen=True)
class Budget:
    """A summary's length: a number of sentences or a number of words (exactly one)."""

    sentences: int | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        if (self.sentences is None) == (self.words is None):
            raise InputError("give a budget in sentences or in words, not both", usage=True)
        value = self.sentences if self.words is None else self.words
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputTypeError(f"the budget must be a whole number, got {type(value).__name__}")
        if value < 1:
            raise InputError(f"the budget must be at least 1, got {value}", usage=True)

    @property
    def size(self) -> int:
        """The one number given, in words or in sentences."""
        for value in (self.words, self.sentences):
            if value is not None:
                return value
        raise InputError("give a budget in sentences or in words", usage=True)


def word_count(text: str) -> int:
    """Words as the budget counts them: word tokens, or whitespace-separated pieces when those
    are more (a lone dash counts for ROUGE's ``-l``), so a summary is never over either count."""
    return max(len(words(text)), len(text.split()))


def is_question(text: str) -> bool:
    """A sentence that asks rather than states ("Did you see this man?"): not summary material."""
    return text.rstrip(" \"'”’)").endswith("?")


def is_quotation(text: str) -> bool:
    """A sentence that opens with a quotation mark: someone's words, not the reporter's account."""
    return text.lstrip()[:1] in "\"“‘'«"


def select(groups: Sequence[Group], scores: np.ndarray, budget: Budget, *,
           dates: Mapping[str, str] | None = None, redundancy: float = REDUNDANCY,
           min_words: int = MIN_WORDS) -> list[Scored]:
    """Best-scored groups within ``budget``, none too similar to one already picked
    (cosine >= ``redundancy``, MEAD's cut-off) or a paraphrase of one, none shorter than
    ``min_words``, no questions;
    returned in reading order: document date, then position, then document id.
    Ties in score go to the earlier ``(doc_id, index)``.
    """
    order = sorted(range(len(groups)), key=lambda k: (-float(scores[k]), groups[k].representative.key))
    matrix = tfidf([g.text for g in groups])
    picked: list[int] = []
    used = 0
    for k in order:
        n = word_count(groups[k].text)
        if n < min_words or is_question(groups[k].text):
            continue
        if budget.words is not None and used + n > budget.words:
            continue
        if picked and float((matrix[picked] @ matrix[k].T).max()) >= redundancy:
            continue
        if any(groups[p].id in groups[k].paraphrases for p in picked):
            continue  # another outlet's wording of a fact already picked
        picked.append(k)
        used += n
        if budget.sentences is not None and len(picked) >= budget.sentences:
            break
    return [Scored(groups[k], float(scores[k])) for k in sorted(picked, key=lambda k: reading_key(groups[k], dates))]


def reading_key(group: Group, dates: Mapping[str, str] | None) -> tuple:
    """Sort key for reading order; undated documents count as the earliest known date."""
    dates = dates or {}
    known = sorted(d for d in dates.values() if d)
    rep = group.representative
    return (dates.get(rep.doc_id) or (known[0] if known else ""), rep.index, rep.doc_id)
