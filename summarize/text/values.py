"""Typed values a sentence states, read by the text layer and compared in normalised form.

A thin view over ``quantities``, ``dates`` and ``names`` for the stages that compare values
(support, conflicts, disputes): each ``Value`` keeps its span, a ``dimension`` that says what
kind of thing it measures, the counted noun or unit, and its reading (``span``). Two readings
need the names and the clause around a number: a number between commas after a person's name
is an age ("Ann Lee, 64,"), and a count of the dead has the noun "toll" however it is worded
("the death toll passed 150,000", "claimed 640 lives", "38 people were killed"); a part of a
counted whole counts what the whole counts ("38 of the 101 seats"); a result that counts a noun
(``quantities.scores``: "61 votes to 54", "a 5-4 vote") is one count, a tally. Quantities
agree by ``quantities.agree`` (conversions, intervals, rounding, one currency); dates agree
when the days they may denote overlap (relative dates resolved against the article's date);
names agree when one is the other, a part of it, or its initials.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import product
from typing import Iterable

from .clauses import clause_spans
from .dates import When
from .dates import dates as read_dates
from .names import AGE_GAP, Name, is_closed, is_demonym, proper_names
from .quantities import SCALE_WORDS, Quantity, Score, agree, number_value
from .quantities import quantities as read_quantities
from .quantities import scores as read_scores
from .senses import is_person, is_site, kinds, light_stem
from .tokens import is_past_form, stem

# Proper names that can be the value of a fact ("the driver, named as X"); untyped names and
# demonyms ("North Korean") are no values.
_NAME_KINDS = frozenset("person organisation place".split())
# "The number of injured has risen to 11": a fate standing for the people it befell, never a word
# that qualifies the noun after it; "has", "was" after the noun are its verb ("the number of
# cancellations has risen to 140" counts cancellations).
_NUMBER_OF_FATE = r"(?:injured|wounded|hurt|dead|missing|displaced|evacuated|homeless)"
_NUMBER_OF_RE = re.compile(rf"\b(?:number|toll|count|tally)\s+of\s+(?:({_NUMBER_OF_FATE})\b|"
                           rf"(?:(?!{_NUMBER_OF_FATE}\b)[a-z]+\s+)?(?!(?:has|was|is|does)\b)([a-z]+s|people)\b"
                           r"(?:\s+(?:still\s+|now\s+)?(\w+))?)", re.I)  # "the number of people still missing"
# A bare count after a body of people ("an entourage of 1,200", "a crowd of about 5,000") counts
# people, and so does one that says how strong the body is ("a 600-strong entourage", "the
# 3,000-strong workforce"). Searched over TALLY_REACH characters: linear.
_GROUP = (r"(?:crowd|throng|delegation|entourage|retinue|workforce|staff|contingent|congregation|audience|"
          r"population|team|party|group)")
_GROUP_OF_RE = re.compile(rf"\b{_GROUP}\s+of\s+$", re.I)
_STRONG_GROUP_RE = re.compile(rf"(?<=-strong)\s{{1,3}}(?:[a-z-]{{1,20}}\s{{1,3}})?{_GROUP}\b", re.I)
# A bare count after a plural noun and the verb "number" or "total" counts that noun ("the
# refugees now number more than 275,000"). Searched over TALLY_REACH characters: linear.
_NUMBERING_RE = re.compile(r"\b([a-z]{2,30}s)\s{1,3}(?:now\s{1,3}|still\s{1,3})?"
                           r"(?:number(?:s|ed)?|total(?:s|l?ed)?)\s{1,3}$", re.I)
# A bare count right after "voted" counts votes ("deputies voted 63 to 52"). Bounded: linear.
_VOTED_RE = re.compile(r"\bvot(?:ed|ing)\s{1,3}(?:by\s{1,3})?$", re.I)
# A bare count before "against" or "opposed" after votes counted in its sentence counts votes too
# ("84 votes in favour and 53 against"). Searched over TALLY_REACH characters: linear.
_AGAINST_RE = re.compile(r"\s{1,3}(?:against|opposed)\b", re.I)
_VOTES_RE = re.compile(r"\bvotes\b", re.I)
# A fact box's label before a bare count ("Homes flooded: 240", "- Persons on board: 336",
# "Injured: 17"): its words say what the count counts. Bounded: linear.
_LABEL_RE = re.compile(r"^\W{0,3}([A-Za-z][A-Za-z ,'’-]{0,60}?)\s{0,3}(?:\([^()]{0,30}\)\s{0,3})?:\s{1,3}$")
# What befell the people a count counts, said right after them ("six people remain missing", "40
# people were hurt", "five people are now known to have died", "13 people are now known to have been
# injured", "the number of people injured", "four people were initially reported dead"):
# people missing, injured or dead are other measures. Bounded runs of auxiliaries: linear.
_FATE_RE = re.compile(r"\s{1,3}(?:(?:were|was|are|is|have|has|had|been|be|remain(?:s|ed)?|still|now|reported|"
                      r"known|believed|feared|thought|confirmed|to|first|initially|originally|later)\s{1,3}){0,6}(\w+)", re.I)
# Where people a count counts are now, said right after them ("Four people remain in hospital",
# "three are still in custody"): those in a place are another measure than those taken there or
# hurt. Bounded runs: linear.
_STATE_RE = re.compile(r"\s{1,3}(?:(?:are|is|were|was|remain(?:s|ed)?|still|now)\s{1,3}){1,3}in\s{1,3}"
                       r"(?:a\s{1,3}|the\s{1,3})?([a-z]{3,30})\b", re.I)
# A bare count of a group named before it ("Two of them remain in hospital"): where they are is
# what it counts, as for "two people". Bounded: linear.
_OF_THEM_RE = re.compile(r"\s{1,3}of\s{1,3}(?:them|those|whom)\b", re.I)
_FATES = {"missing": "missing", "unaccounted": "missing", "injured": "injured", "hurt": "injured",
          "wounded": "injured", "rescued": "rescued", "arrested": "arrested", "detained": "arrested",
          "evacuated": "evacuated", "displaced": "displaced", "hospitalised": "hospitalised",
          "hospitalized": "hospitalised", "dead": "toll", "killed": "toll", "died": "toll"}
# What befalls people in news is counted as it grows: a later count of these is a running total.
TALLIES = frozenset(_FATES.values())
# A count of the dead is one measure however it is worded: a bare count or a count of people that
# a death toll is said to reach in its clause ("the death toll passed 150,000", "the confirmed
# death count is over 120,000", "the toll rose, passing 80,000 people"), and people a disaster
# "claimed" or who were "killed" or "died" ("claimed 175,000 lives", "40 people were killed").
# Each is searched over at most TALLY_REACH characters next to the count, so it stays linear.
_TALLY_RE = re.compile(r"\b(?:toll|(?:death|casualty|body)\s+count)\b[^,;:.!?()\"“”]*$", re.I)
_KILLED_BEFORE_RE = re.compile(r"\b(?:claimed|killed|killing|claiming)\s+(?:the\s+lives\s+of\s+)?$", re.I)
_KILLED_AFTER_RE = re.compile(r"^\s+(?:(?:were|was|are|have|has|had)\s+)?(?:been\s+)?(?:killed|dead|died)\b", re.I)
# Taken to hospital, in any of the verbs news uses ("were rushed to hospital", "have been admitted
# to the city's hospitals", "treated in hospital"): hospitalised, as a running count. Bounded: linear.
_TAKEN_IN = frozenset("taken admitted rushed airlifted flown brought sent treated".split())
_TO_HOSPITAL_RE = re.compile(r"\s{1,3}(?:to|in|into|at)\s{1,3}(?:(?:a|the|local|nearby|[A-Z][\w'’-]{0,30})\s{1,3}){0,3}"
                             r"hospitals?\b", re.I)
# The same fates said by a participle before the count ("injuring 14 people", "rescuing 30 people").
_FATE_BEFORE_RE = re.compile(r"\b(injuring|wounding|hurting|rescuing|arresting|detaining|evacuating|displacing)\s+$",
                             re.I)
# Care named by what it treats ("were treated for smoke inhalation", "treated for cold-related symptoms"):
# it befell them, as care in a hospital does. Bounded: linear.
_TREATED_FOR_RE = re.compile(r"\s{1,3}for\b", re.I)
# Evacuation told in other words: people "told / ordered / forced / had to leave" their homes, "out of"
# their homes, "ordered out" or "moved out of" a place, or whom something forced "from their homes". Bounded runs: linear.
_LEFT_HOME_RE = re.compile(r",?\s{1,3}(?:(?:have|has|had|were|was|are|is|been|being|now)\s{1,3}){0,4}"
                           r"(?:(?:told|ordered|forced|urged|had)\s{1,3}to\s{1,3}(?:leave|flee|evacuate)|"
                           r"(?:left|fled|out\s{1,3}of)\s{1,3}(?:their|its|his|her)\s{1,3}homes?|"
                           r"(?:moved|ordered|forced|driven|taken)\s{1,3}out)\b", re.I)
_FORCED_RE = re.compile(r"\b(?:forc(?:ing|ed)|driv(?:ing|en))\s{1,3}$", re.I)
_FROM_HOME_RE = re.compile(r"(?:\s{1,3}of\s{1,3}[^,;:.!?()]{0,60}?)?\s{1,3}(?:(?:from|out\s{1,3}of)\s{1,3}|to\s{1,3}(?:leave|flee)\s{1,3})"
                           r"(?:their|its|his|her)\s{1,3}homes?\b", re.I)
_FATE_OF = {"injuring": "injured", "wounding": "injured", "hurting": "injured", "rescuing": "rescued",
            "arresting": "arrested", "detaining": "arrested", "evacuating": "evacuated", "displacing": "displaced"}
# The nouns of those fates count the same ("21 deaths", "12 injuries", "five arrests", "fatalities",
# "8,000 evacuees").
_FATE_NOUNS = {stem(noun): fate for noun, fate in (("deaths", "toll"), ("fatalities", "toll"), ("injuries", "injured"),
                                                   ("arrests", "arrested"), ("rescues", "rescued"),
                                                   ("evacuations", "evacuated"), ("evacuees", "evacuated"),
                                                   ("hospitalisations", "hospitalised"),
                                                   ("hospitalizations", "hospitalised"))}
_PEOPLE = frozenset("peopl person victim live".split())
# Kinds of person: what befell them is what befell people ("12 men were injured" counts the
# injured, as "12 people were injured" does), of one kind (``person_kind``).
_KIND_OF = {stem(plural): kind for kind, plural in
            (("man", "men"), ("woman", "women"), ("child", "children"), ("adult", "adults"), ("boy", "boys"),
             ("girl", "girls"), ("man", "man"), ("woman", "woman"), ("child", "child"), ("adult", "adult"),
             ("boy", "boy"), ("girl", "girl"))}
PERSON_KINDS = frozenset(_KIND_OF)
TALLY_REACH = 80
# Temporal spans compared as days; times of day as minutes; the rest ("the 1990s") is not a stated value.
_DAY_KINDS = frozenset("date week month quarter year".split())


@dataclass(frozen=True)
class Value:
    """One stated value: ``kind`` is quantity, date or name; ``dimension`` what it measures
    (duration, count, money, ..., date, time, or the kind of name); ``noun`` the counted noun
    (stemmed) or the unit; ``low``..``high`` its interval (base unit, day ordinal or minute)."""

    kind: str
    dimension: str
    text: str
    start: int
    end: int
    low: float
    high: float
    noun: str = ""
    label: str = ""
    span: Quantity | Score | When | Name | None = None

    @property
    def exact(self) -> bool:
        return self.low == self.high

    @property
    def figure(self) -> float:
        """The figure stated, in its base unit ("more than 275,000" -> 275000; a range's midpoint), else ``low``."""
        return self.span.base if isinstance(self.span, Quantity) else self.low

    def compatible(self, other: "Value") -> bool:
        """Can both be true of the same thing?"""
        if self.kind != other.kind or self.dimension != other.dimension:
            return False
        if isinstance(self.span, Quantity) and isinstance(other.span, Quantity):
            return agree(self.span, other.span)
        if isinstance(self.span, Score) and isinstance(other.span, Score):  # "61 to 54" is not "61 to 52"
            return sorted(self.span.counts) == sorted(other.span.counts)
        if self.kind == "name":
            return same_name(self.label, other.label)
        return self.low <= other.high and other.low <= self.high


# A bare whole number set off by commas right after a person's name is the person's age
# ("Edna Hollis, 78, the oldest entrant", "Desmond Rawle, now 71,"), as news style writes ages.
_AGE_GAP_RE = re.compile(AGE_GAP)
_AGE_END_RE = re.compile(r"\s{0,3}(?:[,;)]|\.?$)")
MAX_AGE = 120
# A sentence may open with the surname alone ("Sloane, 58, was found guilty"), which the names
# layer leaves untyped at the start of a sentence: a capitalised word there stands for the person.
_OPENING_NAME_RE = re.compile(r"\W{0,2}([A-Z][\w'’-]{1,30})(?=,)")
# A kind of person named with a determiner and set off before an age ("a woman, 44,", "the victim, aged 71,")
# holds it as a name does; the noun is a person's and no place's by WordNet (``_only_a_person``). Bounded: linear.
_PERSON_NOUN_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s{1,3}(?:[a-z-]{2,20}\s{1,3})?([a-z]{2,20})"
                             rf"(?={AGE_GAP}\d{{1,3}},)")


