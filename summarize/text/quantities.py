"""Quantities a text states, read by one grammar: each with its span, its value in the stated
unit, and an interval in the base unit of its dimension.

Numbers are digits ("1,960", "4.2"), words ("two hundred and fifty", "half a million"),
fractions ("three-quarters", "1/3"; "a quarter of a percentage point" is 0.25 pp) and scaled ("1.5 million", "4.2bn", "$500k"). A number
becomes a quantity with a currency, a unit, a percentage sign, an ordinal suffix or a counted
noun. Years ("in 2015"), dates, times of day, phone numbers, scores and labels ("Boeing 737",
"Covid-19", "page 4"), a confidence level ("95% CI") and "the first half" are not quantities. A
measure in two units ("6ft 2in", "six years and eight months") is one quantity in the larger unit.
``scores`` reads the scores: digits joined by a dash that do not rise ("won 3-1", "a 2-2 draw"),
or rise where a result is told ("lost 1-3", "a 1-3 defeat", "voted 4-5"), and the sets of one match ("6-4, 3-6, 7-6"); a rising pair otherwise is a
range ("10-12 people"). A tally written with "to" is a score too: two counts, one counting a noun
("61 votes to 54") or both bare after a vote ("voted 63 to 52", "by a vote of 61 to 54"), never
after "from" ("rose from 40 people to 50" is a change); a score told as a vote counts votes.

Intervals (``low``..``high``): an exact value is a point; "about/around/some/an estimated" is
v +- one rounding step, at most 10% (``APPROX_SLACK``): a step is a unit of the last significant
digit, five when that digit is 5 ("about 640" [630, 650], "about 250,000" [225,000, 275,000],
"about 600" [540, 660]); "nearly/almost" [v - step, v], "just over" [v, v + step]; "more than/over"
is (v, inf) and "at least" [v, inf); "up to/as many as" is [0, v] and "less than/fewer
than/under" [0, v) (from -inf for temperatures); a range ("three to four weeks", "10-12",
"between 5 and 7") is [low, high] with ``value`` its midpoint; a vague plural is a decade
above its scale ("thousands" [1,000, 10,000), "tens of thousands" [10,000, 100,000),
"dozens" [24, 144), "several hundred" [200, 1,000); "a six-figure sum" [100,000, 1,000,000)) with ``value`` its low
end; "a couple of hours" is [2, 3] hours, told "about" 2.

Base units: hour (duration), year (age), km (distance), km/h (speed), kg (mass), km² (area),
litre (volume), °C (temperature), kN (force), MW (power), MWh (energy), GB (data, in decimal multiples: a terabyte
is 1,000 GB), parts per million (concentration: "160 ppm", "40 parts per billion"), one (rate: "8.2 per 100,000
people" is 0.000082 a person), km² (density: "161 people per square mile" is 62 a km²), times (multiple: "1.6 times
higher", "2.5-fold", "sevenfold"), an age in years (also by its decade: "in his 50s" is [50, 59]),
magnitude as stated ("6.4-magnitude"; "magnitude 6.4", the word first, is read by ``values``). Money stays in its currency ("$" is USD, "¥" is
JPY) and percentages in their own unit (%, percentage points, basis points): those only
compare with the same unit. A "ton" is the US short ton (907.18474 kg), a "tonne" 1,000 kg;
"pounds" is weight (lb) near "weigh", "heavy", "kg"... or hyphenated ("a 900-pound bell"),
money (GBP) otherwise.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, DecimalTuple
from functools import lru_cache
from typing import Iterable, NamedTuple

from .dates import MONTH_PATTERN
from .tokens import terms

# Most relative slack of an approximate value: a round "about 2,000" is [1,800, 2,200] and "nearly
# 300" [270, 300], while a precise "about 640" is only one rounding step either way, [630, 650].
APPROX_SLACK = 0.10
# ``agree``'s default: an exactly stated number may be rounded by up to half a unit of its
# last significant digit ("8 mph" is 7.5-8.5 mph), but by no more than this fraction of it.
ROUNDING_TOLERANCE = 0.05
# A stated value with this many significant digits (to nine decimals) was not written in digits but as a share in words
# ("a third"), which no digit rounds: "almost a third" is as loose as "almost 30%".
_ROUNDED_DIGITS = 9
# Longer digit runs are identifiers, not amounts; longer word runs are never one number.
_MAX_DIGITS = 30
_MAX_WORDS = 12
# Most whitespace between two words of one quantity ("10  of", "two hundred\nand"). Bounded so
# that a search over a long run of spaces is linear: an unbounded run before a required word
# is scanned again from every start.
_MAX_GAP = 10
_GAP = rf"\s{{1,{_MAX_GAP}}}"
_OPT_GAP = rf"\s{{0,{_MAX_GAP}}}"


@dataclass(frozen=True)
class Quantity:
    """One quantity in a text: ``text == source[start:end]``; ``value`` is the stated number in
    the stated ``unit`` ("$4.2bn" -> 4.2e9 USD, "8 mph" -> 8.0 mph); ``low``..``high`` is the
    interval it allows in the base unit of its ``dimension``; ``qualifier`` is "", "about",
    "more than", "at least", "up to", "less than", "range" or "vague"; ``noun`` is the
    counted noun as written, for counts."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    dimension: str
    low: float
    high: float
    qualifier: str
    noun: str = ""

    @property
    def base(self) -> float:
        """The value in the base unit of the dimension."""
        return _to_base(self.dimension, self.unit, self.value)


# --- units -------------------------------------------------------------------------------

# (dimension, canonical unit) -> factor to the dimension's base unit. A month is a twelfth of
# a 365.25-day year; a ton is the US short ton (907.18474 kg) unless called long, a tonne 1,000 kg; a gallon is
# the US gallon unless called imperial; a barrel of oil is 42 US gallons.
_FACTORS = {
    ("duration", "second"): 1 / 3600, ("duration", "minute"): 1 / 60, ("duration", "hour"): 1.0,
    ("duration", "day"): 24.0, ("duration", "week"): 168.0, ("duration", "fortnight"): 336.0,
    ("duration", "month"): 730.5, ("duration", "year"): 8766.0, ("duration", "decade"): 87660.0,
    ("duration", "century"): 876600.0,
    ("age", "year"): 1.0, ("age", "month"): 1 / 12, ("age", "week"): 7 / 365.25, ("age", "day"): 1 / 365.25,
    ("distance", "km"): 1.0, ("distance", "m"): 1e-3, ("distance", "cm"): 1e-5, ("distance", "mm"): 1e-6,
    ("distance", "mile"): 1.609344, ("distance", "nautical mile"): 1.852, ("distance", "foot"): 3.048e-4,
    ("distance", "yard"): 9.144e-4, ("distance", "inch"): 2.54e-5,
    ("speed", "km/h"): 1.0, ("speed", "mph"): 1.609344, ("speed", "knot"): 1.852, ("speed", "m/s"): 3.6,
    ("speed", "m/h"): 1e-3, ("speed", "ft/h"): 3.048e-4, ("speed", "cm/h"): 1e-5, ("speed", "mm/h"): 1e-6,
    ("speed", "in/h"): 2.54e-5,
    ("mass", "kg"): 1.0, ("mass", "g"): 1e-3, ("mass", "mg"): 1e-6, ("mass", "µg"): 1e-9, ("mass", "ng"): 1e-12, ("mass", "tonne"): 1000.0,
    ("mass", "ton"): 907.18474, ("mass", "lb"): 0.45359237, ("mass", "oz"): 0.028349523125,
    ("area", "km²"): 1.0, ("area", "m²"): 1e-6, ("area", "hectare"): 0.01, ("area", "acre"): 0.0040468564224,
    ("area", "sq mile"): 2.589988110336, ("area", "sq ft"): 9.290304e-8,
    ("volume", "litre"): 1.0, ("volume", "ml"): 1e-3, ("volume", "gallon"): 3.785411784,
    ("volume", "barrel"): 158.987294928, ("volume", "m³"): 1000.0, ("volume", "imperial gallon"): 4.54609,
    ("volume", "kilolitre"): 1e3, ("volume", "megalitre"): 1e6, ("volume", "gigalitre"): 1e9,
    ("volume", "cu ft"): 28.316846592, ("mass", "long ton"): 1016.0469088,
    ("temperature", "°C"): 1.0,
    ("force", "kN"): 1.0, ("force", "N"): 1e-3, ("force", "MN"): 1e3,
    ("power", "MW"): 1.0, ("power", "W"): 1e-6, ("power", "kW"): 1e-3, ("power", "GW"): 1e3, ("power", "TW"): 1e6,
    ("energy", "MWh"): 1.0, ("energy", "Wh"): 1e-6, ("energy", "kWh"): 1e-3, ("energy", "GWh"): 1e3, ("energy", "TWh"): 1e6,
    ("multiple", "times"): 1.0,
    # data in decimal (SI) multiples, as news and vendors count it ("1.4 terabytes", "1,400 gigabytes")
    ("data", "byte"): 1e-9, ("data", "KB"): 1e-6, ("data", "MB"): 1e-3, ("data", "GB"): 1.0, ("data", "TB"): 1e3,
    ("data", "PB"): 1e6,
    ("percent", "bp"): 0.01,  # a basis point is a hundredth of a percentage point
    # a concentration as a count of parts in a whole, in parts per million ("160 ppm" of ammonia in the air)
    ("concentration", "ppm"): 1.0, ("concentration", "ppb"): 1e-3, ("concentration", "ppt"): 1e-6,
    ("concentration", "per thousand"): 1e3,
}
# Units that state one measure in other sizes: a change in a rate is told in percentage points or basis points.
_SAME_MEASURE = {"bp": "pp"}

