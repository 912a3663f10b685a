"""Dates and times in news text, read by one grammar: typed spans with offsets and the days they denote.

``dates(text, anchor)`` finds every temporal expression in running text, in order; ``parse_date``
reads a string that is one date (ISO 8601, RFC 2822 / RSS / HTTP headers, slashed and written dates).
Standard library only: ``dateparser`` would add ~40 ms of import and ~0.7 ms a call for forms this
grammar already reads, and it does not give spans or resolve weekdays by tense.

Conventions (each is a choice; news rarely says more):

- Spans leave out prepositions and "the" ("on Tuesday" -> "Tuesday", "the 1990s" -> "1990s") but keep
  words that change the meaning ("last week", "early Tuesday", "mid-2024", "the weekend", "the next day").
- In running text month and weekday names must be capitalised ("may" and "march" are verbs), and a bare
  month needs a preposition before it ("in March", "since May"), a year after it, or "last/this/next year"
  ("in March last year"); ``parse_date`` takes any case.
- Slashed and dotted dates: a field above 12 decides; otherwise day first ("02/09/2025" = 2 September,
  as in most of the world's press) unless ``month_first=True`` (US style). Only four-digit years, except
  the RFC 850 header form "02-Sep-25" (00-69 = 20xx). Bare years are 1800-2099, older ones after a preposition.
- A weekday is resolved against the anchor by the tense around it: the nearest cue word in its clause (up to 5
  words before it, else, when it opens the clause, up to 10 after, past an aside between commas) decides.
  Future cues: will, would, shall, 'll, may, might, due, expected, scheduled, planned, slated, upcoming,
  "set/poised/going/plans/hopes/aims/... to|for", and the present of a scheduling verb ("the summit opens Monday",
  "kicks off", "talks resume").
  Past cues: was, were, had, did, said, common irregular past forms, words ending in -ed ("died"); a
  participle after "be", "been", "being", "stay", "remain" takes the tense of the verb before it ("will be
  held on Monday", "will stay closed until Wednesday").
  Past -> the latest such day on or before the anchor; future -> the first on or after it; no cue -> the
  nearer. "last Tuesday" / "next Tuesday" are strictly before / after the anchor.
- A date, month or season without a year takes the year that puts it nearest the anchor (so never more
  than ~6 months away). For a month or season the tense may move it a year when the nearest lies over a
  month on the wrong side ("will begin in March" in September = next March; a past verb only with "in",
  "during", "since": "slumped in March" in January = last March, "slipped to January"); a day is never moved
  ("adjourned until 14 October" is read past by its verb but means the coming one).
- A weekday after "a", "every", "each" is no particular day and stays unresolved; so do vague counts
  ("several days ago", "in recent weeks", "the coming weeks").
- "in two weeks", "in a month's time" count from the anchor when the clause speaks of the future (else
  "in two weeks" is a length: "rose 5% in two weeks"); "the first half of 2027", "H2 2026" are six months.
- "three weeks later", "two days earlier", "the next day" count from the last single day named before
  them in the text, else "three weeks later" from the anchor; "the next day" names no day without one (news
  writes "tomorrow" for the day after its own: "He died the following day" follows a day told elsewhere);
  "ago" and "from now" always count from the anchor.
- ``kind`` is the unit ("date" = day); a range ("Sept. 2-5", "2015-16") keeps the unit and widens low/high.
  Counted offsets above a day ("three weeks ago") are kind "relative": the shifted day +/- half a unit.
- Weeks run Monday to Sunday; seasons are meteorological, northern hemisphere (spring = March-May, winter
  YEAR = December YEAR to February YEAR+1); early/mid/late split a period in thirds (a month 1-10/11-20/21-end,
  a year by four months, a decade 0-3/4-6/7-9, a week Mon-Wed/Tue-Thu/Thu-Sun). "the 1800s" is a century.
- Holidays with a fixed day (Christmas, Boxing Day, New Year's Day/Eve, Halloween, Valentine's Day) and
  Easter, Good Friday, Easter Monday are days; "the end of the year" is its late third, "the start of" its early one.
  "Q3" alone and "the third quarter of 2025" are quarters; "the third quarter" alone is left (a game's, often).
- A clock time next to a day joins it ("Tuesday at 8 p.m.", "6am Saturday", "Tue, 02 Sep 2025 08:15:00 GMT");
  alone it is kind "time", unresolved. Its zone is read but not applied: "23:30 -05:00" stays on its own day.
  Numbers win over a weekday that contradicts them.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
# "Jan", "Sept", "January" -> 1..12 (lower-cased, without a trailing dot).
_MONTH_NUMBERS = {**{m: i for i, m in enumerate(MONTHS, 1)}, **{m[:3]: i for i, m in enumerate(MONTHS, 1)},
                  "sept": 9}
_DAY = _dt.timedelta(days=1)


def month_number(name: str) -> int:
    """1..12 for a month's name or usual abbreviation ("Sep.", "sept", "September"); 0 if none."""
    return _MONTH_NUMBERS.get(name.lower().rstrip("."), 0)


def weekday_number(name: str) -> int:
    """0 (Monday) .. 6 (Sunday) for a weekday's full name."""
    return WEEKDAYS.index(name.lower())


def weekday_pattern() -> str:
    """A regex alternation of the weekdays' capitalised names."""
    return "|".join(d.title() for d in WEEKDAYS)


def _calendar(day: _dt.date) -> str:
    """A day as the calendar writes it away from its article ("May 18, 2026")."""
    return f"{day:%B} {day.day}, {day.year}"


_MONTH_NAMES = "|".join(m.title() for m in MONTHS)
_DAY_MONTH_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_MONTH_NAMES})\b")
_MONTH_DAY_RE = re.compile(rf"\b(?:{_MONTH_NAMES})\s\d{{1,2}}(?:st|nd|rd|th)?\b")


def writes_day_first(texts: Iterable[str]) -> bool:
    """Whether ``texts`` write a day before its month ("18 October") more often than after it ("October 18"), as
    British and most other non-US outlets do."""
    counts = [0, 0]
    for t in texts:
        counts[0] += len(_DAY_MONTH_RE.findall(t))
        counts[1] += len(_MONTH_DAY_RE.findall(t))
    return counts[0] > counts[1]


def in_style(shown: str, when: When, day_first: bool) -> str:
    """``shown``, one of ``when``'s answers, with a day the calendar gives written day first ("18 October 2027")
    for articles that write their dates so (``writes_day_first``): the answer reads as its sources do."""
    if day_first and when.low is not None and shown == _calendar(when.low):
        return f"{when.low.day} {when.low:%B} {when.low.year}"
    return shown