def _only_a_person(stem: str) -> bool:
    """Does the noun ``stem`` name a kind of person and no place in any sense (WordNet: a "ward" is both)?"""
    return is_person(stem) and not is_site(stem) and not any(map(is_site, kinds(stem)))


def _appositive_age(q: Quantity, text: str, persons: list[tuple[int, int]]) -> Quantity:
    """``q`` as an age in years when it is a bare number between commas after a person's name
    or a kind of person (``_PERSON_NOUN_RE``), else ``q`` unchanged."""
    if q.dimension != "count" or q.noun or q.qualifier or not (0 < q.value <= MAX_AGE) or q.value != int(q.value):
        return q
    if not _AGE_END_RE.match(text, q.end) or not any(
            end <= q.start and _AGE_GAP_RE.fullmatch(text[end:q.start]) for _, end in persons):
        return q
    return replace(q, dimension="age", unit="year")


# A bare number right after the word "age" ("the retirement age to 65", "from 60 to 63", "a voting
# age of 16") is an age in years. Bounded: linear.
_AGE_WORD_RE = re.compile(r"\bage\s{1,3}(?:(?:from|of|at|to)\s{1,3})?(?:\d{1,3}\s{1,3}to\s{1,3})?$", re.I)


def _age_named(q: Quantity, text: str) -> Quantity:
    """``q`` as an age in years when it is a bare whole number after the word (``_AGE_WORD_RE``),
    else ``q`` unchanged."""
    if q.dimension != "count" or q.noun or not (0 < q.value <= MAX_AGE) or q.value != int(q.value) \
            or not _AGE_WORD_RE.search(text, max(0, q.start - 30), q.start):
        return q
    return replace(q, dimension="age", unit="year")