# Written forms of each unit, case-insensitive ("|"-separated; spaces match any whitespace).
_UNIT_FORMS = {
    ("duration", "second"): "seconds|second|secs|sec",
    ("duration", "minute"): "minutes|minute|mins|min",
    ("duration", "hour"): "hours|hour|hrs|hr",
    ("duration", "day"): "days|day",
    ("duration", "week"): "weeks|week",
    ("duration", "fortnight"): "fortnights|fortnight",
    ("duration", "month"): "months|month",
    ("duration", "year"): "years|year|yrs|yr",
    ("duration", "decade"): "decades|decade",
    ("duration", "century"): "centuries|century",
    ("distance", "km"): "kilometres|kilometre|kilometers|kilometer|kms|km",
    ("distance", "m"): "metres|metre|meters|meter",
    ("distance", "cm"): "centimetres|centimetre|centimeters|centimeter|cm",
    ("distance", "mm"): "millimetres|millimetre|millimeters|millimeter|mm",
    ("distance", "mile"): "miles|mile",
    ("distance", "nautical mile"): "nautical miles|nautical mile",
    ("distance", "foot"): "feet|foot|ft",
    ("distance", "yard"): "yards|yard|yds|yd",
    ("distance", "inch"): "inches|inch",
    ("speed", "km/h"): "km/h|km/hr|kph|kmh|kmph|kilometres per hour|kilometers per hour|kilometres an hour",
    ("speed", "mph"): "mph|miles per hour|miles an hour|miles-per-hour",
    ("speed", "knot"): "knots|knot",
    ("speed", "m/s"): "m/s|metres per second|meters per second",
    ("mass", "kg"): "kilograms|kilogram|kilogrammes|kilogramme|kilos|kilo|kgs|kg",
    ("mass", "g"): "grams|gram|grammes|gramme",
    ("mass", "mg"): "milligrams|milligram|mg",
    ("mass", "µg"): "micrograms|microgram|microgrammes|microgramme|mcg",
    ("mass", "ng"): "nanograms|nanogram|nanogrammes|nanogramme|ng",
    ("mass", "tonne"): "tonnes|tonne|metric tons|metric ton",
    ("mass", "ton"): "short tons|short ton|tons|ton",
    ("mass", "long ton"): "long tons|long ton",
    ("mass", "lb"): "lbs|lb",
    ("mass", "oz"): "ounces|ounce|oz",
    ("area", "km²"): "square kilometres|square kilometre|square kilometers|square kilometer|sq km|sq. km|"
                     "sqkm|km2|km²",
    ("area", "m²"): "square metres|square metre|square meters|square meter|sq m|m2|m²",
    ("area", "sq mile"): "square miles|square mile|sq miles|sq mi",
    ("area", "sq ft"): "square feet|square foot|sq ft",
    ("area", "hectare"): "hectares|hectare|ha",
    ("area", "acre"): "acres|acre",
    ("volume", "litre"): "litres|litre|liters|liter",
    ("volume", "ml"): "millilitres|millilitre|milliliters|milliliter|ml",
    # a water company's or a reservoir's measure ("stores 4,800 megalitres")
    ("volume", "kilolitre"): "kilolitres|kilolitre|kiloliters|kiloliter",
    ("volume", "megalitre"): "megalitres|megalitre|megaliters|megaliter",
    ("volume", "gigalitre"): "gigalitres|gigalitre|gigaliters|gigaliter",
    ("volume", "gallon"): "us gallons|us gallon|u.s. gallons|u.s. gallon|gallons|gallon",
    ("volume", "imperial gallon"): "imperial gallons|imperial gallon",
    ("volume", "cu ft"): "cubic feet|cubic foot|cu ft",
    ("volume", "barrel"): "barrels|barrel|bbl",
    ("volume", "m³"): "cubic metres|cubic metre|cubic meters|cubic meter|m3|m³",
    ("temperature", "°C"): "°c|° c|ºc|degrees celsius|degree celsius|degrees centigrade|degrees c",
    ("temperature", "°F"): "°f|° f|ºf|degrees fahrenheit|degree fahrenheit|degrees f",
    ("temperature", "degree"): "degrees|degree|°",
    ("force", "kN"): "kilonewtons|kilonewton|kn",
    ("force", "N"): "newtons|newton",
    ("force", "MN"): "meganewtons|meganewton",
    # The SI units of power and of energy, by name or symbol, as news gives a power station's or a wind farm's size
    # ("a 1.5GW scheme", "1,500 megawatts") and what it generates or a home uses ("30 kilowatt-hours", "4.2TWh")
    ("power", "W"): "watts|watt",
    ("power", "kW"): "kilowatts|kilowatt|kw",
    ("power", "MW"): "megawatts|megawatt|mw",
    ("power", "GW"): "gigawatts|gigawatt|gw",
    ("power", "TW"): "terawatts|terawatt|tw",
    ("energy", "Wh"): "watt-hours|watt-hour|watt hours|watt hour|wh",
    ("energy", "kWh"): "kilowatt-hours|kilowatt-hour|kilowatt hours|kilowatt hour|kwh",
    ("energy", "MWh"): "megawatt-hours|megawatt-hour|megawatt hours|megawatt hour|mwh",
    ("energy", "GWh"): "gigawatt-hours|gigawatt-hour|gigawatt hours|gigawatt hour|gwh",
    ("energy", "TWh"): "terawatt-hours|terawatt-hour|terawatt hours|terawatt hour|twh",
    ("concentration", "ppm"): "parts per million|ppm",
    ("concentration", "ppb"): "parts per billion|ppb",
    ("concentration", "ppt"): "parts per trillion",
    ("concentration", "per thousand"): "parts per thousand",
    ("magnitude", "magnitude"): "magnitude",
    ("multiple", "times"): "times|fold",
    ("data", "byte"): "bytes|byte", ("data", "KB"): "kilobytes|kilobyte", ("data", "MB"): "megabytes|megabyte",
    ("data", "GB"): "gigabytes|gigabyte", ("data", "TB"): "terabytes|terabyte", ("data", "PB"): "petabytes|petabyte",
    ("percent", "%"): "%|per cent|percent|pct|pc",
    ("percent", "pp"): "percentage points|percentage point",
    ("percent", "bp"): "basis points|basis point|bps",
    ("money", "USD"): "us dollars|u.s. dollars|american dollars|dollars|dollar|dlrs|dlr",
    ("money", "AUD"): "australian dollars",
    ("money", "CAD"): "canadian dollars",
    ("money", "HKD"): "hong kong dollars",
    ("money", "NZD"): "new zealand dollars",
    ("money", "SGD"): "singapore dollars",
    ("money", "GBP"): "pounds sterling|sterling|pounds|pound",
    ("money", "EUR"): "euros|euro",
    ("money", "JPY"): "yen",
    ("money", "CNY"): "yuan|renminbi",
    ("money", "INR"): "rupees|rupee",
    ("money", "RUB"): "roubles|rubles|rouble|ruble",
    ("money", "CHF"): "swiss francs|francs",
    ("money", "ZAR"): "rand",
    ("money", "NGN"): "naira",
    ("money", "ILS"): "shekels|shekel",
    ("money", "SAR"): "riyals|riyal",
    ("money", "AED"): "dirhams|dirham",
    ("money", "TRY"): "lira|liras",
    ("money", "KRW"): "won",
    # Currencies named by a word many countries share ("pesos", "dinars", "crowns") are their own
    # unit: two are compared only when both say the same word.
    ("money", "crown"): "crowns|crown|koruna|korunas|koruny",
    ("money", "SEK"): "kronor|krona|swedish crowns",
    ("money", "krone"): "kroner|krone",
    ("money", "peso"): "pesos|peso",
    ("money", "dinar"): "dinars|dinar",
    ("money", "rial"): "rials|rial",
    ("money", "shilling"): "shillings|shilling",
    ("money", "PLN"): "zlotys|zloty|zlotych",
    ("money", "HUF"): "forints|forint",
    ("money", "RON"): "lei|leu",
    ("money", "UAH"): "hryvnias|hryvnia",
    ("money", "THB"): "baht",
    ("money", "MYR"): "ringgit",
    ("money", "IDR"): "rupiah",
    ("money", "GHS"): "cedis|cedi",
    ("money", "BRL"): "reais",
    ("money", "cent USD"): "cents|cent",
    ("money", "penny GBP"): "pence",
}
# Case-sensitive forms: single letters and "in" glued to the number ("40C", "100m", "20p", "4in") and codes.
_CASED_FORMS = {
    "m": ("distance", "m"), "g": ("mass", "g"), "C": ("temperature", "°C"), "F": ("temperature", "°F"),
    "p": ("money", "penny GBP"), "in": ("distance", "inch"),  # only glued: "4.3in", never "4 in 10"
    **{code: ("money", code) for code in "USD EUR GBP JPY CNY INR AUD CAD HKD CHF NZD SGD".split()},
    **{code: ("money", code) for code in "SEK NOK DKK CZK PLN HUF MXN BRL ZAR RUB ILS THB MYR IDR".split()},
    "RMB": ("money", "CNY"),
    **{code: ("data", code) for code in "KB MB GB TB PB".split()},
}
# Codes read only glued to their number ("4TB"): spaced, "2,000 TB cases" counts tuberculosis cases.
_GLUED_ONLY = frozenset({"TB"})
_DATA_CODES = frozenset(code for code, (dimension, _) in _CASED_FORMS.items() if dimension == "data")  # "4GB", glued
_FORM_UNIT = {form: key for key, forms in _UNIT_FORMS.items() for form in forms.split("|")}


def _alternation(forms: Iterable[str]) -> str:
    """Forms as a regex alternation, longest first; spaces match any run of whitespace, or a hyphen, as a unit of
    two words is written before its noun ("a two-nautical-mile zone")."""
    return "|".join(re.escape(f).replace(r"\ ", r"(?:\s+|-)") for f in sorted(forms, key=len, reverse=True))


_UNIT_RE = re.compile(
    rf"(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0]?)(?=[A-Za-z%°º])(?P<unit>(?i:{_alternation(_FORM_UNIT)}))(?![A-Za-z0-9²³])"
    rf"|(?P<cased>{_alternation(f for f in _CASED_FORMS if len(f) == 1 or f.islower() or f in _DATA_CODES)})"
    rf"(?![A-Za-z0-9])"
    rf"|[ \u00a0](?P<code>{_alternation(f for f in _CASED_FORMS if len(f) > 1 and f.isupper() and f not in _GLUED_ONLY)})\b")
# A distance per unit of time is a speed: "60km (37 miles) per hour", "100 kilometres an hour".
# A length an hour is a speed ("40 metres per hour": lava, a glacier; floodwater rising "30 cm an hour"), and so is one
# a second or a minute, as science and sport news tell a fast one ("17 kilometres per second": a meteor; "a mile a
# minute"); not "a minute later", which times a deed.
# A unit of time that times a deed, not a rate ("a minute later", "a day before"): what follows it. Bounded: short.
_NOT_A_RATE = rf"(?!{_GAP}(?:later|earlier|ago|before|after)\b)"
_PER_HOUR = {"km": "km/h", "mile": "mph", "m": "m/h", "foot": "ft/h", "cm": "cm/h", "mm": "mm/h", "inch": "in/h"}
_PER_TIME_RE = re.compile(rf"(?:{_OPT_GAP}\([^()]{{1,30}}\))?{_OPT_GAP}(?:(?:per|an|a){_GAP}(?P<time>hour|minute|second)\b"
                          rf"{_NOT_A_RATE}|/\s?(?P<short>hr?|min|s)\b)", re.I)
_TIME_SHORT = {"h": "hour", "hr": "hour", "min": "minute", "s": "second"}
_PER_SHORT = {"minute": ("min", 60.0), "second": ("s", 3600.0)}  # its symbol, and how many in an hour
# A distance per second or minute in the unit named for it ("km/s"), its factor to km/h from its distance's and its time's.
_FACTORS.update({("speed", f"{length}/{short}"): _FACTORS[("distance", length)] * per_hour
                 for short, per_hour in _PER_SHORT.values() for length in _PER_HOUR})
_AGE_RE = re.compile(r"(?:[ \u00a0]|-)(?P<unit>year|month|week|day)s?(?:[ \u00a0]|-)olds?\b", re.I)
# "pounds" is a weight near these words ("tips the scales at"), money otherwise.
_WEIGHT_RE = re.compile(r"\b(?:weigh\w*|heav(?:y|ier|iest)|lighter|overweight|kg|kilos?|lbs?|obese|scales)\b", re.I)
# "N times" is a multiple before a comparison ("1.6 times higher", "three times as likely", "five
# times the size"); else it counts occurrences ("stabbed three times"). "2.5-fold" always is one.
_COMPARED_RE = re.compile(r"[ \u00a0](?:as|the|more|less|what|(?!(?:after|under|over|later|never|either|other|"
                          r"together|whether|per)\b)[a-z]{2,12}er)\b", re.I)
# Currency signs and codes before the number: "$", "US$", "HK$", "£", "Rs", "EUR ".
_PREFIX_CURRENCY = {
    "$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs": "INR",
    "Rs.": "INR", "₩": "KRW", "₽": "RUB", "₦": "NGN", "₺": "TRY", "₪": "ILS",
    **{code: code for code in "USD EUR GBP JPY CNY INR AUD CAD HKD CHF NZD SGD".split()}, "RMB": "CNY",
    **{code: code for code in "SEK NOK DKK CZK PLN HUF MXN ZAR ILS THB MYR IDR".split()},
}
_CURRENCY = rf"(?:{_alternation(_PREFIX_CURRENCY)})[ \u00a0]?"
# Currencies that are also common words count only after a scale ("5 million won", "1.8 billion
# crowns"; "two crowns on display" are crowns).
_SCALED_ONLY = frozenset({"KRW", "crown", "RON"})
_SUBUNITS = {"cent USD": ("USD", 0.01), "penny GBP": ("GBP", 0.01)}


class _Unit(NamedTuple):
    dimension: str
    unit: str
    end: int
    factor: float = 1.0  # multiplies the stated number (cents -> dollars)