@dataclass(frozen=True)
class When:
    """One temporal expression: its span in the text, its unit, and the days it may denote (inclusive).

    ``low``/``high`` are None when it cannot be resolved (a relative expression without an anchor);
    ``anchor_relative`` says its meaning depends on a reference day (the document's date, or for
    "three weeks later" the day named before it); ``deictic`` that the day it is written is that
    day ("yesterday evening", "last year", not "Monday" or "a day earlier"); ``time`` is "08:15" for a clock time or a part of
    day ("morning", "night", "early")."""
    start: int
    end: int
    text: str
    kind: str
    low: _dt.date | None
    high: _dt.date | None
    resolved: bool
    anchor_relative: bool
    time: str = ""
    deictic: bool = False

    @property
    def as_answer(self) -> str:
        """The date as a reader answering "when" writes it away from its article: a day, month or
        year said only against the article's date ("yesterday evening", "last year") as the
        calendar gives it ("May 18, 2026", "2025"), unless a clock time tells it; any other as
        written ("May 18", "a day earlier", and "early next month", whose part the calendar would lose), but
        for what only places it within the day it is written on ("6:00 PM today", "early Sunday": "6:00 PM",
        "Sunday")."""
        if self.resolved and self.deictic and self.low and not self.time[:1].isdigit() \
                and not _PART_LEAD_RE.match(self.text):
            if self.kind == "date" and self.low == self.high:
                return _calendar(self.low)
            if self.kind in ("month", "year"):
                return f"{self.low:%B %Y}" if self.kind == "month" else str(self.low.year)
        if self.kind == "century":
            return _CENTURY_HYPHEN_RE.sub(" ", self.text)  # "a 12th-century crown": made in the 12th century
        return _WITHIN_DAY_RE.sub("", self.text) or self.text

    @property
    def day(self) -> str:
        """The day alone, as a reader asked "on what day" gives it: a day said only against the article's date
        as the calendar gives it ("3.15am yesterday" -> "May 17, 2026"), any other without its clock time
        ("2:40 a.m. on Tuesday" -> "Tuesday", "Friday at 8pm" -> "Friday"); what is no day as ``as_answer``
        gives it."""
        if self.kind != "date":
            return self.as_answer
        if self.resolved and self.deictic and self.low is not None and self.low == self.high:
            return _calendar(self.low)
        clock = self.clock
        rest = _AROUND_CLOCK_RE.sub("", self.text.replace(clock, "", 1)) if clock else ""
        return rest or self.as_answer

    @property
    def weekday(self) -> str:
        """The day as a reader asked "on which day of the week" gives it: the weekday one day falls on, however the
        text names it ("last night" in an article of Tuesday 17 April 2046 -> "Monday"); any other as ``day`` gives it."""
        if self.kind == "date" and self.resolved and self.low is not None and self.low == self.high:
            return f"{self.low:%A}"
        return self.day

    @property
    def calendar_day(self) -> str:
        """The day as a reader asked "on what date" gives it: one day the text names without its date ("on
        Thursday", "Tuesday evening") as the calendar gives it, resolved against its article's date; any other
        as ``day`` gives it ("4.15am on 12 August" -> "12 August")."""
        day = self.day
        if self.kind == "date" and self.resolved and self.low is not None and self.low == self.high \
                and not any(c.isdigit() for c in day):
            return _calendar(self.low)
        return day

    @property
    def clock(self) -> str:
        """The time of day as the text writes it, for "what time" ("7am on Tuesday" -> "7am"); "" when it gives none."""
        m = re.search(_TIME, self.text, re.I | re.X) if self.time else None
        return m.group().strip() if m else ""


# --- the grammar -------------------------------------------------------------------------------

# A full month name takes no dot ("14 October." ends a sentence); an abbreviation may ("Sept. 7").
# Lower case: used with re.I (here and by the quantity reader, to skip dates).
MONTH_PATTERN = (rf"(?:(?:{'|'.join(MONTHS)})\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)")
_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WD_ANY = rf"(?:{_WD}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?)"
# A day of the month, not the start of a longer number ("25,000", "2.5", "20%").
_DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|%|[.:]\d|,\d{3}\b)"
_YEAR = r"(?:1[6-9]|20)\d\d(?!\d)"
_BARE_YEAR = r"(?:1[89]|20)\d\d"
_NOT_BEFORE = r"(?<![\w$£€¥#.,:/-])"
_NOT_AFTER = r"(?![\w%$£€]|[.,:/-]\d)"
_ZONE = (r"(?:\s?(?-i:Z|UTC|GMT|BST|CEST|CET|EEST|EET|[ECMP][SD]T|[ECMP]T|IST|JST|AEST|AEDT|HKT|SGT)\b"
         r"|\s?[+-][01]\d:?[0-5]\d\b)")
_CLOCK = r"(?:[01]?\d|2[0-3])"
_PART = r"(?P<part>early|mid|late)[-\s]+"
_REL_YEAR = r"(?:\s+(?:of\s+)?(?P<ry>this|last|next)\s+year\b)"  # "in March last year", "on 3 May this year"
_POD = r"morning|afternoon|evening|night|overnight"
# What only places a day or a time within the day it is written on ("6:00 PM today", "early Sunday").
# A part of a month or a year that opens an expression ("early next month", "later this year"). Bounded: one word.
_PART_LEAD_RE = re.compile(r"(?:early|mid|late|earlier|later)\b", re.I)
# The hyphen of a century written as an adjective ("12th-century"). Bounded: one character.
_CENTURY_HYPHEN_RE = re.compile(r"-(?=century)", re.I)
_WITHIN_DAY_RE = re.compile(rf"(?<!\s)\s+(?:today|tonight|(?:this|that)\s(?:morning|afternoon|evening))$"
                            rf"|^(?:early|late)\s(?:on\s)?(?={_WD}\b)", re.I)
_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50,
                                                              "sixty": 60, "a": 1, "an": 1}
_VAGUE = r"a\s+few|few|several|a\s+couple\s+of|couple\s+of|many"
_COUNT = rf"(?P<n>\d{{1,3}}|{_VAGUE}|{'|'.join(sorted(_NUMBERS, key=len, reverse=True))})"


def _rx(pattern: str, first: str) -> str:
    """A verbose, case-blind pattern behind a one-character look-ahead (``first``, a class's inside):
    without it every position of a long run of spaces or slashes would try every branch.
    Compiled on first use (``_readers``): compiling the grammar takes ~15 ms the CLI need not pay."""
    return f"(?=[{first}]){pattern}"


# The second argument lists the characters a match can start with (see ``_rx``).
_ISO = _rx(rf"""{_NOT_BEFORE}(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)
    (?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::[0-5]\d(?:[.,]\d+)?)?(?:{_ZONE})?)?(?![\w/-]|\.\d)""", r"\d")
_YMD = _rx(rf"{_NOT_BEFORE}(?P<y>\d{{4}})(?P<sep>[/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\w/]|\.\d)", r"\d")
_DMY = _rx(rf"{_NOT_BEFORE}(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\w/]|[.-]\d)", r"\d")
_DAY_MONTH = _rx(rf"""{_NOT_BEFORE}(?:(?P<wd>{_WD_ANY}),?\s+)?(?P<d>{_DAY_RE})(?:\s*[-–]\s*(?P<d2>{_DAY_RE}))?
    (?:\s+of)?\s+(?P<mon>{MONTH_PATTERN})(?:,?\s+(?P<y>{_YEAR})|{_REL_YEAR})?""", r"\dmtwfs")
_DASHED = _rx(rf"""{_NOT_BEFORE}(?:(?P<wd>{_WD_ANY}),?\s+)?(?P<d>{_DAY_RE})-(?P<mon>{MONTH_PATTERN})-(?P<y>\d{{4}}|\d\d)
    (?![\w-])""", r"\dmtwfs")
_MONTH_DAY = _rx(rf"""(?<!\w)(?:(?P<wd>{_WD_ANY}),?\s+)?(?P<mon>{MONTH_PATTERN})\s+(?P<d>{_DAY_RE})
    (?:\s*[-–]\s*(?P<d2>{_DAY_RE}))?(?:,?\s+(?P<y>{_YEAR})|{_REL_YEAR})?""", "jfmasondtw")
_PAREN = _rx(rf"""(?<!\w)(?P<wd>{_WD})\s*\(\s*
    (?:(?P<mon>{MONTH_PATTERN})\s+(?P<d>{_DAY_RE})|(?P<d2>{_DAY_RE})\s+(?P<mon2>{MONTH_PATTERN}))
    (?:,?\s+(?P<y>{_YEAR}))?\s*\)""", "mtwfs")
_MONTH_YEAR = _rx(rf"(?<!\w)(?:{_PART})?(?P<mon>{MONTH_PATTERN}),?\s+(?:of\s+)?(?P<y>{_YEAR})", "jfmasondel")
# "no earlier than July", "no later than March": a comparative and "than" bound a day as a preposition does.
_THAN = r"(?:earlier|later|sooner)\s+than"
# A bound between a preposition and its month ("until at least October", "from as early as March"), which news puts
# there to hedge a forecast; the month is still the preposition's. Bounded: one phrase.
_BOUND = r"(?:at\s+(?:the\s+)?(?:least|earliest|latest|most)|as\s+(?:early|late)\s+as)\s+"
_MONTH = _rx(rf"""(?<!\w)(?:(?P<cue>in|since|until|till|by|from|to|through|during|before|after|throughout|of|{_THAN})\s+(?:{_BOUND})?)?
    (?:(?P<dir>last|next|this)\s+|{_PART})?(?P<mon>{MONTH_PATTERN})(?![\w-]|[’']s\b){_REL_YEAR}?""", "isutbfdaolnemj")