# A bare number right after "magnitude" ("a magnitude 6.4 earthquake", "of magnitude 6.2") is a
# magnitude, as "6.4-magnitude" is (``quantities`` reads the unit written after the number).
_MAGNITUDE_RE = re.compile(r"\bmagnitude\s{1,3}(?:(?:of|at|as)\s{1,3})?$", re.I)


def _magnitude(q: Quantity, text: str) -> Quantity:
    """``q`` as a magnitude when it is a bare number right after the word, else ``q`` unchanged."""
    if q.dimension != "count" or q.noun or q.qualifier or not _MAGNITUDE_RE.search(text[max(0, q.start - 20):q.start]):
        return q
    return replace(q, dimension="magnitude", unit="magnitude")


# People a count calls held ("15 jailed members of the group", "40 imprisoned activists") are
# prisoners, whatever noun names them: one measure with "12 prisoners".
_HELD = frozenset("jailed imprisoned incarcerated".split())
_PRISONERS = stem("prisoners")


# "pounds" before "of" and a thing is a weight ("44,000 pounds of engine parts"); a sum in pounds
# is of money, aid or the like ("2 million pounds of public money"), or of a whole named before
# ("300 pounds of the fund"). Bounded: linear.
_POUNDS_OF_RE = re.compile(r"\s{1,3}of\s{1,3}(?!(?:the|a|an|its|his|her|their|our|this|that)\b)"
                           r"(?!(?:[a-z-]{1,20}\s{1,3})?(?:money|funds?|funding|aid|cash|investment|spending|savings|"
                           r"revenue|debts?|damages?|support|subsid\w*|taxpayers\W*)\b)[a-z]")
_POUND_KG = 0.45359237


def _weight(q: Quantity, text: str) -> Quantity:
    """``q`` as a weight in pounds when it is "pounds" before "of" and a thing (``_POUNDS_OF_RE``),
    which ``quantities`` reads as money unless a word of weighing is near; else ``q`` unchanged."""
    if q.dimension != "money" or q.unit != "GBP" or not q.text.lower().endswith(("pounds", "pound")) \
            or not _POUNDS_OF_RE.match(text, q.end):
        return q
    return replace(q, dimension="mass", unit="lb", low=q.low * _POUND_KG, high=q.high * _POUND_KG)