def _unit_at(text: str, pos: int, scaled: bool) -> _Unit | None:
    """The unit written right after a number ending at ``pos``, glued, spaced or hyphenated."""
    age = _AGE_RE.match(text, pos)
    if age:
        return _Unit("age", age.group("unit").lower(), age.end())
    m = _UNIT_RE.match(text, pos)
    if not m:
        return None
    if m.group("unit"):
        dimension, unit = _FORM_UNIT[" ".join(m.group("unit").lower().replace("-", " ").split())]
    else:
        dimension, unit = _CASED_FORMS[m.group("cased") or m.group("code")]
    end = m.end()
    # "a 44,000-pound statue": a sum is never written as a hyphenated adjective, a weight often is
    if (m.group("unit") or "").lower() in ("pounds", "pound") and (text.startswith("-", pos) or
                                                                   _WEIGHT_RE.search(text, max(0, pos - 50),
                                                                                     min(len(text), end + 50))):
        return _Unit("mass", "lb", end)
    if unit == "times" and m.group("unit").lower() == "times" and not _COMPARED_RE.match(text, end):
        return None
    if unit in _SCALED_ONLY and not scaled:
        return None
    if unit in _SUBUNITS:
        currency, factor = _SUBUNITS[unit]
        return _Unit("money", currency, end, factor)
    if unit in _PER_HOUR and (per := _PER_TIME_RE.match(text, end)):
        time = per.group("time").lower() if per.group("time") else _TIME_SHORT[per.group("short").lower()]
        return _Unit("speed", _PER_HOUR[unit] if time == "hour" else f"{unit}/{_PER_SHORT[time][0]}", per.end())
    return _Unit(dimension, unit, end)


# The unit a measure is given per, written after it ("5 micrograms per litre", "3.8 ng/mL", "2,100 cubic metres per
# second", "900,000 barrels a day"): a rate, read with the units this module reads; "a" or "an" only before a unit of
# time ("a day", never "a metre"), and not "a day later", which times a deed. Bounded: linear.
_PER_FORMS = _alternation(f for (dimension, _), forms in _UNIT_FORMS.items()
                          if dimension not in ("money", "percent", "multiple", "magnitude", "concentration")
                          for f in forms.split("|"))
_TIME_FORMS = _alternation(f for (dimension, _), forms in _UNIT_FORMS.items() if dimension == "duration"
                           for f in forms.split("|"))
RATE_AFTER_RE = re.compile(rf"\s{{1,3}}(?:per\s{{1,3}}(?:{_PER_FORMS})|an?\s{{1,3}}(?:{_TIME_FORMS})"
                           rf"{_NOT_A_RATE})(?![A-Za-z0-9])"
                           rf"|/\s?(?:{_PER_FORMS}|[shld])(?![A-Za-z0-9])", re.I)


def _factor(dimension: str, unit: str) -> float:
    """The factor from ``unit`` to its dimension's base unit: a rate "per 100000" is per one, a density per km²."""
    if dimension == "rate":
        return 1 / float(unit.removeprefix("per "))
    if dimension == "density":
        return 1 / _FACTORS[("area", unit)]
    return _FACTORS.get((dimension, unit), 1.0)


def _to_base(dimension: str, unit: str, value: float) -> float:
    if unit == "°F":
        return (value - 32) * 5 / 9
    return value * _factor(dimension, unit)


def _from_base(dimension: str, unit: str, value: float) -> float:
    if unit == "°F":
        return value * 9 / 5 + 32
    return value / _factor(dimension, unit)


# A count given per a number of the things counted among ("8.2 deaths per 100,000 people", "three beds for every 1,000
# residents") or per an area ("161 people per square mile", "62 per km²"): a rate or a density, not two counts. Bounded.
_PER_BASE_RE = re.compile(rf"{_GAP}(?i:per|for{_GAP}every|in{_GAP}every){_GAP}")
_MIN_PER_BASE = 10
# The most digits a sum told by its digits' count in words ("a six-figure salary") is read for; "12 figures" counts figures.
_MAX_FIGURES = 12


# --- numbers -----------------------------------------------------------------------------

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_WORDS = [*_SMALL, *_TENS, "hundred", "dozen", "half", *_SCALES]
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
_W = rf"(?:{_alternation(_NUMBER_WORDS)})\b"
_FIRST_WORD_RE = re.compile(rf"(?i:(an?|{_alternation(_NUMBER_WORDS)})\b)")
# The lookahead fails a shorter gap at once instead of trying every word there.
# A share after "and" ends a number in words as "and a half" does ("two and a quarter million", "three and
# three-quarter hours"): a closed set of the shares news adds to a whole.
_AND_SHARES = {"half": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3}
_NEXT_WORD_RE = re.compile(rf"(?:{_OPT_GAP}-{_OPT_GAP}|{_GAP})(?=[A-Za-z])"
                           rf"(?i:(and|an?|{_alternation([*_NUMBER_WORDS, *_AND_SHARES])})\b)")
# The first word of a number in words; ``_number_at`` reads the rest of the run.
_WORD_LEAD = rf"(?i:(?:(?:an?|half\s+an?)\s+)?{_W})"
# "a"/"an" is one of a unit of time, length, weight, area or volume written as its name ("within nearly a mile", "just
# over an inch long", "for almost a fortnight"): a closed set, the dimensions whose units news names with the article;
# not "a second" (an ordinal far more often), nor an abbreviation, and read only where the article is told as a
# measure (``_article``).
_ARTICLE_DIMENSIONS = frozenset("duration distance mass area volume".split())
_ARTICLE_UNITS = _alternation(form for (dimension, unit), forms in _UNIT_FORMS.items() if dimension in _ARTICLE_DIMENSIONS
                              for form in forms.split("|") if unit != "second" and form != "feet" and not form.endswith("s")
                              and min(map(len, form.split())) > 3 or form == "day")
_ARTICLE = rf"(?i:an?(?=[ \u00a0]{{1,3}}(?:{_ARTICLE_UNITS})\b))"
# "a couple of" before a unit of those dimensions ("a couple of hours", "a couple of miles"): two, or a few more.
_COUPLE = r"(?i:a[ \u00a0]{1,3}couple[ \u00a0]{1,3}of)(?=[ \u00a0])"
_COUPLE_SPAN = (2.0, 3.0)
# How far a rounding word moves one of a unit named by its article ("just over an inch" for 3cm, 1.18 inches; "nearly a
# mile" for 1.5km, 0.93 miles): the unit itself is the rounding, coarser than a digit's. A judgement, on invented news.
_ARTICLE_SLACK = 0.25
# Before the article: "for" ("for a week") or a verb whose object is a span of time, a closed class ("lasted a week",
# "took an hour", "spent a month", "waited a day"); after the unit, "and a half" or a word of extent ("a mile long", "an
# hour away"). Bounded: short.
_ARTICLE_FOR_RE = re.compile(r"\b(?i:for|last(?:s|ed)?|took|takes?|spen[dt]s?|waited)[ \u00a0]{1,3}$")
# A share of the unit after it, as a reader adds it ("an hour and a quarter" is 75 minutes, "two miles and a half",
# "a year and three quarters"); not a share of something else ("and a quarter of the staff"). Bounded: short.
_AND_SHARE_AFTER_RE = re.compile(r"[ \u00a0]{1,3}(?i:and)[ \u00a0]{1,3}(?i:(an?|one|two|three))[ \u00a0-]{1,3}"
                                 r"(?i:(half|quarters?|thirds?))\b(?![ \u00a0]{1,3}(?i:of)\b)")
_EXTENT_RE = re.compile(r"[ \u00a0]{1,3}(?i:long|wide|high|tall|deep|thick|across|away)\b")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|[.,/]\d)"
_UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_UFRAC = "[½¼¾⅓⅔]"
# A mixed number's fraction after its whole part, as wire copy writes it ("3 1/2 years").
_MIXED = r"[ \u00a0](?P<num>[1-9])/(?P<den>[2-9]|1[0-6])(?![/\d])"
# Scales after digits: glued abbreviations ("4.2bn", "$500k", "1.2m") or words ("1.5 million").
_SCALE_RE = re.compile(r"(?:[ \u00a0]?(?P<abbr>bn|tn|trn|mn)|(?P<glued>[mMkKbB]))(?![A-Za-z0-9])"
                       rf"|(?:[ \u00a0]{{1,{_MAX_GAP}}}|-)(?P<word>(?i:hundred|thousand|million|billion|trillion|lakh|crore))s?\b")
_SCALE_VALUES = {"bn": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3, "b": 1e9,
                 "hundred": 1e2, **_SCALES, "lakh": 1e5, "crore": 1e7}
# An abbreviated scale written out ("bn" -> "billion"), for a figure shown without its noun.
SCALE_WORDS = {abbr: word for abbr, mult in _SCALE_VALUES.items() if abbr.islower() and len(abbr) <= 3
               for word, value in _SCALES.items() if value == mult}
# "100m hurdles" is a distance although a plural follows.
_RACE_WORDS = frozenset("hurdles freestyle backstroke breaststroke butterfly medley relay sprint".split())


class _Number(NamedTuple):
    value: float
    bare: float   # before the scale
    scale: float
    end: int
    kind: str     # "digits" or "words"


class _Run:
    """The words of a number from ``pos`` on ("two", "hundred", "and", "fifty"), read only as far
    as the parser asks and never more than ``_MAX_WORDS``; "" past the end."""

    def __init__(self, text: str, pos: int):
        self._text, self._pos = text, pos
        self.words: list[str] = []
        self.ends: list[int] = []

    def __getitem__(self, i: int) -> str:
        while len(self.words) <= i and len(self.words) < _MAX_WORDS:
            m = (_NEXT_WORD_RE if self.words else _FIRST_WORD_RE).match(self._text, self._pos)
            if not m:
                break
            self.words.append(m.group(1).lower())
            self.ends.append(m.end())
            self._pos = m.end()
        return self.words[i] if i < len(self.words) else ""


def _words_value(tokens: _Run) -> tuple[float, float, int] | None:
    """The longest prefix of number words that is one number: (value, scale, words used)."""
    if tokens[0] == "half":  # "half a million", "half an hour"
        if tokens[1] in ("a", "an") and tokens[2] in ("hundred", "dozen", *_SCALES):
            mult = 100.0 if tokens[2] == "hundred" else 12.0 if tokens[2] == "dozen" else _SCALES[tokens[2]]
            return 0.5 * mult, mult, 3
        return (0.5, 1.0, 2) if tokens[1] in ("a", "an") else None
    total = group = 0.0
    cap, last, i, best, scale = math.inf, "", 0, None, 1.0
    if tokens[0] in ("a", "an"):
        group, last, i = 1.0, "article", 1
    while tokens[i]:
        w = tokens[i]
        if w == "and":
            share = _and_share(tokens[i + 1], tokens[i + 2]) if last in ("unit", "teen", "tens") else None
            if share:
                group += share
                last, i = "half", i + 3
                best = (total + group, 1.0, i)
                continue
            if last in ("hundred", "scale") and (tokens[i + 1] in _SMALL or tokens[i + 1] in _TENS):
                last, i = "and", i + 1
                continue
            break
        if w in _SMALL or w in _TENS:
            kind = "tens" if w in _TENS else "unit" if _SMALL[w] < 10 else "teen"
            if not (last in ("", "hundred", "scale", "and") or (last == "tens" and kind == "unit")):
                break
            group += _SMALL.get(w, 0) + _TENS.get(w, 0)
            last = kind
        elif w in ("hundred", "dozen"):
            if last not in ("unit", "teen", "tens", "article") or group >= 100:
                break
            group *= 100 if w == "hundred" else 12
            last = w
        elif w in _SCALES:
            if last not in ("unit", "teen", "tens", "hundred", "half", "article") or _SCALES[w] >= cap:
                break
            total += group * _SCALES[w]
            group, cap, last = 0.0, _SCALES[w], "scale"
        else:
            break
        i += 1
        scale = cap if last == "scale" else 1.0
        best = (total + group, scale, i)
        if last == "dozen":
            break
    return best


