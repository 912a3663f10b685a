"""Pure metric functions: ROUGE, SQuAD answer scores, number-aware exact match, ranking
(recall@k, MRR), precision/recall/F1, conflict matching and support accuracy."""
from __future__ import annotations

import collections
import datetime as _dt
import re
import string
import unicodedata
from functools import lru_cache
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

from ..model import Conflict, Side
from ..text.dates import dates
from ..text.polarity import stance
from ..text.quantities import Quantity, number_value, quantities
from ..text.tokens import terms
from ..text.values import RESOLVED_LABEL_RE

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")


# --- ROUGE -------------------------------------------------------------------------------

class UnicodeTokenizer:
    """rouge-score's tokenizer (lower-case, split on anything not a letter or digit, Porter
    stem on words longer than 3 characters) with Unicode letters and digits kept.

    rouge-score's own tokenizer keeps only ``[a-z0-9]``, so "Pyeongyang" with an accent or
    a non-Latin name would vanish from both sides; on ASCII text the two give the same tokens.
    """

    _SPLIT = re.compile(r"[^\w]+|_+", re.UNICODE)

    def __init__(self, *, use_stemmer: bool = True) -> None:
        self.use_stemmer = use_stemmer

    def tokenize(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFC", text).lower()
        tokens = [t for t in self._SPLIT.split(text) if t]
        if self.use_stemmer:
            tokens = [_stem(t) if len(t) > 3 else t for t in tokens]
        return tokens


# Step 4 suffixes that ROUGE-1.5.5 tries first; "-ment", then "-ent" or "-(s|t)ion", follow.
_STEP4 = ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous",
          "ive", "ize")


@lru_cache(maxsize=1)
def _porter() -> Any:  # NLTK has no type hints
    """Porter's stemmer as official ROUGE-1.5.5 ``-m`` runs it: Martin Porter's Perl release
    (NLTK's ``MARTIN_EXTENSIONS``: "bli" -> "ble", "logi" -> "log") with step 4 as changed in
    ROUGE-1.5.5 (02/14/2004), where "-ment" and then "-ent" or "-(s|t)ion" are tried again after
    the other suffixes ("statements" -> "statem", "accidental" -> "accid"). rouge-score uses
    NLTK's default mode instead, which also rewrites "-y" endings ("days" -> "day", not "dai")."""
    from nltk.stem import porter

    class RougeStemmer(porter.PorterStemmer):  # type: ignore[misc]  # NLTK has no type hints
        def __init__(self) -> None:
            super().__init__(mode=porter.PorterStemmer.MARTIN_EXTENSIONS)

        def _step4(self, word: str) -> str:
            def long_stem(stem: str) -> bool:
                return self._measure(stem) > 1

            word = self._apply_rule_list(word, [(suffix, "", long_stem) for suffix in _STEP4])
            word = self._apply_rule_list(word, [("ment", "", long_stem)])
            if word.endswith("ent"):
                return self._apply_rule_list(word, [("ent", "", long_stem)])
            return self._apply_rule_list(word, [("ion", "", lambda stem: long_stem(stem) and stem[-1:] in "st")])

    return RougeStemmer()


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    # References are scored against every ranker's summary: stem each word once.
    return _porter().stem(word)


@lru_cache(maxsize=4)
def rouge_scorer(types: tuple[str, ...] = ROUGE_TYPES, *, stemming: bool = True) -> Any:  # rouge_score is untyped
    """A ``rouge_score`` scorer for ``types`` using :class:`UnicodeTokenizer`."""
    from rouge_score import rouge_scorer as rs

    return rs.RougeScorer(list(types), tokenizer=UnicodeTokenizer(use_stemmer=stemming))


class RougeResult(NamedTuple):
    """Per ROUGE type: ``best`` is rouge-score's ``score_multi`` F1 (the reference with the
    highest F1); ``mean`` the mean F1 over references; ``recall`` the mean recall over
    references (ROUGE-1.5.5's model average, ``-f A``, for references of equal length)."""

    best: dict[str, float]
    mean: dict[str, float]
    recall: dict[str, float]