def _quantity(q: Quantity, text: str) -> Value:
    noun = stem(q.noun.split()[-1].lower()) if q.noun else q.unit
    if q.dimension == "count" and q.noun and _HELD & set(q.text.lower().split()[:-1]):
        noun = _PRISONERS
    fate = ""
    if q.dimension == "count" and not q.noun:
        # "the number of people killed had reached 2,870" counts people killed; "an entourage of
        # 1,200" counts people
        said = _NUMBER_OF_RE.findall(text[:q.start])
        if said and said[-1][0]:  # "the number of injured": people, and what befell them
            noun, fate = "peopl", said[-1][0].lower()
        else:
            noun, fate = (stem(said[-1][1].lower()), said[-1][2].lower()) if said else ("", "")
        numbering = None if said else _NUMBERING_RE.search(text[max(0, q.start - TALLY_REACH):q.start])
        if numbering:
            noun = stem(numbering.group(1).lower())
        elif not said and (_GROUP_OF_RE.search(text[max(0, q.start - TALLY_REACH):q.start])
                           or _STRONG_GROUP_RE.match(text, q.end)):
            noun = "peopl"
        elif not said and (label := _labelled(text[:q.start])):
            noun, fate = label
        elif not said and (_VOTED_RE.search(text[max(0, q.start - 20):q.start]) or _AGAINST_RE.match(text, q.end)
                           and _VOTES_RE.search(text[max(0, q.start - TALLY_REACH):q.start])):
            noun = "vote"
    if q.dimension == "count" and not (noun in _PEOPLE or noun in PERSON_KINDS or not noun) and _person(q) \
            and _left_home(q, text):
        # "forcing 6,000 residents to leave their homes": the evacuated, as for "6,000 people" (a fate
        # word after them keeps the noun, as for every fate: "300 residents were evacuated")
        noun = "evacuated"
    elif q.dimension == "count" and (noun in _PEOPLE or noun in PERSON_KINDS or not noun):
        # its own fate first, said after it (after "of them": "four of them were injured") or by a
        # participle before it: "the number killed rose to 112, with 540 injured"; "injuring more than 200"
        of_them = None if noun else _OF_THEM_RE.match(text, q.end)
        m = _FATE_RE.match(text, of_them.end() if of_them else q.end)
        fate = m.group(1).lower() if m and m.group(1).lower() in _FATES else fate
        if fate not in _FATES and (b := _FATE_BEFORE_RE.search(text[max(0, q.start - 20):q.start])):
            fate = _FATE_OF[b.group(1).lower()]
        if fate not in _FATES and (noun in _PEOPLE or noun in PERSON_KINDS) and _left_home(q, text):
            fate = "evacuated"
        # a bare count still counts nothing, unless it is a group named before ("Two of them")
        state = _STATE_RE.match(text, of_them.end() if of_them else q.end) if noun or of_them else None
        noun = "toll" if _dead(q, text) else _FATES.get(fate, f"in {stem(state.group(1).lower())}" if state else noun)
    else:  # "21 deaths", "43 heat deaths": the toll; "12 injuries": the injured
        noun = _FATE_NOUNS.get(noun, noun)
    return Value("quantity", q.dimension, q.text, q.start, q.end, q.low, q.high, noun=noun,
                 label=_number_words(q), span=q)


def _person(q: Quantity) -> bool:
    """Does a count's noun name a kind of person (``senses.is_person``: "residents", "villagers")?"""
    return bool(q.noun) and is_person(light_stem(q.noun.split()[-1]))




def after_label(text: str, start: int) -> bool:
    """Does the value at ``start`` follow its line's label (``_LABEL_RE``: "Homes flooded: 240")?
    A fact box states its figures so, as they stand when it is issued."""
    return _LABEL_RE.match(text[:start]) is not None


def box_label(text: str, start: int) -> str:
    """The label of a fact box's line that the value at ``start`` follows ("Total liabilities identified to
    date: £52.3m", "- Turnout: 52%"), else "": what the line states the value of."""
    m = _LABEL_RE.match(text[:start])
    return m.group(1) if m else ""


# The prepositions that open a participle's phrase in a fact box's label ("Passengers rescued from the water").
_LABEL_PREPOSITIONS = frozenset("for to in at from without by into on".split())


def fate_label(text: str, start: int) -> bool:
    """Does the value at ``start`` follow a label that tells what befell what it counts, its last
    word a participle or a fate ("Barns flattened: 61", "Boats sunk: 12", "Missing: 3"), or a participle
    after its noun opens a phrase ("Passengers taken to hospital: 14")?
    Such a line gives the count as it stands when the box is issued; a label that only names a
    figure or a kind ("Turnout: 52%", "Rejected ballot papers: 214") states a result."""
    m = _LABEL_RE.match(text[:start])
    if not m:
        return False
    words = [w.strip(",'’-") for w in m.group(1).lower().split()]
    # "Jobs lost", "Shops shut"; a participle before its phrase, "Passengers rescued from"; not "Children: 5"
    return words[-1] in _FATES or is_past_form(words[-1]) \
        or any(is_past_form(w) and nxt in _LABEL_PREPOSITIONS for w, nxt in zip(words[1:], words[2:]))


def _labelled(before: str) -> tuple[str, str] | None:
    """What a bare count after a fact box's label (``_LABEL_RE``) counts: (noun, fate), the
    label's first plural noun ("Homes flooded" -> homes; "Field engineers deployed" -> engineers)
    or people that befell the fate it names ("Injured", "Missing", "Residents evacuated"); ``None``
    when it names neither."""
    m = _LABEL_RE.match(before)
    if not m:
        return None
    words = m.group(1).lower().split()
    if words[0] in _FATES:
        return "", words[0]
    plural = next((w for w in words if w == "people" or w.endswith("s") and not w.endswith("ss")), None)
    if plural and plural != "people" and _FATES.get(words[-1]) == "evacuated" and is_person(light_stem(plural)):
        return "", "evacuated"  # "Residents evacuated": the evacuated, as ``_quantity`` reads them in a sentence
    return (stem(plural), "") if plural else None