def _and_share(count: str, share: str) -> float | None:
    """The share "and" adds after a whole ("a half" 0.5, "three quarters" 0.75, "three-quarter" as an adjective's
    0.75), or None."""
    plural = share in ("quarters", "thirds", "quarter")
    num = 1 if count in ("a", "an", "one") else _SMALL.get(count, 0) if plural else 0
    den = _AND_SHARES.get(share, 0)
    return num / den if 0 < num < den else None


def _number_at(text: str, pos: int, money: bool) -> _Number | None:
    """The number (with its scale) written at ``pos``: digits or words."""
    m = _NUMBER_AT_RE.match(text, pos)
    if not m:
        return None
    if m.group("digits"):
        digits = m.group("digits").replace(",", "")
        if len(digits) > _MAX_DIGITS:
            return None
        bare = float(digits) + _UNICODE_FRACTIONS.get(m.group("uf") or "", 0.0)
        read = m.end()
        if m.group("num"):  # a proper fraction after a small whole part; else the digits alone
            if len(digits) <= 3 and int(m.group("num")) < int(m.group("den")):
                bare += int(m.group("num")) / int(m.group("den"))
            else:
                read = m.end("digits")
        scale, end = _scale_at(text, read, money)
        return _Number(bare * scale, bare, scale, end, "digits")
    if m.group("ufrac"):
        value = _UNICODE_FRACTIONS[m.group("ufrac")]
        return _Number(value, value, 1.0, m.end(), "digits")
    run = _Run(text, pos)
    parsed = _words_value(run)
    if parsed is None:
        return None
    value, scale, used = parsed
    return _Number(value, value / scale, scale, run.ends[used - 1], "words")


def _scale_at(text: str, end: int, money: bool) -> tuple[float, int]:
    """The scale written after digits ending at ``end`` and where it ends; (1, end) if none.
    A glued "m", "k" or "b" is a scale only with money or before a counted plural ("1.2m
    people"); otherwise "100m" is metres and "5G" a label."""
    m = _SCALE_RE.match(text, end)
    if not m:
        return 1.0, end
    if m.group("glued"):
        letter = m.group("glued").lower()
        currency_after = _unit_at(text, m.end(), True)
        if not money and not (currency_after and currency_after.dimension == "money"):
            nxt = _WORD_AFTER_RE.match(text, m.end())
            plural = nxt is not None and _is_plural(nxt.group(1).lower()) and nxt.group(1).lower() not in _RACE_WORDS
            if letter == "b" or m.group("glued").isupper() or not plural:
                return 1.0, end
    key = (m.group("abbr") or m.group("glued") or m.group("word")).lower()
    return _SCALE_VALUES[key], m.end()


_NUMBER_AT_RE = re.compile(rf"(?P<digits>{_DIGITS})(?:(?P<uf>{_UFRAC})|{_MIXED})?|(?P<ufrac>{_UFRAC})|(?P<words>{_WORD_LEAD})")

_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
                 "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
# "half" is a share before "of" or a determiner ("half of the homes", "half the staff", "half their fare").
_FRACTION_WORDS = (rf"(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]"
                   rf"(?:{_alternation(_DENOMINATORS)})\b|half(?=\s+(?:of|the|its|his|her|their|our|this|that|these|"
                   rf"those|all)\b))")
_FRACTION_DIGITS = r"(?<![\d/])\d/(?:[2-9]|10)(?![/\d])"
_FRACTION_RE = re.compile(rf"{_FRACTION_WORDS}|{_FRACTION_DIGITS}")


def _fraction_value(phrase: str) -> float | None:
    """ "three-quarters" -> 0.75, "a third" -> 1/3, "1/3" -> 1/3; None unless a proper fraction."""
    if "/" in phrase:
        num, den = (int(p) for p in phrase.split("/"))
    elif phrase.lower() == "half":
        num, den = 1, 2
    else:
        head, tail = re.split(r"[\s-]+", phrase.lower())
        num, den = (1 if head in ("a", "an") else _SMALL[head]), _DENOMINATORS[tail]
        if (num == 1) == tail.endswith("s") and tail != "halves":
            return None  # "two third", "one thirds"
    return num / den if 0 < num < den else None


_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 1)}
_ORDINALS.update({w: 10 * i for i, w in enumerate(
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(), 2)})
_ORDINALS.update({"hundredth": 100, "thousandth": 1000, "millionth": 1_000_000})
_ORDINAL_WORDS = rf"(?i:(?:(?:{_alternation(_TENS)})[\s-])?(?:{_alternation(_ORDINALS)})\b)"
_ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z0-9])")

# "thousands", "tens of thousands", "several hundred": (low, high) multiples of the scale.
_VAGUE_SCALES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_VAGUE = (r"(?i:(?P<vtimes>tens|hundreds)\s+of\s+(?P<vof>dozens|hundreds|thousands|millions|billions)\b"
          r"|(?P<vplural>dozens|hundreds|thousands|millions|billions|trillions)\b"
          r"|(?P<vfew>several|a\s+few|a\s+couple\s+of)\s+(?P<vscale>dozen|hundred|thousand|million|billion)\b)")


# --- changes -------------------------------------------------------------------------------

# The words that state a figure as a change: a verb before it ("rose 40 cm", "fell by 3%") or a
# word after it ("closed 9.2 percent lower", "a 3% drop"), each way up or down.
RISE_VERBS = frozenset("""rose risen rises climbed gained jumped grew increased soared surged rallied advanced
recovered rebounded""".split())
FALL_VERBS = frozenset("""fell fallen falls dropped lost slipped shrank decreased declined slumped plunged tumbled sank
slid dipped shed crashed""".split())
RISE_AFTER = frozenset("higher up rise gain jump increase".split())
FALL_AFTER = frozenset("lower down fall drop decline decrease slump plunge".split())
RISE_WORDS = RISE_VERBS | RISE_AFTER
FALL_WORDS = FALL_VERBS | FALL_AFTER
# Their terms: what a question about a change asks with ("how much did it rise"), and what two
# changes say of each only that it moved ("Korvath Shipping fell 31 per cent" / "Thursday's fall").
CHANGE_TERMS = frozenset(terms(" ".join(sorted(RISE_WORDS | FALL_WORDS))))


# --- qualifiers ----------------------------------------------------------------------------

# Written qualifier -> (reported qualifier, how it bounds the value).
_QUALIFIERS = {
    **dict.fromkeys("about|around|roughly|some|approximately|an estimated|estimated|circa|close to|"
                    "in the region of|more or less".split("|"), ("about", "approx")),
    **dict.fromkeys("nearly|almost|just under|just shy of|not quite".split("|"), ("about", "below")),
    **dict.fromkeys("just over|just above|slightly more than".split("|"), ("about", "above")),
    **dict.fromkeys("more than|over|above|in excess of|upwards of|exceeding|exceed|exceeds|exceeded|surpass|surpasses|"
                    "surpassed|topped".split("|"), ("more than", "gt")),
    **dict.fromkeys("at least|no fewer than|no less than|a minimum of".split("|"), ("at least", "ge")),
    **dict.fromkeys("up to|as many as|as much as|at most|no more than|a maximum of|as high as|within".split("|"),
                    ("up to", "le")),
    **dict.fromkeys("less than|fewer than|under|below".split("|"), ("less than", "lt")),
}

# Spans that hold digits but state no quantity; they are skipped whole.
_MONTH = rf"(?i:{MONTH_PATTERN})"
_SKIP = (rf"(?<![\w.,/])(?:\d{{1,2}}[:.]\d\d(?:[:.]\d\d)?[ \u00a0]?(?i:[ap]\.?m\.?)(?![A-Za-z])"  # 8.15am
         rf"|\d{{1,2}}:\d\d(?::\d\d)?(?![\d:])"                                                # 8:15, 1:59:40
         rf"|\d{{1,2}}[ \u00a0]?(?i:[ap]\.?m\.?)(?![A-Za-z])|\d{{1,2}}\s+o['’]clock"           # 8am, 8 o'clock
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+\d{{4}})?"              # 3 March 2015
         rf"|\d{{1,4}}(?P<dsep>[/.-])\d{{1,2}}(?P=dsep)\d{{2,4}}(?![\d/.-])"                 # 3/4/2020
         rf"|\+?\(?\d{{2,4}}\)?(?:[ -]\d{{2,4}}){{2,}}(?![\d,.])"                               # phone numbers
         rf"|(?i:first|second)[ \u00a0]half\b(?!-)"                                           # a match's half
         rf"|\d\d(?:\.\d)?[ \u00a0]?%[ \u00a0,]{{1,3}}(?:CI|(?i:(?:confidence|credible)\s+intervals?))\b)"  # 95% CI
         rf"|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\d,.])")             # March 3, 2015

_SKIP_RE = re.compile(_SKIP)

_QUANTITY_RE = re.compile(
    rf"(?P<skip>{_SKIP})"
    rf"|(?<![\w.,/])(?=[\w$£€¥₹₩₽₦₺₪½¼¾⅓⅔−+-])(?:(?P<aged>(?i:aged|ages|age))\s+(?:(?i:just|only)\s+)?)?(?:(?P<qual>(?i:{_alternation(_QUALIFIERS)}))\s+)?"
    rf"(?:(?P<between>(?i:between))\s+)?(?P<cur>{_CURRENCY})?(?P<neg>(?i:minus)\s+|[-−](?=\d))?"
    rf"(?=[\d½¼¾⅓⅔]|(?i:[abdefhmnostz]))(?P<num>(?P<vague>{_VAGUE})|(?P<frac>{_FRACTION_WORDS}|{_FRACTION_DIGITS})|(?P<ordw>{_ORDINAL_WORDS})"
    rf"|{_DIGITS}|{_UFRAC}|(?P<couple>{_COUPLE})|{_WORD_LEAD}|(?P<article>{_ARTICLE}))")

_COMPOUND_RE = re.compile(r"-[A-Za-z]")
# A count that makes an adjective with its singular noun before the noun it qualifies ("a 179-seat
# chamber", "a three-judge panel": 179 seats, three judges), a common noun or a name ("the 18,500-capacity Mill
# Lane", "the 300-bed Kingsley Infirmary"); words that make no count ("three-way talks", "a four-time champion", "a
# two-thirds majority") are left out. Bounded: linear.
_COMPOUND_COUNT_RE = re.compile(r"-(?!(?:way|time|fold|sided|off|odd|strong|and|or)\b)([a-z]{2,20})(?<!s)\b(?!-)"
                                r"(?=\s{1,3}(?:[a-z]|[A-Z][a-z]))")
# "a 600-strong entourage", "the 3,000-strong workforce": the number counts the members of the body
# the adjective describes, a count with no noun of its own (as "an entourage of 600").
_STRONG_RE = re.compile(r"-strong\b", re.I)
# "from" and up to two words before a number ("from 40", "from the usual 30 days to 120 days"): a change's start.
_FROM_RE = re.compile(r"\b(?i:from)\s+(?:\S+\s+){0,2}$")
# "per", or a unit and "a", before a word that is also an ordinal ("metres per second", "cubic metres a second"): the
# word names a unit of a rate. Searched over a short window: linear.
_PER_BEFORE_RE = re.compile(rf"(?:\b(?i:per)|(?<![A-Za-z])(?i:{_PER_FORMS})[ \u00a0]{{1,3}}(?i:a))[ \u00a0]{{1,3}}$")
_PER_WINDOW = 30
_SCORE_RE = re.compile(r"[-–](\d+)")
_MAX_SCORE = 1000
# The later sets of one match ("6-4, 3-6, 7-6"); bounded, so a long run stays linear.
_SETS_RE = re.compile(r"(?:,[ \u00a0]{1,3}\d{1,3}[-–]\d{1,3}(?![\d%]|[-–]\d)){1,6}")
# Words that tell a result: a rising pair after or before them is a score, not a range.
_SCORE_BEFORE_RE = re.compile(r"\b(?i:won|wins?|winning|beat|beats|beating|lost|lose|loses|losing|drew|draws?|drawing|"
                              r"voted|votes?|defeated|defeating|edged|trailed|trailing|led|leading|scored?|scoreline)"
                              r"\s{1,3}(?:[A-Z][\w'’-]{0,30}\s{1,3}){0,3}(?:by\s{1,3})?$")