def rouge(summary: Sequence[str], references: Sequence[Sequence[str]], *,
          types: tuple[str, ...] = ROUGE_TYPES, stemming: bool = True) -> RougeResult:
    """ROUGE F1 of a summary (a list of sentences) against references (each a list of
    sentences); sentences are joined one per line, as ROUGE-Lsum needs. Range 0..1."""
    if not references:
        raise ValueError("rouge needs at least one reference")
    scorer = rouge_scorer(tuple(types), stemming=stemming)
    prediction = "\n".join(summary)
    each = [scorer.score("\n".join(r), prediction) for r in references]
    # The first reference with the highest F1 per type: what score_multi returns (np.argmax),
    # without scoring every reference a second time.
    best = {t: max(s[t].fmeasure for s in each) for t in types}
    return RougeResult(best, {t: sum(s[t].fmeasure for s in each) / len(each) for t in types},
                       {t: sum(s[t].recall for s in each) / len(each) for t in types})


def truncate_words(sentences: Sequence[str], budget: int) -> list[str]:
    """The sentences cut to at most ``budget`` whitespace-separated words (ROUGE's ``-l``)."""
    out, left = [], budget
    for s in sentences:
        if left <= 0:
            break
        ws = s.split()
        out.append(" ".join(ws[:left]) if len(ws) > left else s)
        left -= len(ws)
    return out


# --- Answers: SQuAD v1.1 (Rajpurkar et al., 2016), official evaluate-v1.1.py -------------

def _is_punctuation(ch: str) -> bool:
    # SQuAD's script strips ASCII punctuation only; Unicode punctuation (curly quotes, dashes)
    # goes too, so that "Russia’s" in an article matches "Russia's" in the gold.
    return ch in string.punctuation or unicodedata.category(ch).startswith("P")


def normalize_answer(s: str) -> str:
    """Lower text and remove punctuation, articles and extra whitespace (SQuAD v1.1; Unicode
    punctuation counts as punctuation)."""
    def remove_articles(text: str) -> str:
        return re.sub(r"\b(a|an|the)\b", " ", text)

    def white_space_fix(text: str) -> str:
        return " ".join(text.split())

    def remove_punc(text: str) -> str:
        return "".join(ch for ch in text if not _is_punctuation(ch))

    return white_space_fix(remove_articles(remove_punc(s.lower())))


def exact_match(prediction: str, ground_truth: str) -> float:
    """1.0 when the normalised strings are equal, else 0.0 (SQuAD v1.1)."""
    return float(normalize_answer(prediction) == normalize_answer(ground_truth))


def token_f1(prediction: str, ground_truth: str) -> float:
    """Harmonic mean of token precision and recall after normalisation (SQuAD v1.1), 0..1."""
    prediction_tokens = normalize_answer(prediction).split()
    ground_truth_tokens = normalize_answer(ground_truth).split()
    common = collections.Counter(prediction_tokens) & collections.Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0.0
    precision = num_same / len(prediction_tokens)
    recall = num_same / len(ground_truth_tokens)
    return (2 * precision * recall) / (precision + recall)


def canonical_tokens(text: str) -> list[str]:
    """SQuAD-normalised tokens with every quantity read by :mod:`summarize.text.quantities` as
    its value key and its counted noun ("two thousand troops" and "2,000 troops" both give
    ["2000", "troops"]; "1 day" and "24 hours" both give ["24", "duration"]), and every other
    lone number ("one", a year) as its value. Words between a number and its counted noun are
    not compared ("26 other leaders" gives ["26", "leaders"])."""
    return [token for tokens, _ in _pieces(text) for token in tokens]


def _pieces(text: str, *, stated: bool = False) -> Iterator[tuple[list[str], bool]]:
    """(tokens, is a number) for each quantity, counted noun and other word of ``text``, in order;
    ``stated``: each quantity at the number it states, its hedge left out (:func:`_value_key`)."""
    pos = 0
    for q in quantities(text):
        yield from _words(text[pos:q.start])
        yield _value_key(q, stated=stated), True
        yield normalize_answer(q.noun).split(), False
        pos = q.end
    yield from _words(text[pos:])


