"""Pick sentences for a summary: budget, redundancy control, no fragments, reading order."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from ..errors import InputError, InputTypeError
from ..model import Group, Scored
from ..text.similarity import tfidf
from ..text.tokens import WORD_RE, is_question, words

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


def is_quotation(text: str) -> bool:
    """A sentence that opens with a quotation mark: someone's words, not the reporter's account
    (wire copy such as DUC's AP and NYT articles opens a quotation with two backticks)."""
    return text.lstrip()[:1] in "\"“‘'«`"


# Words that open a sentence leaning on the one before it: a pronoun or determiner whose referent
# is there, or a connective that turns from it ("He added ...", "This quake ...", "But ...").
# DUC-era extractive systems drop such sentences unless the sentence before is in the summary too.
LEANING_WORDS = frozenset(
    "he she it they him them his her its their this these those such but however also meanwhile moreover "
    "furthermore besides still yet then so and or nor instead nevertheless nonetheless".split())
# Shell nouns (Schmid, 2000) that, after "The", name what the sentence before told ("The move ...",
# "The decision ..."): an event or a statement already introduced, not one the sentence introduces.
SHELL_NOUNS = frozenset(
    "move decision step announcement remark remarks comment comments statement incident development action "
    "measure ruling attempt effort".split())
# Quotation marks that open and close a quotation; a straight double quote opens one at the start
# of the text or after a space or an opening bracket, and closes one elsewhere.
_QUOTE_RE = re.compile(r"``|''|[\"“”]")
_OPENS = frozenset({"``", "“"})


def leans_back(text: str, *, shells: bool = False) -> bool:
    """A sentence whose first word points back to the sentence before (:data:`LEANING_WORDS`), or
    with ``shells`` whose first two are "The" and a shell noun (:data:`SHELL_NOUNS`: "The move ...")."""
    first = [w.group().lower() for w in itertools.islice(WORD_RE.finditer(text), 2)]
    if not first:
        return False
    # "It's" and "He'd" lean back as "It" and "He" do
    return re.split("['’]", first[0])[0] in LEANING_WORDS or (
        shells and len(first) == 2 and first[0] == "the" and first[1] in SHELL_NOUNS)


def quoted_share(text: str) -> float:
    """Share of the words of ``text`` inside quotation marks, 0..1 (double quotes, curly or
    straight, and the ``these'' of wire copy). A quotation the sentence splitter cut from its
    opening mark ('... 600 seconds," said X.') is quoted from the start of the text."""
    marks = [(m.start(), m.end(), m.group() in _OPENS or (m.group() == '"' and (m.start() == 0 or text[m.start() - 1]
             in " \t\n([{"))) for m in _QUOTE_RE.finditer(text)]
    inside = bool(marks) and not marks[0][2]
    quoted = total = 0
    spans = [(0, 0, inside)] + marks + [(len(text), len(text), False)]
    for (_, start, opening), (end, _, _) in zip(spans, spans[1:]):
        n = len(words(text[start:end]))
        total += n
        quoted += n if opening else 0
    return quoted / total if total else 0.0


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