# Words that tell a vote: its counts are votes ("voted 4-5", "a 5-4 vote", "by a vote of 61 to 54").
_VOTE_BEFORE_RE = re.compile(r"\b(?i:vot(?:ed|ing)|(?:by\s{1,3})?an?\s{1,3}vote\s{1,3}of)\s{1,3}(?:by\s{1,3})?$")
_VOTE_AFTER_RE = re.compile(r"[ \u00a0-](?i:votes?)\b")
# The second count of a tally ("61 votes to 54", "63 to 52 votes").
_TALLY_TO_RE = re.compile(r"\s{1,3}to\s{1,3}")
_SCORE_AFTER_RE = re.compile(r"[ \u00a0](?i:win|victory|defeat|loss|draw|lead|vote|verdict|majority|decision|"
                             r"scoreline|in favour|in favor|at half-?time|on aggregate)\b")
_TOKEN_RE = re.compile(r"[\w.,’'/-]+")
_OF_RE = re.compile(rf"{_GAP}of\b")
_ONE_RE = re.compile(rf"{_GAP}(?i:an?)(?=\s)")
# A rate as news writes a share: "1 in 4 adults", "one in every five", "3 in 10".
_RATE_RE = re.compile(rf"{_GAP}in{_GAP}(?:every{_GAP})?(?=[\dA-Za-z])")
_MAX_RATE_BASE = 1e6
# "a third" is a share, not an ordinal, after "by" ("cut by about a third") or before a stop ("rose a quarter.").
_SHARE_CUE_RE = re.compile(r"\b(?i:by)(?:\s{1,3}[a-z]{1,10}){0,2}\s{1,3}$")
_CLAUSE_STOP_RE = re.compile(r"\s{0,3}[.,;:!?)]")
# A change's verb right before its size ("has risen by four to 23", "rose £120m to £1.1bn"): a "to" after
# the size may name the level reached, not a range's top. Bounded: linear.
_CHANGE_BY_RE = re.compile(r"\b(?i:" + "|".join(sorted(RISE_VERBS | FALL_VERBS)) + r")\s{1,3}(?:by\s{1,3})?$")
# How far apart a change and its level are at least, where a range's two ends are of one size ("rose 2 to 3
# percent" is a range; "has risen by four to 23" a change to a level). A judgement, checked on invented news.
_LEVEL_RATIO = 4.0
_RANGE_RE = re.compile(rf"(?P<sep>[ \u00a0]?[-–—][ \u00a0]?|{_GAP}(?i:to|or|and){_GAP})"
                       rf"(?P<cur>{_CURRENCY})?(?P<neg>(?i:minus){_GAP}|[-−](?=\d))?")


# --- counted nouns and labels --------------------------------------------------------------

_WORD_AFTER_RE = re.compile(rf"[ \u00a0]{{0,{_MAX_GAP}}}([A-Za-z][A-Za-z’'-]*)")
_NOT_NOUNS = frozenset(
    "and or but nor to in on at by for with from as than that which who whom whose were are was is be been "
    "being have has had will would could should may might must can do does did per of into onto over under "
    "after before during since until while when where because if so once unless though although whilst whether "
    "this these those its his her their our "
    "your my the a an more less times tens dozens hundreds thousands millions billions trillions".split())
_NOT_PLURALS = frozenset("is was has does as this his its us thus across plus unless always perhaps news "
                         "means whereas yes".split())
_MASS_NOUNS = frozenset("people police staff personnel cattle children men women sheep fish deer aircraft "
                        "livestock crew youth species series".split())  # "410 species": one form for both
# Words before a number that make it a label: "page 4", "flight 17", "No. 10".
_LABEL_WORDS = frozenset(
    "article section chapter page room flight route platform gate level category grade phase stage version "
    "model series season episode number no no. vol vol. volume line bus channel district ward unit block "
    "lot item clause paragraph rule resolution highway interstate row seat tier figure table pier terminal "
    "apartment suite floor hall dock bay track lane exit junction".split())
# A number listed after another, by a comma or a conjunction (a closed class), is a label when that one is
# ("Years 10 and 11", "Lines 2, 3 and 4"). Bounded by the window: linear.
_LISTED_RE = re.compile(rf"(?<![\d.,])(\d{{1,4}})(?:,|[ \u00a0]{{1,3}}(?:and|or|to))[ \u00a0]{{1,3}}$")
# A capitalised word and a stop no longer than this may be an abbreviation that labels ("Oct. 14", "Gen. 4", "No. 6"),
# not the end of a sentence.
_MAX_ABBREVIATION = 5
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# The word before a number, searched for in the ``_PREV_WINDOW`` characters before it; both runs
# are bounded by the window, so the pattern is linear even when searched over a whole text.
_PREV_WINDOW = 40
_PREV_WORD_RE = re.compile(rf"([A-Za-z][\w.’'-]{{0,{_PREV_WINDOW - 2}}})[ \u00a0]{{1,{_PREV_WINDOW - 1}}}$")


# A modifier may count only the days of a working week ("ten school days", "five working days"): five of seven, so
# such a count spans up to 7/5 as many days of the calendar ("ten school days" agrees with "two full weeks").
_WORKING_WEEK = 5
_WEEK = 7


def _modified_time(noun: str) -> tuple[str, str] | None:
    """The unit of time a count reaches past its modifiers ("ten school days", "two full weeks", "five working
    days"): those say which days count, not what is counted, so the figure is a length of time; None otherwise."""
    unit = _FORM_UNIT.get(noun.lower())
    return unit if unit and unit[0] == "duration" else None


def _is_plural(word: str) -> bool:
    # "-men" compounds are plurals ("crewmen", "gunmen", "firemen"); "specimen", "abdomen" are not
    return word in _MASS_NOUNS or (len(word) > 2 and word.endswith("s") and not word.endswith("ss")
                                   and word not in _NOT_PLURALS and word not in _NOT_NOUNS) \
        or (len(word) > 4 and word.endswith("men") and not word.endswith(("imen", "omen", "umen")))


def _counted_noun(text: str, end: int, single: bool) -> tuple[str, int]:
    """The noun a number counts and where it ends ("26 other world leaders" -> "leaders"):
    the first plural within four words, before any function word, past an acronym that names whose they are
    ("117 NHS nurses"); ("", end) if none.
    ``single`` lets "one" count a singular noun ("one person")."""
    pos = end
    for i in range(4):
        m = _WORD_AFTER_RE.match(text, pos)
        if not m or (m.start(1) == pos and pos == end):
            break
        word = m.group(1).lower().rstrip("'’")
        if word in _NOT_NOUNS or word.endswith(("'s", "’s")) or word in _NUMBER_WORD_SET:
            break
        if (_is_plural(word) and not m.group(1).isupper()) or (single and i == 0 and m.group(1).islower()):
            return m.group(1), m.end()
        pos = m.end()
    return "", end


# A figure whose verb a second clause leaves out ("Brisholt runs 640 lorries and Saltcote 410", "... and the
# nearby town of Calvet 185mm"): group 1, the name right before it, owns it. Bounded: linear.
GAPPED_RE = re.compile(r"\b(?:and|while|but|whereas)\s{1,3}(?:the\s{1,3})?(?:[a-z]{1,20}\s{1,3}){0,3}?(?:of\s{1,3})?"
                       r"([A-Z][\w'’-]{1,30}(?:\s{1,3}[A-Z][\w'’-]{1,30}){0,2}),?\s{1,3}$")
# A figure told after a lower-case word earlier in a sentence ("runs 2,400"), as a gapped clause's pair is.
_TOLD_FIGURE_RE = re.compile(r"\b[a-z]{1,20}[ \u00a0]{1,3}[$£€¥]?\d")
# A bare figure that ends its clause ("... and Saltcote 410.").
_FIGURE_END_RE = re.compile(r"[\d.,]{0,20}\d(?=\s{0,3}(?:[.,;:!?)]|$))")


def _is_gapped(text: str, start: int) -> bool:
    """Is the bare number at ``start`` the figure of a gapped clause ("Brisholt runs 640 lorries and Saltcote
    410."): a name after "and" before it, a stop after it and a figure told earlier in the sentence."""
    gap = GAPPED_RE.search(text, max(0, start - 60), start)
    return bool(gap and _FIGURE_END_RE.match(text, start) and _TOLD_FIGURE_RE.search(text, 0, gap.start()))


def _is_label(text: str, start: int, *, bare: bool = True) -> bool:
    """Is a number at ``start`` a label or name ("Boeing 737", "page 4", "Covid-19", "#1"), or, ``bare`` (it counts
    no noun), listed after one ("Years 10 and 11"; not "On March 3, 4 people died")? Not the figure of a gapped
    clause ("... and Saltcote 410.")."""
    before = text[max(0, start - 2):start]
    if not before or before[-1].isalnum() or _is_gapped(text, start):
        return False
    if before.endswith("#") or (before.endswith("-") and before[:1].isalnum()):
        return True
    listed = _LISTED_RE.search(text, max(0, start - _PREV_WINDOW), start) if bare else None
    if listed:
        return _is_label(text, listed.start(1))
    prev = _PREV_WORD_RE.search(text, max(0, start - _PREV_WINDOW), start)
    if not prev:
        return False
    word = prev.group(1)
    if word.lower() in _LABEL_WORDS:
        return True
    if not word[0].isupper() or word.lower() in _WEEKDAYS or word.endswith(("'s", "’s", "!", "?")) \
            or word.endswith(".") and len(word) > _MAX_ABBREVIATION:
        return False  # "... off Marrowdeep. Two people died": a name that ends a sentence labels nothing in the next
    opening = text[max(0, prev.start() - 3):prev.start()].rstrip()
    return bool(opening) and opening[-1] not in '.!?:;"“‘(\n—–-'


def _is_year(number: _Number, text: str, start: int) -> bool:
    """A bare four-digit number from 1800 to 2099 is a year ("in 2015", "since 1959")."""
    return (number.kind == "digits" and number.scale == 1.0 and 1800 <= number.value <= 2099
            and number.end - start == 4 and text[start:number.end].isdigit())


# --- reading -------------------------------------------------------------------------------

class Score(NamedTuple):
    """A result as written, a score or vote with a dash ("3-1", "6-4, 3-6, 7-6", "a 5-4 vote") or a
    tally with "to" ("61 votes to 54", "voted 63 to 52"): ``text == source[start:end]``; ``counts``
    the first pair as stated; ``noun`` what it counts as written ("votes"), "" for a game's score."""

    start: int
    end: int
    text: str
    counts: tuple[float, float]
    noun: str = ""


def quantities(text: str, *, adjectives: bool = False) -> list[Quantity]:
    """Every quantity stated in ``text``, in order of position and not overlapping; with
    ``adjectives``, also a count made an adjective with its noun ("a 179-seat chamber": 179 seats),
    which answers "how many seats" but is left out of the facts outlets are compared on (it
    describes a thing beside what is told of it: "The 42,000-seat stadium is to open in 2001")."""
    return _compounds(text, _with_ages(text, [f for f in _scan(text, adjectives) if isinstance(f, Quantity)]))


# An age told by its decade ("in his 50s", "in their forties", "in her mid-30s", "in his early twenties", "in her late
# teens"): the years of that decade, or the third of it "early", "mid" or "late" names. Bounded: linear.
_DECADE_WORDS = {w: 10 * i for i, w in enumerate("twenties thirties forties fifties sixties seventies eighties nineties"
                                                  .split(), 2)}