def _words(text: str) -> Iterator[tuple[list[str], bool]]:
    """(tokens, is a number) for each word: a number ("one", "2015") as its value, else its
    SQuAD-normalised tokens (read before normalising, which would make "3.5" "35")."""
    for raw in text.split():
        value = number_value(raw.strip(string.punctuation))
        yield ([_number_token(value)], True) if value is not None else (normalize_answer(raw).split(), False)


def _value_key(q: Quantity, *, stated: bool = False) -> list[str]:
    """A quantity's interval in the base unit of its dimension ("1 day" and "24 hours" are both
    24 hours; "about 300" is 270..330), or with ``stated`` the number it states there ("about 300"
    is 300), then its unit where units do not convert (money, percentages, unscaled degrees) or its
    dimension; a plain count is its value alone."""
    if stated:
        value = _number_token(q.base)
    else:
        value = _number_token(q.low) if q.low == q.high else f"{_number_token(q.low)}..{_number_token(q.high)}"
    if q.dimension == "count":
        return [value]
    kind = q.unit if q.dimension in ("money", "percent") or q.unit == "degree" else q.dimension
    return [value, kind]


def _number_token(value: float) -> str:
    return f"{value:.12g}"


def number_exact(prediction: str, ground_truth: str) -> float:
    """Exact match with numbers compared as values: "two thousand" = "2,000" (1.0), while
    "20 hours" vs "24 hours" and "3.5" vs "35" score 0.0."""
    return float(canonical_tokens(prediction) == canonical_tokens(ground_truth))


ANSWER_METRICS = {"em": exact_match, "f1": token_f1, "number_exact": number_exact}


def answer_scores(prediction: str | None, answers: Sequence[str]) -> dict[str, float]:
    """Each answer metric, best over the acceptable ``answers``. An unanswerable question
    (no answers) scores 1.0 when the prediction is ``None`` (abstained), else 0.0; an
    answerable one answered ``None`` scores 0.0."""
    if not answers or prediction is None:
        value = float(not answers and prediction is None)
        return {name: value for name in ANSWER_METRICS}
    return {name: max(metric(prediction, a) for a in answers) for name, metric in ANSWER_METRICS.items()}


# --- Ranking ------------------------------------------------------------------------------

def first_hit(hits: Iterable[bool]) -> int | None:
    """The 1-based rank of the first relevant item, or None when none is relevant."""
    for rank, hit in enumerate(hits, 1):
        if hit:
            return rank
    return None


def recall_at(ranks: Sequence[int | None], k: int) -> float:
    """Share of queries whose first relevant item is within the top ``k`` (0..1)."""
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks) if ranks else 0.0


def mrr(ranks: Sequence[int | None]) -> float:
    """Mean reciprocal rank of the first relevant item; a miss counts 0 (0..1)."""
    return sum(1.0 / r for r in ranks if r is not None) / len(ranks) if ranks else 0.0


# --- Classification -----------------------------------------------------------------------

class PRF(NamedTuple):
    """Precision, recall and F1 (0..1) with the counts behind them."""

    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int