# A figure its sentence sets aside for another ("14 people, not 11 as first reported", "rather than 11").
_SET_ASIDE_RE = re.compile(r"\b(?:not|rather\s{1,3}than|instead\s{1,3}of)\s{1,3}$", re.I)


def set_aside(text: str, v: Value) -> bool:
    """Is the quantity ``v`` of ``text`` a figure its sentence corrects ("not 11 as first reported")?"""
    return v.kind == "quantity" and bool(_SET_ASIDE_RE.search(text, max(0, v.start - 20), v.start))


def _left_home(q: Quantity, text: str) -> bool:
    """Were the people a count counts made to leave their homes, in words other than "evacuated"
    ("About 900 people have been told to leave", "forcing about 600 people from their homes",
    "forcing 6,000 residents of two towns to leave their homes")?"""
    return bool(_LEFT_HOME_RE.match(text, q.end)
                or _FORCED_RE.search(text[max(0, q.start - 20):q.start]) and _FROM_HOME_RE.match(text, q.end))


def person_kind(v: Value) -> str:
    """The kind of person a count names ("12 men" -> man, "three girls" -> girl), or "" when it
    names people of no one kind ("12 people") or no person."""
    noun = v.span.noun if isinstance(v.span, Quantity) and v.dimension == "count" else ""
    return _KIND_OF.get(stem(noun.split()[-1]), "") if noun else ""


# Words after a count in its clause that tell it of those still so ("are still in hospital", "remain missing").
STILL_RE = re.compile(r"\b(?:still|remain(?:s|ing)?)\b", re.I)


def told_still(text: str, start: int, end: int) -> bool:
    """Whether the count at ``start``..``end`` of ``text`` is told of those still so, after it in its clause ("two
    walkers were still in hospital", "five remain missing"): a part left of all once so, not the count of them all;
    not "the toll remains at seven", whose count is the whole."""
    return any(STILL_RE.search(text, max(a, end), b) for a, b in clause_spans(text, start) if b > end)


def told_after(text: str, v: Value) -> str:
    """The word right after a count, past its auxiliaries (``_FATE_RE``), lower-cased: what befell
    what it counts ("450 homes had been evacuated" -> "evacuated"), or ""."""
    m = _FATE_RE.match(text, v.end)
    return m.group(1).lower() if m else ""


def befell(text: str, v: Value) -> bool:
    """Does a count tell what befell what it counts ("two passengers were killed", "injuring
    14 workers", "the toll", "nine runners have been taken to hospital", "six were treated for burns")? Such counts run as news
    comes in, whatever noun they count."""
    if v.dimension != "count":
        return False
    if v.noun in TALLIES:
        return True
    m = _FATE_RE.match(text, v.end)
    before = text[max(0, v.start - 20):v.start]
    return bool(m and (m.group(1).lower() in _FATES or m.group(1).lower() in _TAKEN_IN
                       and _TO_HOSPITAL_RE.match(text, m.end())
                       or m.group(1).lower() == "treated" and _TREATED_FOR_RE.match(text, m.end()))
                or _FATE_BEFORE_RE.search(before) or _KILLED_BEFORE_RE.search(before))


def counts_dead(text: str, v: Value) -> bool:
    """Is the count ``v`` a count of the dead, whatever kind of person it names ("killing three
    workers", "one worker was killed": ``_dead``)?"""
    return v.dimension == "count" and isinstance(v.span, Quantity) and _dead(v.span, text)


def _dead(q: Quantity, text: str) -> bool:
    """Is a count (of people, or bare) a count of the dead (``_TALLY_RE`` and the verbs of killing)?"""
    before = text[max(0, q.start - TALLY_REACH):q.start]
    if _TALLY_RE.search(before):
        return True
    after = text[q.end:q.end + TALLY_REACH]
    return bool(q.noun) and bool(_KILLED_BEFORE_RE.search(before) or _KILLED_AFTER_RE.match(after))


def _number_words(q: Quantity) -> str:
    """A count as shown: its words up to the last number ("26 other world leaders" -> "26",
    "tens of thousands of troops" -> "tens of thousands"); other quantities as written."""
    words = q.text.split()
    if q.dimension != "count":
        return " ".join(words)
    while len(words) > 1 and not any(c.isdigit() for c in words[-1]) and number_value(words[-1].lower()) is None \
            and number_value("one " + words[-1].lower().removesuffix("s")) is None:
        words.pop()
    return _SCALE_GLUED_RE.sub(lambda m: f"{m.group(1)} {SCALE_WORDS[m.group(2).lower()]}", " ".join(words))


# A count's scale glued to its number ("about 1.8m packs") is written out when the noun is left
# off: "about 1.8m" alone reads as metres.
_SCALE_GLUED_RE = re.compile(r"(\d(?:[\d,.]{0,20}\d)?)(k|m|mn|bn?|trn|tn)$", re.I)


# A day said against its article's date is labelled with the calendar day it resolves to
# ("Tuesday (= 2026-05-19)"): a side shows both, an answer says it as its sentence does.
RESOLVED_LABEL_RE = re.compile(r" \(= (\d{4}-\d{2}-\d{2})\)")


def as_said(label: str) -> str:
    """A value's label as its sentence says it, without the calendar day it resolves to
    ("Monday (= 2026-05-18)" -> "Monday")."""
    return RESOLVED_LABEL_RE.sub("", label)


def _date(w: When) -> Value | None:
    if w.kind == "time" and w.time[:2].isdigit():
        minutes = float(int(w.time[:2]) * 60 + int(w.time[3:5]))
        return Value("date", "time", w.text, w.start, w.end, minutes, minutes, label=w.text, span=w)
    if w.kind not in _DAY_KINDS or not w.resolved or w.low is None or w.high is None:
        return None
    label = f"{w.text} (= {w.low.isoformat()})" if w.anchor_relative and w.low == w.high else w.text
    return Value("date", "date", w.text, w.start, w.end, float(w.low.toordinal()), float(w.high.toordinal()),
                 noun=w.kind, label=label, span=w)