_DECADE_AGE_RE = re.compile(r"\b(?i:in)[ \u00a0]{1,3}(?i:his|her|their|its)[ \u00a0]{1,3}"
                            r"(?:(?P<part>(?i:early|mid|late))(?:[ \u00a0]{1,3}|-))?"
                            rf"(?:(?P<digit>[1-9])0['’]?s|(?P<word>(?i:{_alternation(_DECADE_WORDS)}|teens)))\b")
_DECADE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade_ages(text: str) -> list[Quantity]:
    """Every age ``text`` tells by its decade (``_DECADE_AGE_RE``): a range of years, its ``value`` the midpoint."""
    out = []
    for m in _DECADE_AGE_RE.finditer(text):
        word = (m.group("word") or "").lower()
        decade = 10 * int(m.group("digit")) if m.group("digit") else 10 if word == "teens" else _DECADE_WORDS[word]
        first, last = _DECADE_PARTS[(m.group("part") or "").lower()]
        low, high = (13.0, 19.0) if decade == 10 and not m.group("part") else (decade + first, decade + last)
        out.append(_make(text, m.start(), m.end(), (low + high) / 2, "year", "age", "range", low=low, high=high))
    return out


# A multiple written as one word ("a tenfold rise", "grew sevenfold", "a hundredfold"): "2.5-fold", spaced or
# hyphenated, is read with the other units. Bounded: linear.
_FOLD_WORDS = {**{w: float(v) for w, v in (*_SMALL.items(), *_TENS.items()) if v >= 2}, "hundred": 1e2, "thousand": 1e3}
_FOLD_RE = re.compile(rf"(?<![\w-])(?i:(?P<word>{_alternation(_FOLD_WORDS)})fold)\b")


def _folds(text: str) -> list[Quantity]:
    """Every multiple ``text`` writes as one word (``_FOLD_RE``)."""
    return [_make(text, m.start(), m.end(), _FOLD_WORDS[m.group("word").lower()], "times", "multiple", "")
            for m in _FOLD_RE.finditer(text)]