def prf(tp: int, fp: int, fn: int) -> PRF:
    """Precision, recall and F1 from counts; an empty denominator gives 0.0."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f, tp, fp, fn)


def pair_prf(predicted: Sequence[bool], gold: Sequence[bool]) -> PRF:
    """P/R/F1 of predicted duplicate labels against gold labels, pair by pair."""
    if len(predicted) != len(gold):
        raise ValueError(f"{len(predicted)} predictions for {len(gold)} gold labels")
    tp = sum(p and g for p, g in zip(predicted, gold))
    fp = sum(p and not g for p, g in zip(predicted, gold))
    fn = sum(g and not p for p, g in zip(predicted, gold))
    return prf(tp, fp, fn)


# --- Conflicts and support (issue 4) ------------------------------------------------------

def _main_claim(value: str) -> str:
    """A value without its explanation in parentheses: "25 other leaders (26 ...)" -> "25 other leaders"."""
    return re.sub(r"\([^)]*\)", " ", value).strip() or value


def _names_day(gold: str, day: _dt.date) -> bool:
    """Whether ``gold`` writes ``day`` as a calendar date ("May 19", "19 May 2026"), its year
    taken from ``day`` when it gives none; a day said only against a date ("Tuesday") does not."""
    return any(w.low == w.high == day and any(c.isdigit() for c in w.text) for w in dates(gold, day))


def values_match(predicted: str, gold: str) -> bool:
    """Whether a predicted conflict value states the gold value: a day resolved against its
    article's date, or a calendar date with its year, that the gold writes as a calendar date
    ("August 1, 1999" states "Aug. 1"); else, parenthetical explanations left out of both, the
    same set of numbers when the gold value has numbers (or, where the gold writes them bare, the
    same numbers hedged: "at least 57" states "57 homes"; a hedge the gold writes is kept, as it
    may tell one statement from another; where the gold writes one bare number, that number in any
    unit: "58-year-old" states "58"), else equal SQuAD-normalised text."""
    day = RESOLVED_LABEL_RE.search(predicted)
    said = _dt.date.fromisoformat(day.group(1)) if day else _calendar_day(predicted)
    if said and _names_day(gold, said):
        return True
    predicted, gold = _main_claim(predicted), _main_claim(gold)
    gold_numbers = _numbers(gold)
    if gold_numbers:
        if _numbers(predicted) == gold_numbers:
            return True
        if _hedged(predicted) is True and _hedged(gold) is False:
            return _numbers(predicted, stated=True) == _numbers(gold, stated=True)
        figure = {q.value for q in quantities(gold)}
        return _bare(gold) and bool(figure) and {q.value for q in quantities(predicted)} == figure
    return normalize_answer(predicted) == normalize_answer(gold)


def _bare(text: str) -> bool:
    """Whether ``text`` is one unhedged number and nothing else ("58"): a gold value the fact's name measures, which a
    side stating that number in its unit states ("a 58-year-old" for the finder's age)."""
    pieces = [(tokens, number) for tokens, number in _pieces(text) if tokens]
    return len(pieces) == 1 and pieces[0][1] and len(pieces[0][0]) == 1 and _hedged(text) is False


def _calendar_day(text: str) -> _dt.date | None:
    """The one day ``text`` writes out as a calendar date with its year ("August 1, 1999"), else ``None``."""
    found = dates(text)
    return found[0].low if len(found) == 1 and found[0].resolved and found[0].low == found[0].high else None


def _numbers(text: str, *, stated: bool = False) -> set[tuple[str, ...]]:
    """The value keys of the quantities and lone numbers of ``text`` (counted nouns left out)."""
    return {tuple(tokens) for tokens, number in _pieces(text, stated=stated) if number}


# The hedges a reader drops when writing a figure down ("at least 57" is written "57 homes").
_DROPPED_HEDGES = frozenset({"about", "more than", "at least", "up to", "less than"})


def _hedged(text: str) -> bool | None:
    """Whether ``text``'s quantities are hedged (True), not (False), or some as a range or vaguely (None)."""
    qualifiers = {q.qualifier for q in quantities(text)} - {""}
    return None if qualifiers - _DROPPED_HEDGES else bool(qualifiers)


# How a gold side lists the wordings of its sources that state one value ("12 metres / forty-foot").
GOLD_OR = " / "


def _states_side(side: Side, gold: Side, kind: str) -> bool:
    """Whether a predicted side states a gold side's value: a polarity side by its stance, the
    gold's read from its quoted sentence (the gold names a side in its own words, "no warning
    received"), any other by :func:`values_match`; a gold value that lists what each of its
    sources says with " / " ("up to 12 metres (39 ft) / forty-foot") by any one of them."""
    if kind == "polarity" and gold.text and side.value == stance(gold.text):
        return True
    return any(values_match(side.value, said) for said in gold.value.split(GOLD_OR))


# A claim and its denial are the gold's when a side's sentence shares this share of the content
# terms of the shorter of its sentence and the gold side's of the same stance.
CLAIM_OVERLAP = 0.5


def _same_claim(predicted: Conflict, gold: Conflict) -> bool:
    """Is a polarity prediction about the gold's claim: some side's sentence and the gold side's of
    its stance share ``CLAIM_OVERLAP`` of the shorter's content terms? (Another claim and denial
    between the same two articles is no match; a denial reworded is, as long as the claim is not.)"""
    for side in predicted.sides:
        for g in gold.sides:
            mine, theirs = set(terms(side.text)), set(terms(g.text))
            if g.text and side.value == stance(g.text) and mine and theirs \
                    and len(mine & theirs) >= CLAIM_OVERLAP * min(len(mine), len(theirs)):
                return True
    return False


def conflict_matches(predicted: Conflict, gold: Conflict) -> bool:
    """A predicted conflict matches a gold one when at least two gold sides are each matched
    by some predicted side that states its value (:func:`_states_side`) with a shared source,
    and, for a claim and its denial, it is about the gold's claim (:func:`_same_claim`)."""
    matched = sum(
        any(_states_side(side, g, gold.kind) and set(side.sources) & set(g.sources) for side in predicted.sides)
        for g in gold.sides)
    return matched >= 2 and (gold.kind != "polarity" or _same_claim(predicted, gold))


# The toolkit calls a value revised between dated articles "updated"; the gold calls it "update".
_GOLD_KINDS = {"updated": "update"}


def gold_kind(kind: str) -> str:
    """A predicted conflict's kind in the gold's words ("updated" -> "update"; others unchanged)."""
    return _GOLD_KINDS.get(kind, kind)


class ConflictCounts(NamedTuple):
    """``good`` of the ``predicted`` conflicts match some gold one; ``found`` of the ``gold`` ones
    are matched by some prediction."""

    good: int
    predicted: int
    found: int
    gold: int


def conflict_counts(predicted: Sequence[Conflict], gold: Sequence[Conflict]) -> ConflictCounts:
    """How many predictions match a gold conflict and how many gold conflicts are matched."""
    good = sum(any(conflict_matches(p, g) for g in gold) for p in predicted)
    found = sum(any(conflict_matches(p, g) for p in predicted) for g in gold)
    return ConflictCounts(good, len(predicted), found, len(gold))


def pooled(counts: Iterable[ConflictCounts]) -> ConflictCounts:
    """Counts summed field by field (e.g. over clusters)."""
    return ConflictCounts(*(sum(column) for column in zip(*counts, (0, 0, 0, 0))))


def counts_prf(counts: ConflictCounts) -> PRF:
    """Precision (good / predicted), recall (found / gold) and F1; ``tp`` counts good predictions."""
    good, predicted, found, gold = counts
    precision = good / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, good, predicted - good, gold - found)