def _name(n: Name) -> Value:
    return Value("name", n.kind, n.text, n.start, n.end, 0.0, 0.0, label=n.text, span=n)


# A part taken from a counted whole ("38 of the 101 seats", "450 of the site's 1,200 jobs") counts what
# the whole counts. Bounded runs: linear.
_PART_OF_RE = re.compile(r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|its|their|his|her|our|these|those)\s{1,3})?"
                         r"(?:[\w-]{1,40}['’]s\s{1,3})?")


def _part_of(v: Value, whole: Value, text: str) -> bool:
    """Is count ``v`` a part taken from the counted ``whole`` right after it (``_PART_OF_RE``)?"""
    if v.dimension != "count" or whole.dimension != "count" or v.noun not in ("", whole.noun) or not whole.noun:
        return False
    m = _PART_OF_RE.match(text, v.end)
    return m is not None and m.end() == whole.start


def _parts_counted(found: list[Value], text: str) -> list[Value]:
    """``found`` with each bare count before its whole (``_part_of``) given the whole's noun."""
    return [replace(v, noun=after.noun) if not v.noun and _part_of(v, after, text) else v
            for v, after in zip(found, found[1:])] + found[-1:]


def _tallied(found: list[Value], text: str) -> list[Value]:
    """``found`` with each tally that ``quantities.scores`` reads (a result with a noun: "61 votes
    to 54", "voted 63 to 52", "a 5-4 vote"; a game's score is none) as one count: its first count,
    with the noun, shown with both ("61 to 54", "5-4")."""
    out = list(found)
    for s in read_scores(text):
        if not s.noun:
            continue
        inside = [k for k, v in enumerate(out) if s.start <= v.start and v.end <= s.end]
        noun = next((out[k].noun for k in inside if out[k].noun), "") or stem(s.noun)
        label = " to ".join(out[k].label for k in inside) if len(inside) == 2 else s.text
        low, high = (out[inside[0]].low, out[inside[0]].high) if inside else (s.counts[0], s.counts[0])
        tally = Value("quantity", "count", s.text, s.start, s.end, low, high, noun=noun, label=label, span=s)
        at = inside[0] if inside else sum(v.start < s.start for v in out)
        out[at:inside[-1] + 1 if inside else at] = [tally]
    return out


# A bare count listed after "including" counts what the count before it counts ("killed 41 people,
# including 19 in Chicago and 12 in St. Louis"), and so does one joined to it by "and". Bounded: linear.
_INCLUDING_RE = re.compile(r"\bincluding\s{1,3}$", re.I)
_AND_RE = re.compile(r"\s{1,3}and\s{1,3}")
# A bare count a change runs to counts what the count it runs from counts ("extended from 38
# batches to 52"). Bounded: linear.
_FROM_RE = re.compile(r"\bfrom\s{1,3}$", re.I)
_TO_RE = re.compile(r"\s{1,3}to\s{1,3}")


def _listed(found: list[Value], text: str) -> list[Value]:
    """``found`` with each bare count listed after a count of a noun (``_INCLUDING_RE``), or that
    a change runs to from a count of a noun (``_FROM_RE``, ``_TO_RE``), given its noun."""
    out: list[Value] = []
    noun, listing = "", False
    for v in found:
        if v.dimension == "count" and not v.noun and noun and (
                _INCLUDING_RE.search(text, max(0, v.start - 12), v.start)
                or listing and out and _AND_RE.search(text, out[-1].end, v.start)
                or out and out[-1].noun == noun and _TO_RE.fullmatch(text, out[-1].end, v.start)
                and _FROM_RE.search(text, max(0, out[-1].start - 8), out[-1].start)):
            v, listing = replace(v, noun=noun), True
        else:
            listing = False
        if v.dimension == "count" and v.noun and not listing:
            noun = v.noun
        out.append(v)
    return out


def wholes(found: list[Value], text: str) -> frozenset[int]:
    """Where each counted whole that a part of ``text`` is taken from starts ("six of eight
    counts": the whole is the total; what the sentence tells of is the part)."""
    return frozenset(whole.start for v, whole in zip(found, found[1:]) if _part_of(v, whole, text))


def values(text: str, anchor: _dt.date | None = None) -> list[Value]:
    """Every quantity, date (resolved against ``anchor``, the article's date) and name in
    ``text``, in order of position; a date inside a quantity's span is left to the quantity.
    Read once per text and anchor: values are frozen, and every stage tells them apart by content,
    so all callers share them."""
    return list(_values(text, anchor))


@lru_cache(maxsize=1 << 14)
def _values(text: str, anchor: _dt.date | None) -> tuple[Value, ...]:
    """``values`` of ``text`` against ``anchor``, cached: a sentence is read by each index, the
    answerer and the disagreement stage, and again by every question an archive asks of it."""
    read = proper_names(text)
    persons = [(n.start, n.end) for n in read if n.kind == "person"]
    opening = _OPENING_NAME_RE.match(text)
    if opening and not is_closed(opening.group(1)) and not any(n.start == opening.start(1) for n in read):
        persons.append(opening.span(1))
    persons += [m.span(1) for m in _PERSON_NOUN_RE.finditer(text) if _only_a_person(light_stem(m.group(1)))]
    typed = [_weight(_magnitude(_age_named(_appositive_age(q, text, persons), text), text), text)
             for q in read_quantities(text) if q.dimension != "ordinal"]
    found = _listed(_parts_counted(_tallied([_quantity(q, text) for q in typed], text), text), text)
    taken = [(v.start, v.end) for v in found]
    for w in read_dates(text, anchor):
        v = _date(w)
        if v and not any(a < v.end and v.start < b for a, b in taken):
            found.append(v)
            taken.append((v.start, v.end))
    found += [_name(n) for n in proper_names(text) if n.kind in _NAME_KINDS and not _demonym(n)
              and not any(a < n.end and n.start < b for a, b in taken)]
    return tuple(sorted(found, key=lambda v: (v.start, v.end)))