_WEEKDAY = _rx(rf"""(?<!\w)(?:(?P<dir>last|next|this|coming|past)\s+)?(?:(?P<part>early|late)\s+(?:on\s+)?)?
    (?P<wd>{_WD})(?!\w)(?:\s+(?P<pod>{_POD})\b)?(?:\s+(?:of\s+)?(?P<week>this|last|next)\s+week\b)?""", "lntcpemwfs")
_DEICTIC = _rx(rf"""(?<!\w)(?:(?P<w>yesterday|today|tonight|tomorrow|overnight)(?:\s+(?P<pod>{_POD})\b)?
    |(?P<dir>this|last)\s+(?P<pod2>morning|afternoon|evening|night)
    |the\s+day\s+(?P<far>before\s+yesterday|after\s+tomorrow))(?!\w)""", "ytol")
_EDGE = _rx(rf"""(?<!\w)(?P<edge>end|start|beginning|middle)\s+of\s+
    (?:(?P<dir>this|last|next|the)\s+(?P<unit>week|month|year)
    |(?P<mon>{MONTH_PATTERN})(?:,?\s+(?P<my>{_YEAR}))?|(?P<y>{_YEAR}))(?![\w-])""", "esbm")
_QUARTER = _rx(rf"""(?<!\w)(?:q(?P<q>[1-4])|(?P<qw>first|second|third|fourth)[-\s]quarter)
    (?:\s+(?:of\s+)?(?P<y>{_YEAR}))?(?!\w)""", "qfts")
_HALF = _rx(rf"""(?<!\w)(?:(?P<hw>first|second)\s+half\s+of\s+(?:(?P<dir>this|last|next|the)\s+year|(?P<y>{_YEAR}))
    |(?-i:H)(?P<h>[12])\s+(?P<y2>{_YEAR}))(?!\w)""", "fsh")
_HOLIDAY = _rx(rf"""(?<!\w)(?P<h>christmas(?:\s+(?:day|eve))?|new\s+year['’]s\s+(?:day|eve)|boxing\s+day|halloween
    |valentine['’]s\s+day|easter(?:\s+(?:sunday|monday))?|good\s+friday)(?:\s+(?P<y>{_YEAR}))?(?!\w)""", "cnbhveg")
_REL_UNIT = _rx(r"""(?<!\w)(?:(?P<part>early|mid|late|earlier|later)[-\s]+)?(?P<dir>last|this(?:\s+(?:past|coming))?|next)\s+
    (?P<unit>week|weekend|month|year|spring|summer|autumn|fall|winter)(?!\w)""", "emltn")
_THE_WEEKEND = _rx(r"(?<!\w)the\s+weekend(?!\w)", "t")
_OFFSET = _rx(rf"""(?<!\w){_COUNT}\s+(?P<unit>day|week|fortnight|month|year|decade)s?\s+
    (?P<dir>ago|later|earlier|from\s+now)(?!\w)""", r"\dzotfsenacm")
# "in two weeks", "in a month's time": from the article's day, when the clause speaks of the future
# (else a length: "rose 5% in two weeks", "the worst storm in two decades"); "within two weeks" is
# any day after the article's up to that one.
_IN_TIME = _rx(rf"""(?<!\w)(?:in|(?P<within>within))\s+{_COUNT}\s+(?P<unit>day|week|fortnight|month|year)s?
    (?P<time>['’]s?\s+time)?(?!\w)""", "iw")
_PERIOD = _rx(rf"""(?<!\w)(?:(?P<dir>past|last|previous|next|coming)\s+{_COUNT}\s+(?P<unit>hour|day|week|month|year)s
    |(?P<dir2>past|coming)\s+(?P<unit2>day|week|month|year)(?P<pl>s?)
    |(?P<recent>recent)\s+(?P<unit3>day|week|month|year)s)(?!\w)""", "plncr")
_NARRATIVE = _rx(r"""(?<!\w)the\s+
    (?:(?P<dir>next|following|previous|preceding)\s+(?P<unit>day|week|month|year|morning|evening|night)
    |(?P<unit2>day|night)\s+(?P<dir2>before|after)(?=\s*(?:[,.;:!?)]|$)))(?!\w)""", "t")
_YEAR_PART = _rx(rf"(?<![\w-]){_PART}(?P<y>{_BARE_YEAR}){_NOT_AFTER}", "eml")
# Before 1800 a number is a year only after a preposition: "in 1776", "since 1648".
_OLD_YEAR = _rx(rf"""(?<!\w)(?:in|since|by|from|until|till|of|during|before|after|around|circa|c\.)\s+
    (?P<y>1[0-7]\d\d){_NOT_AFTER}""", "isbfutodac")
_YEAR_ONLY = _rx(rf"{_NOT_BEFORE}(?P<y>{_BARE_YEAR}){_NOT_AFTER}", "12")
_YEAR_RANGE = _rx(rf"{_NOT_BEFORE}(?P<y>{_BARE_YEAR})\s*[-–/]\s*(?P<y2>{_BARE_YEAR}|\d\d){_NOT_AFTER}", "12")
_DECADE = _rx(rf"""{_NOT_BEFORE}(?:{_PART})?(?:(?P<c>1\d|20)(?P<d>\d)0|['’‘](?P<s>\d)0)['’]?s(?!\w)""",
              "12'’‘eml")
_CENTURY = _rx(rf"(?<!\w)(?:{_PART})?(?P<n>[12]?\d)(?:st|nd|rd|th)[-\s]+century(?!\w)", r"\deml")
_SEASON = _rx(rf"""(?<!\w)(?:(?P<cue>in|during|over|through|throughout|until|by|since|before|after)\s+(?:the\s+)?)?
    (?:{_PART})?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?(?!\w)""", "idotubsaemlfw")
_TIME = _rx(rf"""(?<![\w.:,])(?:(?P<h1>{_CLOCK})(?:[:.](?P<m1>[0-5]\d))?\s?(?P<ap>[ap](?:\.m\b\.?|m\b))
    |(?P<h2>{_CLOCK}):(?P<m2>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?!\d)
    |(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s?(?-i:GMT|UTC|Z\b))
    |(?P<word>noon|midday|midnight)\b)(?:{_ZONE})?""", r"\dnm")
# What joins a day to its clock time once the time is taken out: "on" or "at", a comma, a dash. Bounded: linear.
_AROUND_CLOCK_RE = re.compile(r"^[\s,@-]{0,6}(?:on\s{1,4})?|[\s,]{0,6}(?:(?:at|on)\s{0,4}|[@-]\s{0,4})?$", re.I)
# An article before a weekday makes it any such day: "on a Sunday", "every Friday".
_GENERIC = re.compile(r"(?<!\w)(?:a|an|every|each|any)\s+\Z", re.I)
# What may stand between a date and its time: "Tuesday at 8 p.m.", "6am Saturday", "2 Sep 2025 08:15".
# Each gap is bounded (and no two whitespace runs touch), so a search over a long run of
# spaces is linear; the patterns are matched between two readings, with ``\Z`` at ``endpos``.
_DATE_THEN_TIME = re.compile(r"\s{0,4}(?:,\s{0,4})?(?:(?:at\s|@|-)\s{0,4})?\Z", re.I)
_TIME_THEN_DATE = re.compile(r"\s{0,4}(?:on\s{1,4})?\Z", re.I)


# --- calendar arithmetic ------------------------------------------------------------------------

Span = tuple[_dt.date, _dt.date]


