"""Month and weekday names, shared by the loader, the value reader and the answerer."""
from __future__ import annotations

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
# "Jan", "Sept", "January" -> 1..12 (lower-cased, without a trailing dot).
_MONTH_NUMBERS = {**{m: i for i, m in enumerate(MONTHS, 1)}, **{m[:3]: i for i, m in enumerate(MONTHS, 1)},
                  "sept": 9}


def month_number(name: str) -> int:
    """1..12 for a month's name or usual abbreviation ("Sep.", "sept", "September"); 0 if none."""
    return _MONTH_NUMBERS.get(name.lower().rstrip("."), 0)


def weekday_number(name: str) -> int:
    """0 (Monday) .. 6 (Sunday) for a weekday's full name."""
    return WEEKDAYS.index(name.lower())


def weekday_pattern() -> str:
    """A regex alternation of the weekdays' capitalised names."""
    return "|".join(d.title() for d in WEEKDAYS)
