"""Typed values a sentence states: quantities with their unit or counted noun, dates, agency names.

Each value keeps its offsets in the sentence and a numeric range in a canonical unit
(hours, km, km/h), so "24-hour", "24 hours" and "up to 24 hours" compare equal and
"two thousand" equals "2,000". Vague and approximate values ("thousands", "around 90")
are ranges; exact ones are points.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTHS, month_number, weekday_number, weekday_pattern
from .numbers import SCALES, words_value
from .tokens import stem

# Relative slack for exact values (unit conversions round: 60 km is "37 miles").
EXACT_SLACK = 0.03
# Relative width of an approximate value ("around 90", "roughly 2,000", "up to 24").
APPROX_SLACK = 0.1

# Number words the pattern accepts; ``numbers.words_value`` gives their value.
_NUMBER_VOCAB = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                 "hundred thousand million billion a").split()
_VAGUE = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}
_WORD = "|".join(sorted(_NUMBER_VOCAB, key=len, reverse=True))
_NUMBER_WORDS = rf"(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*)"
_VAGUE_RE = r"(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions)"
_QUAL = (r"(?:about|around|roughly|nearly|almost|approximately|some|an\s+estimated|estimated|"
         r"up\s+to|as\s+many\s+as|more\s+than|over|at\s+least|less\s+than|fewer\s+than|under)")

QUANTITY_RE = re.compile(
    rf"(?<![\w.,$\-])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<vague>{_VAGUE_RE})\b(?:\s+of\b)?|(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?P<ord>st|nd|rd|th)?|(?P<words>\b{_NUMBER_WORDS})\b)"
    rf"(?:(?P<scale>\s+(?:million|billion|thousand|hundred))\b)?",
    re.I)
# Unit word -> (dimension, factor to the canonical unit).
_UNITS = {
    "hour": ("duration", 1.0), "hr": ("duration", 1.0), "minut": ("duration", 1 / 60), "min": ("duration", 1 / 60),
    "second": ("duration", 1 / 3600), "day": ("duration", 24.0), "week": ("duration", 168.0),
    "month": ("duration", 730.0), "year": ("duration", 8766.0), "decad": ("duration", 87660.0),
    "km": ("distance", 1.0), "kilometr": ("distance", 1.0), "kilomet": ("distance", 1.0),
    "mile": ("distance", 1.609344), "metr": ("distance", 0.001), "meter": ("distance", 0.001),
    "m": ("distance", 0.001), "feet": ("distance", 0.0003048), "foot": ("distance", 0.0003048),
    "kg": ("mass", 1.0), "kilogram": ("mass", 1.0), "tonn": ("mass", 1000.0), "ton": ("mass", 1000.0),
    "%": ("percent", 1.0), "percent": ("percent", 1.0), "per cent": ("percent", 1.0),
    "kn": ("force", 1.0), "mph": ("speed", 1.609344), "kph": ("speed", 1.0), "km/h": ("speed", 1.0),
}
_UNIT_NAMES = {"hour": "hours", "hr": "hours", "minut": "minutes", "min": "minutes", "second": "seconds", "day": "days",
               "week": "weeks", "month": "months", "year": "years", "decad": "decades", "kilometr": "km",
               "kilomet": "km", "mile": "miles", "metr": "metres", "meter": "metres", "m": "metres", "foot": "feet",
               "kilogram": "kg", "tonn": "tonnes", "ton": "tons", "percent": "%", "per cent": "%", "kn": "kN"}
# Both are matched right after a unit word; ``(?<!\s)`` keeps a search from rescanning a run of
# spaces from each of its positions (quadratic on a long run).
_RELATIVE_RE = re.compile(r"(?<!\s)\s+(?:before|after|ago|later|earlier|since|from now)\b", re.I)
_PER_HOUR_RE = re.compile(r"(?<!\s)\s*(?:\([^()]{1,30}\)\s*)?(?:per|an|a)\s+hour\b", re.I)
_NOUN_SKIP = frozenset("other more of the his her their its new old senior top military north south".split())
_NOT_NOUNS = frozenset("and or but to in on at by for with from as than that which who were are was is have has had "
                       "will would per".split())
# Plural-less nouns that still count things.
_MASS_PLURALS = frozenset(stem(w) for w in "people personnel staff police troops cattle".split())

_YEAR_RE = re.compile(r"(?<![\w,.])(1[89]\d\d|20\d\d)(?![\w,]|\.\d)")
_WEEKDAY_RE = re.compile(r"\b(?:(?P<part>early|late|earlier|later)\s+(?:on\s+)?)?"
                         rf"(?P<day>{weekday_pattern()})\b")
_MONTH_DAY_RE = re.compile(r"\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})\b")

# An agency named with its owner: "South Korea's spy agency National Information Society Agency".
_AGENCY_HEADS = frozenset("agency service bureau office directorate".split())
# A capitalised word, whole: the lookahead stops the engine from retrying every shorter prefix.
_NAME_WORD = r"[A-Z][\w\-]*(?![\w\-])"
# The owner starts at a word and has at most two words (``names`` keeps two): an unbounded run of
# capitalised words before "’s" made every word a start and each start rescan the run (quadratic).
AGENCY_RE = re.compile(
    rf"(?<![\w\-])(?P<owner>(?:{_NAME_WORD}\s+)?{_NAME_WORD})[’']s\s+(?P<role>(?:[a-z][\w\-]*\s+){{0,3}}?)"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD}){{1,5}})")


@dataclass(frozen=True)
class Value:
    """One stated value: ``kind`` is quantity, date or name; ``dimension`` says what it
    measures (duration, distance, count, year, weekday, agency:<owner>, ...); ``low``..``high``
    is its range in the canonical unit; ``noun`` is the counted noun or unit (stemmed)."""

    kind: str
    dimension: str
    low: float
    high: float
    text: str
    start: int
    end: int
    noun: str = ""
    exact: bool = True
    label: str = ""

    def compatible(self, other: "Value") -> bool:
        """Can both be true of the same thing? Ranges overlap (within rounding slack)."""
        if self.kind == "name":
            return _same_name(self.label, other.label)
        # Exact values allow for rounded unit conversions; ranges already carry their width.
        slack = EXACT_SLACK * max(abs(self.high), abs(other.high)) if self.exact and other.exact else 0.0
        return self.low <= other.high + slack and other.low <= self.high + slack


def _number(m: re.Match) -> tuple[float, float, bool] | None:
    """The (low, high, exact) range of a quantity match before its unit, or ``None``."""
    if m.group("vague"):
        v = " ".join(m.group("vague").lower().split())
        base = _VAGUE[v.split()[-1]]
        if v.startswith("tens of"):
            base *= 10
        elif v.startswith("hundreds of"):
            base *= 100
        return base, base * 10 - 1, False
    if m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
    else:
        words = m.group("words")
        if words.lower() in ("a", "one") and not m.group("scale"):
            return None  # "a" and "one" are articles far more often than counts
        value = words_value(words)
        if value is None:
            return None
    if m.group("scale"):
        value *= SCALES[m.group("scale").strip().lower()]
    qual = " ".join((m.group("qual") or "").lower().split())
    if not qual:
        return value, value, True
    if qual in ("up to", "as many as", "under", "less than", "fewer than"):
        return value * (1 - APPROX_SLACK), value, False
    if qual in ("more than", "over", "at least"):
        return value, value * (1 + APPROX_SLACK), False
    return value * (1 - APPROX_SLACK), value * (1 + APPROX_SLACK), False


def _following(text: str, end: int, n: int = 5) -> list[re.Match]:
    return list(re.finditer(r"[A-Za-z][\w’'/-]*|%|\([^()]{1,30}\)", text[end:end + 60]))[:n]


def _unit(text: str, end: int) -> tuple[str, str, float, int] | None:
    """(dimension, unit stem, factor, end offset) when a unit follows the number, glued or spaced."""
    m = re.match(r"(?:\s?-\s?|\s?)(km/h|per cent|[A-Za-z%]+)", text[end:end + 16])
    if not m:
        return None
    word = m.group(1).lower()
    key = word if word in _UNITS else stem(word)
    if key not in _UNITS or (key == "m" and not re.match(r"m\b", text[end:end + 2])):
        return None
    dim, factor = _UNITS[key]
    stop = end + m.end()
    if dim == "distance":
        per = _PER_HOUR_RE.match(text, stop)
        if per:
            return "speed", key, factor, per.end()
    return dim, key, factor, stop


def _counted_noun(text: str, end: int) -> tuple[str, int]:
    """The noun a number counts ("26 other world leaders" -> leader), with its end offset."""
    for w in _following(text, end):
        word = w.group().lower().replace("’", "'")
        if word in _NOT_NOUNS or word.startswith("("):
            break
        if word in _NOUN_SKIP or w.group()[0].isupper():
            continue  # "26 other world leaders", "five Iranian guards"; "Ten O'Clock News" counts nothing
        s = stem(word)
        if (word.endswith("s") and not word.endswith("ss")) or s in _MASS_PLURALS:
            return s, end + w.end()
    return "", end


def quantities(text: str) -> list[Value]:
    """Quantities in ``text``: numbers with a unit (canonical range) or a counted noun;
    years, ordinals and numbers in dates are left to ``dates``."""
    out = []
    taken = [m.span() for m in _YEAR_RE.finditer(text)] + [m.span() for m in _MONTH_DAY_RE.finditer(text)]
    for m in QUANTITY_RE.finditer(text):
        if m.group("ord") or any(a <= m.start() < b for a, b in taken):
            continue  # ordinals, numbers inside dates, and conversions inside a value: "60km (37 miles) per hour"
        rng = _number(m)
        if rng is None:
            continue
        low, high, exact = rng
        unit = _unit(text, m.end())
        if unit:
            dim, key, factor, stop = unit
            if dim == "duration" and _RELATIVE_RE.match(text, stop):
                continue  # "nine days before the bombings" places an event in time; it measures nothing
            value_text = text[m.start():stop]
            out.append(Value("quantity", dim, low * factor, high * factor, value_text, m.start(), stop,
                             noun=key, exact=exact, label=_format(m, low, high, _unit_name(key, low, dim))))
            taken.append((m.start(), stop))
            continue
        if text[m.end():m.end() + 1] == "-":
            continue  # "three-way", "Hwasong-19": a compound word, not a count
        noun, stop = _counted_noun(text, m.end())
        if not noun:
            continue
        out.append(Value("quantity", "count", low, high, text[m.start():stop], m.start(), stop,
                         noun=noun, exact=exact, label=_format(m, low, high, "")))
    return out


def _unit_name(key: str, value: float, dim: str) -> str:
    """How a unit is shown: the written unit in full ("hours", "km", "miles"), plural unless 1."""
    if dim == "speed":
        return "mph" if key in ("mile", "mph") else "km/h"
    name = _UNIT_NAMES.get(key, key)
    return name if name in ("km", "%", "kN", "kg") or dim == "speed" or value != 1 else name.rstrip("s")


def _format(m: re.Match, low: float, high: float, unit: str) -> str:
    """A value as people read it: "24 hours", "up to 24 hours", "thousands", "26"."""
    if m.group("vague"):
        number = " ".join(m.group("vague").lower().split())
    else:
        mid = high if high != low and m.group("qual") and low < high * (1 - APPROX_SLACK / 2) and \
            m.group("qual").lower().startswith(("up", "as", "under", "less", "fewer")) else \
            low if m.group("qual") and m.group("qual").lower() in ("more than", "over", "at least") else (low + high) / 2
        number = f"{mid:,.2f}".rstrip("0").rstrip(".")
    return f"{number} {unit}".strip()


def dates(text: str) -> list[Value]:
    """Years (1959), weekdays ("late Monday" = Monday) and month-days (Sep 2)."""
    out = []
    for m in _YEAR_RE.finditer(text):
        y = float(m.group(1))
        out.append(Value("date", "year", y, y, m.group(0), m.start(), m.end(), label=m.group(1)))
    for m in _WEEKDAY_RE.finditer(text):
        d = weekday_number(m.group("day"))
        out.append(Value("date", "weekday", d, d, m.group(0), m.start(), m.end(), label=m.group("day")))
    for m in _MONTH_DAY_RE.finditer(text):
        month = month_number(m.group("month")[:3])
        v = month * 100 + float(m.group("day"))
        out.append(Value("date", "month-day", v, v, m.group(0), m.start(), m.end(),
                         label=f"{MONTHS[month - 1].title()} {int(m.group('day'))}"))
    return out


def names(text: str) -> list[Value]:
    """Agencies named with their owner ("South Korea’s National Intelligence Service"):
    the role is the owner plus the kind of body, so two outlets naming it differently conflict."""
    out = []
    for m in AGENCY_RE.finditer(text):
        name = m.group("name")
        head = name.split()[-1].lower()
        if head not in _AGENCY_HEADS:
            continue
        owner = " ".join(m.group("owner").split())
        out.append(Value("name", f"agency:{owner.lower()}", 0.0, 0.0, name, m.start("name"), m.end("name"),
                         noun=head, label=name))
    return out


def values(text: str) -> list[Value]:
    """Every typed value in ``text``, in order of position."""
    return sorted(quantities(text) + dates(text) + names(text), key=lambda v: (v.start, v.end))


def _same_name(a: str, b: str) -> bool:
    """Equal names, one inside the other, or one the initials of the other."""
    fa, fb = a.lower().split(), b.lower().split()
    if a.lower() == b.lower() or " ".join(fa) in " ".join(fb) or " ".join(fb) in " ".join(fa):
        return True
    initials = lambda ws: "".join(w[0] for w in ws if w != "of")  # noqa: E731
    return a.replace(".", "").lower() == initials(fb) or b.replace(".", "").lower() == initials(fa)