def _with_ages(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` and the ages told by a decade (``_decade_ages``) and the multiples in one word (``_folds``), in order; a
    quantity inside one is left out."""
    more = _decade_ages(text) + _folds(text)
    if not more:
        return found
    kept = [q for q in found if not any(a.start <= q.start < a.end for a in more)]
    return sorted(kept + more, key=lambda q: q.start)


# A count of none stated by its determiner: "nobody", "no one", "none (of the town's three care homes)", "no staff",
# "not a single container"; "none of them" counts what a count before it does, which the reader resolves. Bounded: linear.
_ZERO_RE = re.compile(r"(?<![\w'’-])(?:(?P<people>nobody|no[ -]one)(?![\w'’-])|(?P<none>none)(?![\w'’-])"
                      r"(?:\s{1,3}of\s{1,3}(?!(?:them|these|those|which|whom|us|you)\b)(?P<of>(?:[\w'’-]{1,30}\s{1,3}){0,4}?"
                      r"[\w-]{1,30}s))?\b|(?:not\s{1,3}(?:a\s{1,3}single|one)\s{1,3}|no\s{1,3})(?!of\b)(?P<noun>[a-z][\w-]{1,30}))", re.I)


def zeros(text: str) -> list[Quantity]:
    """Every count of none in ``text`` ("Nobody was hurt", "None of the flights ...", "No staff will ...", "Not a single
    container has left")
    as a count of 0: the determiner and, after "no", its noun; ``noun`` is what it counts ("people"
    for "nobody", the words after "none of" up to a plural). Kept apart from ``quantities``: "no" states no figure."""
    out = []
    for m in _ZERO_RE.finditer(text):
        end = m.end("noun") if m.group("noun") else m.end("people") if m.group("people") else m.end("none")
        noun = "people" if m.group("people") else m.group("of") or m.group("noun") or ""
        out.append(Quantity(m.start(), end, text[m.start():end], 0.0, "", "count", 0.0, 0.0, "", noun))
    return out


# A measure written in two units, the larger first ("6ft 2in", "six years and eight months",
# "2 hours 15 minutes"): one quantity, the sum, stated in the larger unit.
_COMPOUND_UNITS = frozenset({("distance", "foot", "inch"), ("duration", "year", "month"), ("duration", "hour", "minute"),
                             ("duration", "minute", "second"), ("mass", "lb", "oz")})
_COMPOUND_GAP_RE = re.compile(r"[ \u00a0]{0,3}(?:and[ \u00a0]{1,3})?")


def _compounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each measure written in two units (``_COMPOUND_UNITS``) joined into one."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev and (prev.dimension, prev.unit, q.unit) in _COMPOUND_UNITS and q.dimension == prev.dimension \
                and not q.qualifier and prev.qualifier != "range" \
                and _COMPOUND_GAP_RE.fullmatch(text, prev.end, q.start):
            value = prev.value + _from_base(q.dimension, prev.unit, _to_base(q.dimension, q.unit, q.value))
            out[-1] = Quantity(prev.start, q.end, text[prev.start:q.end], _tidy(value), prev.unit, prev.dimension,
                               _tidy(prev.low + q.low), _tidy(prev.high + q.high), prev.qualifier, prev.noun)
        else:
            out.append(q)
    return out


def scores(text: str) -> list[Score]:
    """Every score and tally stated in ``text`` (see the module's note), in order of position."""
    found = _scan(text, False)
    counts = [f for f in found if isinstance(f, Quantity)]
    tallies = [t for a, b in zip(counts, counts[1:]) if (t := _tally(text, a, b))]
    return sorted([f for f in found if isinstance(f, Score)] + tallies)


def _tally(text: str, a: Quantity, b: Quantity) -> Score | None:
    """The tally two counts joined by "to" make ("61 votes to 54"), or None: one of them counts a
    noun and the other is bare, or both are bare after words that tell a vote ("voted 63 to 52",
    "by a vote of 61 to 54"); never a change ("rose from 40 people to 50")."""
    if a.dimension != "count" or b.dimension != "count" or not _TALLY_TO_RE.fullmatch(text, a.end, b.start) \
            or _FROM_RE.search(text, max(0, a.start - 12), a.start):
        return None
    told = _VOTE_BEFORE_RE.search(text, max(0, a.start - _PREV_WINDOW), a.start)
    if bool(a.noun) == bool(b.noun) and not (told and not a.noun):
        return None
    return Score(a.start, b.end, text[a.start:b.end], (a.value, b.value), a.noun or b.noun or "votes")


@lru_cache(maxsize=4096)
def _scan(text: str, adjectives: bool) -> tuple[Quantity | Score, ...]:
    """Every quantity and score read in ``text``, in order; kept for the text's next reading, as
    ``quantities`` and ``scores`` both read each sentence, and so does every stage."""
    found: list[Quantity | Score] = []
    pos = 0
    while m := _QUANTITY_RE.search(text, pos):
        if m.group("skip"):
            pos = m.end()
            continue
        read, pos = _read(text, m, adjectives)
        if read:
            found.append(read)
    return tuple(found)


def number_value(phrase: str) -> float | None:
    """The value of a phrase that is one number, or None: "two hundred and fifty" -> 250,
    "1,960" -> 1960, "half a million" -> 500000, "1.2m" -> 1.2e6, "three-quarters" -> 0.75."""
    phrase = phrase.strip()
    frac = _FRACTION_RE.fullmatch(phrase)
    if frac:
        return _fraction_value(phrase)
    number = _number_at(phrase, 0, money=True) if phrase else None
    return number.value if number and number.end == len(phrase) else None


def _read(text: str, m: re.Match, adjectives: bool = False) -> tuple[Quantity | Score | None, int]:
    """The quantity or score the match opens (or None) and where to search next; ``adjectives`` as
    ``quantities`` takes it."""
    num = m.start("num")
    if m.group("vague"):
        found = _vague(text, m)
        return found, found.end
    if m.group("frac"):
        return _fraction(text, m)
    if m.group("article"):
        return _article(text, m)
    if m.group("couple"):
        return _couple(text, m)
    if m.group("ordw"):
        if _PER_BEFORE_RE.search(text, max(0, num - _PER_WINDOW), num):
            return None, m.end()  # "cubic metres per second": a unit of time, not an ordinal
        *tens, last = re.split(r"[\s-]+", m.group("ordw").lower())
        value = float(_ORDINALS[last] + sum(_TENS[t] for t in tens))
        return _make(text, num, m.end(), value, "", "ordinal", ""), m.end()
    if skipped := _SKIP_RE.match(text, num):
        return None, skipped.end()  # "about 10:30 p.m.", "between 7 a.m. and 7 p.m.": times, not counts
    money = m.group("cur") is not None
    first = _number_at(text, num, money)
    if first is None:
        return None, _past_word(text, num)
    sign = -1.0 if m.group("neg") else 1.0
    if first.kind == "digits" and first.scale == 1.0 and not money:
        suffix = _ORDINAL_SUFFIX_RE.match(text, first.end)
        if suffix:
            return _make(text, num, suffix.end(), first.value, "", "ordinal", ""), suffix.end()
        if text[first.end:first.end + 1].isalnum() and not _unit_at(text, first.end, False):
            return None, _past_word(text, first.end)  # "5G", "A380", "1990s": a name, not an amount
    currency = _PREFIX_CURRENCY[m.group("cur").strip()] if money else ""
    unit = None if money else _unit_at(text, first.end, first.scale > 1)
    rate = None if money or unit or m.group("neg") else _rate(text, first)
    if rate:
        qualifier, bound = _QUALIFIERS.get(_qual_word(m), ("", ""))
        lo, hi = _bounds(bound, rate[0], rate[0], "fraction", "")
        start = m.start() if qualifier else num
        return _make(text, start, rate[1], rate[0], "", "fraction", qualifier, low=lo, high=hi), rate[1]
    share, end = _share_after(text, unit.end) if unit and unit.dimension in _ARTICLE_DIMENSIONS else (0.0, first.end)
    low = high = sign * (first.value + share) * (unit.factor if unit else 1.0)
    end = end if share else unit.end if unit else first.end
    score_end = _score_end(text, m, first, unit)
    if score_end is not None:  # "2014-15" is a season, not a score
        return (_score(text, m, first, score_end) if first.value < _MAX_SCORE else None), score_end
    ranged = _range(text, m, first, sign, unit, money)
    if ranged:
        low, high, unit, end = ranged
    if m.group("aged"):
        dimension, unit_name = "age", unit.unit if unit and unit.dimension in ("duration", "age") else "year"
        if unit and unit.dimension not in ("duration", "age"):
            end = first.end
    elif money:
        dimension, unit_name = "money", currency
    elif unit:
        dimension, unit_name = unit.dimension, unit.unit
    else:
        dimension, unit_name = "count", ""
    qual_word = _qual_word(m)
    if qual_word == "over" and dimension == "duration":
        qual_word = ""  # "over two days" says when, not how long
    opening = ("between", "cur", "neg", "num") if ranged else ("cur", "neg", "num")
    start = m.start() if (qual_word or m.group("aged")) else \
        min(m.start(g) for g in opening if m.group(g) is not None)
    noun, weekdays = "", False
    if dimension == "count":
        compound = _COMPOUND_COUNT_RE.match(text, end) if adjectives and first.value >= 2 and not ranged else None
        if strong := _STRONG_RE.match(text, end):
            end = strong.end()
        elif _COMPOUND_RE.match(text, end) and not compound:
            return None, end  # "three-way talks", "a four-time champion": an adjective, not a count
        noun, end = (compound.group(1), compound.end()) if compound else _counted_noun(text, end, single=first.value == 1)
        if timed := _modified_time(noun):
            dimension, unit_name, noun = *timed, ""
            weekdays = unit_name == "day"
        if noun.lower() in ("figure", "figures") and first.kind == "words" and not ranged \
                and 2 <= first.value <= _MAX_FIGURES:
            # "a six-figure sum", "fetched seven figures": a sum of that many digits, [100,000, 1,000,000) for six
            low, high = 10.0 ** (first.value - 1), 10.0 ** first.value
            return _make(text, num, end, low, "", "count", "vague", low=low, high=high), end
        article = first.kind == "words" and first.value <= 1  # "one", "a", "half a" alone count nothing
        if (_is_year(first, text, num) and not (qual_word and noun)) or (article and not noun and not ranged):
            return None, first.end
        # a range of labels is bare and whole ("Years 7 to 9"); "CI 1.2 to 2.1" is a measure's interval
        labels = not ranged or not noun and float(low).is_integer() and float(high).is_integer()
        if not qual_word and labels and (first.kind == "digits" or text[num].isupper()) \
                and _is_label(text, num, bare=not noun):
            return None, end if ranged else first.end
        if based := _per_base(text, end):
            dimension, unit_name, end = based
    value = (low + high) / 2 if ranged else low
    qualifier, bound = _QUALIFIERS.get(qual_word, ("", ""))
    lo, hi = _bounds(bound, low, high, dimension, unit_name)
    hi = hi * _WEEK / _WORKING_WEEK if weekdays else hi  # "ten school days" are 10 to 14 days of the calendar
    return _make(text, start, end, value, unit_name, dimension, "range" if ranged else qualifier,
                 noun=noun, low=lo, high=hi), end


def _per_base(text: str, end: int) -> tuple[str, str, int] | None:
    """(dimension, unit, end) of a count ending at ``end`` given per a number of things ("per 100,000 people": "rate",
    "per 100000") or per an area ("per square mile": "density", "sq mile"), else None."""
    per = _PER_BASE_RE.match(text, end)
    if not per:
        return None
    area = _unit_at(text, per.end(), False)
    if area and area.dimension == "area":
        return "density", area.unit, area.end
    scale = _SHARE_OF_SCALE_RE.match(text, per.start() + len(per.group().rstrip()))  # "per million people"
    base = _number_at(text, per.end(), False) or (
        _Number(_SCALES[scale.group("scale").lower()], 1.0, 1.0, scale.end(), "words") if scale else None)
    if base is None or base.value < _MIN_PER_BASE or text[base.end:base.end + 1].isalnum() \
            or _unit_at(text, base.end, base.scale > 1):
        return None
    noun, noun_end = _counted_noun(text, base.end, single=False)
    return "rate", f"per {int(base.value)}", noun_end if noun else base.end


def _make(text: str, start: int, end: int, value: float, unit: str, dimension: str, qualifier: str,
          noun: str = "", low: float | None = None, high: float | None = None) -> Quantity:
    base = _to_base(dimension, unit, value)
    return Quantity(start, end, text[start:end], value, unit, dimension,
                    base if low is None else _tidy(low), base if high is None else _tidy(high), qualifier, noun)


def _tidy(x: float) -> float:
    """``x`` to 12 significant digits, so 250,000 * 1.1 is 275,000 and not 275,000.00000000006."""
    return x if math.isinf(x) or x == 0 else float(f"{x:.12g}")


def _bounds(bound: str, low: float, high: float, dimension: str, unit: str,
            slack: float | None = None) -> tuple[float, float]:
    """The interval in base units that a qualifier makes of a value (or range) stated in ``unit``; a rounding
    word moves it by ``slack`` when given, else by the rounding of its figure (``_approx_slack``)."""
    if bound in ("approx", "below"):
        low -= _approx_slack(low) if slack is None else slack
    if bound in ("approx", "above"):
        high += _approx_slack(high) if slack is None else slack
    low, high = (_to_base(dimension, unit, v) for v in (low, high))
    if bound in ("gt", "ge"):
        return low, math.inf
    if bound in ("le", "lt"):
        return min(-math.inf if dimension == "temperature" else 0.0, low), high
    return low, high


def _digits(stated: float) -> DecimalTuple:
    """The significant digits of ``stated`` (to nine decimals, as a figure is written) and the power of ten of the last."""
    return Decimal(repr(round(abs(stated), 9))).normalize().as_tuple()


def _in_words(digits: DecimalTuple) -> bool:
    """Were these digits (``_digits``) not written but made of a share in words ("a third": ``_ROUNDED_DIGITS``)?"""
    return len(digits.digits) >= _ROUNDED_DIGITS


def _approx_slack(stated: float) -> float:
    """How far an approximate ``stated`` may be from the truth: one rounding step (a unit of its
    last significant digit, five units when that digit is 5, as "250,000" is rounded to a
    multiple of 50,000), at most ``APPROX_SLACK`` of it. A round number gets more slack than a
    precise one: "about 640" is +-10, "about 600" +-60."""
    if stated == 0:
        return 0.0
    digits = _digits(stated)
    if isinstance(digits.exponent, str):  # an infinity or NaN has no last digit
        return 0.0
    if _in_words(digits):  # "almost a third": a share no digits round, as loose as a round number
        return APPROX_SLACK * abs(stated)
    step = (5 if digits.digits[-1] == 5 else 1) * 10.0 ** digits.exponent
    return min(step, APPROX_SLACK * abs(stated))


def _range(text: str, m: re.Match, first: _Number, sign: float, unit: _Unit | None,
           money: bool) -> tuple[float, float, _Unit | None, int] | None:
    """(low, high, unit, end) when the number opens a range ("10-12", "three to four weeks",
    "between 5 and 7", "$3bn-$4bn", "10% to 15%"); None otherwise."""
    after = unit.end if unit else first.end
    r = _RANGE_RE.match(text, after)
    if not r:
        return None
    sep = r.group("sep").strip().lower()
    if (sep == "and") != bool(m.group("between")) and not (m.group("between") and sep in "-–—"):
        return None
    if sep == "to" and (_FROM_RE.search(text, max(0, m.start() - 30), m.start())
                        or _VOTE_BEFORE_RE.search(text, max(0, m.start() - _PREV_WINDOW), m.start())):
        return None  # "rose from 5% to 7%" is a change and "voted 45 to 52" a tally, not a range
    second = _number_at(text, r.end(), money)
    if second is None or (sep in "-–—" and (first.kind, second.kind) != ("digits", "digits")):
        return None
    unit2 = None if money else _unit_at(text, second.end, second.scale > 1)
    if unit and (not unit2 or unit2[:2] != unit[:2]):
        return None
    bare_first = first.value
    if second.scale > 1 and first.scale == 1 and first.bare < second.bare:
        bare_first = first.bare * second.scale  # "$3-4bn", "three to four million"
    found = unit2 or unit
    factor = found.factor if found else 1.0
    low = sign * bare_first * factor
    high = (-1.0 if r.group("neg") else 1.0) * second.value * factor
    if not low < high:
        return None
    if sep == "to" and low > 0 and high >= _LEVEL_RATIO * low \
            and _CHANGE_BY_RE.search(text, max(0, m.start() - _PREV_WINDOW), m.start()):
        return None  # "has risen by four to 23": the rise, then the level it reached
    return low, high, found, unit2.end if unit2 else second.end


def _score_end(text: str, m: re.Match, first: _Number, unit: _Unit | None) -> int | None:
    """Where a score ends (see the module's note), or None when the number opens none."""
    if unit or m.group("cur") is not None:
        return None
    score = _SCORE_RE.match(text, first.end)
    if not score:
        return None
    sets = _SETS_RE.match(text, score.end())
    if sets:
        return sets.end()
    second = _number_at(text, score.start(1), False)
    if second and first.value < second.value:
        told = _SCORE_BEFORE_RE.search(text[max(0, m.start() - _PREV_WINDOW):m.start()]) \
            or _SCORE_AFTER_RE.match(text, second.end)
        counted = _unit_at(text, second.end, second.scale > 1) or _counted_noun(text, second.end, False)[0]
        if not told or counted or second.end != score.end():
            return None  # "10-12 people", "won 10-12 seats": a range
    return score.end()


def _score(text: str, m: re.Match, first: _Number, end: int) -> Score:
    """The score from the number ``m`` opens to ``end``; its counts are votes where a vote is told."""
    second = float(text[first.end + 1:end].split(",", 1)[0])  # the digits after the dash, to the next set
    vote = _VOTE_BEFORE_RE.search(text, max(0, m.start() - _PREV_WINDOW), m.start()) or _VOTE_AFTER_RE.match(text, end)
    num = m.start("num")
    return Score(num, end, text[num:end], (first.value, second), "votes" if vote else "")


def _past_word(text: str, pos: int) -> int:
    """Where the word or number at ``pos`` ends (at least one character on)."""
    m = _TOKEN_RE.match(text, pos)
    return max(m.end() if m else pos + 1, pos + 1)


def _vague(text: str, m: re.Match) -> Quantity:
    """ "thousands of people", "tens of thousands", "several hundred", "millions of dollars"."""
    if m.group("vtimes"):
        scale = _VAGUE_SCALES[m.group("vof")[:-1].lower()] * (10 if m.group("vtimes").lower() == "tens" else 100)
        low, high = scale, 10 * scale
    elif m.group("vplural"):
        scale = _VAGUE_SCALES[m.group("vplural")[:-1].lower()]
        low, high = (2 * scale, 12 * scale) if scale == 12 else (scale, 10 * scale)
    else:
        scale = _VAGUE_SCALES[m.group("vscale").lower()]
        few = " ".join(m.group("vfew").lower().split())
        low, high = (2 * scale, 3 * scale) if few == "a couple of" else (2 * scale, 10 * scale)
    end = m.end()
    of = _OF_RE.match(text, end)
    unit = _unit_at(text, of.end(), True) if of else None
    if unit and unit.dimension in ("money", "distance", "mass", "area", "volume", "duration"):
        dimension, unit_name, end = unit.dimension, unit.unit, unit.end
    else:
        dimension, unit_name = "count", ""
    noun, weekdays = "", False
    if dimension == "count":
        noun, end = _counted_noun(text, of.end() if of else end, single=False)
        end = end if noun else m.end()
    start = m.start("num")
    lo, hi = (_to_base(dimension, unit_name, v) for v in (low, high))
    return _make(text, start, end, low, unit_name, dimension, "vague", noun=noun, low=lo, high=hi)


def _article(text: str, m: re.Match) -> tuple[Quantity | None, int]:
    """ "nearly a mile", "for a fortnight", "an inch long", "an hour and a half": one (and a half) of the unit the
    article names, where the article is told as a measure (a qualifier, "for", a word of extent or a share ("and a
    half") with it); else None, as "a week of talks" or "twice a day" state no amount."""
    start = m.start("num")
    unit = _unit_at(text, m.end("article"), False)
    if unit is None or unit.dimension not in _ARTICLE_DIMENSIONS:
        return None, _past_word(text, start)
    share, end = _share_after(text, unit.end)
    qual_word = _qual_word(m)
    qual_word = "" if qual_word == "over" and unit.dimension == "duration" else qual_word  # "over a week": when
    if not (qual_word or share or _ARTICLE_FOR_RE.search(text, max(0, start - 10), start)
            or _EXTENT_RE.match(text, unit.end)):
        return None, _past_word(text, start)
    value = 1.0 + share
    qualifier, bound = _QUALIFIERS.get(qual_word, ("", ""))
    lo, hi = _bounds(bound, value, value, unit.dimension, unit.unit, slack=_ARTICLE_SLACK * value)
    return _make(text, m.start() if qual_word else start, end, value, unit.unit, unit.dimension, qualifier,
                 low=lo, high=hi), end


def _share_after(text: str, end: int) -> tuple[float, int]:
    """The share of a unit said after it (``_AND_SHARE_AFTER_RE``) and where it ends; (0, ``end``) if none."""
    m = _AND_SHARE_AFTER_RE.match(text, end)
    share = _and_share(m.group(1).lower(), m.group(2).lower()) if m else None
    return (share, m.end()) if m and share else (0.0, end)


def _couple(text: str, m: re.Match) -> tuple[Quantity | None, int]:
    """ "a couple of hours", "after a couple of weeks": two or three of the unit named (``_COUPLE_SPAN``), told as
    roughly two; None before anything but a unit of time, length, weight, area or volume ("a couple of friends")."""
    start = m.start("num")
    unit = _unit_at(text, m.end("couple"), False)
    if unit is None or unit.dimension not in _ARTICLE_DIMENSIONS:
        return None, _past_word(text, start)
    low, high = (_to_base(unit.dimension, unit.unit, v) for v in _COUPLE_SPAN)
    return _make(text, start, unit.end, _COUPLE_SPAN[0], unit.unit, unit.dimension, "about", low=low, high=high), unit.end


def _qual_word(m: re.Match) -> str:
    """The qualifier before the number ("More  than" -> "more than"), or ""."""
    return " ".join((m.group("qual") or "").lower().split())


def _rate(text: str, first: _Number) -> tuple[float, int] | None:
    """The share "1 in 4" states (0.25) and where it ends, or None: two whole numbers, the first
    smaller, the second no unit, year or name ("1 in 2020", "2 in 10 days" are not shares)."""
    joint = _RATE_RE.match(text, first.end)
    if not joint or first.value != int(first.value) or first.value < 1:
        return None
    base = _number_at(text, joint.end(), False)
    if base is None or base.value != int(base.value) or not first.value < base.value <= _MAX_RATE_BASE:
        return None
    if text[base.end:base.end + 1].isalnum() or _unit_at(text, base.end, base.scale > 1) \
            or (base.kind == "digits" and base.scale == 1.0 and _is_year(base, text, joint.end())):
        return None
    return first.value / base.value, base.end


def _is_share(text: str, start: int, end: int) -> bool:
    """Is "a third" at ``start:end`` a share rather than an ordinal? Before a stop ("rose a
    quarter."), or after "by" and before no noun ("cut by about a third in a year"; not "by a third party")."""
    if _CLAUSE_STOP_RE.match(text, end):
        return True
    after = _WORD_AFTER_RE.match(text, end)
    return bool(_SHARE_CUE_RE.search(text, max(0, start - 30), start)) and (
        after is None or after.group(1).lower() in _NOT_NOUNS)


def _fraction(text: str, m: re.Match) -> tuple[Quantity | None, int]:
    """ "two-thirds", "a quarter of", "1/3": a fraction; "a third" without "of" is an ordinal."""
    phrase = m.group("frac")
    value = _fraction_value(phrase)
    start = m.start("frac")
    if value is None:
        return None, _past_word(text, start)
    of = _OF_RE.match(text, m.end())
    if phrase.lower().startswith(("a ", "an ")) and not of and not _is_share(text, start, m.end()):
        return None, start + 2  # "a third term": "third" is read next as an ordinal
    # "a quarter of a percentage point", "three-quarters of a mile": that share of the unit.
    article = _ONE_RE.match(text, of.end()) if of else None
    scaled = _SHARE_OF_SCALE_RE.match(text, article.end()) if article else None
    if scaled:
        return _share_of_scale(text, m, value, scaled)
    unit = _unit_at(text, article.end(), False) if article else None
    # a rounding or bound before it is the share's as a number's ("almost a third", "nearly three-quarters of a mile")
    qualifier, bound = _QUALIFIERS.get(_qual_word(m), ("", ""))
    start = m.start() if qualifier else start
    dimension, unit_name, factor, end = (unit.dimension, unit.unit, unit.factor, unit.end) \
        if unit and unit.dimension != "age" else ("fraction", "", 1.0, m.end())
    lo, hi = _bounds(bound, value * factor, value * factor, dimension, unit_name) if qualifier else (None, None)
    return _make(text, start, end, value * factor, unit_name, dimension, qualifier, low=lo, high=hi), end


# A share of a scale word after its article ("a quarter of a million", "three-quarters of a billion"). Bounded: short.
_SHARE_OF_SCALE_RE = re.compile(rf"{_GAP}(?i:(?P<scale>thousand|million|billion|trillion))\b")


def _share_of_scale(text: str, m: re.Match, share: float, scaled: re.Match) -> tuple[Quantity, int]:
    """ "a quarter of a million people", "three-quarters of a billion dollars": the share of the scale, a number read
    on as one written in digits is, with its currency or unit, else the noun it counts."""
    value = share * _SCALES[scaled.group("scale").lower()]
    unit = _unit_at(text, scaled.end(), True)
    qualifier, bound = _QUALIFIERS.get(_qual_word(m), ("", ""))
    start = m.start() if qualifier else m.start("frac")
    if unit:
        dimension, unit_name, end, noun = unit.dimension, unit.unit, unit.end, ""
        value *= unit.factor
    else:
        dimension, unit_name = "count", ""
        noun, end = _counted_noun(text, scaled.end(), single=False)
        end = end if noun else scaled.end()
    lo, hi = _bounds(bound, value, value, dimension, unit_name)
    return _make(text, start, end, value, unit_name, dimension, qualifier, noun=noun, low=lo, high=hi), end


# --- comparing -----------------------------------------------------------------------------

# Units two nations measure differently, told without saying whose: a British outlet's "418 million gallons" of
# the "1.9 billion litres" another gives are imperial gallons, its "tons" may be long tons.
_OTHER_READING = {"gallon": "imperial gallon", "ton": "long ton"}


def _readings(q: Quantity) -> tuple[Quantity, ...]:
    """``q``, and ``q`` in the other nation's unit when its unit is measured differently by two
    (``_OTHER_READING``)."""
    other = _OTHER_READING.get(q.unit)
    if other is None:
        return (q,)
    scale = _FACTORS[(q.dimension, other)] / _FACTORS[(q.dimension, q.unit)]
    return q, replace(q, unit=other, low=q.low * scale, high=q.high * scale)


# A share told in words or as a rate ("nearly nine in ten", "a third") and one in per cent ("88%") are one measure.
_SHARES = frozenset({"fraction", "percent"})


def agree(a: Quantity, b: Quantity, *, tolerance: float = ROUNDING_TOLERANCE) -> bool:
    """Can both quantities be true of one thing (``_agree``)? A figure converted into another unit may
    be in either nation's unit where two measure it differently (``_readings``: "1.9 billion litres" /
    "roughly 418 million gallons"); two figures in one such unit are read alike."""
    if {a.dimension, b.dimension} == _SHARES:
        a, b = _as_percent(a), _as_percent(b)
    if a.unit == b.unit:
        return _agree(a, b, tolerance=tolerance)
    return any(_agree(x, y, tolerance=tolerance) for x in _readings(a) for y in _readings(b))


def _as_percent(q: Quantity) -> Quantity:
    """A share in words as the percentage it states ("a third" -> 33.3%), to compare with one in per cent."""
    if q.dimension != "fraction":
        return q
    return replace(q, value=100 * q.value, unit="%", dimension="percent", low=100 * q.low, high=100 * q.high)


def _agree(a: Quantity, b: Quantity, *, tolerance: float = ROUNDING_TOLERANCE) -> bool:
    """Can both quantities be true of one thing? They must share a dimension (and, for money,
    percentages and unscaled degrees, a unit) and their intervals must overlap. An exactly
    stated bound is widened by its rounding: half a unit of its last significant digit, at most
    ``tolerance`` of its size ("8 mph" agrees with "12 km/h"; ordinals are never rounded).
    Open bounds ("more than", "less than", a rounded end, the slack of "about", the top of a
    vague plural) exclude their end ("about 3,200" does not meet "about 3,400"); vague intervals
    are otherwise taken as they are; of two plain figures in one unit, the coarser's rounding must
    hold the finer. Counted nouns are not compared."""
    if tolerance < 0:
        raise ValueError(f"tolerance must be >= 0, got {tolerance}")
    if a.dimension != b.dimension:
        return False
    if (a.dimension in ("money", "percent") or "degree" in (a.unit, b.unit)) \
            and _SAME_MEASURE.get(a.unit, a.unit) != _SAME_MEASURE.get(b.unit, b.unit):
        return False
    if a.qualifier == b.qualifier == "" and a.unit == b.unit and a.dimension != "ordinal":
        # Two plain figures in one unit: the coarser is the finer rounded, so its rounding holds
        # the finer as stated ("2,100" holds 2,149 but not "2,150", which rounds to 2,200).
        fine, coarse = sorted((a, b), key=lambda q: _rounding(q.value, tolerance))
        (low, _), (high, _) = _sides(coarse, tolerance)
        return low <= fine.base < high or fine.base == coarse.base
    (lo_a, lo_a_open), (hi_a, hi_a_open) = _sides(a, tolerance)
    (lo_b, lo_b_open), (hi_b, hi_b_open) = _sides(b, tolerance)
    if a.qualifier == b.qualifier == "about":
        # Two rounded guesses agree when one's figure is in the other's slack ("about 6,000" /
        # "some 5,500"); slacks that merely touch ("about 6,000" / "some 5,000") are two figures.
        return lo_a <= b.base <= hi_a or lo_b <= a.base <= hi_b
    lo, lo_open = max((lo_a, lo_a_open), (lo_b, lo_b_open))  # on a tie the open side wins
    hi, hi_closed = min((hi_a, not hi_a_open), (hi_b, not hi_b_open))
    return lo < hi or (lo == hi and not lo_open and hi_closed)


def rounded_of(exact: Quantity, other: Quantity) -> bool:
    """Does ``other`` state ``exact``'s figure hedged and to fewer significant digits ("about 11,500", "nearly 1,200",
    "some 30,000" of 11,486, 1,184, 29,650), the two agreeing (``agree``)? News rounds a figure in its lead and gives it
    exactly further down; a hedge says the figure is rounded, where a plain round one may be another's exact figure
    ("300 metres" beside a "294-metre" ship). An exact figure has no qualifier."""
    if exact.qualifier or other.qualifier != "about" or exact.value == other.value:
        return False
    plain = replace(other, qualifier="", low=other.base, high=other.base)
    return _rounding(other.value, ROUNDING_TOLERANCE) > _rounding(exact.value, ROUNDING_TOLERANCE) and agree(exact, plain)


@lru_cache(maxsize=65536)
def _sides(q: Quantity, tolerance: float) -> tuple[tuple[float, bool], tuple[float, bool]]:
    """((low, low is open), (high, high is open)). An exactly stated side is widened by its
    rounding and left open: "20" is [19.5, 20.5), so it does not meet "21"."""
    def widen(base: float, direction: int) -> tuple[float, bool]:
        stated = _from_base(q.dimension, q.unit, base)
        rounding = 0.0 if q.dimension == "ordinal" else _rounding(stated, tolerance)
        widened = _to_base(q.dimension, q.unit, stated + direction * rounding)
        # A rounding below float resolution (after a unit conversion) leaves the point itself, closed.
        return (widened, True) if (widened - base) * direction > 0 else (base, False)
    # An approximation's slack is open: "about 3,200" [3,100, 3,300] and "about 3,400" meet only
    # at 3,300, a figure neither outlet would have rounded so.
    stated = _to_base(q.dimension, q.unit, q.value)
    approx = q.qualifier == "about"
    low = widen(q.low, -1) if q.qualifier in ("", "range", "at least") else (
        q.low, q.qualifier == "more than" or approx and q.low < stated)
    open_high = q.qualifier in ("less than", "vague") or approx and q.high > stated
    high = widen(q.high, 1) if q.qualifier in ("", "range", "up to") else (q.high, open_high)
    return low, high


@lru_cache(maxsize=65536)
def _rounding(stated: float, tolerance: float) -> float:
    """Half a unit of the last significant digit of ``stated`` ("250,000": 5,000; "4.2": 0.05),
    at most ``tolerance`` of it. Below 100 trailing zeros are taken as exact ("20": 0.5)."""
    if stated == 0:
        return 0.0
    digits = _digits(stated)
    last = digits.exponent
    if isinstance(last, str):  # "F" for an infinity, "n" for NaN: no last digit to round
        return 0.0
    if _in_words(digits):  # "a third": a share in words, rounded as loosely as the tolerance lets
        return tolerance * abs(stated)
    exponent = min(last, 0) if abs(stated) < 100 else last
    return min(0.5 * 10.0 ** exponent, tolerance * abs(stated))