def _demonym(n: Name) -> bool:
    """Does a name end in a demonym ("North Korean")? A person's surname may be one ("Reza
    Tehrani", "Ali Baghdadi"): a person of two words or more is a name."""
    words = n.text.split()
    return is_demonym(words[-1]) and not (n.kind == "person" and len(words) > 1)


def same_name(a: str, b: str) -> bool:
    """Equal names, one inside the other (by whole words), or one the initials of the other."""
    fa, fb = a.lower().replace(".", "").split(), b.lower().replace(".", "").split()
    ja, jb = f" {' '.join(fa)} ", f" {' '.join(fb)} "
    if ja in jb or jb in ja:
        return True

    def initials(ws: list[str]) -> str:
        return "".join(w[0] for w in ws if w not in ("of", "the", "and"))

    return "".join(fa) == initials(fb) or "".join(fb) == initials(fa)


def _spelled_alike(a: str, b: str) -> bool:
    """Are two words one word spelled two ways: equal, or one letter changed, added or dropped
    ("Lindsey" / "Lindsay", "Germaine" / "Jermaine"; words of three letters or more)?"""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    head = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[head + 1:] == b[head + 1:] or a[head:] == b[head + 1:] or a[head + 1:] == b[head:]


def swapped_name(a: str, b: str) -> bool:
    """Are two names of two words one person's with first name and surname swapped, each word
    spelled alike (``_spelled_alike``): "Lindsey Germaine" / "Jermaine Lindsay"? A hurried early
    report can write a name so; read both ways, it is one name told two ways, not two people."""
    wa, wb = a.lower().split(), b.lower().split()
    return len(wa) == len(wb) == 2 and wa != wb and wa != wb[::-1] \
        and _spelled_alike(wa[0], wb[1]) and _spelled_alike(wa[1], wb[0])


def _dropped(word: str) -> set[str]:
    """The word and each form of it with one letter dropped: two words one letter apart share one."""
    return {word} | {word[:k] + word[k + 1:] for k in range(len(word))}


def swapped_pairs(names: Iterable[str]) -> list[tuple[str, str]]:
    """The pairs of ``names`` that are one name swapped (``swapped_name``), each in sorted order,
    found through an index of their words with a letter dropped (``_dropped``): a few keys per name,
    not every pair of names, as an archive names thousands."""
    two = sorted({n for n in names if len(n.split()) == 2})
    index: dict[tuple[str, str], list[str]] = {}
    for n in two:
        first, last = n.lower().split()
        for key in product(_dropped(first), _dropped(last)):
            index.setdefault(key, []).append(n)
    found: set[tuple[str, str]] = set()
    for n in two:
        first, last = n.lower().split()
        for key in product(_dropped(last), _dropped(first)):
            found.update((n, m) for m in index.get(key, ()) if n < m and swapped_name(n, m))
    return sorted(found)


# A hedge before a time of day: "about 9.25 p.m." may be a quarter of an hour either way, "shortly before 6am"
# a half hour before it, "just after 2am" a half hour after. Bounded.
_CLOCK_HEDGE_RE = re.compile(r"\b(?:(about|around|approximately|roughly|some)|(?:shortly|just|soon)\s{1,3}"
                             r"(before|after))\s{1,3}$", re.I)
CLOCK_SLACK = 15.0
CLOCK_SIDE = 30.0


def clock_hedge(text: str, at: int) -> tuple[int, float, float] | None:
    """The hedge right before the time of day at ``at`` of ``text`` (``_CLOCK_HEDGE_RE``): where it starts and how
    many minutes earlier and later the moment may be; ``None`` for a time told as it is. The conflict stage and
    the answerer's rivals read a time's slack here."""
    m = _CLOCK_HEDGE_RE.search(text, max(0, at - 20), at)
    if m is None:
        return None
    if m.group(1):
        return m.start(), CLOCK_SLACK, CLOCK_SLACK
    before = m.group(2).lower() == "before"
    return m.start(), CLOCK_SIDE if before else 0.0, 0.0 if before else CLOCK_SIDE


# --- scope: a figure per item, a cap, or a total ------------------------------------------------------------------
# News states one measure per item and in all: "Each of the clubs has been given £6,000" beside "the board gave
# £30,000 in total"; "grants of up to £12,000 per farm" beside "a £3m scheme". ``scope`` reads which a figure is.
EACH, CAP, TOTAL = "each", "cap", "total"
# Units of time after "each", "every", "per" or "a" make a rate ("£9,000 a year", "every day"), no item.
_TIME_WORDS = r"(?:year|month|week|fortnight|day|night|hour|minute|second|annum|season|term|quarter|cent|decade)s?\b"
# Per item, told after the figure: "£6,000 each", "£40 apiece", "£12,000 per farm", "£15 to each ticket holder", "£12 a
# head", "412 pence for each Ostwick share", "£3 a litre". Bounded: linear.
_EACH_AFTER_RE = re.compile(r"\s{0,3}(?:each\b|apiece\b|(?:(?:to|for|from|on|of)\s{1,3})?(?:each|every|per|an?)\s{1,3}"
                            r"(?:[A-Z][\w'’-]{0,30}\s{1,3}){0,2}"
                            rf"(?!{_TIME_WORDS}|other\b|one\s{{1,3}}of\s{{1,3}}(?:us|them)\b)[a-z]{{2,20}}\b)")
# Per item, told before it in its clause: "Each of the clubs has been given", "each will receive", "offered every
# passenger", "an average of", "averaging"; not "each year", "each other". Bounded: linear.
_EACH_BEFORE_RE = re.compile(rf"\b(?:each|every)\b(?!\s{{1,3}}(?:{_TIME_WORDS}|other\b))|"
                             r"\baverag(?:e|ed|ing)\s{1,3}(?:of\s{1,3})?(?:about\s{1,3}|around\s{1,3}|some\s{1,3})?$",
                             re.I)
