"""Numbers a text states, as values: "1,960" -> 1960, "3.5" -> 3.5, "two thousand" -> 2000."""
from __future__ import annotations

import re
from typing import NamedTuple

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
_WORD_VALUES = {**_UNITS, **_TENS, **SCALES}

_WORD = "|".join(sorted(_WORD_VALUES, key=len, reverse=True))
# Digits keep inner thousands commas and a decimal point; a scale word may follow ("1.5 million").
_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?"
# Number words run on through hyphens, spaces and "and" ("two hundred and fifty", "twenty-four");
# "a"/"an" may open a scale ("a hundred").
_SCALE = "|".join(SCALES)
_WORDS = rf"(?:an?\s+(?=(?:{_SCALE})\b))?(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*\b"
_WORD_SPLIT_RE = re.compile(r"[\s-]+")
NUMBER_RE = re.compile(rf"(?<![\w.,])(?:(?P<digits>{_DIGITS})(?![\d]|[.,]\d)(?:\s+(?P<scale>{_SCALE})\b)?"
                       rf"|(?P<words>{_WORDS}))", re.I)


# The longest run of number words read as one number ("nine hundred and ninety-nine thousand nine
# hundred and ninety-nine" is 11): a longer run is a list or a chant, and its product could
# overflow a float ("one hundred" 160 times is 10**320).
MAX_NUMBER_WORDS = 16
# Nothing news reports by count is larger (a quadrillion); a larger product is not a number.
MAX_WORD_VALUE = 10**15


class Number(NamedTuple):
    """One number in a text: its span and its value."""

    start: int
    end: int
    value: float


def words_value(phrase: str) -> float | None:
    """The value of English number words ("two hundred and fifty" -> 250), or None (also for runs
    over ``MAX_NUMBER_WORDS`` words or ``MAX_WORD_VALUE``)."""
    total = current = 0
    seen = False
    words = [w for w in _WORD_SPLIT_RE.split(phrase.lower()) if w not in ("and", "")]
    if len(words) > MAX_NUMBER_WORDS:
        return None
    for word in words:
        if word in ("a", "an"):
            current = max(current, 1)
            continue
        value = _WORD_VALUES.get(word)
        if value is None:
            return None
        seen = True
        if value == 100:
            current = max(current, 1) * 100
        elif value >= 1_000:
            total += max(current, 1) * value
            current = 0
        else:
            current += value
    value = total + current
    return float(value) if seen and value <= MAX_WORD_VALUE else None


def find_numbers(text: str) -> list[Number]:
    """Every number in ``text``, in order: digits (thousands commas, decimals, a trailing scale
    word) and English number words. Ordinals and vague plurals ("thousands") are not numbers."""
    out = []
    for m in NUMBER_RE.finditer(text):
        if m.group("digits"):
            value = float(m.group("digits").replace(",", ""))
            if m.group("scale"):
                value *= SCALES[m.group("scale").lower()]
        else:
            parsed = words_value(m.group("words"))
            if parsed is None:
                continue
            value = parsed
        out.append(Number(m.start(), m.end(), value))
    return out


def numbers(text: str) -> list[float]:
    """The values of the numbers in ``text``, in order."""
    return [n.value for n in find_numbers(text)]