def conflict_prf(predicted: Sequence[Conflict], gold: Sequence[Conflict]) -> PRF:
    """Precision (share of predicted conflicts matching some gold one) and recall (share of
    gold conflicts matched by some prediction); ``tp`` counts matching predictions."""
    return counts_prf(conflict_counts(predicted, gold))


def conflict_counts_by_kind(predicted: Sequence[Conflict], gold: Sequence[Conflict],
                            kinds: Sequence[str]) -> dict[str, ConflictCounts]:
    """Per kind: the predictions of that kind (in the gold's words, :func:`gold_kind`) against the
    gold conflicts of that kind, so a match of the wrong kind counts for neither."""
    return {k: conflict_counts([p for p in predicted if gold_kind(p.kind) == k], [g for g in gold if g.kind == k])
            for k in kinds}


class SupportScore(NamedTuple):
    """Exact-set accuracy and mean Jaccard of predicted vs gold source sets (0..1)."""

    accuracy: float
    jaccard: float
    n: int


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """|a & b| / |a | b|; two empty sets count as equal (1.0)."""
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0


def support_scores(pairs: Sequence[tuple[Iterable[str], Iterable[str]]]) -> SupportScore:
    """Score ``(predicted sources, gold sources)`` per fact; a fact whose sentence was not
    found should be passed with an empty predicted set."""
    pairs = [(set(p), set(g)) for p, g in pairs]
    if not pairs:
        return SupportScore(0.0, 0.0, 0)
    return SupportScore(sum(p == g for p, g in pairs) / len(pairs),
                        sum(jaccard(p, g) for p, g in pairs) / len(pairs), len(pairs))