def _month_span(year: int, month: int) -> Span:
    """The first and last day of a month."""
    following = _dt.date(year + month // 12, month % 12 + 1, 1)
    return _dt.date(year, month, 1), following - _DAY


def _add_months(day: _dt.date, months: int) -> _dt.date:
    """``day`` moved by whole months, clamped to the month's end (Jan 31 + 1 month = Feb 28)."""
    y, m = divmod(day.month - 1 + months, 12)
    last = _month_span(day.year + y, m + 1)[1]
    return last.replace(day=min(day.day, last.day))


def _shift(day: _dt.date, unit: str, n: int) -> _dt.date:
    """``day`` moved by ``n`` hours (whole days only), days, weeks, fortnights, months, years or decades."""
    if unit in ("month", "year", "decade"):
        return _add_months(day, n * {"month": 1, "year": 12, "decade": 120}[unit])
    return day + _dt.timedelta(days=n * {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14}[unit])


def _season_span(season: str, year: int) -> Span:
    """Meteorological seasons; winter ``year`` runs from its December into the next year."""
    first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[season]
    return _dt.date(year, first, 1), _add_months(_dt.date(year, first, 1), 3) - _DAY


def _unit_span(unit: str, day: _dt.date) -> Span:
    """The calendar week, weekend, month or year around ``day``."""
    if unit in ("week", "weekend"):
        monday = day - day.weekday() * _DAY
        return (monday, monday + 6 * _DAY) if unit == "week" else (monday + 5 * _DAY, monday + 6 * _DAY)
    if unit == "month":
        return _month_span(day.year, day.month)
    return _dt.date(day.year, 1, 1), _dt.date(day.year, 12, 31)


def _split(unit: str, span: Span, part: str) -> Span:
    """The early, mid or late third of ``span`` (see the module notes for where the cuts fall)."""
    low, high = span
    if unit in ("month", "week"):
        cuts = ((0, 9), (10, 19), (20, 40)) if unit == "month" else ((0, 2), (1, 3), (3, 6))
        a, b = cuts[("early", "mid", "late").index(part)]
        return low + a * _DAY, min(high, low + b * _DAY)
    step = {"decade": 12, "century": 12}.get(unit, 1)  # years split by whole years, the rest by months
    count = (high.year - low.year) * 12 + high.month - low.month + 1
    count //= step
    first = -(-count // 3)
    size = {"early": (0, first), "mid": (first, first + (count - first) // 2),
            "late": (first + (count - first) // 2, count)}[part]
    return (_add_months(low, size[0] * step), _add_months(low, size[1] * step) - _DAY)


def _distance(span: Span, day: _dt.date) -> int:
    return 0 if span[0] <= day <= span[1] else min(abs((span[0] - day).days), abs((span[1] - day).days))


def _nearest(options: list[Span], anchor: _dt.date, tense: str) -> Span:
    """The option nearest ``anchor``; past/future tense moves it when that is over a month the wrong way."""
    options = sorted(options)
    best = min(options, key=lambda s: _distance(s, anchor))
    i = options.index(best)
    if tense == "future" and (anchor - best[1]).days > 31 and i + 1 < len(options):
        return options[i + 1]
    if tense == "past" and (best[0] - anchor).days > 31 and i > 0:
        return options[i - 1]
    return best


def _by_year(make: Callable[[int], Span | None], anchor: _dt.date, tense: str) -> Span:
    options = [s for y in range(anchor.year - 2, anchor.year + 2) if (s := make(y))]
    return _nearest(options, anchor, tense)


def _weekday(wd: int, anchor: _dt.date, mode: str) -> _dt.date:
    """The day named ``wd`` relative to ``anchor``: mode past/future (may be the anchor itself),
    last/next (never the anchor), or "" for the nearer of the two."""
    back, ahead = (anchor.weekday() - wd) % 7, (wd - anchor.weekday()) % 7
    if mode == "last":
        back = back or 7
    elif mode == "next":
        ahead = ahead or 7
    go_back = mode in ("past", "last") or mode not in ("future", "next") and back <= ahead
    return anchor - back * _DAY if go_back else anchor + ahead * _DAY


def _day(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


# --- tense around an expression -----------------------------------------------------------------

# Words that put a plan or a prospect on a verb, whatever tense the clause is in ("was due to", "said it would").
_PLAN_WORDS = ("will would shall ’ll 'll won’t won't wouldn’t wouldn't might upcoming scheduled planned "
               "slated due expected".split())
_FUTURE = frozenset(_PLAN_WORDS
                    # News writes a scheduled event in the present: "the summit opens Monday".
                    + "opens begins starts resumes reopens returns closes ends meets visits arrives launches kicks "
                      "goes hosts plays faces restarts".split()
                    # and in the plural ("talks resume Wednesday"), but for the verbs that are also adjectives
                    # or nouns ("open", "close", "end", "return")
                    + "resume restart reopen begin start meet".split())
_TO_VERBS = frozenset("set poised going plans plan planning hopes hope hoping aims aim aiming intends intend "
                      "expect expects expecting "
                      "likely about preparing prepares vowed vows promised promises pledged pledges agreed agrees "
                      "decided wants wanted seeks sought ready threatens threatened".split())
# The verb of a prospect whose object comes before its "to" ("expect the pool to reopen").
_EXPECTING = frozenset("expect expects expecting".split())
_PAST = frozenset("was were had did said told went came made took gave left met began saw found held won lost "
                  "fell rose struck spoke wrote sent brought bought caught fought thought sold paid led fled "
                  "ran broke chose drove flew got grew knew drew shot stood became beat felt kept meant spent "
                  "stole threw woke wore heard hid laid rang sang sank sat slept swam tore understood withdrew "
                  "forgot froze swore dug hung lit shook stuck swept taught upheld ago".split())
# Verbs whose past is their present ("quit", "cut"): past after a subject ("the party quit on
# Sunday"), the bare verb after a modal or "to" ("will cut", "plans to quit"), which tells the tense itself.
_SAME_PAST = frozenset("quit cut put set shut let spread cost hurt split upset burst cast hit bet".split())
_BARE_BEFORE = frozenset("will would shall may might must can could should to did does do not n't never".split())
_NOT_PAST = frozenset("need feed speed seed bed red shed wed hundred indeed proceed exceed succeed breed embed "
                      "weed greed sled united limited naked wicked sacred beloved aged heed deed reed coed".split())
# A participle after these is a passive whose auxiliary tells the tense: "will be held on Thursday";
# so is one after a verb of staying ("will stay closed until Wednesday", "will remain shut").
_PASSIVE_AUX = frozenset("be been being stay stays staying remain remains remaining".split())
_WORD = re.compile(r"[A-Za-z’']+")
# Five words reach the verb of "said on Tuesday", "is set to open Tuesday", "spoke to reporters on Friday"
# but not past the preposition chain of "issued a yellow warning for rain from 6am Saturday".
_TENSE_WORDS = 5
# "in two weeks" comes at a clause's end, past its objects: its verb is looked for over a clause's length.
_CLAUSE_WORDS = 10
# Words that open a span of time or a purpose after a verb's object: the day after them is not when it was done.
_SPAN_OPENERS = frozenset("for from until till to by before after since".split())
# An aside set off by commas inside a clause after its first word (an apposition or a relative clause: "the minister,
# Ann Lee, walked"); not the comma right after an opening day ("On Friday, the council said"). Bounded: linear.
_ASIDE_RE = re.compile(r"(?<=\w),[^,;:]{1,60},")
_CLAUSE_END = re.compile(r"[!?;\n]|\.\s+(?=[A-Z“\"])")


def tense_cue(word: str, following: str) -> str:
    """"future", "past" or "" for one word, given the word after it."""
    w = word.lower()
    if w in _FUTURE or word == "may" or (w in _TO_VERBS and following.lower() in ("to", "for")):
        return "future"
    if w in _PAST or w in _SAME_PAST or (len(w) > 3 and w.endswith("ed") and w not in _NOT_PAST):
        return "past"  # "died", "tied" and "used" too
    return ""


def plans(word: str, following: str) -> bool:
    """Does ``word`` (given the word after it) put a plan or a prospect on a verb ("would", "due", "expected",
    "plans to", "expect the pool to"), in any tense, unlike a present that tells a scheduled day ("opens")?"""
    w = word.lower()
    return w in _PLAN_WORDS or w in _EXPECTING or w in _TO_VERBS and following.lower() in ("to", "for")


def clause_tense(text: str, start: int, end: int, reach: int = _TENSE_WORDS) -> str:
    """The tense of the clause around text[start:end] ("future", "past" or ""), read from the nearest cue word up
    to ``reach`` words before it (see module notes): what moves a weekday to the week before or after, and tells
    whether an article's own day is one to come ("will be announced today") or past ("was approved on Thursday")."""
    left = text[max(0, start - 80):start]
    cut = [m.end() for m in _CLAUSE_END.finditer(left)]
    # A weekday named before shares the clause's verb ("would take place on Thursday and Friday").
    before = [w for w in _WORD.findall(left[cut[-1] if cut else 0:]) if w.lower() not in WEEKDAYS]
    words = before[-reach:]
    shift = len(before) - len(words)  # the word before the window's first still tells a passive
    for i in range(len(words) - 1, -1, -1):
        found = tense_cue(words[i], words[i + 1] if i + 1 < len(words) else "")
        prior = before[shift + i - 1].lower() if shift + i else ""
        if found == "past" and _told_before(words[i], prior):
            continue  # "will be held", "would be called off", "will cut": the word before it tells
        if found:
            return found
    possessive = text.startswith(("'s", "’s"), end)  # "on the eve of Saturday's vote": the vote's day, not the verb's
    if not possessive and (further := _further_tense(before[-_CLAUSE_WORDS:-reach], words)):
        return further
    if len(before) > 2:
        return ""  # the words after belong to the clause's verb only when the expression opens it ("On Friday, ...")
    right = text[end:end + 120]
    stop = _CLAUSE_END.search(right)
    # its subject comes first, a long one too, and an aside between commas after it ("On Thursday the minister of
    # transport, Ann Lee, walked ...") holds no verb of the clause
    words = _WORD.findall(_ASIDE_RE.sub(" ", right[:stop.start() if stop else len(right)]))[:_CLAUSE_WORDS]
    for i, w in enumerate(words):
        if found := tense_cue(w, words[i + 1] if i + 1 < len(words) else ""):
            return found
    return ""


_MODALS = frozenset("will would shall ’ll 'll".split())


def _told_before(word: str, prior: str) -> bool:
    """Does the word before a past form tell its tense: a passive ("will be held") or a bare verb
    after a modal ("will cut")?"""
    return prior in _PASSIVE_AUX or word.lower() in _SAME_PAST and prior in _BARE_BEFORE


def _further_tense(words: list[str], near: list[str]) -> str:
    """The tense told by the nearest cue among ``words`` (those of the clause past the reach of
    ``clause_tense``, nearest last; ``near`` the words within it), else "": a modal of the future holds
    the verb phrase of its clause, objects and all ("Steel will be cut for the first ship on
    Thursday"), and so does a verb of intent before "to" ("has threatened to publish the records on
    Friday", ``_TO_VERBS``); a verb in the past whose object runs on to the day did it then ("occupied the
    university's main library on Monday"), but not across a preposition that opens a span of time
    ("issued a yellow warning for rain from 6am Saturday"); any other cue this far back may be
    another verb's."""
    spans = any(w.lower() in _SPAN_OPENERS for w in near)
    for i in range(len(words) - 1, -1, -1):
        spans = spans or words[i].lower() in _SPAN_OPENERS
        found = tense_cue(words[i], words[i + 1] if i + 1 < len(words) else near[0] if near else "")
        if found == "past" and i and _told_before(words[i], words[i - 1].lower()):
            continue
        if found == "future":
            return found if words[i].lower() in _MODALS or words[i].lower() in _TO_VERBS else ""
        if found:
            return "" if spans else found
    return ""


# --- readings: each pattern's match becomes a _Found that knows how to resolve itself ------------

@dataclass(frozen=True)
class _Context:
    """What a relative expression is resolved against."""
    anchor: _dt.date | None
    ref: _dt.date | None       # the last single day named before it, else None
    tense: Callable[[], str]


Resolver = Callable[[_Context], "Span | None"]


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: str
    resolve: Resolver
    relative: bool = False
    time: str = ""
    deictic: bool = False


_STEP = {"last": -1, "this": 0, "the": 0, "next": 1}


def _fixed(span: Span | None) -> Resolver:
    """The resolver of an absolute expression."""
    return lambda ctx: span


def _upper(m: re.Match, group: str) -> bool:
    """Whether a name group is capitalised (or absent); running text needs "May", not "may"."""
    return m.group(group) is None or m.group(group)[0].isupper()


def _n(word: str) -> int | None:
    """A count written as digits or a word; None for vague counts ("several")."""
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _calendar_day(m: re.Match, month: int, first: str, last: str | None) -> _Found | None:
    """A day (or a range of days, ``first``-``last``) of a month, with or without a year."""
    d1 = int(first.rstrip("stndrhSTNDRH"))
    d2 = int(last.rstrip("stndrhSTNDRH")) if last else d1
    if not month or d2 < d1:
        return None

    def make(year: int) -> Span | None:
        low, high = _day(year, month, d1), _day(year, month, d2)
        return (low, high) if low and high else None
    year, relative_year = m.group("y"), m.groupdict().get("ry")
    if relative_year:
        step = _STEP[relative_year.lower()]
        return _Found(m.start(), m.end(), "date", lambda ctx: make(ctx.anchor.year + step) if ctx.anchor else None,
                      relative=True)
    if year:
        y = int(year)
        y += 0 if len(year) == 4 else 2000 if y < 70 else 1900
        span = make(y)
        return _Found(m.start(), m.end(), "date", _fixed(span)) if span else None
    if not make(2024):  # not a real day in any year
        return None
    # A day without a year is the nearest such day: tense is not trusted to move a day ("adjourned until 14 October").
    return _Found(m.start(), m.end(), "date", lambda ctx: _by_year(make, ctx.anchor, "") if ctx.anchor else None,
                  relative=True)


# Each reader turns one match into a _Found (or None to reject it); ``strict`` is running text, where
# month and weekday names must be capitalised.

def _iso(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """2025-09-02, 2025-09-02T08:15:00Z."""
    day = _day(int(m["y"]), int(m["m"]), int(m["d"]))
    time = f"{m['h']}:{m['mi']}" if m["h"] else ""
    return _Found(m.start(), m.end(), "date", _fixed((day, day)), time=time) if day else None


def _ymd(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """2025/09/02, 2025.09.02."""
    day = _day(int(m["y"]), int(m["m"]), int(m["d"]))
    return _Found(m.start(), m.end(), "date", _fixed((day, day))) if day else None


def _dmy(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """02/09/2025, 02.09.2025, 02-09-2025: a field over 12 is the day, else ``month_first`` decides."""
    a, b = int(m["a"]), int(m["b"])
    day_first = a > 12 or (b <= 12 and not month_first)
    day = _day(int(m["y"]), b if day_first else a, a if day_first else b)
    return _Found(m.start(), m.end(), "date", _fixed((day, day))) if day else None


def _written(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """Sept. 2, 2025; 2 September; Tue, 02 Sep 2025; 02-Sep-25; Sept. 12-14."""
    if strict and not (_upper(m, "mon") and _upper(m, "wd")):
        return None
    return _calendar_day(m, month_number(m["mon"]), m["d"], m.groupdict().get("d2"))


def _paren(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """Tuesday (Sep 2)."""
    if strict and not (_upper(m, "wd") and _upper(m, "mon") and _upper(m, "mon2")):
        return None
    if m["mon"]:
        return _calendar_day(m, month_number(m["mon"]), m["d"], None)
    return _calendar_day(m, month_number(m["mon2"]), m["d2"], None)


def _month_in_year(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """March 2024, early September 2025, March of 2024."""
    if strict and not _upper(m, "mon"):
        return None
    span = _month_span(int(m["y"]), month_number(m["mon"]))
    return _Found(m.start(), m.end(), "month", _fixed(_split("month", span, m["part"].lower()) if m["part"] else span))


def _locating_tense(ctx: _Context, cue: str | None) -> str:
    """The tense that may move a month or season a year. A past verb counts only when a preposition
    places the event in the period ("slumped in March"), not when it names a target ("slipped to January")."""
    tense = ctx.tense()
    locating = (cue or "").lower() in ("in", "during", "throughout", "since", "from")
    return "" if tense == "past" and not locating else tense


def _month(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """A month without a year, after a preposition, with last/next/this/early/mid/late, or "March last year"."""
    name = m["mon"]
    if not (m["cue"] or m["dir"] or m["part"] or m["ry"]) or strict and not name[0].isupper():
        return None
    if not (name.rstrip(".").lower() in MONTHS or name.endswith(".")):
        return None  # "by Jan" is more often a person than a month
    if (m["cue"] or "").lower() == "to" and name.lower() == "may" and not m["ry"]:
        return None  # "wrote to May": a name; "the year to March" is a month
    month, part, direction = month_number(name), (m["part"] or "").lower(), (m["dir"] or "").lower()
    start = m.start("dir") if direction else m.start("part") if part else m.start("mon")

    def resolve(ctx: _Context) -> Span | None:
        if not ctx.anchor:
            return None
        options = [_month_span(y, month) for y in range(ctx.anchor.year - 1, ctx.anchor.year + 2)]
        if m["ry"]:
            span = options[1 + _STEP[m["ry"].lower()]]
        elif direction == "last":
            span = max(s for s in options if s[1] < ctx.anchor)
        elif direction == "next":
            span = min(s for s in options if s[0] > ctx.anchor)
        else:
            span = _nearest(options, ctx.anchor, _locating_tense(ctx, m["cue"]))
        return _split("month", span, part) if part else span
    return _Found(start, m.end(), "month", resolve, relative=True)


# A weekday right after "for" is the day something is set for, still to come, whatever the verb
# ("Unions have called a strike for Monday").
_FOR_DAY_RE = re.compile(r"\bfor\s{1,3}$", re.I)


# A weekday owning an event nobody schedules ("Tuesday's coach crash", "Sunday's deadly blast") names a day
# already past, whatever the tense around it ("are examining", "will investigate"): an accident, disaster
# or crime is reported after it happened.
_UNFORESEEN_RE = re.compile(r"""[’']s\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}(?:crash|collision|derailment|explosion|blast|fire|blaze
    |attack|shooting|stabbing|bombing|earthquake|quake|tremor|storm|flood|flooding|landslide|mudslide|avalanche|collapse
    |accident|spill|leak|outage|robbery|heist|raid|theft|break-in|murder|killing|riot|eruption|sinking|capsizing
    |grounding|breach|hack|cyberattack|power\s{1,3}cut|blackout|pile-up)e?s?\b""", re.I | re.X)


def _weekday_day(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """on Tuesday, late Monday, Tuesday morning, last Friday, Monday of this week, Monday next week."""
    if strict and not _upper(m, "wd"):
        return None
    wd, direction, week = weekday_number(m["wd"]), (m["dir"] or "").lower(), (m["week"] or "").lower()
    time = " ".join(t.lower() for t in (m["part"], m["pod"]) if t)
    mode = {"last": "last", "next": "next", "coming": "future", "past": "past"}.get(direction)
    if not direction and _FOR_DAY_RE.search(m.string, max(0, m.start() - 5), m.start()):
        mode = "future"  # "called a strike for Monday": the day it is set for
    if not direction and not week and _UNFORESEEN_RE.match(m.string, m.end()):
        mode = "past"
    generic = not direction and _GENERIC.search(m.string, max(0, m.start() - 8), m.start())

    def resolve(ctx: _Context) -> Span | None:
        if not ctx.anchor or generic:
            return None  # "on a Sunday morning" is no particular Sunday
        if week:
            monday = _unit_span("week", _shift(ctx.anchor, "week", _STEP[week]))[0]
            return monday + wd * _DAY, monday + wd * _DAY
        day = _weekday(wd, ctx.anchor, mode if mode is not None else ctx.tense())
        return day, day
    return _Found(m.start(), m.end(), "date", resolve, relative=True, time=time)


def _deictic(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """yesterday, today, tonight, tomorrow, overnight, last night, this morning, the day before yesterday."""
    word = (m["w"] or m["dir"] or m["far"].split()[0]).lower()
    pod = (m["pod"] or m["pod2"] or "").lower()
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "overnight": -1, "this": 0, "last": -1,
              "before": -2, "after": 2}[word]
    time = pod or {"tonight": "night", "overnight": "night"}.get(word, "")
    upto = 1 if word == "overnight" else 0

    def resolve(ctx: _Context) -> Span | None:
        return (ctx.anchor + offset * _DAY, ctx.anchor + (offset + upto) * _DAY) if ctx.anchor else None
    return _Found(m.start(), m.end(), "date", resolve, relative=True, time=time, deictic=True)


def _edge(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """the end of the year, the start of next month, the end of March, the middle of 2026."""
    if strict and not _upper(m, "mon"):
        return None
    part = {"end": "late", "start": "early", "beginning": "early", "middle": "mid"}[m["edge"].lower()]
    if m["y"]:
        return _Found(m.start(), m.end(), "year", _fixed(_split("year", _unit_span("year", _dt.date(int(m["y"]), 1, 1)),
                                                                part)))
    if m["my"]:
        span = _month_span(int(m["my"]), month_number(m["mon"]))
        return _Found(m.start(), m.end(), "month", _fixed(_split("month", span, part)))
    unit, month = (m["unit"] or "month").lower(), month_number(m["mon"] or "")
    step = _STEP.get((m["dir"] or "").lower(), 0)

    def resolve(ctx: _Context) -> Span | None:
        if not ctx.anchor:
            return None
        if month:
            options = [_month_span(y, month) for y in range(ctx.anchor.year - 1, ctx.anchor.year + 2)]
            span = _nearest(options, ctx.anchor, _locating_tense(ctx, None))
        else:
            span = _unit_span(unit, _shift(ctx.anchor, unit, step))
        return _split(unit, span, part)
    return _Found(m.start(), m.end(), unit, resolve, relative=True)


def _quarter(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """Q3 2025, the third quarter of 2025, Q3 (the nearest); "the third quarter" alone may be a match's."""
    if m["qw"] and not m["y"] or strict and m["q"] and m.group(0)[0] != "Q":
        return None
    q = int(m["q"]) if m["q"] else ("first", "second", "third", "fourth").index(m["qw"].lower()) + 1

    def make(year: int) -> Span:
        return _month_span(year, 3 * q - 2)[0], _month_span(year, 3 * q)[1]
    if m["y"]:
        return _Found(m.start(), m.end(), "quarter", _fixed(make(int(m["y"]))))
    return _Found(m.start(), m.end(), "quarter",
                  lambda ctx: _by_year(make, ctx.anchor, _locating_tense(ctx, None)) if ctx.anchor else None,
                  relative=True)


def _half(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """the first half of 2027, the second half of this year, H2 2026: six months of one year."""
    first = (m["h"] or "") == "1" or (m["hw"] or "").lower() == "first"

    def make(year: int) -> Span:
        return _month_span(year, 1 if first else 7)[0], _month_span(year, 6 if first else 12)[1]
    year = m["y"] or m["y2"]
    if year:
        return _Found(m.start(), m.end(), "year", _fixed(make(int(year))))
    step = _STEP[m["dir"].lower()]
    return _Found(m.start(), m.end(), "year", lambda ctx: make(ctx.anchor.year + step) if ctx.anchor else None,
                  relative=True)


def _easter(year: int) -> _dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Astronomical Algorithms, ch. 8)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * shift + 90) // 25
    return _dt.date(year, month, (h + weekday - 7 * shift + 33 * month + 19) % 32)


# A holiday's day in a given year.
_HOLIDAYS: dict[str, Callable[[int], _dt.date]] = {
    "christmas": lambda y: _dt.date(y, 12, 25), "christmas day": lambda y: _dt.date(y, 12, 25),
    "christmas eve": lambda y: _dt.date(y, 12, 24), "boxing day": lambda y: _dt.date(y, 12, 26),
    "new year's day": lambda y: _dt.date(y, 1, 1), "new year's eve": lambda y: _dt.date(y, 12, 31),
    "halloween": lambda y: _dt.date(y, 10, 31), "valentine's day": lambda y: _dt.date(y, 2, 14),
    "easter": _easter, "easter sunday": _easter, "easter monday": lambda y: _easter(y) + _DAY,
    "good friday": lambda y: _easter(y) - 2 * _DAY,
}


def _holiday(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """Christmas Day, New Year's Eve, Easter Monday, Good Friday 2026: a day, the nearest when no year is given."""
    if strict and not m["h"][0].isupper():
        return None
    day_of = _HOLIDAYS[" ".join(m["h"].lower().replace("’", "'").split())]

    def make(year: int) -> Span:
        return day_of(year), day_of(year)
    if m["y"]:
        return _Found(m.start(), m.end(), "date", _fixed(make(int(m["y"]))))
    return _Found(m.start(), m.end(), "date", lambda ctx: _by_year(make, ctx.anchor, "") if ctx.anchor else None,
                  relative=True)


def _season_options(season: str, anchor: _dt.date) -> list[Span]:
    """The season in the years around ``anchor`` (winter reaches into the next year)."""
    return [_season_span(season, y) for y in range(anchor.year - 2, anchor.year + 2)]


def _relative_unit(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """last week, this weekend, next month, earlier this year, late last year, this summer; "this
    past weekend" is the last one, "this coming weekend" the one of the anchor's week ("this past
    year" or "this coming week" could mean the one under way: left to the rolling periods)."""
    unit, direction, part = m["unit"].lower(), m["dir"].lower().split()[-1], (m["part"] or "").lower()
    if direction in ("past", "coming") and unit != "weekend":
        return None
    direction = {"past": "last", "coming": "this"}.get(direction, direction)
    if part in ("earlier", "later") and direction != "this":
        return None
    season = unit in ("spring", "summer", "autumn", "fall", "winter")
    step = _STEP[direction]

    def resolve(ctx: _Context) -> Span | None:
        if not ctx.anchor:
            return None
        a = ctx.anchor
        if season:
            span = _season_around(unit, a, direction)
        else:
            shift = "week" if unit == "weekend" else unit
            span = _unit_span(unit, _shift(a, shift, step))
        if part == "earlier":
            return span[0], min(a, span[1])
        if part == "later":
            return max(a, span[0]), span[1]
        return _split("season" if season else unit, span, part) if part else span
    return _Found(m.start(), m.end(), "season" if season else unit, resolve, relative=True, deictic=True)


def _season_around(season: str, anchor: _dt.date, direction: str) -> Span:
    """"this summer" (the one holding the anchor, else the nearer), "last" (ended before it), "next" (starts after)."""
    options = _season_options(season, anchor)
    if direction == "last":
        return max(s for s in options if s[1] < anchor)
    if direction == "next":
        return min(s for s in options if s[0] > anchor)
    return min(options, key=lambda s: _distance(s, anchor))


def _the_weekend(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """the weekend: the one holding the anchor, else the last one, or the coming one in future tense."""
    def resolve(ctx: _Context) -> Span | None:
        if not ctx.anchor:
            return None
        this = _unit_span("weekend", ctx.anchor)
        future = ctx.tense() == "future"
        return this if future or ctx.anchor >= this[0] else _unit_span("weekend", ctx.anchor - 7 * _DAY)
    return _Found(m.start(), m.end(), "weekend", resolve, relative=True)


def _offset(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """two days ago, three weeks later, a year earlier, ten days from now."""
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier") else 1
    return _counted(m, sign, from_anchor=direction == "ago" or direction.startswith("from"))


def _in_time(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """in two weeks, in a month's time, within two weeks: counted from the anchor, only in a clause
    about the future."""
    if not m["time"] and clause_tense(m.string, m.start(), m.end(), _CLAUSE_WORDS) != "future":
        return None
    return _counted(m, 1, from_anchor=True, within=bool(m["within"]))


def _counted(m: re.Match, sign: int, *, from_anchor: bool, within: bool = False) -> _Found:
    """The day ``m``'s count of units away (``sign``) from the anchor or the day named before, +/- half
    a unit; ``within``: any day after the base up to that one."""
    n, unit = _n(m["n"]), m["unit"].lower()
    half = {"day": 0, "week": 3, "fortnight": 3, "month": 15, "year": 182, "decade": 1826}[unit]

    def resolve(ctx: _Context) -> Span | None:
        base = ctx.anchor if from_anchor else ctx.ref or ctx.anchor
        if base is None or n is None:
            return None
        day = _shift(base, unit, sign * n)
        return (base + _DAY, day) if within else (day - half * _DAY, day + half * _DAY)
    kind = "date" if unit == "day" and not within else "relative"
    return _Found(m.start(), m.end(), kind, resolve, relative=True)


# "last" as a verb ("will last 48 hours", "is due to last two days"): a length of time, no period.
_LAST_VERB_RE = re.compile(r"(?:\b(?:will|would|could|can|may|might|must|should|to|and|or|not|did|does|do)|n['’]t)\s{1,3}\Z",
                           re.I)


def _period(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """the past 24 hours, the next two weeks, the past year; "recent weeks" stays unresolved, and
    "will last 48 hours" is no period."""
    direction = (m["dir"] or m["dir2"] or "").lower()
    if direction == "last" and _LAST_VERB_RE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    n = _n(m["n"]) if m["n"] else None if m["recent"] or m["pl"] else 1
    sign = 1 if direction in ("next", "coming") else -1

    def resolve(ctx: _Context) -> Span | None:
        if not ctx.anchor or n is None:
            return None
        other = _shift(ctx.anchor, unit, sign * n)
        return (min(other, ctx.anchor), max(other, ctx.anchor))
    return _Found(m.start(), m.end(), "relative", resolve, relative=True)


def _narrative(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """the next day, the following week, the previous morning, the day before."""
    direction, unit = (m["dir"] or m["dir2"]).lower(), (m["unit"] or m["unit2"]).lower()
    step = 1 if direction in ("next", "following", "after") else -1
    pod = unit in ("morning", "evening", "night")
    shift = "day" if pod else unit

    def resolve(ctx: _Context) -> Span | None:
        if ctx.ref is None:
            return None
        day = _shift(ctx.ref, shift, step)
        return (day, day) if shift == "day" else _unit_span(shift, day)
    kind = "date" if shift == "day" else shift
    return _Found(m.start(), m.end(), kind, resolve, relative=True, time=unit if pod else "")


def _year_part(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """mid-2024, early 2025."""
    year = _unit_span("year", _dt.date(int(m["y"]), 1, 1))
    return _Found(m.start(), m.end(), "year", _fixed(_split("year", year, m["part"].lower())))


def _year(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """A year from 1800 to 2099 standing alone, or an older one after a preposition (the span is the year)."""
    y = int(m["y"])
    return _Found(m.start("y"), m.end(), "year", _fixed((_dt.date(y, 1, 1), _dt.date(y, 12, 31))))


def _year_range(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """2015-16, 2015-2017, 2024/25."""
    y, tail = int(m["y"]), m["y2"]
    y2 = int(tail) if len(tail) == 4 else y // 100 * 100 + int(tail)
    if not y < y2 <= y + 100 or m.group(0).count("/") and y2 != y + 1:
        return None  # "2024/25" is a season; "2024/30" is not a range
    return _Found(m.start(), m.end(), "year", _fixed((_dt.date(y, 1, 1), _dt.date(y2, 12, 31))))


def _decade(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """1990s, '90s, the early 1980s."""
    # "'90s" has no century: 30-90 go to the 1900s, 00-20 to the 2000s. "the 1800s" is a century.
    first = int(m["c"]) * 100 + int(m["d"]) * 10 if m["c"] else (1900 if int(m["s"]) >= 3 else 2000) + int(m["s"]) * 10
    length = 100 if first % 100 == 0 and first < 1900 else 10
    span = (_dt.date(first, 1, 1), _dt.date(first + length - 1, 12, 31))
    part = _split("decade", span, m["part"].lower()) if m["part"] else span
    return _Found(m.start(), m.end(), "decade", _fixed(part))


def _century(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """19th century, the early 20th-century."""
    n = int(m["n"])
    if not 1 <= n <= 21:
        return None
    span = (_dt.date((n - 1) * 100 + 1, 1, 1), _dt.date(n * 100, 12, 31))
    part = _split("century", span, m["part"].lower()) if m["part"] else span
    return _Found(m.start(), m.end(), "century", _fixed(part))


def _season(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """spring, in the fall, summer 2024, the summer of 2022, late autumn."""
    season, part, year = m["s"].lower(), (m["part"] or "").lower(), m["y"]
    start = m.start("part") if part else m.start("s")
    if not (year or part or m["cue"]) and (season == "fall" or strict and m["s"][0].isupper() and
                                           _after_word(m)):
        return None  # "the fall of the city", "the Arab Spring"

    def pick(ctx: _Context) -> Span | None:
        if year:
            span = _season_span(season, int(year))
        elif ctx.anchor:
            span = _nearest(_season_options(season, ctx.anchor), ctx.anchor, _locating_tense(ctx, m["cue"]))
        else:
            return None
        return _split("season", span, part) if part else span
    return _Found(start, m.end(), "season", pick, relative=not year)


def _after_word(m: re.Match) -> bool:
    """Whether a capitalised word stands right before the match (so a capital is a name, not a sentence start)."""
    before = m.string[max(0, m.start() - 30):m.start()].rstrip()
    return bool(before) and before[-1].isalpha()


def _time(m: re.Match, strict: bool, month_first: bool) -> _Found | None:
    """8 a.m., 8.30pm, 08:15:00 GMT, 0800 GMT, noon, midnight -> "HH:MM"."""
    if m["word"]:
        clock = "00:00" if m["word"].lower() == "midnight" else "12:00"
    else:
        h = int(m["h1"] or m["h2"] or m["h3"])
        minute = m["m1"] or m["m2"] or m["m3"] or "00"
        if m["ap"]:
            if not 1 <= h <= 12:
                return None
            h = h % 12 + (12 if m["ap"][0].lower() == "p" else 0)
        clock = f"{h:02d}:{minute}"
    return _Found(m.start(), m.end(), "time", _fixed(None), time=clock)


_GRAMMAR: tuple[tuple[str, Callable[[re.Match, bool, bool], _Found | None]], ...] = (
    (_ISO, _iso), (_YMD, _ymd), (_DMY, _dmy), (_DAY_MONTH, _written), (_DASHED, _written),
    (_MONTH_DAY, _written), (_PAREN, _paren), (_MONTH_YEAR, _month_in_year), (_MONTH, _month),
    (_WEEKDAY, _weekday_day), (_DEICTIC, _deictic), (_REL_UNIT, _relative_unit), (_THE_WEEKEND, _the_weekend),
    (_OFFSET, _offset), (_IN_TIME, _in_time), (_PERIOD, _period), (_NARRATIVE, _narrative), (_YEAR_PART, _year_part),
    (_YEAR_ONLY, _year), (_OLD_YEAR, _year), (_YEAR_RANGE, _year_range), (_DECADE, _decade), (_CENTURY, _century),
    (_SEASON, _season), (_TIME, _time), (_EDGE, _edge), (_QUARTER, _quarter), (_HALF, _half),
    (_HOLIDAY, _holiday),
)


# Patterns that cannot match without a word a single cheaper pattern finds: a month's name
# (``MONTH_PATTERN`` after no word character), a season's, or an offset's direction ("ago",
# "later"); or without a digit (a year, a numeric date, a decade, a century). A text without
# that word or digit, as most sentences are, is not searched with them.
_ANY_MONTH = _rx(rf"(?<!\w){MONTH_PATTERN}", "jfmasond")
_ANY_SEASON = _rx(r"(?<!\w)(?:spring|summer|autumn|fall|winter)(?!\w)", "sawf")
_ANY_DIRECTION = _rx(r"(?<!\w)(?:ago|later|earlier|from\s+now)(?!\w)", "alef")
_ANY_DIGIT = r"\d"
_CUES = {_DAY_MONTH: _ANY_MONTH, _DASHED: _ANY_MONTH, _MONTH_DAY: _ANY_MONTH, _PAREN: _ANY_MONTH,
         _MONTH_YEAR: _ANY_MONTH, _MONTH: _ANY_MONTH, _SEASON: _ANY_SEASON, _OFFSET: _ANY_DIRECTION,
         **dict.fromkeys((_ISO, _YMD, _DMY, _YEAR_PART, _YEAR_ONLY, _OLD_YEAR, _YEAR_RANGE, _DECADE, _CENTURY), _ANY_DIGIT)}


@functools.cache
def _cues() -> dict[str, re.Pattern]:
    """The cues (``_CUES``), compiled once on first use."""
    return {cue: re.compile(cue, re.I | re.X) for cue in _CUES.values()}


@functools.cache
def _readers() -> tuple[tuple[re.Pattern, Callable[[re.Match, bool, bool], _Found | None], re.Pattern | None], ...]:
    """The grammar, compiled once on first use, each pattern with its cue (``_CUES``) if it has one."""
    cues = _cues()
    return tuple((re.compile(pattern, re.I | re.X), read, cues[_CUES[pattern]] if pattern in _CUES else None)
                 for pattern, read in _GRAMMAR)


# --- the readers --------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _found(text: str, strict: bool, month_first: bool) -> tuple[_Found, ...]:
    """Every reading, longest first where two overlap, in text order; kept for the text's next
    reading (each stage reads a sentence's dates, against its own anchor)."""
    cued = {cue: cue.search(text) is not None for cue in _cues().values()}
    candidates = [f for rx, read, cue in _readers() if cue is None or cued[cue]
                  for m in rx.finditer(text) if (f := read(m, strict, month_first))]
    candidates.sort(key=lambda f: (f.start - f.end, f.start))
    taken = bytearray(len(text) + 1)
    kept = []
    for f in candidates:
        if not any(taken[f.start:f.end]):
            taken[f.start:f.end] = b"\1" * (f.end - f.start)
            kept.append(f)
    return tuple(sorted(kept, key=lambda f: f.start))


def _merge_times(text: str, found: Sequence[_Found]) -> list[_Found]:
    """Join a clock time to the day it belongs to: "Tuesday at 8 p.m.", "6am Saturday"."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev and prev.kind == "date" and f.kind == "time" and ":" not in prev.time and \
                _DATE_THEN_TIME.match(text, prev.end, f.start):
            out[-1] = replace(prev, end=f.end, time=f.time)
        elif prev and prev.kind == "time" and f.kind == "date" and _TIME_THEN_DATE.match(text, prev.end, f.start):
            out[-1] = replace(f, start=prev.start, time=prev.time)
        else:
            out.append(f)
    return out


# Letters a case-blind pattern takes for ASCII ones that ``str.lower`` leaves as they are (the long s
# of "ſpring", the dotless and dotted i, the Kelvin sign): read as those, one letter for one, offsets kept.
_FOLDED = str.maketrans({"ſ": "s", "ı": "i", "İ": "I", "\u212a": "K"})


def _read(text: str, anchor: _dt.date | None, *, strict: bool, month_first: bool) -> list[When]:
    """Resolve the readings in order, each "later"/"next day" against the last single day before it;
    ``text`` is matched with ``_FOLDED`` letters read as ASCII, and each reading keeps its own letters."""
    out, ref = [], None
    said, text = text, text.translate(_FOLDED)
    for f in _merge_times(text, _found(text, strict, month_first)):
        ctx = _Context(anchor, ref, functools.partial(clause_tense, text, f.start, f.end))
        try:
            span = f.resolve(ctx)
        except (ValueError, OverflowError):
            span = None  # "999 decades from now" leaves the calendar
        low, high = span if span else (None, None)
        out.append(When(f.start, f.end, said[f.start:f.end], f.kind, low, high, span is not None, f.relative, f.time,
                        f.deictic))
        if span and low == high:
            ref = low
    return out


def dates(text: str, anchor: _dt.date | None = None, *, month_first: bool = False) -> list[When]:
    """Every temporal expression in ``text``, in order, resolved against ``anchor`` (the article's date)
    where it is relative; without an anchor relative ones come back typed but unresolved.
    ``month_first`` reads an ambiguous "02/09/2025" as February 9 (US) instead of 2 September."""
    if isinstance(anchor, _dt.datetime):
        anchor = anchor.date()
    elif anchor is not None and not isinstance(anchor, _dt.date):
        raise TypeError(f"anchor must be a datetime.date or None, not {type(anchor).__name__}")
    return _read(text, anchor, strict=True, month_first=month_first)


def parse_date(text: str, *, month_first: bool = False) -> _dt.date | None:
    """The day a string that is one date denotes ("2025-09-02T08:15:00Z", "Tue, 02 Sep 2025 08:15:00 GMT",
    "02/09/2025", "Sept. 2, 2025"), or None when it is not exactly one full date."""
    stripped = text.strip()
    found = _read(stripped, None, strict=False, month_first=month_first)
    whole = len(found) == 1 and found[0].text == stripped and found[0].kind == "date"
    return found[0].low if whole and found[0].resolved and found[0].low == found[0].high else None