# A cap or limit set on a figure, told right before it: "up to", "at most", "no more than", "a maximum of", "capped
# at", "limited to" (a hedged estimate, "as many as", is none). Bounded: linear.
_CAP_WORDS = (r"(?:(?<!add\s)(?<!adds\s)(?<!added\s)(?<!adding\s)up\s{1,3}to|at\s{1,3}most|"
              r"(?:no|not)\s{1,3}more\s{1,3}than|(?:a\s{1,3})?maximum(?:\s{1,3}of)?|"
              r"capped\s{1,3}at|limited\s{1,3}to|(?:a\s{1,3})?(?:cap|limit|ceiling)\s{1,3}of|(?:must\s{1,3})?not\s{1,3}"
              r"exceed(?:ing)?)")
_CAP_BEFORE_RE = re.compile(rf"\b{_CAP_WORDS}\s{{1,3}}$", re.I)
_CAP_LEAD_RE = re.compile(rf"{_CAP_WORDS}\s", re.I)
# A total, told right before it ("a total of", "totalling", "add up to", "the combined bill of", "in all,") or after
# it within three words ("£30,000 in total", "£8.5m altogether", "£9m between them", "£6m combined"). Bounded: linear.
_TOTAL_BEFORE_RE = re.compile(r"\b(?:(?:a\s{1,3})?total\s{1,3}of|totall?(?:ed|ing|s)|in\s{1,3}(?:all|total),?|"
                              r"add(?:s|ed|ing)?\s{1,3}up\s{1,3}to|amount(?:s|ed|ing)?\s{1,3}to|"
                              r"(?:combined|overall|total)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}"
                              r"(?:of|is|was|were|came\s{1,3}to|stands\s{1,3}at|stood\s{1,3}at))\s{1,3}"
                              r"(?:(?:about|around|some|nearly|almost|roughly)\s{1,3})?$",
                              re.I)
_TOTAL_AFTER_RE = re.compile(r"(?:\s{1,3}[a-z][\w'’-]{0,30}){0,3}?,?\s{1,3}"
                             r"(?:in\s{1,3}total\b|in\s{1,3}all\b(?!\s{1,3}[a-z])|altogether\b|all\s{1,3}told\b|"
                             r"between\s{1,3}them\b|combined\b(?!\s{1,3}[a-z]))", re.I)
# A sum given out to a counted many ("£52,000 in grants to 14 clubs", "shared among 40 families"): their whole.
_SHARED_OUT_RE = re.compile(r"(?:\s{1,3}in\s{1,3}[a-z]{2,20})?\s{1,3}(?:to|among|amongst|between|across|for)\s{1,3}"
                            r"(?:the\s{1,3}|all\s{1,3})?([\w,.-]{1,20})\s{1,3}(?:[a-z-]{2,20}\s{1,3})?[a-z]{2,20}s\b",
                            re.I)
SCOPE_REACH = 80


def scope(text: str, v: Value | Quantity) -> str:
    """Whether the quantity ``v`` of ``text`` is a cap set on a figure (``CAP``: "grants of up to £12,000"), a figure
    per item (``EACH``: "£6,000 each", "Each club was given £6,000", "£12 a head") or a whole (``TOTAL``: "£30,000
    in total", "a total of 41", "£52,000 to 14 clubs"), else "". A rate in time ("£9,000 a year") is none."""
    if isinstance(v, Value) and v.kind != "quantity":
        return ""
    bound = _CAP_LEAD_RE.match(v.text)  # the words of a bound ``quantities`` reads as the figure's ("up to £3m")
    lead = text[max(0, v.start - SCOPE_REACH):v.start] + (v.text[:bound.end()] if bound else "")
    if _CAP_BEFORE_RE.search(lead):
        return CAP
    if _EACH_AFTER_RE.match(text, v.end) or _each_before(text, v):
        return EACH
    shared = _SHARED_OUT_RE.match(text, v.end) if v.dimension == "money" else None
    if _TOTAL_BEFORE_RE.search(lead) or _TOTAL_AFTER_RE.match(text, v.end) \
            or shared and (number_value(shared.group(1).lower()) or 0) > 1:
        return TOTAL
    return ""


# What may stand between "each" and the whole it takes its items from ("each of the three parks": the three are all).
_EACH_OF_RE = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3}|these\s{1,3}|those\s{1,3})?$", re.I)


# A break between two phrases ("85 pence for each share, valuing the firm at £600m"): "each" before it is not the
# figure's after it.
_PHRASE_BREAK_RE = re.compile(r"[,;:()–—]")


def _each_before(text: str, v: Value | Quantity) -> bool:
    """Does "each", "every" or "an average of" stand before ``v`` in its phrase (``_EACH_BEFORE_RE``) with no other
    figure or break between ("Each of the clubs has been given £6,000", "- Grant for each club: £6,000"; not "each
    will get £60, of the £2m" for the £2m), and not as the whole its items are taken from ("each of the three
    parks")?"""
    label = after_label(text, v.start)  # a fact box's label scopes its figure: "- Grant for each club: £6,000"
    low = 0 if label else max(max((a for a, _ in clause_spans(text, v.start) if a <= v.start), default=0),
                              v.start - SCOPE_REACH)
    found = list(_EACH_BEFORE_RE.finditer(text, low, v.start))
    if not found:
        return False
    between = text[found[-1].end():v.start].rstrip().removesuffix(":") if label else text[found[-1].end():v.start]
    return not read_quantities(between) and not _EACH_OF_RE.fullmatch(between) and not _PHRASE_BREAK_RE.search(between)


def scopes_apart(x: str, y: str) -> bool:
    """Do two figures' scopes (``scope``) tell two measures: one per item and one a whole, or a cap and either? A
    figure of no scope told may be any of them."""
    return bool(x and y) and x != y
