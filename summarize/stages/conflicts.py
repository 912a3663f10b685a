"""Find where sources disagree: two statements of the same fact with values that cannot both be true.

A statement is one value (``values.values``: quantities, days resolved against the article's
date, names) in one sentence. Statements are aligned before their values are compared:
  * their sentences come from different documents (or from one article, each attributed to a
    source of its own, never an earlier report nor another day's: ``_quoted_apart``; a digest
    line's label is its source, '* AP - "..."': ``label_end``; figures only) and are near
    neighbours once every value is masked (TF-IDF cosine over the masked text, sparse, each sentence's nearest only); a
    sentence with several values of one measure pairs each with the other sentence's value
    worded most alike around it (``_paired``), and an amount restated in another unit ("9.2
    meters (30 feet)") is one statement;
  * neither article gives the other's fact in another sentence worded more like it
    (``_states_too``: "deals worth $21 billion" beside "a rail contract worth $8 billion");
  * the value measures the same thing: same dimension (one currency, a day with a day, a month
    with a month or quarter), for a count the same counted noun or one of its sense told with a
    word beside it in common ("12 ships waiting" / "15 vessels waiting": ``_kin_nouns``), and the
    terms next to it or around it meet;
  * the subject and time are the same: a quantity's subject (``_subject``: the noun a relative
    clause holding it describes, the subject of the verb it is the object of) shares a word with
    the other's (a share's owner is its whole noun phrase: "Opposition parties won" / "the
    governing party won"); the sentences' names (for a figure, not those of an attribution or a describing
    aside: ``Row.subject_names``, nor one that only says where an indefinite subject is from, "a
    Halden contractor": ``_named_subjects``) do not exclude each other, nor the
    scopes after the values ("in Tarnby" / "in 11 countries"), their periods ("in 2023", "last
    month", not a former value's: "down from 63 percent in 2018"; else the weeks around the
    article's date; a dateline or live time stamp, "by Monday" in Monday's paper, "since 1986" or a source's day,
    "according to a report published last year", dates no figure; a thing's worth dated by the deed that made it,
    "a deal worth £250,000 a year in 2061", is the worth another article gives the thing it names as known:
    ``_worth``, ``_known_thing``) overlap, they state the value the same way (``Marks``: a requirement or capacity,
    a change, a forecast or plan, a count still under way), neither is a figure for
    one item of a list the other covers ("$300,000 in fuel" / "$1.5 million on fuel, crew
    and repairs"), and neither states the other's
    value in another slot ("42 killed, 17 of them in the county"); a quantity that differs from
    one scoped by a place ("In Korrin, 14 were killed") or a whole ("$11 million of the stolen
    money") is scoped too, unless the other sentence names that place as well ("in the city" /
    "hit the city"); a whole a part is taken from ("115 of its 120") pairs with a whole; the rest
    of a set ("the chief and eight other officers") is no dispute of the set counted whole
    ("Nine officers, including the chief": ``_named_rest``); people of one surname by other
    first names are two subjects (``_kin_apart``); a sum named as bail, a fine or a wage is
    no cost or worth (``_money_measure``), nor a sum of one thing one of another
    (``_sums_of_other_things``: claims / taxes), a depth no height nor way from a place
    (``_axis``), and a change over a day no change over a week (``_other_stretch``); a measure
    of a thing its construction names ("Aftershocks as strong as magnitude 5.4", "500 tonnes of
    fuel") is no other thing's (``_measures_other``), a kind of a thing its sentence tells from
    another ("a 250 km transfer orbit ... its working orbit") no other kind's (``_kinds_told_apart``);
  * durations that differ share a measuring word of their clauses (``Statement.near``: "jailed
    for 13 years" is not "run by a board for two years") or verbs of one act ("sentenced to" /
    "jailed for": ``_near_alike``), unless their sentences are alike
    throughout, and never a term of its own with the time before another act ("served for nine
    years" / "resigned after six years of ..."); days that differ belong to one event
    (``_other_event``: not other verbs with one day past and one to come, or a clause that
    shares no word with the other sentence), and need fewer of the words around them when one
    actor does one verb to one thing or one thing does it itself (``_one_act``), and none when one person's act is told with
    verbs of one set ("was apprehended" / "was arrested": ``_one_persons_act``);
  * a name is compared only where it is the one slot in which the sentences differ, in the
    same role (a word next to both, or sentences alike throughout), after the same title
    with the same surname, or as the holder of one owner's role ("the county's chief engineer,
    Ann Bell," / "County chief engineer Jo Moss") or the leader of one body ("the inquiry, chaired
    by Ann Bell" / "the inquiry, led by Jo Moss"); never a name its own article also states in
    another role;
  * a count (its noun) and a mass say what they measure and need less context, near-equal large
    counts (``_near_equal``: 640 / 700 jobs) as little as a toll; a tally ("61 votes to 54") is
    one value;
  * quantities more than MAX_RATIO apart are never one fact (a part and its whole, another
    subject or period), however alike their sentences;
  * two sums that are the price of one act on one named thing, told with a noun in one sentence
    and its verb in the other ("agreed to buy X for $8.6 billion" / "its $8.7 billion purchase
    of X": ``_one_deal``), are one fact however little else their sentences share.
A year past is an era, compared with nothing, but the year a thing came to be (``YEAR_OF_ORIGIN``) or a deed was
done to it, told in the passive ("the rope was last replaced in 2041": ``YEAR_OF_DEED``), is a fact of the thing,
and so is the year of the last event of a kind ("the first strike since 2019": ``YEAR_OF_PREVIOUS``).
The rules' alignment is backed by a learned one (``_one_fact``: a logistic regression over
``pair_features``, ``alignment.json``, fitted by ``scripts/train_alignment.py``): for values that
clash, it takes a pair every test of the rules passes but for how alike its sentences are, when
sure it is one fact.
Statements that agree (``quantities.agree``: conversions, intervals, rounding) form sides; sides
joined by a direct clash form a topic, so a third statement never chains two facts. Each
sentence takes at most one side of a topic. A value inside a negation's scope ("did not reopen
on Wednesday") or before a change ("raised to 6%, from 4%") states no fact of the day and takes
no side. A running toll named as the count ("The toll stood at 128") is one fact with the other
articles' named tolls, and with their counts of the dead told with nothing of their own ("Two people
died": ``_story_toll``), however little else their sentences share (``_named_toll``), and so is a
vote's tally with the other articles' tallies of as many votes in all (``_one_vote``). When every
side was reported after the side before it (in a later-dated article, later in the same one: a
live page updates itself, or the same day by an article that later gives the next side's value
itself; a later article's exact count of what befell people supersedes an earlier hedged one
that holds it, "About 40 injured" / "43 injured": ``_firmed_up``), each later side stating the fact of a side
before it (a direct clash between them) as a running figure (``_running``: a count of what
befell people, or "now", "so far", "has risen to"; a day only when moved; or a day
later than a side given as it stood "so far": ``_runs_on``), a topic of quantities or of days not yet
past is an update (kind ``"updated"``, sides oldest first with their ``dates``); a difference
on one day, in a name, in a figure fixed once ("weighs 24 tons", a thing's worth) or in a past day is a
disagreement. Sentences of different
documents that make one claim with opposite polarity (``polarity.contradicts``: a claim and its
negation, refusal or reported denial) and state no values that differ are a disagreement of kind
``"polarity"``, its sides named by their stance (``polarity.stance``: "affirms", "denies").
A person named in other documents with first name and surname swapped and spelled alike
("Lindsey Germaine" / "Jermaine Lindsay": ``values.swapped_pairs``) is a disagreement of kind ``"name"``.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property, cmp_to_key, lru_cache
from importlib import resources
from itertools import takewhile
from typing import Callable, Collection, Iterator, NamedTuple, Sequence

from ..model import Conflict, Group, Sentence, Side
from ..text.acronyms import ACRONYM_RE, spelled_out
from ..text.clauses import SUBORDINATORS
from ..text.dates import When, dates, parse_date
from ..text.descriptions import PREPOSITIONS
from ..text.names import AGED_RE, Name, is_closed, proper_names
from ..text.polarity import (ATTRIBUTION_VERBS, answers, calls_told_claim_false, claimant_of, content_polarity,
                             contradicts, denied_in_turn, negations, not_yet, polarity, reports_denial, speaker_at,
                             stance)
from ..text.quantities import (CHANGE_TERMS, FALL_AFTER, FALL_VERBS, FALL_WORDS, RISE_AFTER, RISE_VERBS, RISE_WORDS,
                               Quantity, Score, number_value)
from ..text.quantities import agree as quantities_agree
from ..text.senses import is_person, kind_of_either, light_stem, related, related_to_any
from ..text.similarity import neighbour_pairs, tfidf
from ..text.tokens import STOP_WORDS, WORD_RE, is_past_form, stem, term_spans, terms, words
from ..text.values import (TALLIES, Value, befell, box_label, clock_hedge, counts_dead, fate_label, person_kind, scope,
                           same_name, scopes_apart, set_aside, swapped_pairs, told_after, told_still, values)
from .dedup import UnionFind

# Statements are compared with their sentence's nearest neighbours only (masked cosine at or
# above FLOOR), so the work stays linear in the number of sentences. Masked news sentences that
# restate a figure can be this far apart ("26 other world leaders" in two long sentences); a
# lower floor finds no more pairs on synthetic clusters and makes the search 3-7 times slower.
NEIGHBOURS = 30
FLOOR = 0.03
# Content terms each side of a value that say what it measures; the nearest NEAR of them name the
# measured thing itself ("take 24 hours", "24 other leaders").
WINDOW = 6
# A day's event is often named far from it ("The trial of the former mayor is scheduled to begin on
# Nov. 18"): days look wider (pairs dev p015; the days compared also need more of their windows).
WINDOW_DATE = 10
NEAR = 2
# Alignment: with a term next to both values shared (the measured thing), this share of the
# terms around the values (of the smaller window) or this masked-sentence cosine; without it,
# more of both. Days, stated everywhere in news, need more of the words around them and
# sentences alike; a name, the one slot in which the sentences differ, the words around it.
# Set on the dev half of eval/pairs and the dev gold of the clusters (every setting from 0.1 to
# 0.2 for WINDOW_SHARE, 0.4 to 0.5 for the strict share, 0.3 to 0.5 for CONTEXT_ALONE scores
# the same there). A logistic fit on generated pairs (seed sentences reworded, a value changed
# or restated, the measured words or the subject swapped) learned the rewording rather than the
# facts: it kept 4-5 of the 17 dev quantity disagreements, these rules 10.
WINDOW_SHARE = 0.1
WINDOW_SHARE_STRICT = 0.5
CONTEXT_STRICT = 0.15
CONTEXT = 0.2
WINDOW_ALONE = 0.4
WINDOW_ALONE_DATE = 0.6
WINDOW_SHARE_COUNT = 0.3
CONTEXT_ALONE = 0.4
# A name is a disputed value only in sentences that match once values are masked.
NAME_CONTEXT = 0.3
# Claim and denial: each denial's nearest sentences at least this alike (unmasked cosine) are
# checked; the check itself (``contradicts``: most claim terms shared) keeps the precision.
POLARITY_FLOOR = 0.05
# Names compared by their first letters, so "China" meets "Chinese".
NAME_PREFIX = 4
# A body named by its owner ("Ruritania's Central Statistics Office"): two outlets naming an
# owner's body (agency, service, bureau, ...) with names that share a word but differ disagree
# about its name, however different their sentences.
# Bounded words and runs: searched over a window, it stays linear on any input.
_OWNER_RE = re.compile(r"([A-Z][\w-]{0,30}(?:\s{1,3}[A-Z][\w-]{0,30}){0,4})[’']s\s{1,3}(?:[a-z][\w-]{0,30}\s{1,3}){0,3}$")
_BODY_HEADS = frozenset("agency service bureau office directorate".split())


@dataclass(frozen=True)
class Statement:
    """A value as stated by one sentence; ``row`` indexes the sentence; ``date`` is its article's."""

    value: Value
    sentence: Sentence
    row: int
    date: str

    @property
    def doc_id(self) -> str:
        return self.sentence.doc_id

    @cached_property
    def window(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``window_terms`` of this statement, read once."""
        return window_terms(self, WINDOW_DATE if self.value.dimension == "date" else WINDOW)

    @cached_property
    def around(self) -> frozenset[str]:
        """The terms of ``window`` either side, as one set, made once: ``_closeness`` meets many."""
        before, after = self.window
        return frozenset(before + after)

    @cached_property
    def whole(self) -> bool:
        """``whole_at`` of this statement, read once, as ``_paired`` asks it of every pair."""
        return whole_at(self.sentence.text, self.value)

    @cached_property
    def near(self) -> frozenset[str]:
        """The NEAR content terms each side of the value in its clause that are no names: the words
        that say what it measures ("sentenced to | 13 years | in prison"), not whose it is ("For
        seven years, Ann Bell approved ...") nor what the next clause does."""
        before, after = window_terms(self, NEAR, clause=True)
        return frozenset(before + after) - CUE_TERMS

    @cached_property
    def marks(self) -> Marks:
        """``Marks`` of this statement, read once, as a statement meets many."""
        # "the first ... since 2019" denies events after 2019 (``polarity``), not the one of 2019
        negated = content_polarity(self.sentence.text, (self.value.start, self.value.end), refusals=False) < 0 \
            and not _earliest(self) and self.value.noun != YEAR_OF_PREVIOUS
        return Marks(_definite(self), _report_date(self), _requirement(self), _change(self), _forecast(self),
                     former(self.sentence.text, self.value), negated, rate_period(self.sentence.text, self.value),
                     _quote(self), _partial(self), _held(self))

    @cached_property
    def verb(self) -> str:
        """``predicate`` of this statement, read once: the checks of days and acts ask it of every pair."""
        return predicate(self)

    @cached_property
    def subject(self) -> Subject:
        """``_subject`` of this statement, read once."""
        return _subject(self)

    @cached_property
    def scope(self) -> frozenset[str]:
        """``_scope`` of this statement, read once."""
        return _scope(self)


# "before" or "until" right before a day ("will not reopen before 20 March", "no trains until the
# end of May"): under a negation it gives the earliest day the act can happen. Bounded: linear.
_DAY_AFTER = r"\s{1,3}(?:at\s{1,3}least\s{1,3})?(?:the\s{1,3})?$"  # what stands between the word and its day
_EARLIEST_RE = re.compile(r"\b(?:before|until|till)" + _DAY_AFTER, re.I)


def _earliest(st: Statement) -> bool:
    """Is a negated day the earliest one an act can happen ("will not reopen before 20 March")? The
    negation then bounds the day, as "reopens on 20 March at the earliest" does: the day is stated
    (``polarity.contradicts`` reads such a sentence as no denial, by ``_bounded_in_time``)."""
    text, v = st.sentence.text, st.value
    return v.kind == "date" and bool(_EARLIEST_RE.search(text, max(0, v.start - 30), v.start))


# "before" or "after" right before a day or year: a bound of the time, not the day of the deed ("9 built before 1960").
# Bounded: linear.
_BOUND_RE = re.compile(r"\b(before|after)" + _DAY_AFTER, re.I)


def _within_bound(a: Statement, b: Statement) -> bool:
    """Does one date bound the time of its deed ("nine were built before 1960"), unnegated, and the other fall inside
    that bound ("built in 1958")? A day inside a bound agrees with it: no disagreement however alike the sentences.
    A negated bound ("will not reopen before 20 March") is an earliest day, which a day before it does contradict."""
    for x, y in ((a, b), (b, a)):
        text, v = x.sentence.text, x.value
        m = _BOUND_RE.search(text, max(0, v.start - 30), v.start)
        if m is None or any(n.scope_start <= m.start() < n.scope_end for n in negations(text)):
            continue
        if m.group(1).lower() == "before" and y.value.high < v.low or m.group(1).lower() == "after" and y.value.low > v.high:
            return True
    return False


class Marks(NamedTuple):
    """How a sentence states a value: a definite count (``_definite``), the date of the report
    itself (``_report_date``), a requirement or condition, a change ("" none, "step" or
    "since": "rose 3%" on a day is not "up 6% since Tuesday"), a forecast ("gusts forecast at
    40 mph" is not the gusts that blew), a former value ("raised to 3%, from 2%": what held before
    the change), negated ("did not reopen on Wednesday" states no day it reopened), or a rate and its
    period ("$50 million a year" is not a fund of "$250 million", nor "1,400 a week" a rate of "6,000 a
    month"), or a market quote (``_quote``: "shares closed at 405 pence" is not an offer of 412 pence),
    or a partial count (``_partial``: "with 90 percent of precincts counted, she had 52 percent" is not
    her final share); a count of those still so
    (``values.told_still``: "two are still in hospital" is what is left of the eleven taken there) or of an act
    that befell them (``_held``). A value refused
    ("rejected the $2 billion offer") is still stated. Statements with different marks are never
    one fact (a partial count is, with a figure of a sentence that says its count ran on:
    ``_RUNNING_RE``); a former or negated value, or a definite count, none; quotes only on one day."""

    definite: bool
    report_date: bool
    requirement: bool
    change: str
    forecast: bool
    former: bool
    negated: bool
    rate: str
    quote: bool
    partial: bool
    held: str


def number_end(v: Value) -> int:
    """Where the number of a value ends: a count keeps its noun and modifiers ("26 | other
    world leaders"); other values end where they end."""
    if v.dimension != "count":
        return v.end
    end = _label_end(v.label, v.text)
    return v.start + end if end is not None else v.end


@lru_cache(maxsize=4096)
def _label_end(label: str, text: str) -> int | None:
    """Where the words of a count's ``label`` end when they open its ``text``, else ``None``
    (kept: ``number_end`` is asked a hundred times a statement; read without a pattern made per
    label, which would fill the regex module's cache)."""
    end = 0
    for k, word in enumerate(label.split()):
        if k:  # words apart by a run of white space, as ``str.split`` splits them
            gap = end
            while end < len(text) and text[end].isspace():
                end += 1
            if end == gap:
                return None
        if not text.startswith(word, end):
            return None
        end += len(word)
    return end


def masked(text: str, found: Sequence[Value]) -> str:
    """``text`` with its values (but not the nouns they count) cut out, so the context compares
    without them."""
    for v in sorted(found, key=lambda v: -v.start):
        text = text[:v.start] + " " + text[number_end(v):]
    return text


@lru_cache(maxsize=4096)
def _term_spans(text: str) -> tuple[tuple[int, str], ...]:
    return term_spans(text)


# A relative clause set off by commas ("the town hall, which was paid for with the stolen money,
# would open Sunday") describes a noun, not the fact the value states, and so does a list of members
# ("About 60 rescuers, including two crews sent from the next province, were working"); a point or comma between
# digits ("$2.8 million", "1,200") is part of a figure. Bounded run: linear.
_ASIDE_RE = re.compile(r",\s{1,3}(?:which|who|whose|whom|where|including)\b(?:[^,;:.!?()]|(?<=\d)[.,](?=\d)){0,200},")


# An appositive between commas after a name that follows a verb or a preposition ("sentenced Viktor
# Amsel, the former chief executive of Tarvo Bank, to nine years") describes the name: the words
# after it continue the clause it interrupts. A subject's ("Bongo, the park's old rhino, tips the
# scales") says what the subject is, and a figure's ("Lee, the 52-year-old,") is a value of its
# own: both stay. Bounded: linear.
_APPOSITIVE_RE = re.compile(r"\b[a-z][\w-]{0,30}\s{1,3}(?:[A-Z][\w'’-]{0,30}\s{1,3}){0,3}[A-Z][\w'’-]{0,30}"
                            r"(,\s{1,3}(?:the|a|an|its|his|her|their)\s[^,;:.!?()\d]{1,120},)")


@lru_cache(maxsize=4096)
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    """The relative clauses (``_ASIDE_RE``) and appositives of names (``_APPOSITIVE_RE``) between
    commas in ``text``, in reading order."""
    return tuple(sorted([(m.start(), m.end()) for m in _ASIDE_RE.finditer(text)] + list(_appositives(text))))


@lru_cache(maxsize=4096)
def _appositives(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``_APPOSITIVE_RE``'s appositives in ``text``; one that names a source ("would
    reopen Monday, the education office said on Thursday,") attributes, it describes nothing."""
    return tuple(m.span(1) for m in _APPOSITIVE_RE.finditer(text) if not _SOURCE_RE.search(m.group(1)))


# Where a value's clause ends: punctuation, or a conjunction or a subordinator (the clause
# grammar's) that opens another clause ("embezzling $18 million and ordered to repay $11 million",
# "waited six hours before the flight took off").
_CLAUSE_END_RE = re.compile(rf"[,;:()\[\]]|\b(?:and|but|{SUBORDINATORS})\b")
# A subordinator that is also a preposition (_PREPOSITIONS), right before the value ("will not reopen
# before | 20 March", "shut until | at least Friday"), has the value as its object: no clause of its
# own. Bounded: linear.
_PREPOSITIONS = frozenset({"before", "after", "until"})
_OBJECT_NEXT_RE = re.compile(r"\s{1,3}(?:at\s{1,3}least\s{1,3})?(?:the\s{1,3})?")


# A figure restated in parentheses right after a value ("40 miles (64 km) north of the prison") is
# the value told again, not the end of its clause. Bounded: linear.
_RESTATEMENT_RE = re.compile(r"\s{0,3}\((?:about\s|some\s|roughly\s|nearly\s)?\s{0,3}[\d.,]{1,20}[^()]{0,30}\)")


_SUBORDINATE_RE = re.compile(rf"\b(?:{SUBORDINATORS})\b")
_RELATIVE_RE = re.compile(r"\s{0,3}(?:which|who|that)\b", re.I)


def _clause(text: str, v: Value) -> tuple[int, int]:
    """The span of the clause that holds a value, between ``_CLAUSE_END_RE`` marks; a relative
    clause keeps the clause of the noun it describes ("The strike, which began on Monday"), a
    figure restated in parentheses the words after it ("40 miles (64 km) north of the prison")."""
    return _clause_at(text, v.start, number_end(v))


@lru_cache(maxsize=4096)
def _clause_at(text: str, start: int, end: int) -> tuple[int, int]:
    """``_clause`` of the words ``text[start:end]`` (kept: a statement's clause is asked for by
    every check that meets it)."""
    marks = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)
             if not any(a < m.end() <= b for a, b in _appositives(text))
             and not (m.group().lower() in _PREPOSITIONS and _OBJECT_NEXT_RE.fullmatch(text, m.end(), start))]
    while marks and _RELATIVE_RE.match(text, marks[-1]):
        marks.pop()
    if restated := _RESTATEMENT_RE.match(text, end):
        end = restated.end()
    close = _CLAUSE_END_RE.search(text, end)
    return marks[-1] if marks else 0, close.start() if close else len(text)


@lru_cache(maxsize=4096)
def _common_terms(text: str, low: int = 0, high: int | None = None) -> frozenset[str]:
    """The content terms of ``text[low:high]`` that are no names (capitalised inside the sentence);
    kept, as the checks of every pair a sentence is in ask again."""
    high = len(text) if high is None else high
    return frozenset(t for at, t in _term_spans(text) if low <= at < high and (not at or not text[at].isupper()))


# The words after which a clause's verb stands ("will be held", "set to open"), the words before
# a noun ("a meeting", "its approved budget"), and the verbs that take a present participle
# ("began returning").
_VERB_CUES = frozenset("will would to can could may might shall should must be been being is are was were".split())
_DETERMINERS = frozenset("a an the its his her their this that these those our your".split())
_ING_CUES = frozenset("is are was were be been being began begin begins started start starts".split())


# Adverbs that stand between an auxiliary and its verb ("will now take place", "has also filed").
_ADVERBS = frozenset("now also then still already soon not never just again finally formally officially".split())


def _is_verb(word: str, previous: str) -> bool:
    """Does ``word`` read as a verb after ``previous``: after an auxiliary or "to", a past form
    ("filed", "held", "cut": ``tokens.is_past_form``) not after a determiner (there it is a noun: "a
    cut"), or a participle after "be"
    or "began"?"""
    w, p = word.lower(), previous.lower()
    if w in _VERB_CUES or w in _DETERMINERS or not w.isalpha():
        return False
    if p in _VERB_CUES and w not in ("have", "has", "had"):
        return True
    if p in _DETERMINERS:
        return False
    return is_past_form(w) or (w.endswith("ing") and p in _ING_CUES)


def predicate(statement: Statement) -> str:
    """The stem of the verb a value belongs to: the nearest verb before it in its clause, else the
    first after it ("issued an evacuation order for the lower districts on Tuesday" -> "issu",
    "residents began returning home on Wednesday" -> "return"), or "" when none reads as one."""
    text, v = statement.sentence.text, statement.value
    low, high = _clause(text, v)
    before = ["", *(w for w in words(text[low:v.start]) if w.lower() not in _ADVERBS)]
    for k in range(len(before) - 1, 0, -1):
        if (k == 1 or not before[k][0].isupper()) and _is_verb(before[k], before[k - 1]):
            return stem(before[k])
    after = [before[-1], *(w for w in words(text[number_end(v):high]) if w.lower() not in _ADVERBS)]
    for k in range(1, len(after)):
        if not after[k][0].isupper() and _is_verb(after[k], after[k - 1]):
            return stem(after[k])
    return ""


def _to_come(st: Statement) -> bool | None:
    """Was a day still to come on its article's date (``None`` when the article is undated)?"""
    anchor = _anchor(st.date)
    return None if anchor is None else st.value.low > anchor.toordinal()


# Stems of verbs that name the two ends of one span: a day something opens and a day it closes
# are two events, however alike their sentences ("the window closes on Tuesday" / "the window
# reopens on Jan. 1"); "reopen" ends as "open" does. Read from the words of each day's clause, as
# ``predicate`` reads no verb in the present tense.
_OPPOSITE_ENDS = frozenset({("open", "close"), ("open", "shut"), ("begin", "end"), ("start", "end"),
                            ("begin", "finish"), ("start", "finish"), ("arriv", "leav"), ("arriv", "depart")})


# "until" right before a day: the span its clause names runs up to that day, which is the day of its other end
# ("will stay closed until the end of May": the day it reopens). Bounded: linear.
_UNTIL_RE = re.compile(r"\b(?:until|till)" + _DAY_AFTER, re.I)
_OTHER_END = {x: {b for a, b in _OPPOSITE_ENDS if a == x} | {a for a, b in _OPPOSITE_ENDS if b == x}
              for pair in _OPPOSITE_ENDS for x in pair}


def _end_terms(st: Statement) -> frozenset[str]:
    """The terms of a day's clause, an end of a span it runs "until" read as the other end (``_UNTIL_RE``:
    "closed until the end of May" says when the street opens, as "will reopen at the end of May" does)."""
    text, v = st.sentence.text, st.value
    found = _common_terms(text, *_clause(text, v))
    if not _UNTIL_RE.search(text, max(0, v.start - 30), v.start):
        return found
    ends = {t: {o for e, others in _OTHER_END.items() if t.endswith(e) for o in others} for t in found}
    return frozenset(t for t, others in ends.items() if not others) | frozenset(o for others in ends.values() for o in others)


def _opposite_ends(a: Statement, b: Statement) -> bool:
    """Does one day's clause name one end of a span and the other's the other end, and neither both
    (``_end_terms``)?"""
    ta, tb = _end_terms(a), _end_terms(b)

    def has(found: frozenset[str], end: str) -> bool:
        return any(t.endswith(end) for t in found)
    return any(has(ta, x) and has(tb, y) and not has(ta, y) and not has(tb, x)
               for one, other in _OPPOSITE_ENDS for x, y in ((one, other), (other, one)))


def _other_event(a: Statement, b: Statement) -> bool:
    """Do two days belong to two events: to other verbs (``predicate``; "reopen" is "open" again),
    and one a day already come and the other still to come when each was reported ("filed an
    appeal on Monday" / "the appeal will be heard on January 12"), or one's clause sharing no word
    with the other's sentence (``_unshared_clause``), or to the verbs of a span's two ends
    (``_OPPOSITE_ENDS``)? Other verbs alone may name one event ("the strike, which began on
    Monday" / "since the strike started on May 7")."""
    if _opposite_ends(a, b):
        return True
    pa, pb = a.verb, b.verb
    if not pa or not pb or pa.endswith(pb) or pb.endswith(pa):
        return False
    ta, tb = _to_come(a), _to_come(b)
    # a thing's year told by a participle beside its name has a clause of the verb alone ("The crane, installed in
    # 2049 and built by" / "Commissioned in 2054, it"): its words around it say what it is of
    unshared = not (_thing_year(a.value) and a.value.noun == b.value.noun) \
        and (_unshared_clause(a, b) or _unshared_clause(b, a))
    return ta is not None and tb is not None and ta != tb or unshared \
        or _other_act_told(a, b, pa, pb) or _other_act_told(b, a, pb, pa)


def _other_act_told(a: Statement, b: Statement, pa: str, pb: str) -> bool:
    """Does ``a``'s sentence tell ``b``'s act (verb ``pb``) in another clause than its day's (verb
    ``pa``), which ``b``'s sentence does not tell ("launched at 02:10 and reached the yacht 40
    minutes later" / "reached the yacht at 02:50")? Then ``a``'s day is the other act's."""
    text = a.sentence.text
    low, high = _clause(text, a.value)
    elsewhere = {stem(w) for w in words(text[:low]) + words(text[high:])}
    return pb in elsewhere and pb not in {stem(w) for w in words(text[low:high])} \
        and pa not in {stem(w) for w in words(b.sentence.text)}


def _act(st: Statement) -> tuple[frozenset[str], frozenset[str]]:
    """The terms of the words before the verb a value belongs to (``predicate``) in its clause and
    of those between it and the value, when that verb stands before the value: who acts and on
    what ("Army commandos | stormed | a hijacked airliner | on Wednesday"), else none."""
    text, verb = st.sentence.text, st.verb
    low = _clause(text, st.value)[0]
    at = next((at for at, t in _term_spans(text) if low <= at < st.value.start and t == verb), None)
    if not verb or at is None:
        return frozenset(), frozenset()
    return _common_terms(text, low, at), _common_terms(text, at + 1, st.value.start) - {verb}


def _doer(st: Statement) -> frozenset[str]:
    """The terms (names too) of who or what does the act a value belongs to: the words before the verb of its
    clause (``predicate``), or between the value and that verb when the value opens the clause ("At 4.20am
    yesterday part of the roof gave way"); in a clause with no verb ("At 19:10 on Friday, the ship grounded", ",
    at about 9.25 p.m. on Friday,"), the words before the sentence's first verb after any opening phrase that holds
    the value. Two times of one story are of one moment when one thing acts at both ("the roof fall happened at" /
    "the roof gave way"), not when others do ("the fire broke out" / "Firefighters reached the site")."""
    text, verb = st.sentence.text, st.verb
    low, high = _clause(text, st.value)
    spans = _term_spans(text)
    at = [k for k, t in spans if low <= k < high and t == verb] if verb else []
    if at:
        before = [k for k in at if k < st.value.start]
        if not before:
            return _terms_between(spans, st.value.end, at[0])
        opened = [m.end() for m in _REPORTED_RE.finditer(text, low, before[-1])]  # "The board said | the wall had"
        return _terms_between(spans, opened[-1] if opened else low, before[-1])
    opening = high if low == 0 else 0
    found = [(m.start(), m.group()) for m in WORD_RE.finditer(text, opening)]
    verb_at = next((k for n, (k, w) in enumerate(found) if n and not w[0].isupper() and _is_verb(w, found[n - 1][1])),
                   None)
    return frozenset() if verb_at is None else _terms_between(spans, opening, verb_at)


# Words after which a reported clause opens: who reports it is no doer of its act.
_REPORTED_RE = re.compile(rf"\b(?:that|{'|'.join(ATTRIBUTION_VERBS)}|show|shows|showed|suggest|suggests|suggested)\b",
                          re.I)


def _terms_between(spans: Sequence[tuple[int, str]], low: int, high: int) -> frozenset[str]:
    """The terms of ``spans`` from ``low`` to before ``high``."""
    return frozenset(t for at, t in spans if low <= at < high)


def _one_act(a: Statement, b: Statement) -> bool:
    """Are two days those of one act told alike: the same verb (``predicate``), or verbs of one act
    (``_ACTS``: "will resume Thursday" / "will restart on Friday"), done by actors
    that share a term to a thing one sentence names in the other's words ("Army commandos stormed
    a hijacked airliner on Wednesday night" / "The commandos stormed the plane Oct. 14, after
    talks over the hijackers' demand ...")? So are the same verb's days with no object, done by
    actors that share a term ("the bridge would reopen Sunday" / "The road bridge is set to reopen
    Tuesday"). Such days need fewer of the words around them and no likeness of the whole
    sentences; the same verb done to things named apart is two acts ("attacked the town" /
    "attacked a convoy")."""
    pa, pb = _span_end_verb(a), _span_end_verb(b)
    if not pa or pa != pb and not (_act_verb(a) and pb in _act_verb(a)):
        return False
    (actor_a, object_a), (actor_b, object_b) = _act(a), _act(b)
    if not object_a and not object_b:  # "the bridge would reopen Sunday" / "The road bridge is set to reopen Tuesday"
        return bool(actor_a & actor_b)
    return bool(actor_a & actor_b) and bool(object_a & _common_terms(b.sentence.text)
                                            or object_b & _common_terms(a.sentence.text))


def _span_end_verb(st: Statement) -> str:
    """A day's verb (``predicate``) as the end of a span it marks: an end told "until" the day as the other
    end ("stays closed until May": opens; ``_UNTIL_RE``), an end done again as the end ("reopen": opens)."""
    verb, text, v = st.verb, st.sentence.text, st.value
    if _UNTIL_RE.search(text, max(0, v.start - 30), v.start):
        verb = next((min(_OTHER_END[e]) for e in sorted(_OTHER_END) if verb.endswith(e)), verb)
    return verb.removeprefix("re") if verb.removeprefix("re") in _OTHER_END else verb


# Verbs that tell one act in other words ("was arrested" / "was apprehended" / "was caught"): news
# varies its verbs, and a day told with verbs of one set, of one person, is the day of one act.
_ACTS = tuple(frozenset(stem(w) for w in group.split()) for group in (
    "arrested apprehended captured recaptured caught nabbed", "resigned quit",
    "sentenced jailed imprisoned incarcerated caged", "resumed restarted", "unveiled published disclosed revealed"))
_PERSON_KINDS = frozenset({"person", "name"})


def _near_alike(a: Statement, b: Statement) -> bool:
    """Do two durations' clauses share a measuring word (``Statement.near``), or verbs of one act
    (``_ACTS``: "sentenced to six years" / "jailed for five years")?"""
    return bool(a.near & b.near) or any(a.near & group and b.near & group for group in _ACTS)


# A span told in a perfect or as previous ("has been imprisoned for two years while awaiting trial",
# "previously jailed for two years") is time served or another act, not the term imposed ("Earlier
# in the day a court sentenced" still tells a term, and so does news's perfect of a sentence just
# passed, "has been jailed for 12 years"). Bounded: linear.
_SERVED_RE = re.compile(r"\b(?:(?:has|have|had)\s{1,3}(?:[a-z]{1,12}\s{1,3})?been(?!\s{1,3}(?:jailed|sentenced)\b)"
                        r"|previously)\b", re.I)


def _time_served(st: Statement) -> bool:
    """Is a duration told as time served or an earlier act (``_SERVED_RE`` in its clause before it)?"""
    return bool(_SERVED_RE.search(st.sentence.text, _clause(st.sentence.text, st.value)[0], st.value.start))


def _act_verb(st: Statement) -> frozenset[str]:
    """The set of verbs of one act (``_ACTS``) that a day's verb (``predicate``) is of, else none."""
    verb = st.verb
    return next((group for group in _ACTS if verb in group), frozenset())


def _persons(row: Row) -> tuple[list[str], list[str]]:
    """The names a sentence's values may be about (``Row.subject_names``: no source's) that may be
    persons (typed so, untyped, or a capitalised word that opens the sentence: "Bell was
    arrested"), and those typed as persons."""
    text = row.sentence.text
    found = [n for n in row.subject_names if n.kind in _PERSON_KINDS]
    opening = words(text[:40])[:1]
    extra = [w for w in opening if w[:1].isupper() and not is_closed(w) and not any(n.start == 0 for n in found)]
    return [n.text for n in found] + extra, [n.text for n in found if n.kind == "person"]


def _one_persons_act(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Are two days (or terms) those of one act of one person: verbs of one set (``_ACTS``), both past
    or both to come when reported, in sentences that share a person's name and name no other
    person ("Inmate Ann Bell was apprehended on May 18" / "Bell was arrested on Tuesday")?"""
    group = _act_verb(a)
    if not group or b.verb not in group or _to_come(a) != _to_come(b):
        return False
    (maybe_a, typed_a), (maybe_b, typed_b) = _persons(ra), _persons(rb)
    shared = [(x, y) for x in maybe_a for y in maybe_b if same_name(x, y)]
    return bool(shared) and all(any(same_name(x, y) for _, y in shared) for x in typed_a) \
        and all(any(same_name(y, x) for x, _ in shared) for y in typed_b)


def _aged_name(st: Statement, row: Row) -> str:
    """The person's name an age stands after between commas (``names.AGED_RE``: "Kevin Dorr, 58,"),
    else "": the age is that person's, whatever else the sentence says."""
    text = st.sentence.text
    return next((v.text for v in row.found if v.kind == "name" and v.dimension == "person"
                 and (m := AGED_RE.match(text, v.end)) and m.end() - 1 == st.value.end), "")


# An age set off after a noun that describes its holder ("The victim, a 34-year-old nurse,", "the
# driver, aged 52,"), and the noun right after it. Bounded: linear.
_AGE_APPOSITION_RE = re.compile(r",\s{1,3}(?:(?:a|an)\s{1,3})?(?:aged\s{1,3})?$")
_NOUN_AFTER_AGE_RE = re.compile(r"\s{1,3}([a-z][a-z-]{1,30})\b")


def _age_holder(st: Statement) -> frozenset[str]:
    """The terms of the common nouns that describe whose an age is, where it is set off after them
    ("The victim, a 34-year-old nurse," -> victim, nurse), else none; names are ``_aged_name``'s."""
    text, v = st.sentence.text, st.value
    m = _AGE_APPOSITION_RE.search(text, max(0, v.start - 12), v.start) if v.dimension == "age" else None
    if m is None:
        return frozenset()
    holder = _antecedent(text, m.start())
    if not holder or any(w[0].isupper() for w in holder if w.lower() not in _DETERMINERS):
        return frozenset()
    after = _NOUN_AFTER_AGE_RE.match(text, v.end)
    return _owner_terms(holder + ([after.group(1)] if after else []))


def _aged_apart(a: Statement, b: Statement) -> bool:
    """Are two ages set off after nouns that share no term ("The victim, a 34-year-old nurse," /
    "The driver, a 52-year-old man,": ``_age_holder``)? Two people's, then."""
    xs, ys = _age_holder(a), _age_holder(b)
    return bool(xs) and bool(ys) and not xs & ys


def _ages_of_several(row: Row) -> bool:
    """Does a sentence state more than one age ("Captain Olvik, 36, scored twice, and 19-year-old
    Raa added the fourth")? Then whose age another sentence gives is unknown unless it names or
    describes its holder alike (``_aged_name``, ``_age_holder``)."""
    return sum(v.dimension == "age" for v in row.found) > 1


# A person's age is one figure over a story's articles; a season on, a birthday may have passed.
AGE_DAYS = 90


def _close_in_time(ra: Row, rb: Row) -> bool:
    """Were two sentences' articles dated within ``AGE_DAYS`` of each other (or is either undated)?"""
    da, db = _anchor(ra.date), _anchor(rb.date)
    return da is None or db is None or abs((da - db).days) <= AGE_DAYS


def _unshared_clause(a: Statement, b: Statement) -> bool:
    """Does the clause of ``a``'s day share no word but names with ``b``'s sentence ("residents
    began returning home on Wednesday" / "the evacuation order was issued on Tuesday")? A clause
    that goes on after a relative clause between commas has the words before it too: "The move,
    which the council says will cost $2.8 million, is due on Oct. 30" dates the move."""
    text = a.sentence.text
    low, high = _clause(text, a.value)
    found = _common_terms(text, low, high)
    for start, end in _asides(text):
        if end == low:
            opened = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)]
            found |= _common_terms(text, opened[-1] if opened else 0, start)
    return not found & _common_terms(b.sentence.text)


def window_terms(statement: Statement, width: int = WINDOW, *,
                 clause: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Content terms within ``width`` terms before (nearest last) and after the value's number,
    outside relative clauses between commas that do not hold the value; a count's noun is left
    out (only counts of the same noun are compared), its modifiers kept ("26 other world |
    leaders"); with ``clause``, only the value's clause (``_clause``), with no names in it."""
    v = statement.value
    return _window(statement.sentence.text, v.start, v.end, number_end(v), getattr(v.span, "noun", ""), width, clause)


@lru_cache(maxsize=4096)
def _window(text: str, start: int, end: int, number_at: int, noun: str, width: int,
            clause: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``window_terms`` of the value at ``start``..``end`` whose number ends at ``number_at``
    (``number_end``) and counts ``noun``: kept per text, as copies of a sentence and the next
    summary of the same articles ask it again."""
    asides = [(a, b) for a, b in _asides(text) if not a <= start < b]
    if restated := _RESTATEMENT_RE.match(text, end):
        asides.append(restated.span())  # the value told again in another unit says nothing more
    low, high = _clause_at(text, start, number_at) if clause else (0, len(text))
    low = max(low, stamp_end(text))  # a dateline says where the report was filed
    common = _common_terms(text, low, high) if clause else frozenset()
    spans = [(at, t) for at, t in _term_spans(text) if low <= at < high and (not clause or t in common)
             and not any(a <= at < b for a, b in asides)]
    counted = set(terms(noun)[-1:])
    after = [t for at, t in spans if at >= number_at and (at >= end or t not in counted)]
    return tuple([t for at, t in spans if at < start][-width:]), tuple(after[:width])


def name_keys(spans: Sequence[Value | Name]) -> frozenset[str]:
    """Prefixes of the words of names (the subjects a sentence names)."""
    return frozenset(w.lower()[:NAME_PREFIX] for n in spans for w in n.text.split())


def owned_body(text: str, v: Value) -> str | None:
    """The owner of an organisation named as its owner's body, else ``None``."""
    if v.dimension != "organisation" or v.text.split()[-1].lower() not in _BODY_HEADS:
        return None
    m = _OWNER_RE.search(text[max(0, v.start - 80):v.start])
    return m.group(1).lower() if m else None


# A person named as the holder of an owner's role: "the county's chief engineer, Ann Bell," or
# "the county's chief engineer Ann Bell". An owner's role in the singular has one holder, so two
# outlets naming different people for it disagree, however different their sentences. Bounded
# words and runs: searched over a window, it stays linear.
# A definite role of two or three words between commas ("The provincial governor, Ann Bell,") is
# one holder's too: the story has one provincial governor, where "the spokesman" may be anyone's.
_ROLE_RE = re.compile(r"\b(?:([A-Za-z][\w-]{0,30})[’']s|([Tt]he))\s{1,3}((?:[a-z][\w-]{0,30}\s{1,3}){0,2}[a-z][\w-]{0,30})"
                      r"(,?)\s{1,3}$")


def owned_role(text: str, v: Value) -> tuple[str, str] | None:
    """The owner ("the" for a definite role) and role of a person named as the one holder of a
    role, else ``None``: set off by commas on both sides or, after an owner, by none ("the
    firm's shares fell, Ann Bell said" names no role), the role in the singular."""
    if v.dimension != "person":
        return None
    m = _ROLE_RE.search(text[max(0, v.start - 80):v.start])
    if not m or (m.group(4) and not text.startswith(",", v.end)):
        return None
    role = m.group(3).lower().split()
    if m.group(2) and (len(role) < 2 or not m.group(4)):
        return None  # "the spokesman, Ann Bell": a role of one word may be anyone's
    if role[-1].endswith("s") and not role[-1].endswith("ss"):
        return None  # "the firm's directors, Ann Bell and ...": a role of several
    return (m.group(1) or m.group(2)).lower(), " ".join(role)


def _same_body(a: Statement, b: Statement) -> bool:
    """Two names of one owner's body of the same kind that share a word besides the head."""
    body = owned_body(a.sentence.text, a.value)
    if not body or body != owned_body(b.sentence.text, b.value):
        return False
    return bool(set(a.value.text.lower().split()[:-1]) & set(b.value.text.lower().split()[:-1]))


@lru_cache(maxsize=4096)
def _anchor(date: str) -> _dt.date | None:
    return parse_date(date) if date else None


# A sentence's comma segments, and the words that make one an attribution.
_SEGMENT_RE = re.compile(r"[^,;]+")
_SOURCE_RE = re.compile(rf"\b(?:according\s+to|told|{'|'.join(ATTRIBUTION_VERBS)})\b", re.I)


def _attributions(text: str, figures: Sequence[Value], *, asides: bool = True) -> list[tuple[int, int]]:
    """The comma segments of a sentence that attribute (", according to a report published last
    year", "officials said") or, with ``asides``, describe (", all from the farmers' party,") and
    hold none of ``figures``: a source names no subject of a figure and dates none; a description
    names none, though it may date one (", in 1982,")."""
    out = []
    for m in _SEGMENT_RE.finditer(text):
        aside = asides and 0 < m.start() and m.end() < len(text) and text[m.start() - 1] == text[m.end()] == "," \
            and m.group().strip()[:1].islower()
        if (_SOURCE_RE.search(m.group()) or aside) and not any(m.start() <= v.start < m.end() for v in figures):
            out.append(m.span())
    return out


# A source an article names for a figure is no earlier report of it ("Earlier reports said 12
# died" beside "Police said 18 died" is the figure and its former value, not two sides).
_EARLIER_TERMS = frozenset(terms("earlier previous initial first prior"))
# A verb of saying right after these is followed by its source: '"...," said one passenger'.
_QUOTE_ENDS = frozenset(",\"”’'")


# A digest line that opens with its source's label before a quote ('* AP - "The toll passed
# 121,000."', 'BBC: "At least 124,000 ..."'): one article quotes several outlets in turn.
_LABEL_RE = re.compile(r"\s{0,3}(?:[*•·]\s{0,3})?([A-Z][\w&.'’-]{0,30}(?:\s{1,3}[A-Z][\w&.'’-]{0,30}){0,3})"
                       r"\s{0,3}[-–—:]\s{1,3}(?=[\"“])")


def label_end(text: str) -> int:
    """Where a digest line's source label ends (``_LABEL_RE``), else 0."""
    m = _LABEL_RE.match(text)
    return m.end() if m else 0


# Before a verb of saying, these make it a word that describes a noun ("the confirmed death
# count", "17 confirmed dead"); so does nothing before it, or an opening quote ('"Confirmed death
# toll passed ...'; not a closing one: '"...," said the mayor').
_DESCRIBED_BEFORE_RE = re.compile(rf"(?:^|(?:^|(?<=[\s:(\-–—]))[\"“‘(]|\d|\b(?:{'|'.join(sorted(_DETERMINERS))}))\s{{0,3}}$",
                                  re.I)


def _saying(text: str) -> re.Match | None:
    """The first verb of saying (or "according to", "told") that says who speaks, not one that
    describes a noun (``_DESCRIBED_BEFORE_RE``)."""
    return next((m for m in _SOURCE_RE.finditer(text)
                 if not _DESCRIBED_BEFORE_RE.search(text, 0, m.start()) or m.group().lower().startswith("accord")),
                None)


# The kinds of name a speaker has: a person, or a name of no known kind ("Cormac Rudge"); a place
# before the verb ("Police in Tarnby said") still scopes the figure.
_SPEAKER_KINDS = frozenset({"person", "name"})
# What opens a reported clause that speaks of its speaker ("said she had won", "said his members"):
# then the speaker is the figure's subject too. Bounded: linear.
_ABOUT_SPEAKER_RE = re.compile(r"\s{0,3}(?:that\s{1,3})?(?:he|she|they|we|i|his|her|their|our|my|its|it)\b", re.I)


def _speaker_end(text: str, figures: Sequence[Value]) -> int:
    """Where the speaker of a sentence's figures ends, when someone speaks before the first verb of
    saying and every figure but an age comes after it ("Cormac Rudge, the union's general
    secretary, said 87 percent of members ... backed the strike"): whoever says a figure is no
    subject of it, unless the reported clause speaks of them (``_ABOUT_SPEAKER_RE``); else 0."""
    m = _saying(text)
    if m is None or m.group().lower().startswith("accord") \
            or any(v.start < m.start() and v.dimension != "age" for v in figures) \
            or _ABOUT_SPEAKER_RE.match(text, m.end()):
        return 0
    return m.start()


def _quoted_source(text: str, figures: Sequence[Value]) -> frozenset[str]:
    """Terms of who a sentence attributes its figures to ("The mayor of Port Ansel said 25 died",
    "..., the operator said.", "According to the interior ministry, 18 died", '* AP - "The toll
    passed 121,000"'): a digest line's label (``label_end``), else the words after "according to"
    up to the next comma, else those before the first verb of saying (only its comma segment's
    when a figure comes first) or of reckoning ("The sheriff put the area at ..."); empty for the
    article's own voice."""
    label = _LABEL_RE.match(text)
    if label:
        return frozenset(terms(label.group(1)))
    m = _saying(text)
    if m is None:  # a verb of reckoning's subject ("The sheriff's office put the area at 5,000 hectares")
        put = next((p for v in figures if (p := _put_at(text, v.start))), None)
        return frozenset(terms(text[:put.start()].rsplit(",", 1)[-1])) - TIME_TERMS if put else frozenset()
    if m.group().lower().startswith("according") or text[:m.start()].rstrip()[-1:] in _QUOTE_ENDS:
        source = text[m.end():].split(",", 1)[0]  # "..., according to X", "'...,' said X"
    elif any(v.start < m.start() for v in figures):
        source = text[:m.start()].rsplit(",", 1)[-1]
    else:
        source = text[:m.start()]
    return frozenset(terms(source)) - TIME_TERMS


def _quoted_apart(ra: Row, rb: Row) -> bool:
    """Are two sentences of one article each attributed to a source of its own (``Row.source``)?
    Wire copy reports two sources' figures in turn ("The Coast Guard said 46 were rescued." /
    "The operator said 52 were pulled to safety."): they may disagree like two outlets. An
    earlier report is no such source (``_EARLIER_TERMS``), nor are sentences dated to other days
    ("Police said on Monday that 12 had died." / "By Tuesday, officials said, 19 had died."): a
    figure and its later value (``_dates_apart``)."""
    return ra.sentence.doc_id == rb.sentence.doc_id and ra.sentence.index != rb.sentence.index \
        and bool(ra.source) and bool(rb.source) and not ra.source & rb.source \
        and not (ra.source | rb.source) & _EARLIER_TERMS and not _dates_apart(ra, rb)


@dataclass(frozen=True)
class Row:
    """One sentence's reading: its values, masked text and names."""

    sentence: Sentence
    date: str
    found: tuple[Value, ...]
    masked: str
    names: frozenset[str]

    @cached_property
    def spans(self) -> list[tuple[float, float]]:
        """``_spans`` of this row, read once, as a row meets many."""
        return _spans(self)

    @cached_property
    def source(self) -> frozenset[str]:
        """``_quoted_source`` of this row: who the sentence attributes its figures to."""
        return _quoted_source(self.sentence.text, [v for v in self.found if v.kind != "name"])

    @cached_property
    def as_of(self) -> frozenset[int]:
        """Where the days a running figure is stated as of start (``_as_of_report``), in a
        sentence that states a quantity: when the outlet reported, no date to disagree on."""
        if not any(v.kind == "quantity" for v in self.found):
            return frozenset()
        return frozenset(v.start for v in self.found
                         if v.kind == "date" and _as_of_report(Statement(v, self.sentence, 0, self.date)))

    @cached_property
    def subject_names(self) -> tuple[Name, ...]:
        """The names the sentence's figures may be about: not those of a comma segment that holds
        no figure and attributes (", according to the county board", "officials said") or
        describes (", all from the farmers' party,"; not ", Ann Bell,"): a source or a description
        names no subject; nor a name inside another value ("12:01 a.m. CDT"), nor a dateline's
        (``stamp_end``: where the report was filed)."""
        text = self.sentence.text
        figures = [v for v in self.found if v.kind != "name"]
        # "X's agency said 1,200 died": a source beside the figure may name its subject
        apart = [*_attributions(text, figures), (0, max(stamp_end(text), label_end(text)))]
        speaker = _speaker_end(text, figures)
        return tuple(n for n in proper_names(text) if not any(low <= n.start < high for low, high in apart)
                     and not any(v.start <= n.start < v.end for v in figures)
                     and not (n.kind in _SPEAKER_KINDS and n.end <= speaker))

    def subjects(self, v: Value) -> tuple[Name, ...]:
        """The ``subject_names`` that ``v`` may be about: not those of a subordinate clause that
        opens after it ("2,150 pilots struck after talks broke down in Washington": the place of
        another event), nor those past the end of its own clause ("will stand 14 miles offshore, near
        enough to be seen from Kell Hill": what the next clause tells of it, vdis40); a name before it may
        still be its own ("when Ann Bell, the 47-year-old leader, quit")."""
        text = self.sentence.text
        other = [(m.start(), _clause_at(text, m.end(), m.end())[1]) for m in _SUBORDINATE_RE.finditer(text, v.end)]
        end = _clause(text, v)[1]
        return tuple(n for n in self.subject_names if not any(low <= n.start < high for low, high in other)
                     and n.start < end)

    @cached_property
    def capitals(self) -> frozenset[str]:
        """``name_keys`` of every capitalised word, a name the name reader leaves unread too (one
        word that opens the sentence: "Ostrand puts the damage at $24 million")."""
        return frozenset(w.lower()[:NAME_PREFIX] for w in words(self.sentence.text) if w[:1].isupper())

    @cached_property
    def named(self) -> tuple[tuple[Value, frozenset[str]], ...]:
        """Each name value with its ``name_keys``."""
        return tuple((v, name_keys([v])) for v in self.found if v.kind == "name")


def read_row(sentence: Sentence, date: str) -> Row:
    """A sentence's values (relative dates resolved against ``date``), masked text and names."""
    found = tuple(values(sentence.text, _anchor(date)))
    return Row(sentence, date, found, masked(sentence.text, found), name_keys(proper_names(sentence.text)))


def _rows(groups: Sequence[Group], dates: dict[str, str]) -> list[Row]:
    """Every member sentence read; copies of a sentence in articles of the same date are read once."""
    read: dict[tuple[str, str], Row] = {}
    out = []
    for s in (m for g in groups for m in g.members):
        date = dates.get(s.doc_id, "")
        if (s.text, date) not in read:
            read[(s.text, date)] = read_row(s, date)
        row = read[(s.text, date)]
        out.append(row if row.sentence is s else replace(row, sentence=s))
    return out


# Terms of the words that say when without naming a day or month ("this summer", "last year",
# "tonight"): next to a quantity they date it vaguely, and two figures of one season may measure
# anything. A named month or day is kept: two figures "in April" are of one period (pairs dev p031).
TIME_TERMS = frozenset(terms("""year month week day weekend fortnight season spring summer autumn winter quarter
today tonight yesterday tomorrow morning afternoon evening night"""))


# Terms of the cues that say how a figure is stated (``_forecast``: "expected to last six weeks"):
# ``Marks`` compares them; next to two figures they say nothing of what each measures ("the trial
# is expected to last six weeks" / "jury selection is expected to take two weeks").
CUE_TERMS = frozenset(terms("expected forecast predicted projected scheduled planned"))


def _told(st: Statement) -> bool:
    """Does a quantity follow a verb of saying ("The union said 81% of members ...")? The words
    before it then name who said it, not what it measures."""
    text, v = st.sentence.text, st.value
    return v.kind == "quantity" and bool(_SAID_RE.search(text[max(0, v.start - 30):v.start]))


def _subject_keys(xs: Sequence[Name], ys: Sequence[Name]) -> tuple[frozenset[str], frozenset[str]]:
    """``name_keys`` of two figures' subject names of the kinds both sentences name (an untyped
    name may be of any kind): a person counted among a figure's whole and the place it happened
    are no two subjects of one kind ("Nine officers, including Col. Ann Bell, are held" /
    "soldiers in Tarnby released all 12 officers"), where two places or two persons are."""
    def meets(n: Name, kinds: set[str]) -> bool:
        return n.kind in kinds or "name" in kinds or n.kind == "name"
    kinds_x, kinds_y = {n.kind for n in xs}, {n.kind for n in ys}
    return name_keys([n for n in xs if meets(n, kinds_y)]), name_keys([n for n in ys if meets(n, kinds_x)])


# A name between "a" and a common noun ("a Halden building contractor", "a Texas man") says where
# someone or something of a kind is from, not who: bounded, linear.
_A_BEFORE_RE = re.compile(r"\b[Aa]n?\s{1,3}$")
_NOUN_AFTER_RE = re.compile(r"\s{1,3}[a-z]")


def _of_origin(text: str, n: Name) -> bool:
    """Is ``n`` a name that only says where an indefinite subject is from (``_A_BEFORE_RE``)?"""
    return bool(_A_BEFORE_RE.search(text, max(0, n.start - 5), n.start)) and bool(_NOUN_AFTER_RE.match(text, n.end))


def _named_subjects(xs: Sequence[Name], ys: Sequence[Name], ra: Row, rb: Row) -> tuple[list[Name], list[Name]]:
    """Two figures' subject names, less the names that only say where one side's subject is from
    (``_of_origin``) when the other names no such origin: "a Halden building contractor was
    sentenced to 12 years" may be the "Piet Moravec" handed 13, where "a Texas man" is no "Florida
    man"."""
    ox = [n for n in xs if _of_origin(ra.sentence.text, n)]
    oy = [n for n in ys if _of_origin(rb.sentence.text, n)]
    if ox and oy:
        return list(xs), list(ys)
    return [n for n in xs if n not in ox], [n for n in ys if n not in oy]


def features(a: Statement, b: Statement, ra: Row, rb: Row, cosine: float) -> dict[str, float]:
    """What says two statements are about the same fact: masked-sentence cosine, the share of
    the terms around the values that meet (for quantities, of at least WINDOW terms), whether a
    term next to both meets (for quantities, no word of time or of a forecast's cue, nor the
    source before a verb of saying: ``_told``; or the thing one measures is the other's subject:
    ``_measured_alike``), and whether
    the sentences name only different subjects (0/1; for a quantity or day, the names of
    ``Row.subjects``, none of which the other sentence writes capitalised: ``Row.capitals``)."""
    (before_a, after_a), (before_b, after_b) = a.window, b.window
    wa, wb = set(before_a + after_a), set(before_b + after_b)
    near_a, near_b = (set(() if _told(st) else _past_move(st, before)[-NEAR:]) | set(after[:NEAR])
                      for st, before, after in ((a, before_a, after_a), (b, before_b, after_b)))
    floor = 1
    if a.value.kind == "quantity":  # "this summer" says when a figure holds, not what it measures
        cues = TIME_TERMS | CUE_TERMS | (CHANGE_TERMS if a.marks.change else frozenset())
        near_a, near_b = near_a - cues, near_b - cues
        floor = WINDOW  # two words shared by a short sentence are no half of what a figure measures
    if a.value.kind == "name":
        other_a, other_b = ra.names - name_keys([a.value]), rb.names - name_keys([b.value])
        apart = not other_a & other_b
    else:  # a subject the other sentence writes where no name was read (or spells out) still meets it
        xs, ys = _named_subjects(ra.subjects(a.value), rb.subjects(b.value), ra, rb)
        other_a, other_b = _subject_keys(xs, ys)
        apart = not other_a & (other_b | rb.capitals) and not other_b & ra.capitals \
            and not _spells_out(xs, rb.sentence.text) and not _spells_out(ys, ra.sentence.text)
    return {"cosine": cosine,
            "window": len(wa & wb) / max(floor, min(len(wa), len(wb))),
            "near": float(bool(near_a & near_b) or _related_near(a.near, b.near) or _measured_alike(a, b)
                          or _measured_alike(b, a)),
            "names_apart": float(bool(other_a) and bool(other_b) and apart)}


# A level a figure was moved to ("the estimate has risen to £1.9m", "has climbed to £3.2m"). Bounded: linear.
_MOVED_LEVEL_RE = re.compile(r"\b(?:" + "|".join(sorted(RISE_VERBS | FALL_VERBS)) + r")\s{1,3}to\s{1,3}$", re.I)


def _past_move(st: Statement, before: tuple[str, ...]) -> tuple[str, ...]:
    """The terms before a value, without the verb that moved it to its level (``_MOVED_LEVEL_RE``): "has
    risen to" says that the figure moved, the words before it what it measures ("estimate of the cost")."""
    text, v = st.sentence.text, st.value
    if v.kind != "quantity" or not _MOVED_LEVEL_RE.search(text, max(0, v.start - 30), v.start):
        return before
    return tuple(t for t in before if t not in CHANGE_TERMS)


def _spells_out(names: Sequence[Name], text: str) -> bool:
    """Is one of ``names`` an acronym of a name ``text`` writes (``acronyms.spelled_out``: "RCB" /
    "Rydal & Crane Bank")? Outlets name one body both ways."""
    return any(ACRONYM_RE.fullmatch(n.text) and spelled_out(text, n.text) for n in names)


def _related_near(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Does a term next to one value in its clause (``Statement.near``) name one next to the other in
    other words (``senses.related``: "a combined value of $1.9bn" / "add up to $2.4bn")? Outlets that
    retell a figure vary the words beside it as much as the sentence around it; the next clause's
    words are another fact's ("owns 24.6% of the firm, would value" / "a premium of 38%")."""
    return any(related_to_any(t, ys) for t in xs - ys)


# The noun a measure is "of" ("waves of up to 12 metres", "a line of 3 miles"), and the thing a
# verb of reckoning puts "at" a figure ("estimated the damage at $21 million", "puts the damage
# from Sunday's fire at $24 million", "valued the deal at"); an owner's possessive before the thing
# is read past ("put the club's debts at": the debts, not the club). Bounded: linear.
_MEASURE_OF_RE = re.compile(r"\b([a-z]{3,30})\s{1,3}of\s{1,3}$", re.I)
_PUT_AT_RE = re.compile(r"\b(?:puts?|putting|estimat(?:es|ed|ing)|valu(?:es|ed|ing)|pegg?(?:s|ed|ing)?)\s{1,3}"
                        r"(?:(?:the|its|their|his|her)\s{1,3}(?:[\w-]{1,30}(?:[’']s|s[’'])\s{1,3})?"
                        r"((?:[a-z-]{1,30}\s{1,3})?[a-z-]{3,30})"
                        r"|(?-i:([A-Z][\w-]{2,30})))\b[^,;:.!?]{0,60}?\bat\s{1,3}$", re.I)
MEASURED_REACH = 100


def _put_at(text: str, start: int) -> re.Match | None:
    """A verb of reckoning that puts what it names "at" the figure starting at ``start`` (``_PUT_AT_RE``)."""
    return _PUT_AT_RE.search(text, max(0, start - MEASURED_REACH), start)


def _measured(st: Statement) -> frozenset[str]:
    """The terms of what a quantity's construction says it measures (``_MEASURE_OF_RE``,
    ``_PUT_AT_RE``), else none."""
    text, start = st.sentence.text, st.value.start
    found = (_MEASURE_OF_RE.search(text, max(0, start - 40), start)
             or _put_at(text, start))
    return frozenset(terms(next(g for g in found.groups() if g))) if found else frozenset()


def _measured_alike(a: Statement, b: Statement) -> bool:
    """Is what ``a``'s construction says it measures (``_measured``: "Waves of up to 12 metres",
    "estimated the damage at $21 million") a term of the subject of the verb ``b``'s value is the
    object of ("waves around the ship reached 50 feet"), or of what ``b``'s says it measures
    ("puts the damage from Sunday's fire at $24 million")? Then both measure one thing, told in
    two constructions. Not for a count, which names what it counts."""
    if a.value.kind != "quantity" or a.value.dimension == "count":
        return False
    return any(_meets(t, x) for t in _measured(a) for x in b.subject.terms | _measured(b))


# A verb of level right before a figure ("Reservoir stocks across the area stand at", "overall stocks have
# fallen to", "the deficit is now at"): its subject is what the figure measures. Bounded: linear.
_LEVEL_RE = re.compile(r"\b(?:(?:now|currently|still)\s{1,3})?(?:stands?|stood|standing|is|are|was|were|"
                       r"(?:has|have|had)\s{1,3}(?:now\s{1,3})?(?:fallen|dropped|risen|climbed|grown|slipped|sunk|shrunk)|"
                       r"fell|rose|dropped|climbed|slipped|sank)\s{1,3}(?:(?:now|currently)\s{1,3})?(?:at|to)\s{1,3}"
                       r"(?:(?:about|around|some|nearly|almost|just|roughly)\s{1,3})?$", re.I)


def _named(st: Statement) -> str:
    """The words that name what a quantity measures by its construction: a fact box's label ("Total
    liabilities identified to date: £52.3m": ``values.box_label``), what a verb of reckoning puts at it
    ("put the club's debts at"), the noun it is a measure of ("waves of up to 12 metres"), or the subject
    of a verb of level in its clause ("Reservoir stocks across the area stand at"); else ""."""
    text, v = st.sentence.text, st.value
    if label := box_label(text, v.start):
        return label
    if (m := _put_at(text, v.start) or _MEASURE_OF_RE.search(text, max(0, v.start - 40), v.start)) is not None:
        return next(g for g in m.groups() if g)
    low = _clause(text, v)[0]
    level = _LEVEL_RE.search(text, low, v.start)
    return _THAT_RE.split(text[low:level.start()])[-1] if level else ""


# A complementizer or a verb of saying before a verb of level's subject ("officials said on Monday that bed
# occupancy has risen to", "the leader said the estimated cost of the damage had risen to"): the subject follows it.
_THAT_RE = re.compile(rf"\b(?:that|{'|'.join(ATTRIBUTION_VERBS)})\s", re.I)


def _head(phrase: str) -> str:
    """The ``light_stem`` of a noun phrase's head: the last word of its first run of content words, past
    a determiner or an owner, up to a function word, preposition or participle ("Total liabilities |
    identified to date", "Reservoir stocks | across the area"); after "of", the head of the phrase it takes ("Level of |
    debt")."""
    found = [w.lower().replace("’", "'") for w in words(phrase)]
    runs: list[list[str]] = [[]]
    for w in found:
        if w.endswith("'s") and not runs[-1]:
            continue  # an owner is no head ("The agency's revised estimate")
        if w in STOP_WORDS or w in PREPOSITIONS or is_past_form(w):
            if runs[-1] and w != "of":
                break
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(w)
    run = runs[-1] or runs[0]
    return light_stem(run[-1]) if run else ""


def _named_head(st: Statement) -> str:
    """``_head`` of what a quantity's construction names (``_named``), for a figure that is no count
    (a count names what it counts); "" where it names nothing."""
    return _head(_named(st)) if st.value.kind == "quantity" and st.value.dimension != "count" else ""


def _one_thing(a: Statement, b: Statement) -> bool:
    """Do two quantities' constructions name one thing (``_named_head``), by one word or in other words:
    nouns of one sense or one a kind of the other (``senses.kind_of_either``: "put the club's debts at" / "Total
    liabilities identified to date:")? Outlets and fact sheets name a measure in their own words."""
    x, y = _named_head(a), _named_head(b)
    return bool(x) and bool(y) and (x == y or kind_of_either(x, y))


# Dates that name a part of a year compare with each other, not with days: a deadline or opening
# stated as a month ("by the end of March", "in June") or a quarter ("in the second quarter").
_PERIOD_KINDS = frozenset({"week", "month", "quarter"})


# A year still to come when its article was dated ("is to open in 2001") is when a plan is due,
# which outlets may give differently, as they give a month: a period (``_statements`` marks it).
YEAR_TO_COME = "year to come"
# A year past told as the year a thing came to be ("the bridge, which opened in 1968", "Built in
# 2009", "the 2011-built ship"): a fact of the thing, not an era, which outlets may give differently
# (``_statements`` marks it; other years past are compared with nothing).
YEAR_OF_ORIGIN = "year of origin"
# A ship "launched in 1911" and a crane "commissioned in 1987" came to be then too.
_ORIGIN_WORDS = ("built opened founded established completed constructed inaugurated laid installed erected launched "
                 "commissioned").split()
_ORIGIN_VERBS = frozenset(map(stem, _ORIGIN_WORDS))
_ORIGIN_AFTER_RE = re.compile(rf"-(?:{'|'.join(_ORIGIN_WORDS)})\b", re.I)


# The day of the last of a recurring act ("had last been inspected in September 2033", "the last full inspection
# was carried out in May 2031", "was last seen on Friday") is one fact of its thing however far apart two outlets
# put it, and a day and a month of it compare with each other: ``LAST_ACT`` + the act's stem. A bare year stays an
# era ("the town last flooded in 1968").
LAST_ACT = "last "
_LAST_ACT_RE = re.compile(r"\blast\s{1,3}(?:(?:been|full|formal|official|routine|major|annual|safety|structural|"
                          r"independent|proper)\s{1,3}){0,2}([a-z]{4,30})\b")


def _last_act(st: Statement) -> str:
    """The stem of the act a day is the last one of (``_LAST_ACT_RE`` in its clause, not a time word: "last
    week"), else ""."""
    text = st.sentence.text
    low, high = _clause(text, st.value)
    m = _LAST_ACT_RE.search(text, low, high)
    return "" if m is None or stem(m.group(1)) in TIME_TERMS else stem(m.group(1))


# A year past of a deed done to a thing, told in the passive ("the haul rope was last replaced in 2041", "the
# species was first recorded in the bay in 2049") or by a participle that describes the thing ("the estate, bought
# by a holding company in 2074", "the fair, first held in 2058"): a fact of the thing on record, as its year of origin
# is, which outlets may give differently; ``YEAR_OF_DEED`` + the deed's stem, so only years of one deed compare. An
# act a thing does ("the town last flooded in 1968", "the arena hosted the final in 1979") stays an era. The deed is
# the past form nearest before "in" and the year, within DEED_REACH and with no punctuation between them, so an
# agent's name joined by "and" stays in its phrase ("bought by the farming and forestry group X in 2061") and a
# second verb is the year's own ("was closed and the firm collapsed in 2019": an act the firm did).
YEAR_OF_DEED = "year of deed "
_IN_YEAR_RE = re.compile(r"\bin\s{1,3}$", re.I)
_SEGMENT_START_RE = re.compile(r"[,;:.!?()\[\]\"]")
DEED_REACH = 60
# Words that may stand between the start of a describing phrase and its participle ("first held in 2058").
_DEED_ADVERBS = frozenset({"first", "last"})


def _year_of_deed(st: Statement) -> str:
    """The stem of the deed a year past is told as the year of, in the passive or by a describing participle
    (``YEAR_OF_DEED``), else ""."""
    text, v = st.sentence.text, st.value
    end = _IN_YEAR_RE.search(text, max(0, v.start - 6), v.start)
    if end is None:
        return ""
    low = max([m.end() for m in _SEGMENT_START_RE.finditer(text, 0, end.start())] + [0])
    found = [(m.group(), m.end()) for m in WORD_RE.finditer(text, low, end.start())]
    for k in range(len(found) - 1, -1, -1):
        word, at = found[k]
        before = [w.lower() for w, _ in found[:k]]
        if end.start() - at > DEED_REACH:
            return ""
        if not word.isalpha() or not (is_past_form(word.lower()) or before[-1:] == ["first"]):
            continue
        adverbs = list(takewhile(lambda w: w in _DEED_ADVERBS or w.endswith("ly"), reversed(before)))
        rest = before[:len(before) - len(adverbs)]
        passive = bool(rest) and rest[-1] in _BE
        describing = not rest and low > 0  # the phrase opens after a comma: "the estate, bought by"
        return stem(word) if (passive or describing) and stem(word) not in TIME_TERMS else ""
    return ""


# A year past after "since" that a first or a superlative of its clause counts from ("the first strike at the
# plant since 2019", "the worst floods in the valley since 1998"), or that "the last time" of its clause names ("The
# last time the river burst its banks was 1998"): the year of the last event of the kind, a fact on record that
# outlets may give differently, as a year of origin. "since 2019" alone dates a change ("fallen
# 40% since 2019") and stays an era. Bounded runs: linear.
YEAR_OF_PREVIOUS = "year of deed since"
_PREVIOUS_SINCE_RE = re.compile(r"\b(?:first|worst|best|biggest|largest|highest|lowest|deadliest|strongest|heaviest|"
                                r"hottest|coldest|wettest|driest|busiest|longest|greatest|fewest)\b"
                                r"[^,;:.!?]{0,80}?\bsince\s{1,3}$"
                                r"|\blast\s{1,3}time\b[^,;:.!?]{0,80}?\b(?:was|in)\s{1,3}$", re.I)


def _year_of_previous(text: str, v: Value) -> bool:
    """Is a year the last one of the kind of event its clause counts from (``_PREVIOUS_SINCE_RE``)?"""
    return bool(_PREVIOUS_SINCE_RE.search(text, _clause(text, v)[0], v.start))


def _thing_year(v: Value) -> bool:
    """Is a year a fact of its thing: its year of origin (``YEAR_OF_ORIGIN``), of a deed done to it
    (``YEAR_OF_DEED``) or of the last event of its kind (``YEAR_OF_PREVIOUS``)?"""
    return v.noun == YEAR_OF_ORIGIN or v.noun.startswith(YEAR_OF_DEED)


def _year_of_origin(st: Statement) -> bool:
    """Is a year the one its thing was built, opened or founded (``_ORIGIN_VERBS``, as its verb or
    joined after it: "2011-built")?"""
    return st.verb in _ORIGIN_VERBS or bool(_ORIGIN_AFTER_RE.match(st.sentence.text, st.value.end))


def comparable(a: Value, b: Value) -> bool:
    """Same dimension and, for counts, the same counted noun; money and percentages in the same
    unit (one currency is not compared with another); days with days, weeks, months and quarters
    with each other; names of the same kind."""
    key = measure(a)
    return key is not None and key == measure(b)


# A compound counts what its head counts ("dockworkers" / "workers") when both parts are words:
# a head of at least COMPOUND_HEAD letters after a first part of at least COMPOUND_PART ("women" is
# no compound of "men").
COMPOUND_HEAD = 4
COMPOUND_PART = 4


def _counted_word(v: Value) -> str:
    """The light stem (``senses.light_stem``) of the noun a count names as written, or "" when the
    count names none or is read as another measure (a fate: "21 deaths" is the toll)."""
    noun = getattr(v.span, "noun", "")
    word = noun.split()[-1].lower() if v.dimension == "count" and noun else ""
    return light_stem(word) if word and stem(word) == v.noun else ""


def _adults_of_a_kind(v: Value, other: Value) -> bool:
    """Does ``v`` count men or women (``values.person_kind``) where ``other`` counts a kind of person by trade or
    role (``senses.is_person``: "15 men" / "14 miners"), whom an outlet may count as men?"""
    return person_kind(v) in ("man", "woman") and not person_kind(other) and is_person(_counted_word(other))


def _kin_nouns(a: Value, b: Value) -> bool:
    """Do two counts of different nouns count one thing in other words: nouns of one sense
    (``senses.related``: "ships" / "vessels", "homes" / "houses") or a compound and its head
    ("dockworkers" / "workers")?"""
    x, y = _counted_word(a), _counted_word(b)
    if not x or not y or a.noun == b.noun:
        return False
    if _adults_of_a_kind(a, b) or _adults_of_a_kind(b, a):
        return True
    head, whole = sorted((x, y), key=len)
    return kind_of_either(x, y) or len(head) >= COMPOUND_HEAD and len(whole) - len(head) >= COMPOUND_PART \
        and whole.endswith(head)


def _acts(st: Statement) -> frozenset[str]:
    """The terms of the verb phrase right after a count, past its auxiliaries and adverbs and up to
    the first other function word ("31 staff were made redundant", "five parties have already
    expressed interest in", "workers walked | off the job"): what befell what it counts or what it
    did, which another outlet may count by its noun ("47 redundancies", "nine expressions of
    interest"): a verb or adjective and its noun share a stem. None when no verb follows at once
    (``_tail``)."""
    if st.value.dimension != "count" or not _tail(st):
        return frozenset()
    text, v = st.sentence.text, st.value
    found = words(text[v.end:_clause(text, v)[1]])
    start = next((k for k, w in enumerate(found) if w.lower() not in _PREDICATE_START | _BE | _HAVE | _ADVERBS), 0)
    run = list(takewhile(lambda w: w.lower() not in STOP_WORDS, found[start:]))
    return frozenset(terms(" ".join(run)))


def _act_counted(a: Statement, b: Statement) -> bool:
    """Does ``b`` count, by its noun, the act ``a``'s predicate tells of what ``a`` counts (``_acts``)?
    A count of staff made redundant is a count of redundancies, of parties that expressed interest
    one of expressions of interest."""
    return a.value.noun != b.value.noun and b.value.noun in _acts(a)


# Other groups joined to a count after it ("120 state troopers are part of the search, along with
# deputies and marshals") make it one part of a larger whole, which another outlet may count with a
# broader noun ("350 officers from three agencies"). Bounded: linear.
_JOINED_RE = re.compile(r"\b(?:along\s{1,3}with|as\s{1,3}well\s{1,3}as|together\s{1,3}with|alongside|joined\s{1,3}by)\b",
                        re.I)
JOINED_REACH = 100


def _joined(st: Statement) -> bool:
    """Does ``st``'s sentence join other groups to its count, within JOINED_REACH after it?"""
    return bool(_JOINED_RE.search(st.sentence.text, st.value.end, st.value.end + JOINED_REACH))


def measure(v: Value) -> tuple[str, str, str] | None:
    """What ``v`` measures: values compare when this is the same (``comparable``); ``None`` when
    it is compared with nothing."""
    if v.kind == "date" and v.dimension == "date" and v.noun != "date":
        if v.noun == YEAR_OF_ORIGIN or v.noun.startswith((LAST_ACT, YEAR_OF_DEED)):
            return v.kind, v.dimension, v.noun
        if v.noun not in _PERIOD_KINDS and v.noun != YEAR_TO_COME:
            return None  # a year past names an event's era far more often than a disputed date
        return v.kind, v.dimension, "period"
    if v.dimension == "count" and not v.noun:
        return None  # a bare number ("0800", "aged 31") counts nothing
    return v.kind, v.dimension, v.noun if v.dimension in ("count", "date", "money", "percent") else ""


# A sentence that dates nothing reports what happens in the weeks around its article's date.
RECENT_DAYS = 31
# A date right after a verb of saying dates the report, not the fact ("said on Friday").
_SAID_RE = re.compile(r"\b(?:said|says|announced|told|reported|added|confirmed|stated|reporters)\s+(?:on\s+|late\s+|early\s+)?$",
                      re.I)
# In the passive the verb states the fact itself ("the first case was confirmed on Jan. 19", "the
# deal had been announced on Monday"): a day the outlets may dispute.
_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s{1,3}(?:first\s{1,3})?\w{1,20}\s{1,3}(?:on\s+|late\s+|early\s+)?$",
                         re.I)


# A dateline or time stamp: a date or time in the first DATELINE_REACH characters followed by an
# optional agency in brackets and a dash or colon ("LONDON, May 3 (Wire) - ", "7:20 AM - ", "6:50 PM: ").
DATELINE_REACH = 60
_DATELINE_RE = re.compile(r"(?:,\s{0,3}\d{4})?\s{0,3}(?:\([^()]{1,30}\)\s{0,3})?(?:--|[-–—:])\s")
# A dateline with no date: a place in capitals, perhaps a state or country after a comma, an
# optional agency and a dash or colon ("WASHINGTON (AP) — ", "ST. LOUIS, Mo. -- ", "• LAGOS: ");
# a speaker's label in a transcript reads the same ("REPORTER: "). Bounded: linear.
_PLACE_LINE_RE = re.compile(r"[^\w\s]{0,2}\s{0,3}[A-Z][A-Z.'-]{2,30}(?:\s{1,3}[A-Z][A-Z.'-]{0,30}){0,3}"
                            r"(?:,\s{1,3}[A-Z][\w.]{0,30}(?:\s{1,3}[A-Z][\w.]{0,30}){0,2})?\s{0,3}"
                            r"(?:\([^()]{1,30}\)\s{0,3})?(?:--|[-–—:])\s")
_LOWER_WORD_RE = re.compile(r"\b[a-z]")


@lru_cache(maxsize=4096)
def stamp_end(text: str) -> int:
    """Where a dateline or a live page's time stamp that opens a sentence ends (``_DATELINE_RE``:
    "PORT ELLA, May 3 (Wire) - ", "6:50 PM: "), else 0: its words say when and where the report
    was filed, not what a value of the sentence measures."""
    for day in dates(text[:DATELINE_REACH * 2]):
        if day.start > DATELINE_REACH or _LOWER_WORD_RE.search(text, 0, day.start):
            break  # a stamp opens the sentence, after at most a place's capitalised words
        if m := _DATELINE_RE.match(text, day.end):
            return m.end()
    place = _PLACE_LINE_RE.match(text[:DATELINE_REACH])
    return place.end() if place else 0
# A running figure "by Monday" in Monday's article is the figure as of the report; a day either
# side allows for an article dated the morning after.
_AS_OF_RE = re.compile(r"\b(?:by|as\s+of)\s+$", re.I)
AS_OF_DAYS = 1


def _dates_apart(ra: Row, rb: Row) -> bool:
    da, db = [v for v in ra.found if v.kind == "date"], [v for v in rb.found if v.kind == "date"]
    return bool(da and db) and not any(x.compatible(y) for x in da for y in db)


# "the other 14", "the remaining 14": what is left of a set; "the three leaders": a small set
# the text has already named (news spells out numbers below ten).
_REMAINDER_RE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.I)
_SMALL_SET_RE = re.compile(r"\bthe\s+$", re.I)
SMALL_SET = 10


def _definite(st: Statement) -> bool:
    """Is a count the rest of a set ("the other 14") or a small set the text already knows
    ("the three leaders")? Then it is no figure an outlet states."""
    if st.value.dimension != "count":
        return False
    before = st.sentence.text[max(0, st.value.start - 20):st.value.start]
    return bool(_REMAINDER_RE.search(before)) or (bool(_SMALL_SET_RE.search(before)) and st.value.high < SMALL_SET)


def _report_date(st: Statement) -> bool:
    """Does a statement's date say when the report was made (``report_date``)?"""
    return report_date(st.sentence.text, st.value)


def report_date(text: str, v: Value) -> bool:
    """Does a date ``v`` of ``text`` say when the report was made, not when the fact holds: after a verb of saying
    in the active voice (``_PASSIVE_RE``), or in a dateline or a live page's time stamp at the sentence start ("PORT ELLA, May 3 (Wire)
    -", "9:40 AM - ")?"""
    before = text[max(0, v.start - 40):v.start]
    return bool(_SAID_RE.search(before)) and not _PASSIVE_RE.search(before) \
        or v.end <= stamp_end(text)


_STAMP_RE = re.compile(r"\s{1,3}[A-Z\"“]")


def _moment(st: Statement) -> bool:
    """Is a time of day when something happened: not a live page's stamp opening the sentence ("07:20 The latest
    count ...") nor the moment a running figure stood ("were waiting at anchor by midday": ``_AS_OF_RE``)?"""
    text, v = st.sentence.text, st.value
    return not (v.start == 0 and _STAMP_RE.match(text, v.end)) and not _AS_OF_RE.search(text[max(0, v.start - 12):v.start])


def _as_of_report(st: Statement) -> bool:
    """Is a date the article's own day after "by" or "as of"? A running figure stated so is the
    figure as of the report ("had burned 4,000 acres by Monday" in Monday's paper), no period."""
    text, v, anchor = st.sentence.text, st.value, _anchor(st.date)
    return anchor is not None and bool(_AS_OF_RE.search(text[max(0, v.start - 12):v.start])) \
        and v.low - AS_OF_DAYS <= anchor.toordinal() <= v.high + AS_OF_DAYS


# A day after "since" is where a comparison or a count starts ("the worst floods since 1986",
# "arrested since Friday"), no period the figure belongs to: "killed 31 ... the worst since 1986"
# is a figure of this week, not of 1986.
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?$", re.I)


# "since 1998, when her father signed deals worth $2 billion": the clause after the day is of that day.
_WHEN_AFTER_RE = re.compile(r",?\s{1,3}when\b", re.I)


# A day at the end of a clause that "since" opens ("have been lodged since the results were published on 3
# May", "since the appeal opened on Tuesday"): the act that started a span running to the report. Bounded:
# linear.
_SINCE_CLAUSE_RE = re.compile(r"\bsince\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,8}?(?:on|in)\s{1,3}(?:the\s{1,3})?$", re.I)
SINCE_REACH = 90


def _since(st: Statement) -> bool:
    """Is a day the start of a span running to the report ("since 1998", "since the appeal opened on
    Tuesday": ``_SINCE_CLAUSE_RE``), not the day of what a clause after it tells ("since 1998, when ...")?"""
    text, v = st.sentence.text, st.value
    return bool(_SINCE_BEFORE_RE.search(text[max(0, v.start - 30):v.start])
                or _SINCE_CLAUSE_RE.search(text[max(0, v.start - SINCE_REACH):v.start])) \
        and not _WHEN_AFTER_RE.match(text, v.end)


def periods(row: Row) -> list[Value]:
    """The days of a sentence that also states a quantity, except those of the report itself
    (``_report_date``, ``_as_of_report``) or of its source (``_attributions``), and the points its
    spans before "ago" name (``_ago``): the period the quantity is measured in. A time of day is no period (its minutes are no days)."""
    figures = [v for v in row.found if v.kind == "quantity"]
    if not figures:
        return []
    apart = _attributions(row.sentence.text, figures, asides=False)
    stated = (Statement(v, row.sentence, 0, row.date) for v in row.found if v.kind == v.dimension == "date"
              and not any(low <= v.start < high for low, high in apart))
    return [st.value for st in stated if not _report_date(st) and not _as_of_report(st) and not _since(st)] \
        + _ago(row)


# How far either way of its day a span before "ago" may put its point ("four years ago": a
# day within half a year of four years back).
AGO_MARGIN = 8


def _ago(row: Row) -> list[Value]:
    """The points in time its spans before "ago" name ("Four years ago, a heat wave killed more
    than 700 people"), counted back from the article's date, as periods of kind "ago"."""
    anchor = _anchor(row.date)
    if anchor is None:
        return []
    out = []
    for v in row.found:
        if v.dimension == "duration" and _AGO_RE.match(row.sentence.text, v.end):
            days = (v.low + v.high) / 2 / 24
            margin = max(1.0, days / AGO_MARGIN)
            out.append(replace(v, kind="date", dimension="date", noun="ago",
                               low=anchor.toordinal() - days - margin, high=anchor.toordinal() - days + margin))
    return out


def _other_time(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Do two sentences date what they state to different periods ("in 2023" / "in 2022",
    "last month's earthquake" / "Tuesday's aftershock", "in June 2004" / an article of 2007
    that dates nothing)? Then they state different facts. Two dates compared are the values in
    dispute, not periods: only the sentences' other days count for them, and figures that differ
    make them the periods of two figures ("rose 5% in March" / "rose 4% in April"). Two figures
    that no period dates (``_undated``), the later told as running (``_running``) or the earlier,
    of an earlier article, as it stood so far (``_SO_FAR_RE``), are one figure run on, however far
    apart their articles' weeks."""
    if a.value.kind == "date":
        if _values_clash(ra, rb, _FIGURES, days=(a.value, b.value)):
            return True
        pa, pb = ([(v.low, v.high) for v in periods(row) if v.start != st.value.start]
                  for row, st in ((ra, a), (rb, b)))
    else:
        pa, pb = _spans(ra, a.value), _spans(rb, b.value)
        later = max((a, b), key=lambda st: st.date)
        undated_a, undated_b = _undated(ra, a.value), _undated(rb, b.value)
        earlier = min((a, b), key=lambda st: st.date)
        if undated_a and undated_b and (_running(later) or earlier.date < later.date and _so_far(earlier)):
            return False  # "would ask it to repay $1.1m" / months on, "the sum has been raised to $2.6m": one figure run on
        if undated_a and undated_b and _thing_size(a) and _thing_size(b):
            return False  # "weighed an estimated 640 kilograms" / months on, "estimated at 590 kg": a thing's one size
        if undated_a and _worth(b) and _known_thing(a) or undated_b and _worth(a) and _known_thing(b):
            return False  # "signed her to a deal worth £250,000 a year in 2061" / "its deal, worth £180,000 a year"
        if (undated_a or undated_b) and _price_paid(a) and _price_paid(b):
            return False  # "sold the site to X for £4m last week" / months on, "X paid £5m for it": one deal's price
    return bool(pa and pb) and not any(x[0] <= y[1] and y[0] <= x[1] for x in pa for y in pb)


# The verbs of a deal that sets a price (stems), and what may stand between such a verb told in the past and the sum
# paid "for" a thing ("sold the slots to X for", "paid £5m for"). Bounded: linear.
_DEAL_VERBS = frozenset(map(stem, "buy bought sell sold pay paid purchase purchased acquire acquired".split()))
_PAID_FOR_RE = re.compile(r"\s{1,3}for\s{1,3}(?:the|a|an|its|his|her|their)\b")


def _price_paid(st: Statement) -> bool:
    """Is a sum the price of a deal told as done: paid "for" a thing (``_FOR_RE`` before it, or ``_PAID_FOR_RE`` after
    it) in a clause whose verb before it is a deal's (``_DEAL_VERBS``) in the past, not the perfect nor to come ("Ann
    Bell bought the yacht for £2m", "X paid £5m for the site")? A deal done is done once: its price is no figure of a
    period, and a later article that tells it undated may tell a deal of any earlier week."""
    text, v = st.sentence.text, st.value
    if v.dimension != "money" or not (_FOR_RE.search(text, max(0, v.start - 5), v.start)
                                      or _PAID_FOR_RE.match(text, v.end)):
        return False
    low = max([v.start - ACT_REACH, 0] + [m.end() for m in _CLAUSE_MARK_RE.finditer(text, 0, v.start)])
    before = ["", *words(text[low:v.start])]  # "sold its take-off and landing slots to X for": past the "and"
    verbs = [k for k in range(1, len(before)) if stem(before[k]) in _DEAL_VERBS]
    return bool(verbs) and is_past_form(before[verbs[-1]].lower()) \
        and before[verbs[-1] - 1].lower() not in _AUXILIARIES - {"was", "were", "had"}


# The axes of a thing's size (``_axis``): a depth or a way from a place is where something is, which may change.
_SIZE_AXES = frozenset({"height", "width", "length"})


def _thing_size(st: Statement) -> bool:
    """Is ``st`` a size of a thing: a mass, or a distance told as its height, width or length ("14 metres wide") or
    as a compound before its noun ("the 7-metre yacht")? A thing's size is no figure of a period: articles weeks
    apart that give two sizes of it disagree."""
    v = st.value
    return v.dimension == "mass" or v.dimension == "distance" and ("-" in v.text or _axis(st) in _SIZE_AXES)


# A sum told as what a thing is worth ("a contract worth £142m", "worth an estimated $3m"). Bounded: linear.
_WORTH_RE = re.compile(r"\bworth\s{1,3}(?:(?:about|around|some|roughly|nearly|almost|an\s{1,3}estimated|"
                       r"(?:up\s{1,3}to|more\s{1,3}than|less\s{1,3}than))\s{1,3})?$", re.I)


def _worth(st: Statement) -> bool:
    """Is a sum told as what a thing is worth (``_WORTH_RE`` right before it)? A thing's worth is set once, when the
    deed that makes it is done: a period of its sentence ("awarded in 2026", "signed ... in 2061") dates that deed,
    and another outlet's figure of the thing's worth that no period dates is the same fact, not another period's."""
    text, v = st.sentence.text, st.value
    return v.dimension == "money" and bool(_WORTH_RE.search(text, max(0, v.start - 30), v.start))


# The determiners of a thing the reader already knows (a closed class): "the contract", "its deal", "whose grant".
_KNOWN_DETERMINERS = frozenset("the its his her their this that these those whose".split())


def _known_thing(st: Statement) -> bool:
    """Is the thing a sum measures named as one the reader knows: the nearest determiner before the sum (within
    MONEY_MEASURE_REACH characters) definite or a possessive ("The eight-year contract, worth £156m", "its deal,
    understood to have been worth", "whose $3.8m grant")? A thing named bare, or as the object of a verb in the past
    ("signed agreements worth $21 billion"), is one its sentence tells as made then."""
    text, v = st.sentence.text, st.value
    before = [w.lower() for w in words(text[max(0, v.start - MONEY_MEASURE_REACH):v.start])]
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if w in _DETERMINERS or w == "whose":
            return w in _KNOWN_DETERMINERS
        if w.endswith(("'s", "’s")):
            return True
        if k + 1 < len(before) and before[k + 1] != "to" and is_past_form(w) and w not in _AUXILIARIES | {"been"}:
            return False  # "signed agreements worth": the verb makes its object
    return False


def _undated(row: Row, v: Value) -> bool:
    """Does no period of ``row``'s sentence date ``v`` (``_dates``)? Then it holds as of its article's date."""
    return not any(_dates(row.sentence.text, p, v) and not _of_former(row.sentence.text, p, v, row.found)
                   for p in periods(row))


def _dates(text: str, day: Value, v: Value) -> bool:
    """Does a period of a sentence date its value ``v``? A point before "ago" (``_ago``) dates a
    figure of its clause, or every figure when it opens the sentence; a week, month or longer
    dates every figure, but one in another clause (``_JOINS_CLAUSE_RE`` between them) that
    comes after the figure or after a verb of its own (``_acted_before``) dates only that
    clause's act, unless "when" opens the clause right after it (``_WHEN_AFTER_RE``); one day
    dates only a figure of its own clause (nothing of ``_APART_RE`` between them), or every
    figure when its clause is no more than a phrase ("On Monday, 14 people died"): "will leave
    on Thursday, in a move that will cost $3.2 million" states a day and a cost of one move,
    each to be compared on its own."""
    between = text[min(day.end, v.end):max(day.start, v.start)]
    if _aside_apart(text, day, v):
        return False
    if day.noun == "ago":
        return not text[:day.start].strip() or not _APART_RE.search(between)
    if day.noun != "date":  # "put the cost at £4.2bn and said work would begin in 2053", "floated in 2021 and employs"
        return not (_JOINS_CLAUSE_RE.search(between) and (day.start >= v.end or _acted_before(text, day))) \
            or bool(_WHEN_AFTER_RE.match(text, day.end))  # "its last flood in 1986, when 11 people died"
    low, high = _clause(text, day)
    return not _APART_RE.search(between) or len(words(text[low:high])) <= len(words(day.text)) + PHRASE_WORDS


def _acted_before(text: str, day: Value) -> bool:
    """Does a verb (``_is_verb``) stand before ``day`` in its clause ("Quorvane floated on the market in 2021")? Then
    the day is that act's, not a subject's that later clauses share ("A walkout in 2028 lasted five days and cost")."""
    low, _ = _clause(text, day)
    before = ["", *words(text[low:day.start])]
    return any(_is_verb(before[k], before[k - 1]) for k in range(1, len(before)))


def _aside_apart(text: str, day: Value, v: Value) -> bool:
    """Is one of a period and a value inside a relative clause set off by commas and the other
    outside it ("The crane, which can lift 24 tons, will be joined by another next year": next
    year is no time of the 24 tons)? An aside describes its noun at a time of its own."""
    return any((low <= day.start < high) != (low <= v.start < high) for low, high in _asides(text))


# The words beside a day in a phrase that opens a sentence: "On Monday", "Late on Monday".
PHRASE_WORDS = 2
# What sets a day's clause apart from a figure's: ``_CLAUSE_END_RE`` but a parenthesis, which holds
# the figure in another unit ("made a 2.3 billion pound ($2.9 billion) cash offer on Monday").
_APART_RE = re.compile(rf"[,;:]|\b(?:and|but|{SUBORDINATORS})\b")
# A conjunction or subordinator that opens another clause: a period after it dates that clause's act.
_JOINS_CLAUSE_RE = re.compile(rf"\b(?:and|but|{SUBORDINATORS})\b")


# A period right after the value before a change dates that value ("down from 63 percent in 2018").
_FORMER_PERIOD_RE = re.compile(r"\s{1,3}(?:in|of|at\s{1,3}the\s{1,3}end\s{1,3}of)\s{1,3}(?:the\s{1,3})?$", re.I)


def _of_former(text: str, day: Value, v: Value, found: Sequence[Value]) -> bool:
    """Is ``day`` the period of another value of ``text``, one before a change (``former``) that it
    follows ("Turnout was 58 percent, down from 63 percent in 2018": 2018 is no period of 58)?"""
    return any(w.start != v.start and w.end <= day.start and _FORMER_PERIOD_RE.fullmatch(text, w.end, day.start)
               and former(text, w) for w in found)


def _spans(row: Row, v: Value | None = None) -> list[tuple[float, float]]:
    """The days a sentence's quantities (or only ``v``: ``_dates``, less a former value's own:
    ``_of_former``) are about: its periods, else the weeks around its article's date (news reports
    what is recent or coming), else nothing known."""
    text = row.sentence.text
    dated = [(p.low, p.high) for p in periods(row)
             if v is None or _dates(text, p, v) and not _of_former(text, p, v, row.found)]
    anchor = _anchor(row.date)
    if dated or not anchor or not any(v.kind == "quantity" for v in row.found):
        return dated
    return [(float(anchor.toordinal() - RECENT_DAYS), float(anchor.toordinal() + RECENT_DAYS))]


# A value a sentence states as a requirement, limit, capacity, hope or request, not as what happened
# ("needs 151 votes", "must top 40%", "can handle 300 trains a day", "prosecutors sought a 20-year
# term", "had hoped to raise $40 million", "the 50% turnout threshold"): it is never the same fact
# as an outcome.
_REQUIREMENT_RE = re.compile(r"\b(?:needs?|needed|requires?|required|requirement|must|threshold|minimum|maximum|"
                             r"capacity|(?:can|could)\s+(?:handle|hold|carry|seat|accommodate|take)|designed\s+(?:for|to)|"
                             r"at\s+least|exceed|cap|limit|target|goal|aims?\s+to|hop(?:es|ed|ing)?\s+to|to\s+win|"
                             r"sought|seeks?|seeking|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?for|call(?:s|ed)?\s+for|"
                             r"propos(?:es|ed|ing)|request(?:s|ed)?)\b", re.I)


# A bound in a clause of condition ("lines are cut when gusts are forecast above 45 mph", "if
# turnout tops 60%") is a threshold too: what would happen, not what did.
_CONDITION_RE = re.compile(r"\b(?:if|when|whenever|once|unless)\s[^,;:.!?]{0,30}$", re.I)
# A change in a clause of "if" ("a second pause if the index falls 13 percent") is one that would
# set something off, not one that happened ("when" and "once" also tell what did).
_HYPOTHESIS_RE = re.compile(r"\b(?:if|unless|whenever)\s[^,;:.!?]{0,30}$", re.I)
_COMPARED_RE = re.compile(r"\b(?:above|over|below|under|beyond|exceeds?|exceeding|tops?|reach(?:es)?|hits?)\s+$", re.I)
_BOUNDS = frozenset({"more than", "at least", "less than", "up to"})


# A bound named right after its figure ("the 50% turnout threshold", "a $2 million cap"); a share "of" one ("running
# at 71% of normal capacity") is a level reached, not the bound. Bounded: linear.
_BOUND_AFTER_RE = re.compile(r"\s{1,3}(?!of\s)(?:[a-z-]{1,20}\s{1,3}){0,2}"
                             r"(?:threshold|minimum|maximum|cap|capacity|limit|target|requirement)\b", re.I)


# A figure its clause makes conditional right after it ("will pay more than $700 million once
# interest is counted", "$5 billion if the options are taken up", "$90 million including fees") is
# another measure than the figure stated plain; but a count "including" some of what it counts
# ("an entourage of 600 - including 40 chefs") names members of the set it states plain. Bounded
# runs: linear.
_CONDITION_AFTER_RE = re.compile(r"\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}(if|once|unless|provided|including|counting)\s",
                                 re.I)


# "called for" before a day sets the day ("a strike has been called for Dec. 15"), asks for nothing.
_CALLED_FOR_RE = re.compile(r"\bcall(?:s|ed)?\s+for\s+$", re.I)


# Where the words of a requirement stop: a clause's mark, not a comma inside a figure.
_CLAUSE_MARK_RE = re.compile(r"[;:]|,(?!\d)")


# A value that restates the figure before it in other terms (", or 67 percent", "two-thirds of
# members, that is 67 percent") is stated as that figure's clause states it.
_RESTATED_RE = re.compile(r"\s{0,3}(?:or|that\s{1,3}is|i\.e\.)(?:\s{1,3}(?:about|around|roughly|some|nearly))?\s{1,3}", re.I)
RESTATED_REACH = 80


# A limit read as the value's own qualifier ("carries a maximum of 20 years": ``quantities``
# reads "a maximum of" as "up to"), which the words before the value no longer hold. "a minimum
# of" is left a hedge ("a minimum of 20 people died").
_LIMIT_RE = re.compile(r"\bmaximum\b", re.I)


def _requirement(st: Statement) -> bool:
    """Is a value stated as a requirement, limit or condition (``_REQUIREMENT_RE`` in its clause:
    "two miles an hour over the limit, when 21 cars left the tracks" requires nothing of 21)?"""
    text, v = st.sentence.text, st.value
    before = text[max(0, v.start - 40):v.start]
    if v.kind == "date" and _CALLED_FOR_RE.search(before):
        return False
    clauses = _CLAUSE_MARK_RE.split(text[max(0, v.start - RESTATED_REACH):v.start])
    told = " ".join(clauses[-2:]) if len(clauses) > 1 and _RESTATED_RE.fullmatch(clauses[-1]) else clauses[-1]
    if _own_requirement(told) or _LIMIT_RE.search(text, v.start, number_end(v)) \
            or _BOUND_AFTER_RE.match(text, number_end(v)) \
            or v.kind == "quantity" and (m := _CONDITION_AFTER_RE.match(text, number_end(v))) \
            and not (v.dimension == "count" and m[1].lower() == "including"):
        return True
    bound = getattr(v.span, "qualifier", "") in _BOUNDS or bool(_COMPARED_RE.search(before))
    return bound and bool(_CONDITION_RE.search(before)) or bool(_change(st)) and bool(_HYPOTHESIS_RE.search(before))


# The auxiliaries that open a finite verb phrase: a closed class.
_AUXILIARIES = frozenset("has have had is are was were will would can could may might shall should must".split())


def _own_requirement(told: str) -> bool:
    """Does a cue of ``_REQUIREMENT_RE`` in the words ``told`` before a value govern it: no auxiliary between them
    ("A petition demanding action has now passed 41,000 signatures": the cue describes the subject, and the figure
    has a verb of its own)?"""
    return any(not _AUXILIARIES & {w.lower() for w in words(told[m.end():])} for m in _REQUIREMENT_RE.finditer(told))


# A count still under way: "with 90 percent of precincts counted", "with most of the ballots
# reporting", "early results", "partial returns". Its figures are what the count showed then, not
# its outcome ("with 60.8 percent of the vote once absentee ballots were counted" is one). Bounded
# runs: linear.
_PARTIAL_RE = re.compile(r"\bwith\s{1,3}(?:[\w.,%-]{1,20}\s{1,3}){1,3}of\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,20}\s{1,3}){1,2}"
                         r"(?:counted|tallied|reporting|processed)\b|"
                         r"\b(?:early|preliminary|partial|provisional|incomplete)\s{1,3}(?:results?|returns|counts?)\b",
                         re.I)


def _partial(st: Statement) -> bool:
    """Is a quantity stated in a sentence about a count still under way (``_PARTIAL_RE``)?"""
    return st.value.kind == "quantity" and bool(_PARTIAL_RE.search(st.sentence.text))


# A price a market set at a moment ("shares closed at 405 pence", "a closing price on Friday of
# 298.5 pence", "traded at $41") is a quote: it moves with every session, where an offer, a fee or
# a sum paid is fixed. Bounded runs: linear.
_QUOTE_RE = re.compile(r"\b(?:(?:closed|opened|traded|ended|finished|settled)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?at|"
                       r"(?:closing|opening)\s{1,3}(?:share\s{1,3})?price\b[^,;:.!?]{0,30}?\bof)\s{1,3}$", re.I)
# A sum moved to a level ("rose 31% to 391 pence") is a quote only when what moved is traded (shares,
# a price, an index, a currency: the closed class market reports move); "the estimate of the cost has
# climbed to £3.2m" or "the rent bill rose to £71m" tells a sum, no quote. Bounded runs: linear.
_MOVED_TO_RE = re.compile(r"\b(?:rose|fell|climbed|dropped|jumped|slipped|gained|lost|slid|sank|soared|tumbled|plunged|"
                          r"rallied|edged)\s{1,3}[^,;:.!?]{0,30}?\bto\s{1,3}$", re.I)
_TRADED_RE = re.compile(r"\b(?:shares?|stocks?|prices?|index|bonds?|yields?|pound|dollar|euro|yen)\b", re.I)


def _quote(st: Statement) -> bool:
    """Is a sum a market's quote (``_QUOTE_RE``, or a traded thing moved to it: ``_MOVED_TO_RE``)?"""
    text, v = st.sentence.text, st.value
    if v.dimension != "money":
        return False
    before = text[max(0, v.start - 70):v.start]
    moved_to = _MOVED_TO_RE.search(before)
    return bool(_QUOTE_RE.search(before)) or moved_to is not None and bool(_TRADED_RE.search(before, 0, moved_to.start()))


# A value stated as a change ("rose 40 cm", "fell by 3%", "up 4%") is another measure than a
# level ("stood at 6.2 metres", "fell to 6.2%"), and a change since a time ("up 6% since
# Tuesday") another than a step on one day ("rose 3% on Tuesday").
_CHANGE_RE = re.compile(r"\b(?:" + "|".join(sorted(RISE_VERBS | FALL_VERBS | {"up", "down", "by"}))
                        + r")\s+(?:by\s+)?(?:(?:about|some|nearly|almost|more\s+than|over)\s+)?$", re.I)
_SINCE_AFTER_RE = re.compile(r"[^,;:.!?]{0,30}?\bsince\b", re.I)


# A change told by a word after its figure ("closed 9.2 percent lower", "a 3% drop", "shares were
# 4% down"), or by the figure's own sign ("-9.2%"). Bounded: linear.
_CHANGE_AFTER_RE = re.compile(r"\s{1,3}(?:" + "|".join(sorted(RISE_AFTER | FALL_AFTER)) + r")\b", re.I)
_SIGNS = "-+\u2212"


def _direction(st: Statement) -> int:
    """+1 for a rise, -1 for a fall, 0 where the change's words or sign do not say (``_change``): a
    rise and a fall are two moves ("recovered 3.5 percent" on Friday / "fell 8.7 percent" on Thursday)."""
    text, v = st.sentence.text, st.value
    if v.text[:1] in _SIGNS:
        return -1 if v.text[:1] != "+" else 1
    before, after = _CHANGE_RE.search(text[max(0, v.start - 30):v.start]), _CHANGE_AFTER_RE.match(text, v.end)
    told = {w.lower() for m in (before, after) if m for w in words(m.group())}
    return int(bool(told & RISE_WORDS)) - int(bool(told & FALL_WORDS))


# An amount added to one before it ("a further 20,000 doses", "another $5 million") is a step, not
# the total. Bounded: linear.
_FURTHER_RE = re.compile(r"\b(?:a\s{1,3}further|another|an?\s{1,3}(?:additional|extra))\s{1,3}$", re.I)


# What a change is measured against, after it in its clause ("rose 3% in May from a year earlier",
# "up 4% compared with March"). Bounded runs: linear.
_BASELINE_RE = re.compile(r"[^,;:.!?]{0,30}?\b(?:from|compared\s{1,3}(?:with|to)|against|than)\s{1,3}([^,;:.!?]{1,40})",
                          re.I)


def _other_baseline(a: Statement, b: Statement) -> bool:
    """Are two changes measured against baselines that share no term ("from a year earlier" /
    "from April")? A change with no baseline stated may be against either."""
    ma, mb = (_BASELINE_RE.match(st.sentence.text, st.value.end) for st in (a, b))
    if ma is None or mb is None:
        return False
    return not set(terms(ma.group(1))) & set(terms(mb.group(1)))


def _other_stretch(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Do two changes name periods (``periods`` the values are about) of other lengths ("fell 8% on
    Monday" / "have fallen 15% this week")? A day's move and a week's are two figures, though
    the day lies in the week."""
    pa, pb = ([(p.low, p.high) for p in periods(row) if _dates(row.sentence.text, p, st.value)]
              for row, st in ((ra, a), (rb, b)))
    return bool(pa and pb) and {high - low for low, high in pa}.isdisjoint({high - low for low, high in pb})


# A count over a number of occasions ("41 goals in 112 games", "nine wins from 12 starts"). Bounded: linear.
_OVER_RE = re.compile(r"\s{1,3}(?:in|from|over|across)\s{1,3}(?:(?:only|just|his|her|its|their|the)\s{1,3})?$", re.I)


def _counted_over(st: Statement, row: Row) -> tuple[str, float] | None:
    """The noun and number of the count a count is tallied over ("41 goals in 112 games" -> game, 112), else None."""
    text, v = st.sentence.text, st.value
    if v.dimension != "count":
        return None
    return next(((w.noun, w.low) for w in row.found if w.dimension == "count" and w.start > v.end
                 and _OVER_RE.fullmatch(text, v.end, w.start)), None)


# A count that sizes a body, told with an indefinite article ("a garrison of 800 soldiers", "a crew
# of 21"); not a sum or a bound ("a total of", "a maximum of"). Bounded: linear.
_SIZE_OF_RE = re.compile(r"\b(?:a|an)\s{1,3}(?!(?:total|maximum|minimum|toll|tally|count|number|further|record)\b)"
                         r"[a-z-]{3,20}\s{1,3}of\s{1,3}$", re.I)


def _size_and_fate(a: Statement, b: Statement) -> bool:
    """Is ``a`` the size of a body ("a garrison of 800 soldiers") and ``b`` a count of what befell
    its kind (``befell``: "45 soldiers have died")? The whole and what befell part of it."""
    text = a.sentence.text
    return a.value.dimension == "count" and bool(_SIZE_OF_RE.search(text, max(0, a.value.start - 40), a.value.start)) \
        and not befell(text, a.value) and befell(b.sentence.text, b.value)


def _over_other_stretches(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Are two counts tallied over other numbers of one thing ("41 goals in 112 games" / "nine goals
    in ten games")? A career and a tournament, not one figure."""
    x, y = _counted_over(a, ra), _counted_over(b, rb)
    return x is not None and y is not None and x[0] == y[0] and x[1] != y[1]


# Words that set a move during a session, not at its close ("fell 12 percent in early trading",
# "was at one point down 9 percent"). Bounded runs: linear.
_DURING_RE = re.compile(r"\b(?:at\s{1,3}one\s{1,3}point|intraday|in\s{1,3}(?:early|late|morning|afternoon)\s{1,3}"
                        r"(?:trading|trade|dealings))\b", re.I)


def _at_moment(st: Statement, row: Row) -> bool:
    """Does a time of day in a change's or a quote's own clause, after any time stamp, date it ("At
    11:42 the index fell 7 percent", "was down as much as 12 percent at midday", "traded at $41.30
    at midday"), or a phrase of ``_DURING_RE``? A reading during the day is another figure than
    the day's move or close, which names no hour."""
    text = st.sentence.text
    low, high = _clause(text, st.value)
    low = max(low, stamp_end(text))
    return bool(_DURING_RE.search(text, low, high)) \
        or any(v.dimension == "time" and low < v.end and v.start < high for v in row.found)  # "11:42" holds a colon


# A stage of an event named beside a reading ("The temperature at the start was 9C", "had risen to
# 19C by the time the last runners finished", "Gusts reached 60mph later that evening"), keyed by which stage; not a market's "at the close",
# which is the day's end that a day's figure states anyway ("down 2.1% at the close" / "ended the
# day down 3.4%"). Bounded: linear.
_STAGE_RE = re.compile(r"\b(?:at|by)\s{1,3}(?:the\s{1,3})?(start|outset|beginning|kick-?off|finish|end|time)\b"
                       r"|\b(halfway|midway|later)\b", re.I)
_STAGES = {**dict.fromkeys("start outset beginning kickoff kick-off".split(), "start"),
           **dict.fromkeys("finish end".split(), "end"), "time": "then", "halfway": "middle", "midway": "middle",
           "later": "later"}


def _stage(st: Statement) -> str:
    """The stage of its event a reading names in its clause (``_STAGE_RE``: "start", "end",
    "middle", "then" for "by the time ...", "later"), else "". A reading at one stage is another figure
    than one at another stage or at none: a temperature or a share moves while an event runs."""
    low, high = _clause(st.sentence.text, st.value)
    found = _STAGE_RE.search(st.sentence.text, max(low, stamp_end(st.sentence.text)), high)
    return _STAGES[(found.group(1) or found.group(2)).lower()] if found else ""


# A figure at the height of what it counts ("left 40,000 homes without power at its peak"): the
# most at any moment, not the figure of a day or hour another sentence names. Bounded: linear.
_AT_PEAK_RE = re.compile(r"\bat\s{1,3}(?:its|their|the)\s{1,3}(?:peak|height|highest)\b", re.I)


def _peak_and_moment(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Is one figure stated at its peak (``_AT_PEAK_RE``) and the other not, in a sentence that
    names a day ("40,000 homes without power at its peak" / "12,000 homes ... on Tuesday evening")?"""
    pa, pb = bool(_AT_PEAK_RE.search(a.sentence.text)), bool(_AT_PEAK_RE.search(b.sentence.text))
    return pa != pb and any(v.kind == "date" for v in (rb if pa else ra).found)


# A running total, by the words after its figure ("have pulled 31 survivors from the rubble so far",
# "52 people since the protests began"). Bounded run: linear.
_RUNNING_TOTAL_RE = re.compile(r"[^,;:.!?]{0,40}?\b(?:since|so\s{1,3}far|to\s{1,3}date)\b", re.I)


def _day_and_total(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Is one figure a running total (``_RUNNING_TOTAL_RE``) and the other one day's, dated by a
    day in its clause ("pulled 12 survivors from the rubble on Tuesday")? A day's count is a part
    of the total, whatever the two sentences share."""
    total_a, total_b = (bool(_RUNNING_TOTAL_RE.match(st.sentence.text, st.value.end)) for st in (a, b))
    if total_a == total_b:
        return False
    day, row = (b, rb) if total_a else (a, ra)
    return any(p.noun == "date" and p.high - p.low < 1 and _dates(row.sentence.text, p, day.value) for p in periods(row))


def _tally(v: Value) -> bool:
    """Is ``v`` a tally ("61 votes to 54", "a 5-4 vote": a result ``values`` reads as one count)?"""
    return isinstance(v.span, Score)


def _change(st: Statement) -> str:
    """"" for a level, "since" for a change since a time, "step" for another change (told before
    the figure, after it or by its sign: ``_CHANGE_AFTER_RE``; or an amount added to one before it:
    ``_FURTHER_RE``). Only an amount changes: a date after "by" is a deadline ("will close by June")."""
    text, v = st.sentence.text, st.value
    before = text[max(0, v.start - 30):v.start]
    told = _CHANGE_RE.search(before)
    stated = bool(told and not _agent(st, before, told) and not _amount_lost(st, told) or _FURTHER_RE.search(before)
                  or _CHANGE_AFTER_RE.match(text, v.end) or v.text[:1] in _SIGNS)
    if v.kind != "quantity" or not stated or _tally(v) or _margin(st):
        return ""  # "passed by 61 votes to 54" counts the votes cast; "won by 1,212 votes" is a margin
    return "since" if _SINCE_AFTER_RE.match(text, v.end) else "step"


# A verb that loses or gains what its object is, right before a sum or a span ("the members lost £7.3m",
# "crews lost 3,900 hours at hospital doors"): the amount of the loss, a level of its own; a price or an
# index that loses a share or points moves. Bounded: linear.
_LOST_RE = re.compile(r"\b(?:lost|gained)\s+$", re.I)
_AMOUNTS_LOST = frozenset({"money", "duration"})


def _amount_lost(st: Statement, told: re.Match) -> bool:
    """Is a change word before a sum or a span the verb of what was lost or gained (``_LOST_RE``), no traded
    thing (``_TRADED_RE``) before it in its clause?"""
    text, v = st.sentence.text, st.value
    return v.dimension in _AMOUNTS_LOST and bool(_LOST_RE.search(told.group())) \
        and not _TRADED_RE.search(text, _clause(text, v)[0], v.start)


# Words before "by" that make the count after it a change or a vote's margin ("cut by 300 jobs",
# "won by 12 votes", "the majority fell by nine seats").
_BY_CHANGE_RE = re.compile(r"\b(?:" + "|".join(sorted(RISE_VERBS | FALL_VERBS)) + r"|to|rais\w*|cut|increas\w*|"
                           r"reduc\w*|lower\w*|shr[au]nk|narrow\w*|widen\w*|won|wins?|lost|loses?|passed|carried|"
                           r"defeated|beat(?:en)?|leads?|led|trail\w*|ahead|margin|majority)\b", re.I)


def _agent(st: Statement, before: str, told: re.Match) -> bool:
    """Does "by" before a count of a noun or a sum name who or what acts ("attended by 95 members", "a strike
    by 4,500 nurses", "hauled out by two cranes", "backed by $5m of funding"), not a change: no word of change
    or of a margin (``_BY_CHANGE_RE``) before it in its clause ("leads the incumbent by 164 votes")?"""
    text, v = st.sentence.text, st.value
    if not (told.group().lower().startswith("by") and (v.dimension == "money" or v.dimension == "count"
                                                         and getattr(v.span, "noun", ""))):
        return False
    low = _clause(text, v)[0]
    return not _BY_CHANGE_RE.search(text, low, v.start - len(before) + told.start())


# A quantity after "from" in a sentence that states a change ("raised the offer to 3%, from 2%",
# "the lead shrank from 164 to 91") is the value before the change: no fact of the article's day.
_FROM_RE = re.compile(r"\bfrom\s+$", re.I)
_CHANGED_RE = re.compile(r"\b(?:to|rais\w*|cut|increas\w*|reduc\w*|lower\w*|improv\w*|shr[au]nk|gr[oe]wn?|rose|"
                         r"risen|fell|fallen|narrow\w*|widen\w*)\b", re.I)


# "up from 38", "from an earlier estimate of 38": the value before the change, whatever verb states it.
_EARLIER_RE = re.compile(r"\b(?:(?:up|down)\s+from|from\s+(?:an?|the|its|their)\s+(?:earlier|previous|initial|original|"
                         r"prior|first|usual|normal|current|standard|existing)\s+(?:[\w-]{1,20}\s+){0,2}?(?:of\s+)?)\s*$", re.I)


def former(text: str, v: Value) -> bool:
    """Is the quantity ``v`` of ``text`` the value before a change it states ("down from 67%") or one
    it corrects (``set_aside``)?"""
    if v.kind != "quantity":
        return False
    before = text[max(0, v.start - 60):v.start]
    return bool(_EARLIER_RE.search(before)) or bool(_FROM_RE.search(before[-10:])) and bool(_CHANGED_RE.search(text)) \
        or set_aside(text, v)


def runs(sentence: Sentence, v: Value, date: str = "", measured: frozenset[str] = frozenset()) -> bool:
    """Is the value ``v`` of ``sentence`` stated as a running figure (``_running``: a toll, "has
    risen to", "now"), one a later figure updates rather than contradicts? A word of change whose
    terms are among ``measured`` (a question's) is the act measured, not a revision: "raised a
    record £3.2m" for how much a marathon raised; only that word is left out, so "has now received
    31 reports" for how many were received still runs by its "now"."""
    text = _RUNNING_RE.sub(lambda m: re.sub(r"[\w'’-]+", lambda w: " " * len(w.group()) if set(terms(w.group())) & measured
                                            else w.group(), m.group()), sentence.text)
    return _running(Statement(v, replace(sentence, text=text), 0, date))


# A forecast, plan or possibility ("gusts forecast at 40 mph", "a surge of 3 metres expected
# tonight", "a hearing scheduled to last two days", "the fund could reach $500 million") is not
# what was measured; only quantities (a date of what
# is to come is always expected), in the value's clause
# ("the ship, expected on Friday, carried 300 people" states what it carried), up to FORECAST_REACH
# characters before it ("is expected to reach the capital late in the day after a 24-hour trip").
FORECAST_REACH = 80
_FORECAST_CUES = r"\b(?:forecast(?:s|ed)?|expect(?:s|ed)?|predict(?:s|ed)?|projected|scheduled|planned|could|might)\b"
_FORECAST_BEFORE_RE = re.compile(_FORECAST_CUES + r"[^,;:.!?]*$", re.I)
_FORECAST_AFTER_RE = re.compile(r"[^,;:.!?]{0,20}?\b(?:forecast|expected|predicted|projected|scheduled|planned)\b", re.I)
# A forecast's cue word in the words before a value (``_FORECAST_BEFORE_RE`` without its reach to the value).
_FORECAST_CUE_RE = re.compile(_FORECAST_CUES, re.I)


# A forecast that only guesses ("the toll could climb beyond 150,000"), where "expected to take 24
# hours" states a plan. Bounded by FORECAST_REACH: linear.
_SPECULATIVE_RE = re.compile(r"\b(?:could|might|may)\b[^,;:.!?]*$", re.I)


def _speculative(st: Statement) -> bool:
    return bool(_SPECULATIVE_RE.search(st.sentence.text[max(0, st.value.start - FORECAST_REACH):st.value.start]))


def _forecast(st: Statement) -> bool:
    """Is a quantity told as forecast, expected or planned (``_expected``)?"""
    return st.value.kind == "quantity" and _expected(st)


def _expected(st: Statement) -> bool:
    """Is a value told as forecast, expected or planned ("expected to reopen on 3 April")? A cue with an auxiliary
    between it and the value describes the subject, and the figure has a verb of its own ("the number of jobs
    expected to go has fallen to 412" states the number as it stands, as ``_own_requirement`` reads a demand)."""
    text, v = st.sentence.text, st.value
    before = text[max(0, v.start - FORECAST_REACH):v.start]
    told = before[m.start():] if (m := _FORECAST_BEFORE_RE.search(before)) else ""
    return any(not _AUXILIARIES & {w.lower() for w in words(told[cue.end():])}
               for cue in _FORECAST_CUE_RE.finditer(told)) or bool(_FORECAST_AFTER_RE.match(text, v.end))


# An amount per span of time ("$50 million a year", "40,000 vehicles a day", "3% annually") or per
# member ("sentenced to five years each", "$20 apiece") is a rate, another measure than a sum; so
# is one a word of each span measures ("annual savings of $2.4 billion", "a daily output of 40,000
# barrels"). Bounded runs: linear.
_RATE_RE = re.compile(r"\s{0,3}(?:(?:a|an|per|each|every)\s{1,3}(?:year|month|week|day|hour|weekday|night)\b|"
                      r"annually\b|yearly\b|monthly\b|daily\b|weekly\b|each\b|apiece\b|/(?:yr|year|day|month)\b)", re.I)
_RATE_BEFORE_RE = re.compile(r"\b(?:annual|yearly|monthly|weekly|daily)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){1,2}"
                             r"(?:of|at|to|by)\s{1,3}(?:about\s{1,3}|some\s{1,3}|nearly\s{1,3}|roughly\s{1,3})?$", re.I)


# A span of time told as the usual one, after the value in its clause ("the 690 flights it operates on a
# normal day"): the value is what that span holds as a rule, a rate. Bounded: linear.
_USUAL_SPAN_RE = re.compile(r"\b(?:on|in)\s{1,3}an?\s{1,3}(?:normal|typical|usual|average|ordinary)\s{1,3}"
                            r"(?:year|month|week|day|night)\b", re.I)
# A period of a rate later in the value's clause, past its verb ("14,500 vehicles used the bridge each day"); "a
# day" there may be a span ("cleared 300 cases in a day"), "each", "every" and "per" name a rate.
_RATE_LATER_RE = re.compile(r"\b(?:each|every|per)\s{1,3}(?:year|month|week|day|weekday|night)\b", re.I)
# How far after a value its usual span (or a rate's period) is looked for.
USUAL_SPAN_REACH = 50
# A rate's period after the thing a measured value is of ("8,000 metres of cloth a day", "40 tonnes of fresh fish a
# week"). Bounded: up to three words between.
_OF_THING_RATE_RE = re.compile(r"\s{1,3}of(?:\s{1,3}[a-z-]{2,20}){1,3}?" + _RATE_RE.pattern, re.I)


# The period a rate's word names ("weekly", "annually", "/yr"): "1,400 a week" and "6,000 a month" are
# rates per other periods, never one figure told twice; a rate per thing ("each", "apiece") names none.
_PERIODS = {**dict.fromkeys("annual annually yearly yr year".split(), "year"),
            **dict.fromkeys("monthly month".split(), "month"), **dict.fromkeys("weekly week".split(), "week"),
            **dict.fromkeys("daily day".split(), "day")}
_PERIOD_WORD_RE = re.compile(r"\b(" + "|".join(sorted({*_PERIODS, "weekday", "hour", "night"}, key=len, reverse=True))
                             + r")\b", re.I)


def rate_period(text: str, v: Value) -> str:
    """The period the quantity ``v`` of ``text`` is a rate per ("week": "1,100 parcels a week", "weekly"; "day": "690
    flights on a normal day", "300 trucks use it every day", "8,000 metres of cloth a day"), "each" for a rate per
    thing ("$40 each"), "" for no rate."""
    if v.kind != "quantity":
        return ""
    told = _RATE_RE.match(text, number_end(v)) or _RATE_RE.match(text, v.end) or _OF_THING_RATE_RE.match(text, v.end) \
        or _RATE_BEFORE_RE.search(text, max(0, v.start - 60), v.start) \
        or _USUAL_SPAN_RE.search(text, v.end, v.end + USUAL_SPAN_REACH) \
        or _RATE_LATER_RE.search(text, v.end, min(_clause(text, v)[1], v.end + USUAL_SPAN_REACH))
    if not told:
        return ""
    period = _PERIOD_WORD_RE.search(told.group())
    return _PERIODS.get(period.group(1).lower(), period.group(1).lower()) if period else "each"


# A value scoped by a name, a number or a kind of place right after it ("1,900 people in Dunmore",
# "8,000 staff in 12 countries", "$3 billion across Asia", "12 arrested in the capital"), also
# after the verb of a count's fate ("14 people were treated at Calder Hospital", "nine died in
# Korrin"), or by all of a kind ("23 goals in all competitions"), is a part or a whole: values
# with scopes that share no word are about different subjects. A day is no place ("killed in
# Tuesday's quake"), nor a number that describes a noun ("won 128 votes in the 240-seat
# chamber"). Bounded runs: it stays linear.
_PLACE_NOUNS = "(?:capital|city|town|village|county|district|province|region|state|country|nation)"
_SCOPE_RE = re.compile(r"(?:\s{1,3}(?:(?:were|was|are|is|have|has|had|been)\s{1,3}){0,2}"
                       r"(?:[a-z]{2,20}(?:ed|en)|died|hurt|held|kept))?"
                       r"\s{1,3}(?:in|across|at|outside)\s{1,3}(?:(?:the|its|their|his|her)\s{1,3})?((?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                       r"(?:[A-Z][\w'-]{0,30}|\d[\d,.]{0,12}(?![\w-])|(?:all|every|each)\s{1,3}[a-z]{3,30}\b)"
                       rf"(?:\s{{1,3}}[A-Z][\w'-]{{0,30}}|\s{{1,3}}[a-z]{{3,30}})?|{_PLACE_NOUNS}\b)")


# A place set before the clause scopes every value in it ("In Korrin, the worst-hit town, 14
# people were killed"; "In neighbouring Korrin, ..."; "In one village in the north, turnout was 99
# percent"); "In Korrin alone, ..." keeps "alone", which marks a part whatever the whole's sentence
# names. Bounded runs: linear.
_FRONTED_SCOPE_RE = re.compile(r"\s{0,3}[\"“‘]?(?:In|At|Across|Outside)\s{1,3}(?:the\s{1,3})?(?:[a-z]{3,20}\s{1,3})?"
                               r"([A-Z][\w'-]{0,30}"
                               r"(?:\s{1,3}[A-Z][\w'-]{0,30}){0,2}(?:\s{1,3}alone)?|(?:one|a|an|each)\s{1,3}(?:[a-z][\w'-]{0,30}\s{1,3})?"
                               rf"{_PLACE_NOUNS}\b[^,;:.!?]{{0,60}}?)\s{{0,3}},")


# A share of a whole named after it ("repay $11 million of the stolen money"): a part, scoped by
# its whole. Bounded run: linear.
_PART_OF_RE = re.compile(r"\s{1,3}of\s{1,3}(?:the|its|their|his|her)\s{1,3}([a-z][\w-]{0,30}(?:\s{1,3}[a-z][\w-]{0,30})?)")


# A place a "where" clause holding the value describes ("in the province of Halm, where some
# precincts reported turnout above 98 per cent") scopes it. Bounded runs, searched over a window:
# linear.
_WHERE_SCOPE_RE = re.compile(r"\b(?:in|at|across)\s{1,3}(?:the\s{1,3})?([^,;:.!?]{1,60}),\s{1,3}where\s[^,;:.!?]{0,80}$",
                             re.I)
WHERE_REACH = 200


# A figure for the whole country or world, by a word in its clause ("Turnout nationwide was 54
# percent", "The national unemployment rate is 5.2 percent", "employs about 9,500 people
# worldwide"): scoped by the whole, as a figure for a place in it is by the place. Bounded runs: linear.
_COUNTRY_WIDE_RE = re.compile(r"\b(?:nationwide|nationally|countrywide|statewide|worldwide|globally|across\s{1,3}the\s{1,3}country|"
                              r"national\s{1,3}(?:[a-z]{1,20}\s{1,3})?(?:average|rate|turnout|total|figure))\b", re.I)
COUNTRY_WIDE = frozenset(terms("nationwide"))


def _scope(st: Statement) -> frozenset[str]:
    """The terms of the name or number that scopes a value (after it, a place that opens its
    sentence or that a "where" clause holding it describes), or of the whole an amount is a part
    of, or ``COUNTRY_WIDE`` for a figure of the whole country (``_COUNTRY_WIDE_RE`` in its
    clause), else none."""
    text = st.sentence.text
    low, high = _clause(text, st.value)
    if _COUNTRY_WIDE_RE.search(text, low, high):
        return COUNTRY_WIDE
    m = _SCOPE_RE.match(text, st.value.end) or (_PART_OF_RE.match(text, st.value.end)
                                                 if st.value.dimension != "count" else None)
    if m is None and (m := _FRONTED_SCOPE_RE.match(text)) and m.end() > st.value.start:
        m = None
    if m is None:
        m = _WHERE_SCOPE_RE.search(text, max(0, st.value.start - WHERE_REACH), st.value.start)
    return frozenset(terms(m.group(1))) if m else frozenset()


# A relative clause that holds a value ("the Greens, who won 9% and 11 seats"): the figure is the
# described noun's, whose words stand before the comma up to a determiner or preposition.
_RELATIVE_OPEN_RE = re.compile(r",\s{1,3}(?:who|which)\s")
_OWNER_STOPS = _DETERMINERS | frozenset("with of for to by in on at from and or as".split())
SUBJECT_WORDS = 4


def _antecedent(text: str, end: int) -> list[str]:
    """The words of the noun before ``end`` (a comma), back to a determiner or preposition."""
    found = words(text[max(0, end - 120):end])[-SUBJECT_WORDS:]
    cut = max((k + 1 for k, w in enumerate(found) if w.lower() in _OWNER_STOPS), default=0)
    return found[cut:]


def _opening_subject(text: str, end: int) -> list[str] | None:
    """The words of ``text[:end]`` before its first verb (``_is_verb``), else ``None``."""
    found = words(text[:end])
    for k, w in enumerate(found):
        if k and _is_verb(w, found[k - 1]):
            return [x for x in found[:k] if x.lower() not in _VERB_CUES]
    return None


class Subject(NamedTuple):
    """Whom a quantity is about (``terms``, none when the sentence does not say), the stem of the
    verb that gives it to them, and whether a relative clause does ("the Greens, who won ...")."""

    terms: frozenset[str]
    verb: str = ""
    relative: bool = False


_HAVE = frozenset("have has had having".split())
# The prepositions a passive verb takes before a span ("was sentenced to", "were jailed for").
_VERB_PREPOSITIONS = frozenset("to for by of".split())
_BE = frozenset("is are was were be been being".split())
# Things told apart by their order ("the first bomb" / "a second bomb") or their vintage ("the new
# bridge" / "the old bridge") are two, whatever else their sentences share (``_ordered_apart``).
_ORDINALS = frozenset(terms("first second third fourth fifth sixth seventh eighth ninth tenth"))
# A vintage is told by an adjective as written (not "previously unknown", which says new): the old
# side and the new side.
_OLD_WORDS = frozenset("old former previous current outgoing existing".split())
_NEW_WORDS = frozenset("new incoming".split())


# The personal pronouns that stand as a clause's subject: the words before one open the clause as a phrase of time
# or place ("By Friday night it had collected"), the words after it are adverbs ("they had so far raised").
_SUBJECT_PRONOUNS = frozenset("it they he she we i".split())


def _owner_terms(found: Sequence[str]) -> frozenset[str]:
    """The terms of an owner's words; none where a subject pronoun (``_SUBJECT_PRONOUNS``) with no verb of its own
    after it is the owner (not "Figures it published in May showed", whose pronoun's verb is "published")."""
    if any(w.lower() in _SUBJECT_PRONOUNS and not any(is_past_form(x.lower()) for x in found[k + 1:])
           for k, w in enumerate(found)):
        return frozenset()
    return frozenset(t for t in terms(" ".join(found)) if not t[0].isdigit())


def _subject(st: Statement) -> Subject:
    """Whom a quantity is about, where the sentence says it: the noun a relative clause holding it
    describes ("the Greens, who won 9% and 11 seats"), or the subject of the verb it is the
    object of ("The ruling party won 71 of the 150 seats"; a participle opening its clause takes
    the sentence's subject: "The Progress Party came first, winning 37 seats"; a passive verb's
    one preposition stands before a span: "was sentenced to 12 years", and a participle after its
    noun takes the noun: "a money manager sentenced to 12 years"; an apposition before the
    verb is its subject: "His accomplice, Dale Voss, was jailed for"); none for a figure after a
    verb of saying, another preposition or no verb ("The toll stood at 128")."""
    text, v = st.sentence.text, st.value
    if v.kind != "quantity" or _told(st):
        return Subject(frozenset())
    low, high = _clause(text, v)
    opened = [m for m in _RELATIVE_OPEN_RE.finditer(text, 0, v.start)
              if not re.search(r"[,;:.!?()]", text[m.end():v.start])]
    if opened:
        verbs = [w for w in words(text[opened[-1].end():v.start])
                 if w.lower() not in _VERB_CUES | _ADVERBS | _HAVE]
        return Subject(_owner_terms(_antecedent(text, opened[-1].start())), stem(verbs[0]) if verbs else "", True)
    before = [w for w in words(text[low:v.start]) if w.lower() not in _ADVERBS]
    if v.dimension == "duration" and len(before) > 2 and before[-1].lower() in _VERB_PREPOSITIONS:
        if before[-3].lower() in _BE and _is_verb(before[-2], before[-3]):
            before = before[:-1]  # "was sentenced to | 12 years", not "has risen to | 112": the toll's own
        elif _is_verb(before[-2], "") and before[-3][0].islower() and before[-3].lower() not in _OWNER_STOPS | _HAVE:
            # a participle after its noun ("a money manager sentenced to 12 years"): the noun's
            noun = _antecedent(text, low + text[low:v.start].rfind(before[-2]))
            return Subject(_owner_terms(noun), stem(before[-2]))
    if not before:
        return Subject(frozenset())
    if len(before) == 1 and before[0].lower().endswith("ing") and low:
        owner = _opening_subject(text, low)
    elif _is_verb(before[-1], before[-2] if len(before) > 1 else ""):
        owner = [w for w in before[:-1] if w.lower() not in _VERB_CUES]
        if not owner and text[:low].rstrip().endswith(","):  # "His accomplice, Dale Voss, was sentenced"
            owner = _opening_subject(text, low) or words(text[:low])
    else:
        return Subject(frozenset())
    return Subject(_owner_terms(owner or []), stem(before[-1]))


# What a figure is spent on, or made of, right after it: one noun ("$300,000 in fuel"), or a
# list of them ("$1.5 million on fuel, crew and repairs"). Bounded: linear.
_SPENT_ON_RE = re.compile(r"\s{1,3}(?:on|in|for|of)\s{1,3}([a-z][\w-]{0,30}(?:(?:,\s{1,3}|\s{1,3}and\s{1,3}|,\s{1,3}and\s{1,3})"
                          r"[a-z][\w-]{0,30}){0,6})")


def _spent_on(st: Statement) -> tuple[str, ...]:
    """The terms of the nouns a figure is spent on or made of (``_SPENT_ON_RE``), in order."""
    m = _SPENT_ON_RE.match(st.sentence.text, number_end(st.value))
    return tuple(terms(m.group(1))) if m else ()


def _listed_part(a: Statement, b: Statement) -> bool:
    """Is ``b`` a figure for one item of the list ``a``'s figure covers ("$1.5 million on fuel,
    crew and repairs" / "$300,000 in fuel")? A part, then, not the whole told otherwise."""
    whole, part = _spent_on(a), _spent_on(b)
    return len(whole) > 1 and len(part) == 1 and part[0] in whole


def _ordinals(st: Statement) -> frozenset[str]:
    """The ordinals of a value's clause, outside the value itself (a unit such as "seconds" is none)."""
    text, v = st.sentence.text, st.value
    low, high = _clause(text, v)
    return frozenset(t for at, t in _term_spans(text) if (low <= at < v.start or v.end <= at < high)
                     and (not at or not text[at].isupper()) and t in _ORDINALS)


def _ordered_apart(a: Statement, b: Statement) -> bool:
    """Do the clauses of two values name things by orders or by vintages that share none ("the
    first phase" / "the second phase", "The new bridge is" / "The old bridge was")? Then they are
    two things, whatever else the sentences share."""
    ta, tb = (_ordinals(st) for st in (a, b))
    if ta and tb and not ta & tb:
        return True
    va, vb = (_vintage(st.sentence.text[slice(*_clause(st.sentence.text, st.value))]) for st in (a, b))
    return bool(va) and bool(vb) and va != vb


# A thing named as the one before ("the previous coalition", "its preceding record"): the noun after
# the adjective, read in a value's ``_segment``. Bounded: linear.
_PREVIOUS_RE = re.compile(r"\b(?:the|its|their|his|her|a)\s{1,3}(?:previous|preceding)\s{1,3}([a-z][\w-]{1,30})", re.I)


def _segment(st: Statement) -> str:
    """The stretch of a value's sentence between the punctuation marks around it (its subject too,
    where a subordinator opens the value's clause: "The coalition collapsed after 14 months")."""
    text, v = st.sentence.text, st.value
    marks = [m.start() for m in _CLAUSE_MARK_RE.finditer(text)]
    return text[max([m + 1 for m in marks if m < v.start], default=0):min([m for m in marks if m >= v.end],
                                                                            default=len(text))]


def _previous_one(a: Statement, b: Statement) -> bool:
    """Does ``a``'s ``_segment`` name the one before of a thing ``b``'s names plainly ("The previous
    coalition collapsed after 19 months" / "The coalition collapsed after 14 months")? Two things,
    then; "the previous day" dates a figure and is left to the readers of time."""
    ca, cb = (_segment(st) for st in (a, b))
    nouns = {t for m in _PREVIOUS_RE.finditer(ca) for t in terms(m.group(1))} - TIME_TERMS
    return bool(nouns & set(terms(cb))) and _PREVIOUS_RE.search(cb) is None


# The words a value stands before as a modifier ("in a 250 km transfer orbit and", "a 4.2-tonne
# weather satellite"): up to three lower-case words, cut at a function word or a verb. Bounded: linear.
_MODIFIED_RE = re.compile(r"\s{1,3}((?:[a-z][a-z-]{1,30}\s{1,3}){0,2}[a-z][a-z-]{1,30})\b")
_MODIFIED_STOPS = _OWNER_STOPS | _BE | _HAVE | _VERB_CUES | frozenset(
    "above below high long wide deep tall away less more fewer than per each every apiece ago later earlier".split())


def _modified(st: Statement) -> list[str]:
    """The lower-case words, modifiers then head, of the noun ``st``'s value stands before, else none."""
    m = _MODIFIED_RE.match(st.sentence.text, st.value.end)
    found: list[str] = []
    for w in m.group(1).split() if m else ():
        if w in _MODIFIED_STOPS or _is_verb(w, found[-1] if found else ""):
            break
        found.append(w)
    return found


def _kinds_told_apart(a: Statement, b: Statement) -> bool:
    """Is ``a``'s value that of one kind of a thing its own sentence tells from another kind ("in a
    250 km transfer orbit and will climb to its working orbit"), a kind ``b``'s sentence does not
    name ("Its working orbit is 850 km high")? Then ``a`` measures the other thing."""
    found = _modified(a)
    if a.value.kind != "quantity" or a.value.dimension == "count" or len(found) < 2:
        return False
    kind, head = found[-2], found[-1]
    text = a.sentence.text
    others = {m.group(1).lower() for m in re.finditer(rf"\b([a-z][a-z-]{{1,30}})\s{{1,3}}{re.escape(head)}\b", text)
              if m.start() >= a.value.end + len(found[0]) + 2 or m.end() <= a.value.start}
    told = bool(others - _MODIFIED_STOPS - {kind})
    return told and re.search(rf"\b{re.escape(kind)}\s{{1,3}}{re.escape(head)}\b", b.sentence.text, re.I) is None


# What a value's construction names it the measure of: the noun before "of" ("A foreshock of
# magnitude 4.9"), or before a comparison that makes it the top of a set ("Aftershocks as strong
# as magnitude 5.4", "gusts as high as 80 mph"; not a hedge of an amount: "as many as 300"); a
# unit word may stand between. Bounded: linear.
_THING_RE = re.compile(r"\b([A-Za-z][a-z]{2,30})\s{1,3}(?:of|(as)\s{1,3}(?!many\b|much\b|few\b|little\b)[a-z]{3,20}"
                       r"\s{1,3}as)\s{1,3}(?:up\s{1,3}to\s{1,3})?(?:[a-z]{1,20}\s{1,3})?$")
# The stuff a mass or volume is of, right after it ("500 tonnes of fuel"). Bounded: linear.
_STUFF_RE = re.compile(r"\s{1,3}of\s{1,3}(?!(?:the|a|an|its|his|her|their|this|that|these|those)\b)([a-z][\w-]{1,30})")
_STUFF_DIMENSIONS = frozenset({"mass", "volume"})
THING_REACH = 80
# A subject given its own measure by a verb of measuring ("The quake measured magnitude 6.1", "The
# rocket weighs 550 tonnes"); a unit word may stand between. Bounded: linear.
_MEASURED_BY_RE = re.compile(r"\b[A-Za-z][a-z]{2,30}\s{1,3}(?:measured|measures|weighed|weighs|registered|registers)"
                             r"\s{1,3}(?:[a-z]{1,20}\s{1,3})?$")


def _thing(st: Statement) -> tuple[frozenset[str], bool]:
    """The terms of what ``st``'s construction names it the measure of (``_THING_RE``, ``_STUFF_RE``),
    and whether it is the top of a set; none for a count or a sum, which say what they count."""
    v, text = st.value, st.sentence.text
    if v.kind != "quantity" or v.dimension in ("count", "money"):
        return frozenset(), False
    m = _THING_RE.search(text, max(0, v.start - THING_REACH), v.start)
    stuff = _STUFF_RE.match(text, number_end(v)) if v.dimension in _STUFF_DIMENSIONS else None
    named = frozenset(terms(m.group(1)) if m else ()) | frozenset(terms(stuff.group(1)) if stuff else ())
    return named, bool(m and m.group(2))


def _measures_other(a: Statement, b: Statement) -> bool:
    """Does ``a``'s construction name a thing (``_thing``) that ``b``'s sentence does not, where
    ``a``'s is the top of a set ("Aftershocks as strong as magnitude 5.4" / "A magnitude 6.8
    earthquake struck") or ``b``'s subject is given its own measure ("A foreshock of magnitude
    4.9" / "The quake measured magnitude 6.1"; "500 tonnes of fuel" / "The rocket weighs 550
    tonnes")? Then the two measure other things."""
    named, peak = _thing(a)
    if not named or any(_meets(t, x) for t in named for x in terms(b.sentence.text)):
        return False
    return peak or bool(_MEASURED_BY_RE.search(b.sentence.text, max(0, b.value.start - THING_REACH), b.value.start))


def _vintage(clause: str) -> str:
    """"old" or "new" where a clause's adjectives tell one vintage only (``_OLD_WORDS``, ``_NEW_WORDS``), else ""."""
    said = {w.lower() for w in words(clause)}
    old, new = bool(said & _OLD_WORDS), bool(said & _NEW_WORDS)
    return "old" if old and not new else "new" if new and not old else ""


# A part of a business year that dates a figure with no date ("in the first half", "third-quarter",
# "over the full year", "Q2"): two sentences that name only other parts state two periods' figures.
_PART_OF_YEAR_RE = re.compile(r"\b(?:([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal)[\s-]{1,3}(quarter|half)|"
                              r"([Ff]ull|[Ww]hole)[\s-]{1,3}(year)|(Q[1-4]|H[12]))\b")


def _parts_of_year(text: str) -> frozenset[str]:
    """The parts of a year a sentence names (``_PART_OF_YEAR_RE``), as "first half", "Q2", "full year"."""
    return frozenset(" ".join(g.lower() for g in m.groups() if g) for m in _PART_OF_YEAR_RE.finditer(text))


def _other_part_of_year(a: Statement, b: Statement) -> bool:
    """Do two sentences name parts of a year and none in common ("rose 8 percent in the first half"
    / "rose 5 percent over the full year")? Then their figures are two periods'."""
    pa, pb = _parts_of_year(a.sentence.text), _parts_of_year(b.sentence.text)
    return bool(pa) and bool(pb) and not pa & pb


# A stretch that is not a calendar one, told relative to the present ("this season", "last term",
# "the previous campaign"): the dates grammar cannot place it, but two sentences that place their
# figures in other ones state two stretches' figures. Bounded: linear.
_RELATIVE_STRETCH_RE = re.compile(r"\b(this|last|next|previous|current|coming)\s{1,3}(season|term|campaign|session|tour)\b",
                                  re.I)
_RELATIVE_SAME = {"current": "this", "previous": "last", "coming": "next"}


def _relative_stretches(text: str) -> frozenset[tuple[str, str]]:
    """The stretches a sentence places relative to the present (``_RELATIVE_STRETCH_RE``), as ("last", "season")."""
    return frozenset((_RELATIVE_SAME.get(m.group(1).lower(), m.group(1).lower()), m.group(2).lower())
                     for m in _RELATIVE_STRETCH_RE.finditer(text))


def _other_relative_stretch(a: Statement, b: Statement) -> bool:
    """Do two sentences place their figures in stretches of one noun and none the same ("scored 12
    goals this season" / "scored 31 goals last season")?"""
    sa, sb = _relative_stretches(a.sentence.text), _relative_stretches(b.sentence.text)
    return bool({n for _, n in sa} & {n for _, n in sb}) and not sa & sb


def _other_subject(a: Statement, b: Statement) -> bool:
    """Are two quantities about subjects (``_subject``) that share no term ("the Greens" / "the
    Progress Party"; "quake" meets "earthquake")? Subjects of other verbs are compared only where
    a relative clause names one: the same act told with other verbs may name its subject in
    other words ("The survey team catalogued" / "Researchers identified") or the other party to
    it ("The city will pay" / "Ann Bell will receive")."""
    sa, sb = a.subject, b.subject
    if not sa.terms or not sb.terms:
        return False
    same_verb = bool(sa.verb) and bool(sb.verb) and _meets(sa.verb, sb.verb)
    shares_won = a.value.dimension == "percent" and sa.verb in _WON and sb.verb in _WON
    if not (sa.relative or sb.relative or same_verb or shares_won):
        return False
    if a.value.dimension == "percent" and (same_verb or shares_won):
        # a share is its owner's whole noun phrase: "Opposition parties won 45%" / "the governing
        # party won 38%" share a noun, not an owner; "the party" / "the ruling party" one owner
        return not (_within(sa.terms, sb.terms) or _within(sb.terms, sa.terms))
    return not any(_meets(x, y) for x in sa.terms for y in sb.terms)


# Verbs by which an owner obtains a share ("won 45%", "took 38%", "received 12%"): told with any
# of them, a share is its subject's.
_WON = frozenset(stem(w) for w in "won took got received captured secured garnered polled".split())


def _one_subject(a: Statement, b: Statement) -> bool:
    """Do two quantities name subjects (``_subject``) of which each term meets one of the other's?"""
    sa, sb = a.subject.terms, b.subject.terms
    return bool(sa) and bool(sb) and _within(sa, sb) and _within(sb, sa)


def _meets(x: str, y: str) -> bool:
    """Are two stems one word ("quake" meets "earthquake")?"""
    return x.endswith(y) or y.endswith(x)


def _within(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Does every stem of ``xs`` meet one of ``ys`` (``_meets``)?"""
    return all(any(_meets(x, y) for y in ys) for x in xs)


def _other_scope(a: Statement, b: Statement) -> bool:
    """Are two values scoped apart: by scopes that share no term ("in Dunmore" / "in 12
    countries"), or, for quantities that differ, one scoped and the other not ("14 killed in
    Korrin" / "31 people died in the floods": a part and its whole)?"""
    if a.scope and b.scope:
        return not a.scope & b.scope
    scoped, other = (a, b) if a.scope else (b, a)
    if scoped.scope <= _common_terms(other.sentence.text):
        return False  # the other sentence names that place too ("in the city" / "hit the city"): no part
    return a.value.kind == "quantity" and bool(a.scope or b.scope) and not _agree(a, b)


def _only_other_name(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Is ``a``'s name the one name of ``a``'s sentence missing from ``b``'s, and the other way
    round (a name is there when the other names every word of it), with no other value that
    differs? Then the two sentences differ in that slot only (else the names are subjects)."""
    def missing(row: Row, other: Row) -> list[Value]:
        return [v for v, keys in row.named if not keys <= other.names]
    if [v.start for v in missing(ra, rb)] != [a.value.start] or [v.start for v in missing(rb, ra)] != [b.value.start]:
        return False
    # a name beside other values that differ is their subject ("140 killed in X" / "38 in Y")
    return not _values_clash(ra, rb)


_FIGURES = frozenset({"quantity"})


def _values_clash(ra: Row, rb: Row, kinds: frozenset[str] = frozenset({"quantity", "date"}), *,
                  days: tuple[Value, Value] | None = None) -> bool:
    """Do two sentences state a value each of ``kinds`` (quantities or dates) that measure the
    same and differ (``_agree``)? With ``days``, only values that each sentence's day dates
    (``_dates``)."""
    dated: tuple[tuple[Row, Value | None], ...] = ((ra, None), (rb, None)) if days is None else \
        ((ra, days[0]), (rb, days[1]))
    xs, ys = ([v for v in row.found if v.kind in kinds and (day is None or _dates(row.sentence.text, day, v))]
              for row, day in dated)
    return any(comparable(x, y) and not _agree(Statement(x, ra.sentence, 0, ra.date),
                                               Statement(y, rb.sentence, 0, rb.date)) for x in xs for y in ys)


# Dimensions whose "noun" is a unit ``Value.compatible`` converts: "180 days" states "six months".
_CONVERTED = frozenset({"duration", "distance", "mass", "speed", "area", "volume"})


def _matched_elsewhere(a: Statement, b: Statement, row: Row) -> bool:
    """Does ``a``'s sentence state ``b``'s value in another slot ("42 killed, 17 of them in the
    county" / "17 died in the county")? Then they are not one fact; a bare count ("17 of them")
    counts the noun of any count. The value before a change (``former``: "raised to 6%, from
    4%") is no other slot: it is the fact ``b`` states, as it was; nor is the whole ``a`` is a
    part of ("115 of its 120 deputies present" / "some 117 deputies were present"), unless it
    states ``b``'s very figure ("emptied two of the three leaking cars" / "three cars leaked").
    A maximum ``b`` is stated by its top alone ("a limit of 96 nanograms" is no "up to 290 nanograms":
    ``_stated_top``)."""
    text, top = row.sentence.text, _stated_top(b.value)
    return any(v.start != a.value.start and (v.dimension == b.value.dimension and v.kind == b.value.kind
               and (v.noun == b.value.noun or v.dimension == "count" and not v.noun
                    or v.dimension in _CONVERTED) and v.compatible(top) or _unit_elided(v, a.value, b.value))
               and not former(text, v) and not corrected(text, v.start)
               and (not whole_at(text, v) or b.whole or _states(v, b.value))
               for v in row.found)


# A figure set right after another as the one it corrects ("puts the reservoir at 58 per cent, not the 41 per
# cent the company announced"): the other side's figure, contested, no other slot of the sentence. Bounded: linear.
_CORRECTED_RE = re.compile(r"[\d%a-z],\s{0,3}not\s{1,3}(?:the\s{1,3})?$", re.I)


def corrected(text: str, at: int) -> bool:
    """Is the figure at ``at`` in ``text`` set right after another as the one it corrects ("58 per cent, not the 41
    per cent")?"""
    return bool(_CORRECTED_RE.search(text, max(0, at - 20), at))


def _unit_elided(v: Value, unit_of: Value, b: Value) -> bool:
    """Is ``v`` a bare number that states ``b``'s figure in the unit of ``unit_of``, a figure of
    ``b``'s dimension in its sentence ("offered 600,000 euros but took 400,000" states "400,000
    euros")?"""
    sv, sb = v.span, b.span
    return v.dimension == "count" and not v.noun and unit_of.dimension == b.dimension != "count" \
        and isinstance(sv, Quantity) and isinstance(sb, Quantity) and not sv.qualifier \
        and unit_of.noun == b.noun and sv.value == sb.value


# Open bounds of a count: "at least 31 dead" on Monday is the count so far, not a promise of more.
_OPEN_BOUNDS = frozenset({"at least", "more than"})


def _agree(a: Statement, b: Statement) -> bool:
    """Can both values be true? The same weekday named in articles of the same day is one day,
    whatever tense each sentence puts it in. A running count (``TALLIES``, or one that ran well past
    an earlier day's open bound: ``_ran_past``) reported on two days with an open bound is the count
    so far on each: "at least 31 dead" on Monday and "58 dead" on Tuesday are two counts of a
    timeline, where on one day they agree; so are two values of which one is said to have risen from
    the other's figure (``_risen_from``). Two maxima reached ("up to 240 nanograms" / "up to 290
    nanograms": ``_reached_top``) state their tops, so they agree only as two plain figures would
    (``_top``), though either interval holds the other's smaller values."""
    wa, wb = a.value.span, b.value.span
    if isinstance(wa, Quantity) and isinstance(wb, Quantity) and _reached_top(wa) and _reached_top(wb):
        return quantities_agree(_top(wa), _top(wb))
    if isinstance(wa, When) and isinstance(wb, When) and wa.anchor_relative and wb.anchor_relative \
            and a.date == b.date and wa.text.lower() == wb.text.lower():
        return True
    if isinstance(wa, Quantity) and isinstance(wb, Quantity) and a.date and b.date and a.date != b.date \
            and a.value.noun == b.value.noun and _OPEN_BOUNDS & {wa.qualifier, wb.qualifier} \
            and (a.value.noun in TALLIES or _ran_past(a, b)):
        return abs(wa.value - wb.value) < 0.5
    return a.value.compatible(b.value) and not (_risen_from(a, b) or _risen_from(b, a) or _firmed_up(a, b)
                                                or _firmed_up(b, a))


def _ran_past(a: Statement, b: Statement) -> bool:
    """Is the later of two counts told on two days, the earlier an open bound, a running figure
    (``_running``) over NEAR_EQUAL times the bound ("At least 12 containers went overboard" / "37
    containers had been lost")? It ran on past the bound; a figure just over it ("at least 40 people
    were taken to hospital" / "43 were treated in hospital") or a vague one ("tens of thousands")
    bears the bound out."""
    first, later = sorted((a, b), key=lambda st: st.date)
    q, r = first.value.span, later.value.span
    return isinstance(q, Quantity) and isinstance(r, Quantity) and q.qualifier in _OPEN_BOUNDS \
        and r.qualifier != "vague" and r.value > NEAR_EQUAL * q.value and _running(later)


# A maximum reached ("up to 240 nanograms", "as many as 300 people") states its top; a limit or a
# deadline ("within 30 days", "no more than 12 hours", "at most") allows any smaller value.
_REACHED_TOP_RE = re.compile(r"(?:up\s{1,3}to|as\s{1,3}(?:many|much|high)\s{1,3}as)\b", re.I)


def _reached_top(q: Quantity) -> bool:
    """Is ``q`` a maximum reached (``_REACHED_TOP_RE``)?"""
    return q.qualifier == "up to" and bool(_REACHED_TOP_RE.match(q.text))


def _top(q: Quantity) -> Quantity:
    """A maximum ("up to 240") as the plain figure it names ("240")."""
    return replace(q, qualifier="", low=q.high)


def _stated_top(v: Value) -> Value:
    """A maximum reached ("up to 290 nanograms": ``_reached_top``) as the figure it states (``_top``);
    any other value as it is."""
    q = v.span
    return replace(v, span=_top(q), low=q.high) if isinstance(q, Quantity) and _reached_top(q) else v


def _firmed_up(a: Statement, b: Statement) -> bool:
    """Is ``b`` a later article's exact count of what befell people (``befell``) where ``a``, an
    earlier article's, gave a hedged or vague count of that noun with another figure ("About 150
    people were hurt" on Sunday / "152 people had been injured" on Monday)? The firmer figure
    supersedes the first, though the hedge holds it: an update, not one side."""
    wa, wb = a.value.span, b.value.span
    return isinstance(wa, Quantity) and isinstance(wb, Quantity) and bool(a.date) and a.date < b.date \
        and wa.qualifier in ("about", "vague") and not wb.qualifier and a.value.noun == b.value.noun \
        and befell(b.sentence.text, b.value) and not _states(a.value, b.value)


# Words of a title before a person's name that name one role ("incident commander", "chief
# constable"); one word ("said", "Mr") names none.
TITLE = 2


def _titled_alike(a: Statement, b: Statement) -> bool:
    """Two names of a person with one surname and other given names, after the same title
    ("fire chief Ann Bell" / "Fire chief Jo Bell"): one person named two ways, however different
    the rest of the sentences."""
    if not a.value.dimension == b.value.dimension == "person":
        return False
    wa, wb = a.value.text.lower().split(), b.value.text.lower().split()
    if min(len(wa), len(wb)) < 2 or wa[-1] != wb[-1] or wa[0] == wb[0]:
        return False
    title = a.window[0][-TITLE:]
    return len(title) == TITLE and title == b.window[0][-TITLE:]


# A title of TITLE or more words right before a person's name, opening its clause ("Union
# president Ann Bell said", "2:30 PM: Fire chief Jo Bell"): no determiner, verb or other word
# before it in the clause. Bounded: linear.
_TITLE_RE = re.compile(r"(?:^|[,:;(\"“]|\b[Tt]he)\s{0,3}((?:[A-Za-z][\w-]{0,30}\s{1,3}){2,3})$")


def _title_terms(text: str, v: Value) -> tuple[str, ...]:
    """The terms of the title that opens the clause of a person's name (``_TITLE_RE``), else ()."""
    m = _TITLE_RE.search(text, max(0, v.start - 60), v.start) if v.dimension == "person" else None
    return tuple(terms(m.group(1))) if m else ()


def _role_terms(text: str, v: Value) -> tuple[str, ...]:
    """The terms of an owner's role a person holds (``owned_role``: "the union's president, Ann
    Bell,"), the owner's first, else ()."""
    role = owned_role(text, v)
    return tuple(terms(" ".join(w for w in role if w != "the"))) if role else ()


# A body and the one person who leads it, set off by a comma ("the ethics commission, chaired by
# retired judge Ann Bell", "the inquiry, led by Jo Moss"): up to three words of title between.
# "founded by" and "owned by" are left out, as a body may have several founders or owners.
_LED_BY_RE = re.compile(r"\b([a-z][\w-]{0,30}(?:\s{1,3}[a-z][\w-]{0,30})?),\s{1,3}"
                        r"(chaired|led|headed|directed|run|coached|captained)\s{1,3}by\s{1,3}"
                        r"(?:[A-Za-z][\w-]{0,30}\s{1,3}){0,3}$")


def _led_by(text: str, v: Value) -> str | None:
    """The terms of the body a person is named the leader of (``_LED_BY_RE``: "chaired by" and
    "led by" name one role), else ``None``."""
    m = _LED_BY_RE.search(text, max(0, v.start - 100), v.start) if v.dimension == "person" else None
    return " ".join(terms(m.group(1))) if m and terms(m.group(1)) else None


def _one_role(a: Statement, b: Statement) -> bool:
    """Are two people named as the holder of one owner's role (``owned_role``) or the leader of
    one body (``_led_by``), or one as its holder and the other after a title of the same words
    ("the union's president, Ann Bell," / "Union president Jo Moss said")?"""
    role = owned_role(a.sentence.text, a.value)
    if role is not None and role == owned_role(b.sentence.text, b.value):
        return True
    led = _led_by(a.sentence.text, a.value)
    if led is not None and led == _led_by(b.sentence.text, b.value):
        return True
    ta, tb = _title_terms(a.sentence.text, a.value), _title_terms(b.sentence.text, b.value)
    ra, rb = _role_terms(a.sentence.text, a.value), _role_terms(b.sentence.text, b.value)
    return bool(ta and ta == rb or tb and tb == ra)


# A counted noun narrowed to some of its kind: an owner before the number ("her 18 deputies",
# "Acme's 30 workers", ``_OWNER_RE``; "the plane's four crew members") or a restriction after the noun ("97 deputies who stood by ...",
# "300 containers bound for the port", "40 people injured in the blast", "259 people aboard the
# plane": a part of those killed in all).
_PRONOUN_OWNER_RE = re.compile(r"\b(?:(?:her|his|its|their|our)|(?:the|a|an)\s{1,3}(?:[a-z-]{1,20}\s{1,3})?"
                               r"[a-z-]{2,30}[’']s)\s{1,3}(?:[a-z-]{1,20}\s{1,3})?$")
_ABOARD = (r"\s{1,3}(?:(?:were|was|are|is|had\s{1,3}been|have\s{1,3}been)\s{1,3})?"
           r"(?:aboard|on\s{1,3}board|inside|on\s{1,3}the\s{1,3}ground)\b")
_NARROWED_RE = re.compile(r"\s{1,3}(?:who|that|whom)\s|\s{1,3}(?:bound|destined|headed|injured|hurt|killed|left|"
                          r"kept|held|taken|sent)\s{1,3}(?:for|to|in|at|on|by|from)\s|" + _ABOARD)
_ABOARD_RE = re.compile(_ABOARD)


# A count after a part of it ("71 of the 150 seats", "half of the 600 residents", "98 of the
# assembly's 120 members", "11 per cent of the 3,990 people on board") is the whole the part is taken
# from: another measure than a count that is no such whole. Bounded runs: linear.
_OF_WHOLE = (r"\s{1,3}(?:[a-z]{1,20}\s{1,3}){0,2}(?:out\s{1,3})?of\s{1,3}(?:(?:the|its|their|his|her|our)\s{1,3})?"
             r"(?:[a-z][\w-]{0,30}[’']s\s{1,3})?")
_WHOLE_RE = re.compile(r"\b(?:half|most|all|some|many|none|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]{0,12}%?)"
                       + _OF_WHOLE + "$", re.I)
_OF_WHOLE_RE = re.compile(_OF_WHOLE, re.I)


def whole_at(text: str, v: Value) -> bool:
    """Is ``v`` the whole a part is taken from ("71 of the 150 seats")?"""
    return bool(_WHOLE_RE.search(text[max(0, v.start - 40):v.start]))


# A count that opens its sentence after "The" ("The 2,150 pilots, members of ...") is the story's
# own set, named before: as much an owned set as "the airline's 2,100 pilots".
_OPENING_THE_RE = re.compile(r"\s{0,3}The\s{1,3}$")


# A vehicle's load told by its verb ("a bus carrying 31 passengers", "the ferry, which was carrying 212
# people") is those aboard it, as "27 passengers were on board" tells them (``_ABOARD_RE``): two loads are
# one count, however else each is narrowed (``_load``). Bounded: linear.
_CARRYING_RE = re.compile(r"\b(?:carry(?:ing)?|carrie[sd]|ferry(?:ing)?|ferried|transport(?:s|ed|ing)?)\s{1,3}$", re.I)


def _subset(st: Statement) -> tuple[bool, bool]:
    """Is ``st``'s count narrowed by an owner before it (or the story's own, ``_OPENING_THE_RE``),
    and by a restriction after its noun?"""
    text, v = st.sentence.text, st.value
    before = text[max(0, v.start - 80):v.start]
    owner = _OWNER_RE.search(before)
    owned = owner and not _time_owner(owner.group(1)) or _PRONOUN_OWNER_RE.search(before) \
        or _OPENING_THE_RE.fullmatch(before)
    return bool(owned), bool(_NARROWED_RE.match(text, v.end))


def _time_owner(owner: str) -> bool:
    """Is a possessive's owner a time ("Monday's vote by 61 votes to 57", "Christmas Day's sales"), read by the date
    grammar? A day owns no set: it says when, so the count it stands before is narrowed by no one."""
    return any(w.start == 0 and w.end == len(owner) for w in dates(owner))


# The verbs by which an owner states the whole of what it has ("The trust, which runs 23 parks").
_HAVING = frozenset(map(stem, "has have had own owns owned manage manages managed operate operates operated "
                              "run runs ran employ employs employed".split()))
# An owner named by a common noun right before a count ("the trust's 25 parks", "the depot's 14 trams").
_NOUN_OWNER_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s{1,3}((?:[a-z-]{1,20}\s{1,3})?[a-z-]{2,30})[’']s\s{1,3}"
                            r"(?:[a-z-]{1,20}\s{1,3})?$")


def _owners_whole(x: Statement, y: Statement) -> bool:
    """Does ``y`` count the whole set that ``x``'s owner owns ("Eight of the trust's 25 parks" / "The trust,
    which runs 23 parks"; "one of the depot's 14 trams" / "one of 12 trams at the depot")? ``y``'s words
    around its count name the owner, and ``y``'s count is a whole too, or what the owner has by a verb of having
    right before it: both count the owner's set. Not a part the owner won ("the party won 64 seats")."""
    text, v = x.sentence.text, x.value
    m = _NOUN_OWNER_RE.search(text, max(0, v.start - 60), v.start)
    if v.dimension != "count" or m is None or _subset(x)[1] or _subset(y) != (False, False):
        return False
    return set(terms(m.group(1))) <= y.around and (y.whole or _had(y))


def _had(st: Statement) -> bool:
    """Is ``st``'s count what its owner has, by a verb of having right before it in its clause (``_HAVING``)?"""
    text, v = st.sentence.text, st.value
    before = words(text[_clause(text, v)[0]:v.start])
    if len(before) > 3 and before[-3].lower() in ("a", "an") and before[-1] == "of":
        before = before[:-3]  # "operated a fleet of 41 coaches": the fleet is what the owner has, its count the size
    return v.dimension == "count" and bool(before) and stem(before[-1].lower()) in _HAVING


# A verb of having before a list of counts, the count at hand a later one ("which has about 2.3 million members and
# 58 stores"): each count of the list is what the owner has. Bounded: linear.
_HAD_LIST_RE = re.compile(r"\b(?:has|have|had|owns?|owned|runs?|ran|operates?|operated|employs?|employed)\s{1,3}"
                          r"[^,;:()]{1,50}?\d[^,;:()]{0,40}?(?:,|\s{1,3}and)\s{1,3}$", re.I)
# The verb of having right before a count, and a relative pronoun that follows the owner's phrase ("X, which has");
# bounded.
_OWNER_CUT_RE = re.compile(r"\s{1,3}[a-z]{1,20}\s{1,3}(?:an?\s{1,3}[a-z]{1,20}\s{1,3}of\s{1,3})?$")
_RELATIVE_END_RE = re.compile(r",?\s{0,3}\b(?:which|who|that)\s{0,3}$")
# The owner a whole set is told of after its noun ("one of nine trams at the depot", "the 31 tenants of X
# Court"): a name or a common noun after "at", "of" or "in" and "the". Bounded: linear.
_OWNER_AFTER_RE = re.compile(r"\s{1,3}(?:at|of|in)\s{1,3}(?:(?:the)\s{1,3}([a-z][a-z-]{2,30})\b|"
                             r"([A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,3}))")
_ALL_RE = re.compile(r"\b(?:all|the)\s{1,3}$", re.I)
# A place right after what an owner has ("employs 1,200 people in X", "in 9 regions"): a part of its whole set,
# or its set in one place. Bounded: linear.
_SET_PLACE_RE = re.compile(r"\s{1,3}(?:in|at|across|outside|around|near)\s", re.I)
# A time that opens the clause of what an owner has ("Before the strike the depot had 240 drivers", "In 2061 the
# bank had"): the set as it stood then, not as it stands. Bounded: linear.
_SET_TIME_RE = re.compile(r"\b(?:before|until|since|after|during|ago|(?:in|by)\s{1,3}\d{4})\b", re.I)
_WHERE_RE = re.compile(r"\s{0,3}where\b", re.I)
# How far before a count a list's verb of having (``_HAD_LIST_RE``) or a word of running (``_RUNNING_RE``) is sought.
_HAD_LIST_REACH = 100
_RUNNING_REACH = 25


def _set_owner(st: Statement) -> str | None:
    """Whose whole set ``st``'s count tells, as the owner's words: the subject of a verb of having before the count
    (``_had``, or before a list of counts: ``_HAD_LIST_RE``; "The guild, which has 58 stores"), the possessor
    before it ("the guild's 52 stores"), or for a whole ("all 31 tenants", "half of the 410 pupils",
    "one of nine trams at the depot") the place after its noun, "" when none is named. ``None`` when the count
    is no owner's whole set, is narrowed after its noun ("83 tenants who stayed on ...") or runs: what befell it
    (``befell``) or a word of running (``_RUNNING_RE``) right before it."""
    text, v = st.sentence.text, st.value
    if v.dimension != "count" or _subset(st)[1] or _part_of_whole(st) or befell(text, v) \
            or _RUNNING_RE.search(text, max(0, v.start - _RUNNING_REACH), v.start):
        return None  # a count that runs ("now has 1,200 signatures", "31 tenants were moved") is no standing set
    listed = _HAD_LIST_RE.search(text, max(0, v.start - _HAD_LIST_REACH), v.start)
    if (_had(st) or listed) and (_SET_PLACE_RE.match(text, v.end) or _SET_TIME_RE.search(text, _clause(text, v)[0],
                                                                                          v.start)):
        return None  # "employs about 1,200 people in X" is a part; "Before the strike the depot had 240" a past state
    if _had(st) or listed:
        verb = listed or _OWNER_CUT_RE.search(text, 0, v.start)
        head = _RELATIVE_END_RE.sub("", text[:verb.start()]).rsplit(",", 1)[-1] if verb else ""
        return head if terms(head) and not _WHERE_RE.match(head) else None  # ", where X employs 1,900": a place's
    possessor = _NOUN_OWNER_RE.search(text, max(0, v.start - 60), v.start) \
        or _OWNER_RE.search(text, max(0, v.start - 80), v.start)
    if possessor and not _time_owner(possessor.group(1)):
        return possessor.group(1)
    if st.whole or _ALL_RE.search(text, max(0, v.start - 6), v.start):
        after = _OWNER_AFTER_RE.match(text, v.end)
        return (after.group(1) or after.group(2)) if after else ""
    return None


def _owner_told(owner: str, text: str) -> bool:
    """Does ``text`` name ``owner``: its first two capitalised words as written, or its head's term?"""
    capitals = [w for w in words(owner) if w[:1].isupper() and w.lower() not in STOP_WORDS]
    if len(capitals) > 1 and " ".join(capitals[:2]) in text:
        return True
    head = terms(owner)[-1:]
    return bool(head) and head[0] in terms(text)


def _one_set(a: Statement, b: Statement) -> bool:
    """Do two counts of one noun tell the size of one owner's whole set (``_set_owner``): "X, which has 380 pupils" /
    "half of the 410 pupils" in a sentence naming X, "The guild, which has ... 58 stores" / "The guild's 52
    stores"? An owner named by either is named by the other sentence; one at least is named. The size of a set
    is the owner's standing fact: what else the sentences say (a place, a time, other names) does not part them."""
    if a.value.dimension != "count" or a.value.noun != b.value.noun:
        return False
    x, y = _set_owner(a), _set_owner(b)
    return x is not None and y is not None and bool(x or y) \
        and (not x or _owner_told(x, b.sentence.text)) and (not y or _owner_told(y, a.sentence.text))


def _part_of_whole(st: Statement) -> bool:
    """Is ``st``'s count a part taken from a whole told right after it ("Eight of the trust's 25 parks")? Never
    the whole an owner has ("The trust, which runs 23 parks": ``_had``)."""
    text, v = st.sentence.text, st.value
    m = _OF_WHOLE_RE.match(text, v.end)
    after = text[m.end():].split(maxsplit=1)[:1] if m else []
    return v.dimension == "count" and bool(after) and number_value(after[0].split("-")[0].rstrip(",.;:")) is not None


def _load(st: Statement) -> bool:
    """Is ``st``'s count a vehicle's load: those aboard (``_ABOARD_RE``) or carried (``_CARRYING_RE``), not
    narrowed further ("carrying 300 containers bound for Velm")?"""
    text, v = st.sentence.text, st.value
    return v.dimension == "count" and bool(_ABOARD_RE.match(text, v.end) or _CARRYING_RE.search(
        text, max(0, v.start - 30), v.start) and not _NARROWED_RE.match(text, v.end))


# Which way a distance runs, by the word right after it ("10 km below the surface", "40 km west of
# the city", "rose 300 metres high") or the noun it is "of" ("at a depth of 10 km"): a depth, a
# height and a way from a place are three measures, however alike their sentences.
_AXES = {**dict.fromkeys("below beneath under underground underwater deep depth down".split(), "depth"),
         **dict.fromkeys("above high tall altitude height up".split(), "height"),
         **dict.fromkeys("wide width across broad".split(), "width"), **dict.fromkeys("long length".split(), "length"),
         **dict.fromkeys("from away off north south east west northeast northwest southeast southwest "
                         "northern southern eastern western inland offshore outside".split(), "way")}
_AXIS_AFTER_RE = re.compile(r"\s{1,3}([a-z]{2,12})\b", re.I)
_AXIS_BEFORE_RE = re.compile(r"\b(depth|height|altitude|width|length)\s{1,3}of\s{1,3}(?:about\s{1,3}|some\s{1,3}|nearly\s{1,3})?$", re.I)


def _axis(st: Statement) -> str:
    """"depth", "height", "width", "length" or "way" (from a place) for a distance that says which (``_AXES``),
    else ""."""
    text, v = st.sentence.text, st.value
    if before := _AXIS_BEFORE_RE.search(text, max(0, v.start - 30), v.start):
        return _AXES[before.group(1).lower()]
    restated = _RESTATEMENT_RE.match(text, v.end)  # "about 250 metres (820 feet) wide"
    after = _AXIS_AFTER_RE.match(text, restated.end() if restated else v.end)
    return _AXES.get(after.group(1).lower(), "") if after else ""


def _full_names(row: Row) -> dict[str, set[str]]:
    """The first words of the full names (two words or more) the sentence's figures may be about
    (``Row.subject_names``), under their last word (lower case)."""
    out: dict[str, set[str]] = {}
    for n in row.subject_names:
        parts = n.text.lower().replace(".", "").split()
        if len(parts) > 1:
            out.setdefault(parts[-1], set()).add(parts[0])
    return out


def _kin_apart(ra: Row, rb: Row) -> bool:
    """Do two sentences name people of one surname by other first names ("Marco Dell" / "Paolo
    Dell"), neither naming the other's? Then their figures are of two people of one family (two
    defendants, a couple), not one figure told twice; a first name told by its initial is the
    same."""
    na, nb = _full_names(ra), _full_names(rb)
    for last in na.keys() & nb.keys():
        firsts_a, firsts_b = na[last], nb[last]
        if not any(x[0] == y[0] for x in firsts_a for y in firsts_b):
            return True
    return False


# "eight other officers", "12 others": a count that leaves out members its sentence names ("the
# chief and eight other officers"); "including" after a count names a member inside it ("Nine
# officers, including the chief"). The members a sentence names so are few (NAMED_MEMBERS).
# Bounded: one word, or a clause's start.
_OTHERS_RE = re.compile(r"\bothers?\b", re.I)
_INCLUDING_RE = re.compile(r"[^;:.!?]{0,60}?\bincluding\b", re.I)
NAMED_MEMBERS = 3


def _named_rest(a: Statement, b: Statement) -> bool:
    """Is ``a`` a count of "other" members and ``b`` a count without them, said to include some
    member, and larger by no more than the few members ``a``'s sentence names apart? Then both
    count one set: "the chief and eight other officers" tells the nine officers, the chief
    included, that another outlet counts."""
    return a.value.dimension == b.value.dimension == "count" and bool(_OTHERS_RE.search(a.value.text)) \
        and not _OTHERS_RE.search(b.value.text) and bool(_INCLUDING_RE.match(b.sentence.text, b.value.end)) \
        and 0 < b.value.low - a.value.high <= NAMED_MEMBERS


# Sums that measure other things than what something costs or is worth, named before them in
# their clause: bail, a reward, a fine or penalty, a ransom, a wage. Two amounts of one subject
# measured so differently are two facts. An insured sum is not among them: outlets give a stolen
# or lost cargo's insured value as its worth (tests/data/fresh_news2/heist).
# A count named as a margin ("The party's majority in the assembly is eight seats", "a majority of
# 12", "a 37-vote margin") is what one side has over the other, not what it won ("won 64 seats, giving it
# a majority"), and so is one a side won, beat the other or leads by ("won by 1,212 votes", "beating
# the council leader by 1,212 votes", "is ahead by 310 votes", "Her lead is 905 votes"). Bounded runs: linear.
_MARGIN_BEFORE_RE = re.compile(r"(?:\b(?:majority|margin|lead|gap)(?:\s{1,3}[a-z-]{1,20}){0,5}?\s{1,3}"
                               r"(?:is|was|of|at|to|stood\s{1,3}at)|"
                               r"\b(?:won|wins?|winning|beat(?:s|ing)?|defeat(?:s|ed|ing)?|ahead|leads?|led|leading)\b"
                               r"[^,;:.!?]{0,60}?\sby)"
                               r"\s{1,3}(?:just\s{1,3}|only\s{1,3}|about\s{1,3}|some\s{1,3})?$",
                               re.I)
MARGIN_REACH = 100
_MARGIN_AFTER_RE = re.compile(r"[\w-]{0,20}\s{0,3}(?:majority|margin|lead|gap)\b", re.I)


# A span or sum several share ("The two men were jailed for a total of 13 years", "fined a
# combined $5 million", "$2 million between them"): the members' whole, not one member's. A sum
# of money "in total" or "a total of" is as often one deal's or one toll's, so only spans take
# those. Bounded runs: linear.
_SUM_BEFORE_RE = re.compile(r"\b(?:a\s{1,3}combined|combined)\s{1,3}$", re.I)
_SUM_AFTER_RE = re.compile(r"\s{1,3}(?:between\s{1,3}them|combined)\b", re.I)
_SPAN_SUM_BEFORE_RE = re.compile(r"\ba\s{1,3}total\s{1,3}of\s{1,3}$", re.I)
_SPAN_SUM_AFTER_RE = re.compile(r"\s{1,3}in\s{1,3}total\b", re.I)


# A measure told as its owner's whole by "total" (or "combined", "overall") before the measured noun ("the
# company's total storage is 52,000 megalitres", "a combined generating capacity of 9 gigawatts"): the sum of parts (one
# reservoir's 18,000, one plant's), never one of them. Not a count's own noun ("the total number of
# passengers was 31"): that is the one count told whole; nor a sum of money ("transfers with a combined value of
# $1.9bn" / "add up to some $2.4bn": both the sum of one set, as money's totals often are: ``_shared_sum``).
# Bounded: linear.
_TOTAL_OF_RE = re.compile(r"\b(?:total|combined|overall)\s{1,3}((?:[a-z-]{2,20}\s{1,3})?[a-z-]{2,20})\s{1,3}"
                          r"(?:is|was|are|were|of|stands\s{1,3}at|stood\s{1,3}at)\s{1,3}"
                          r"(?:about\s{1,3}|some\s{1,3}|nearly\s{1,3}|roughly\s{1,3}|around\s{1,3})?$", re.I)
_COUNTING_NOUNS = frozenset(terms("number count toll tally figure"))


def _totalled(st: Statement) -> bool:
    """Is ``st``'s quantity its owner's whole of a measure (``_TOTAL_OF_RE``)?"""
    text, v = st.sentence.text, st.value
    m = _TOTAL_OF_RE.search(text, max(0, v.start - 60), v.start)
    return v.kind == "quantity" and v.dimension != "money" and m is not None \
        and not set(terms(m.group(1))) & (_COUNTING_NOUNS | {v.noun})


def _shared_sum(st: Statement) -> bool:
    """Is a span or a sum of money stated as several members' whole (``_SUM_BEFORE_RE``,
    ``_SUM_AFTER_RE``; for a span also ``_SPAN_SUM_BEFORE_RE``, ``_SPAN_SUM_AFTER_RE``)?"""
    text, v = st.sentence.text, st.value
    if v.dimension not in ("duration", "money"):
        return False
    before, span = text[max(0, v.start - 20):v.start], v.dimension == "duration"
    return bool(_SUM_BEFORE_RE.search(before) or _SUM_AFTER_RE.match(text, v.end)
                or span and (_SPAN_SUM_BEFORE_RE.search(before) or _SPAN_SUM_AFTER_RE.match(text, v.end)))


def _margin(st: Statement) -> bool:
    """Is a count named as a margin, by "majority" or "margin" right before it or right after
    its number (``_MARGIN_BEFORE_RE``, ``_MARGIN_AFTER_RE``)? Not a tally ("defeated by 62 votes to 57":
    ``_tally``), which gives both counts, whatever verb stands before it."""
    text, v = st.sentence.text, st.value
    return v.dimension == "count" and not _tally(v) \
        and bool(_MARGIN_BEFORE_RE.search(text[max(0, v.start - MARGIN_REACH):v.start])
                  or _MARGIN_AFTER_RE.match(text, number_end(v)))


# Words of one measure name it alike, as a verb or a noun: "fined the bank $150 million" / "a $115
# million penalty". A sum given back is no sum lost ("has so far repaid about 260 million euros to
# depositors" / "cost depositors 310 million euros").
_MONEY_MEASURES = {stem(w): kind for kind, words in (("bail", "bail"), ("reward", "reward"), ("ransom", "ransom"),
                                                       ("penalty", "fine fined penalty"), ("salary", "salary"),
                                                       ("wage", "wage"),
                                                       ("return", "repay repaid repaying repayment refund refunded "
                                                                  "reimburse reimbursed recover recovered recovery"))
                   for w in words.split()}
MONEY_MEASURE_REACH = 60
# The measures of a sum set once, named by a noun an outlet may leave out ("demanded $4 million" /
# "demanded a ransom of $5 million"); a sum given back is told by its act ("repaid").
_SET_SUMS = frozenset(_MONEY_MEASURES.values()) - {"return"}


def _money_measure(st: Statement) -> str:
    """What a sum measures when the word right after it or a word before it in its clause
    (within MONEY_MEASURE_REACH characters) says it is no cost or worth (one of
    ``_MONEY_MEASURES``: "a $7 million fine", "Bail for the trader was set at", "a reward of"),
    else ""."""
    if st.value.dimension != "money":
        return ""
    text, v = st.sentence.text, st.value
    after = terms(text[v.end:v.end + MONEY_MEASURE_REACH])[:1]
    if after and after[0] in _MONEY_MEASURES:
        return _MONEY_MEASURES[after[0]]
    low = max(_clause(text, v)[0], v.start - MONEY_MEASURE_REACH)
    found = [_MONEY_MEASURES[t] for t in terms(text[low:v.start]) if t in _MONEY_MEASURES]
    return found[-1] if found else ""


# What a sum is paid as or made of ("95 million euros in local taxes", "$2 billion in loans"), or
# whom or what it is charged for ("45 pounds for adults"), told right after it; not a time or a
# place ("$5 million in 2024", "in the north"). Bounded: linear.
_SUM_IN_RE = re.compile(r"\s{1,3}(in|on|for)\s{1,3}(?!(?:the|a|an|its|his|her|their|this|that|these|those)\b)"
                        r"((?:[a-z][\w-]{0,30}\s{1,3}){0,2}[a-z][\w-]{0,30})")


def _sum_of(st: Statement) -> tuple[frozenset[str], frozenset[str]]:
    """The terms of what a sum's construction says it is (the noun it is "of" or is put "at":
    ``_measured``, "back-pay claims of 210 million euros"; or the one it is paid in:
    ``_SUM_IN_RE``), and of what it is charged for; none where it does not say."""
    if st.value.dimension != "money":
        return frozenset(), frozenset()
    m = _SUM_IN_RE.match(st.sentence.text, st.value.end)
    said = frozenset(terms(m.group(2))) if m else frozenset()
    return (_measured(st) | said, frozenset()) if not m or m.group(1) != "for" else (_measured(st), said)


def _sums_apart(a: Statement, b: Statement) -> bool:
    """Are two sums of other measures (``_money_measure``) or other things (``_sums_of_other_things``)?
    One verb of both (``predicate``: "demanded $4 million in bitcoin" / "has demanded a ransom of
    $5 million") makes them one act's sum when one is told with the noun of a sum set once
    (``_SET_SUMS``) and the other without it (in what it is paid, "in bitcoin", or nothing); two
    measures both said, a sum given back ("repaid ... to depositors" / "cost depositors") or two
    sums charged for others ("for adults" / "for students") still differ."""
    ma, mb = _money_measure(a), _money_measure(b)
    unsaid = ma != mb and not (ma and mb) and {ma, mb} - {""} <= _SET_SUMS
    if unsaid and a.verb and a.verb == b.verb:
        return False
    return ma != mb or _sums_of_other_things(a, b)


def _sums_of_other_things(a: Statement, b: Statement) -> bool:
    """Do two sums' constructions name what each is, or what each is charged for (``_sum_of``),
    with no term in common ("claims of about 210 million euros" / "paid 95 million euros in
    local taxes"; "for adults" / "for students")? Two things, then, however alike their sentences."""
    return any(bool(xs) and bool(ys) and not any(_meets(x, y) for x in xs for y in ys)
               for xs, ys in zip(_sum_of(a), _sum_of(b)))


# A sum told as the price of an act: the noun right after it ("its $8.9 billion purchase of"),
# or "for" it after the act's verb in its clause ("agreed to buy the maker ... for $8.6 billion").
# Bounded: linear.
_ACT_NOUN_RE = re.compile(r"\s{1,3}([a-z]{3,30})\s{1,3}of\b")
_FOR_RE = re.compile(r"\bfor\s{1,3}$")
ACT_REACH = 100


def _act_noun(st: Statement) -> str:
    """The light stem of the noun right after a sum that names what it buys ("$8.9 billion
    purchase of", "£240 million sale of"), else ""."""
    m = _ACT_NOUN_RE.match(st.sentence.text, st.value.end) if st.value.dimension == "money" else None
    return light_stem(m.group(1)) if m else ""


def _act_words(st: Statement) -> frozenset[str]:
    """The light stems of the lower-case words before a sum paid "for" it, in its clause and
    within ACT_REACH characters ("to sell its stake in ... for £210 million"), else none."""
    text, v = st.sentence.text, st.value
    if v.dimension != "money" or not _FOR_RE.search(text, 0, v.start):
        return frozenset()
    low = max(_clause(text, v)[0], v.start - ACT_REACH)
    return frozenset(light_stem(w) for w in words(text[low:v.start]) if w.islower())


# A sum its words call a reckoning ("an early estimate put the damage at", "the estimated cost"), and one
# its words call a revised reckoning ("our revised estimate ... is", "raised its estimate of the bill to").
# Bounded: linear.
_ESTIMATE_RE = re.compile(r"\bestimat(?:e|es|ed|ing)\b", re.I)
_REVISED_ESTIMATE_RE = re.compile(r"\b(?:revised|latest|new|updated|raised|lowered|increased|cut)\s{1,3}"
                                  r"(?:(?:its|their|the|his|her|our)\s{1,3})?estimates?\b", re.I)


def _reckoned(st: Statement) -> bool:
    """Do the words that state a sum (``_own_stretch``) call it a reckoning: an estimate, or what a
    verb of reckoning puts it at (``_put_at``: "put the cost at")?"""
    text, stretch = st.sentence.text, _own_stretch(st)
    return bool(_ESTIMATE_RE.search(text, *stretch)) or _put_at(text, st.value.start) is not None


def _revised_estimate(earlier: Statement, later: Statement) -> bool:
    """Is ``later`` a later-dated sum its words call a revised reckoning ("our revised estimate for
    rebuilding the spillway is $215m"), or a reckoning told as running (``_running``: "the estimated cost
    has risen to", "more than double the first estimate"), and ``earlier`` a sum its words call a
    reckoning (``_reckoned``)? A story's estimate of what it costs is revised as the story unfolds, in
    whatever words each outlet names what it covers: one running figure."""
    return earlier.value.dimension == later.value.dimension == "money" and bool(earlier.date) \
        and earlier.date < later.date and _reckoned(earlier) \
        and (bool(_REVISED_ESTIMATE_RE.search(later.sentence.text, *_own_stretch(later)))
             or _reckoned(later) and _running(later))


def _one_deal(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Are two sums the price of one act on one named thing, told with a noun in one sentence and
    its verb (or a noun of one sense) in the other ("its $8.9 billion purchase of Pellin" /
    "agreed to buy Pellin for $8.6 billion": ``senses.related``), their sentences sharing a name?
    Nominalised, the two share no word once their values and names are masked."""
    x, y = _act_noun(a), _act_noun(b)
    if not (x or y) or not ra.names & rb.names:
        return False
    return any(related(n, w) for n, other in ((x, b), (y, a)) if n
               for w in ({_act_noun(other)} - {""}) | _act_words(other))


# What stands between a name and a figure set off after it ("Ann Bell, 44,"): the figure is the
# name's own, as is one after an article ("Ann Bell, the 47-year-old leader"). A lone capitalised
# word that opens the sentence before a figure set off by commas ("Bell, 58, lost") is a surname
# the name reader cannot tell from a first word. Bounded: linear.
_APPOSITION_RE = re.compile(r",\s{0,3}(?:(?:the|a|an)\s{1,3})?")
_OPENING_SURNAME_RE = re.compile(r"\s{0,3}([A-Z][a-z]{1,30}),\s{0,3}")


def _owner_named(st: Statement, row: Row) -> str | None:
    """The name a figure is set off after by a comma ("Ann Bell, 44, was charged"), else ``None``."""
    text, v = st.sentence.text, st.value
    opening = _OPENING_SURNAME_RE.fullmatch(text, 0, v.start)
    if opening and text[v.end:v.end + 1] == ",":
        return opening.group(1)
    return next((n.label for n in row.found if n.kind == "name" and n.end <= v.start
                 and _APPOSITION_RE.fullmatch(text, n.end, v.start)), None)


def _named_apart(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Are two figures set off after names of two people ("Ann Bell, 44," / "Tom Bell, 47,")?
    They are each one's own, however alike the rest of the sentences."""
    na, nb = _owner_named(a, ra), _owner_named(b, rb)
    return na is not None and nb is not None and not same_name(na, nb)


# A span before "ago" dates an event ("founded 30 years ago"): a point in time, not a length.
_AGO_RE = re.compile(r"\s{1,3}ago\b", re.I)


# Prepositions that set a span before or around another act ("resigned after six years of ...",
# "the lowest in 14 years"): the time elapsed until it, not the length of an act of its own.
_ELAPSED = frozenset("after following within in before".split())


# A span of a named act ("after two days of deliberations") is that act's length; one of a thing
# introduced by a determiner ("after four years of a costly dispute") is not. Bounded: linear.
_OF_ACT_RE = re.compile(rf"\s{{1,3}}of\s{{1,3}}(?!(?:{'|'.join(sorted(_DETERMINERS))})\b)[a-z]")


def _elapsed(st: Statement) -> bool:
    """Does a span give the time until or around another act (a preposition of ``_ELAPSED`` just
    before it), not the length of its own ("served for nine years", "sentenced to 12 years") or
    of the act it names ("after two days of deliberations")?"""
    before = words(st.sentence.text[max(0, st.value.start - 30):st.value.start])
    return bool(before) and before[-1].lower() in _ELAPSED and not _OF_ACT_RE.match(st.sentence.text, st.value.end)


def _other_point(a: Statement, b: Statement) -> bool:
    """Is one span a point in time ("30 years ago") and the other a length, or are both points
    of events told by other verbs ("founded 30 years ago" / "joined the company 12 years ago"),
    as two days are (``_other_event``)?"""
    ago_a, ago_b = (bool(_AGO_RE.match(st.sentence.text, st.value.end)) for st in (a, b))
    if ago_a != ago_b:
        return True
    pa, pb = a.verb, b.verb
    return ago_a and bool(pa) and bool(pb) and not (pa.endswith(pb) or pb.endswith(pa))


# A running count named as such in its clause ("The toll stood at 128", "the number of people
# killed has risen to 112"): the story's own count of what befell people, which outlets state in
# few shared words. Bounded run: linear.
_TOLL_NAMED_RE = re.compile(r"\b(?:toll|count|number\s{1,3}of)\b[^,;:.!?()]{0,80}$", re.I)


def _one_vote(a: Value, b: Value) -> bool:
    """Are two tallies (``_tally``: "by 112 votes to 97" / "voted 113 to 96") of as many votes
    cast in all, within NEAR_EQUAL? Then they are one vote, the story's, told in few shared words;
    another vote (the other chamber, another reading) has another turnout."""
    if not (isinstance(a.span, Score) and isinstance(b.span, Score)):
        return False
    low, high = sorted((sum(a.span.counts), sum(b.span.counts)))
    return low > 0 and high <= NEAR_EQUAL * low


# The owner of a named toll ("Norland's death toll from the floods rose to 112"). Bounded: linear.
_TOLL_OWNER_RE = re.compile(r"([A-Z][\w-]{0,30}(?:\s{1,3}[A-Z][\w-]{0,30}){0,2})[’']s\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}"
                            r"(?:toll|count)\b")


def _tolls_of_others(a: Statement, b: Statement) -> bool:
    """Do two named tolls name owners that differ ("Norland's death toll" / "Ostria's death
    toll")? Then they are two places' tolls, however much the story's toll each looks."""
    owners = []
    for st in (a, b):
        m = _TOLL_OWNER_RE.search(st.sentence.text, _clause(st.sentence.text, st.value)[0], st.value.start)
        owners.append(m.group(1).lower() if m else None)
    return None not in owners and owners[0] != owners[1]


def _named_toll(st: Statement) -> bool:
    """Is a count of what befell people (``TALLIES``) named as the count in its clause
    (``_TOLL_NAMED_RE``), with no other quantity, scope or subject of its own?"""
    text, v = st.sentence.text, st.value
    low = _clause(text, v)[0]
    return v.noun in TALLIES and not st.scope and not st.subject.terms \
        and bool(_TOLL_NAMED_RE.search(text, low, v.start)) and not re.search(r"\d", text[low:v.start])


# The verbs (stems) whose subject is what killed the dead a count counts ("the blast killed two").
_KILLING = frozenset(stem(w) for w in "killed claimed".split())
# A count of more dead ("Three more people died", "two other people") is an increment, no toll.
_MORE_AFTER_RE = re.compile(r"\s{1,3}(?:more|other|further|additional)\b", re.I)


def _story_toll(st: Statement) -> bool:
    """Is a count of the dead ("Two people died", "one worker was killed") told with no quantity
    before it in its clause, nor scope, subject or place of its own in its clause ("killed overnight in
    the northern city of X" are one place's dead), nor as more dead (``_MORE_AFTER_RE``)? Then it is
    the story's toll as its article stood, one fact with another article's named toll (``_named_toll``).
    What killed them is no subject of its own ("An explosion tore through the plant, killing three workers")."""
    text, v = st.sentence.text, st.value
    if v.noun != "toll" or st.scope or st.subject.terms and st.subject.verb not in _KILLING \
            or _MORE_AFTER_RE.match(text, number_end(v)):
        return False
    low, high = _clause(text, v)
    return not re.search(r"\d", text[low:v.start]) \
        and not any(n.kind == "place" and low <= n.start < high for n in proper_names(text))


def _tolls(a: Statement, b: Statement) -> bool:
    """Are two statements the story's toll: named tolls, or one named and the other a count of the
    dead with nothing of its own (``_story_toll``), of no owners that differ?"""
    return (_named_toll(a) or _named_toll(b)) and (_named_toll(a) or _story_toll(a)) \
        and (_named_toll(b) or _story_toll(b)) and not _tolls_of_others(a, b)


def _recent(row: Row) -> bool:
    """Are a sentence's periods all within the weeks around its article's date (RECENT_DAYS): the
    story's own days ("Monday's earthquake", "on Wednesday"), as of which a running count stands?"""
    anchor = _anchor(row.date)
    return anchor is not None and all(abs(low - anchor.toordinal()) <= RECENT_DAYS
                                      and abs(high - anchor.toordinal()) <= RECENT_DAYS for low, high in row.spans)


# A share told as who did something, opening its clause with the verb right after it ("and 87%
# rejected the offer", "52 per cent voted yes"): part of a group, not the size of what the group
# acted on ("the 9.5% that pilots rejected") nor a state ("the fire was 35% contained"). Bounded: linear.
_WORD_AFTER_RE = re.compile(r"\s{1,3}([a-z]{2,20})\b")
_CLAUSE_OPEN_RE = re.compile(r"(?:^|[\"“]|\b(?:and|but|while|whereas))\s{0,3}$", re.I)


def _share_acting(st: Statement) -> bool:
    """Is a percentage the subject that opens its clause (``_CLAUSE_OPEN_RE``) of the past-tense verb
    right after it (``_WORD_AFTER_RE``)?"""
    text, v = st.sentence.text, st.value
    m = _WORD_AFTER_RE.match(text, v.end)
    return v.dimension == "percent" and m is not None and is_past_form(m.group(1)) \
        and bool(_CLAUSE_OPEN_RE.search(text, max(0, v.start - 12), v.start))


def _marked_alike(a: Statement, b: Statement) -> bool:
    """Are two values told the same way: both or neither a requirement, a change, a forecast (or
    one a forecast and the other an estimate: ``_estimated``), a rate or a price quote, and not one a count of those still so and the other of an act that befell them
    (``Marks``)? Values told otherwise are never one fact."""
    ma, mb = a.marks, b.marks
    forecast = ma.forecast == mb.forecast or _estimated(b if ma.forecast else a)
    return forecast and (ma.requirement, ma.change, ma.rate, ma.quote) == (mb.requirement, mb.change, mb.rate,
                                                                          mb.quote) \
        and {ma.held, mb.held} != {"still", "act"}


# A sum or count told as an estimate ("put the cost of repairs at £2.5 million", "estimated at",
# "valued at"): a reckoning of what is not yet known, as a forecast is ("expected to cost £4.1
# million"). Bounded: linear.
_ESTIMATED_RE = re.compile(r"\b(?:(?:estimat\w*|put(?:s|ting)?|valu(?:ed|es))\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,6}?at|"
                           r"estimat\w*)\s{1,3}(?:about\s{1,3}|around\s{1,3}|some\s{1,3}|roughly\s{1,3})?$", re.I)


def _estimated(st: Statement) -> bool:
    """Is a quantity told as an estimate in its clause (``_ESTIMATED_RE``)? It may stand for a forecast."""
    text, v = st.sentence.text, st.value
    return v.kind == "quantity" and bool(_ESTIMATED_RE.search(text, _clause(text, v)[0], v.start))


def _held(st: Statement) -> str:
    """How a count is held: "still" when told of those still so ("two are still in hospital", "remain
    missing": ``values.told_still``), "act" when a verb in the past right after it tells what befell them
    ("eleven were taken to hospital": ``values.told_after``), else "". A count still so is what is left of
    those an act befell, no count of that act; it does continue a count of a state ("homes without power")."""
    v, text = st.value, st.sentence.text
    if v.dimension != "count":
        return ""
    if told_still(text, v.start, v.end):
        return "still"
    return "act" if is_past_form(told_after(text, v)) else ""


def _aligned(a: Statement, b: Statement, ra: Row, rb: Row, cosine: float, *, paired: bool = False) -> bool:
    """Are two comparable statements about one fact? Names only where they are the one slot in
    which the sentences differ, after one title (``_titled_alike``), or as holders of one
    owner's role at one time (``_one_role``); never a negated or former value, nor across
    subjects, scopes, periods, or values stated differently (``Marks``); then the words around
    the values; ``paired`` when the two sentences already state one quantity, so a day needs
    its words to meet only as much as a day's beside a word in common (the sentences must still
    be alike: two days beside one price are often two events, an offer and its rejection), and a
    count one other count of its noun (each paired with the count worded most like it)."""
    titled = a.value.kind == "name" and (_titled_alike(a, b) or _one_role(a, b) and not _dates_apart(ra, rb))
    if a.value.kind == "name" and not titled and (cosine < NAME_CONTEXT or _dates_apart(ra, rb)
                                                  or not _only_other_name(a, b, ra, rb)):
        return False  # a name that differs where the dates differ too is another event's
    ma, mb = a.marks, b.marks
    if any((ma.definite, mb.definite, ma.former, mb.former, ma.negated, mb.negated)):
        return False
    if a.value.kind == "date" and (ma.report_date or mb.report_date or a.value.start in ra.as_of
                                   or b.value.start in rb.as_of):
        return False  # when each outlet reported is no fact they can disagree on
    if not _marked_alike(a, b) or _share_acting(a) != _share_acting(b):
        return False  # "87% rejected the offer" is no share of the "9.5%" offered
    if ma.partial != mb.partial and not _RUNNING_RE.search((b if ma.partial else a).sentence.text):
        return False  # a count under way is no outcome, unless the other sentence says its count ran on
    if a.date != b.date and (ma.quote or ma.forecast and (_speculative(a) or _speculative(b))):
        return False  # a price moves with every session, a guess ("could climb beyond") is its day's own
    if ma.change and _direction(a) * _direction(b) < 0:
        return False  # "recovered 3.5 percent" / "fell 8.7 percent": a rise and a fall
    if (ma.change or ma.quote) and _at_moment(a, ra) != _at_moment(b, rb):
        return False  # "At 11:42 the index fell 7 percent" / "fell 8.7 percent on Thursday"; "traded at $41 at midday"
    if a.value.kind == "quantity" and a.value.dimension not in _NAMED_MEASURES and _stage(a) != _stage(b):
        return False  # "The temperature at the start was 9C" / "rose to 19C by the time the last runners finished"
    if ma.change and _other_baseline(a, b):
        return False  # "rose 3% from a year earlier" / "rose 0.4% from April"
    if ma.change and _other_stretch(a, b, ra, rb):
        return False  # "fell 8% on Monday" / "have fallen 15% this week"
    if a.value.kind == "date" and _one_persons_act(a, b, ra, rb):
        return True  # one person is arrested once, wherever each outlet says it was
    if a.value.dimension == "age" and (x := _aged_name(a, ra)) and (y := _aged_name(b, rb)) and same_name(x, y):
        return _close_in_time(ra, rb)  # "Kevin Dorr, 58, had accepted ..." / "Dorr, 57, denied ...": one person's age
    if a.value.dimension == "age" and _aged_apart(a, b):
        return False  # "The victim, a 34-year-old nurse," / "The driver, a 52-year-old man,": two people
    if a.value.dimension == "age" and (_ages_of_several(ra) or _ages_of_several(rb)) \
            and not _age_holder(a) & _age_holder(b):
        return False  # "Olvik, 36, ... and 19-year-old Raa added" / "The 35-year-old": whose is unknown
    if _one_set(a, b):
        return True  # "X, which has 380 pupils" / "half of the 410 pupils" at X: the size of one owner's set
    if _other_scope(a, b) or a.value.kind == "quantity" and (_named_apart(a, b, ra, rb) or _other_subject(a, b)):
        return False  # a part and its whole ("in Dunmore" / "in 12 countries"), two parts, or two people
    if a.value.dimension == "count" and (_subset(a) != _subset(b) or a.whole != b.whole) and not _agree(a, b) \
            and not (_owners_whole(a, b) or _owners_whole(b, a)) \
            and not (_load(a) and _load(b) and _subset(a)[0] == _subset(b)[0] and a.whole == b.whole):
        return False  # "her 18 deputies" / "the 97 deputies who stood by ...", "71 of the 150 seats" / "64 seats"
    if _part_of_whole(a) and _had(b) or _part_of_whole(b) and _had(a):
        return False  # "Eight of the trust's 25 parks are closed" / "The trust, which runs 23 parks"
    if a.value.kind == "quantity" and _kin_apart(ra, rb):
        return False  # "sentenced Marco Dell to 15 years" / "sentenced his brother, Paolo Dell, to seven years"
    if a.value.dimension == "distance" and _axis(a) and _axis(b) and _axis(a) != _axis(b):
        return False  # "struck 10 km below the surface" / "struck 40 km west of the city"
    if a.value.kind == "quantity" and (_day_and_total(a, b, ra, rb) or _peak_and_moment(a, b, ra, rb)):
        return False  # "pulled 12 survivors on Tuesday" / "have pulled 31 so far"; "at its peak" / "on Tuesday evening"
    if _size_and_fate(a, b) or _size_and_fate(b, a):
        return False  # "against a garrison of 800 soldiers" / "45 soldiers have died"
    if _over_other_stretches(a, b, ra, rb):
        return False  # "scored 41 goals in 112 games" / "conceded only nine goals in ten games"
    if _shared_sum(a) != _shared_sum(b) or _totalled(a) != _totalled(b) and not _agree(a, b):
        return False  # "The two men were jailed for a total of 13 years" / "Brell was jailed for nine years";
        # "the company's total storage is 52,000 megalitres" / "the reservoir holds 18,000 megalitres"
    if a.value.kind == "quantity" and scopes_apart(scope(a.sentence.text, a.value), scope(b.sentence.text, b.value)):
        return False  # "Each of the clubs has been given £6,000" / "gave £30,000 in total"; "grants of up to £12,000"
    if _margin(a) != _margin(b):
        return False  # "The party's majority is eight seats" / "The party won 64 seats"
    if _named_rest(a, b) or _named_rest(b, a):
        return False  # "the chief and eight other officers" / "Nine officers, including the chief"
    if a.value.dimension == "money" and _sums_apart(a, b):
        return False  # "bail ... was set at $2 million" / "assets are worth $3 million"; "claims of" / "paid ... in taxes"
    if a.value.kind == "quantity" and (_listed_part(a, b) or _listed_part(b, a)):
        return False  # "$1.5 million on fuel, crew and repairs" / "$300,000 in fuel"
    if _kinds_told_apart(a, b) or _kinds_told_apart(b, a) or _measures_other(a, b) or _measures_other(b, a):
        return False  # "a 250 km transfer orbit ... its working orbit" / "Its working orbit is"; "Aftershocks as strong as"
    if _ordered_apart(a, b) or _previous_one(a, b) or _previous_one(b, a) \
            or a.value.kind == "quantity" and (_other_part_of_year(a, b) or _other_relative_stretch(a, b)):
        return False  # "the first phase will open in 2001" / "the second phase ..."; "in the first half" / "full year"
    f = features(a, b, ra, rb, cosine)
    tolls = _tolls(a, b)
    if (f["names_apart"] or _other_time(a, b, ra, rb)) and not (tolls and _recent(ra) and _recent(rb)):
        return False  # the story's toll now is no place's, whatever else its sentence names
    if a.value.kind == "name":  # the one slot where sentences alike differ, in the same role
        return titled or (bool(f["near"]) or f["cosine"] >= CONTEXT_ALONE) and f["window"] >= WINDOW_SHARE_STRICT
    if a.value.kind == "date":
        if _other_event(a, b) or _within_bound(a, b):
            return False
        if _thing_year(a.value):  # "the bridge, which opened in 1968" / "The crossing opened in 1971"
            return bool(f["near"]) and f["window"] >= WINDOW_SHARE
        if a.value.noun.startswith(LAST_ACT):  # "the spillway had last been inspected in" / "the spillway's last full
            # inspection was carried out in": one thing's, named by a word but a name in common ("the Velling road
            # tunnel" / "the rail viaduct outside Velling" are two things)
            thing = _doer(a) & _doer(b) & _common_terms(a.sentence.text) & _common_terms(b.sentence.text)
            return f["window"] >= WINDOW_SHARE and bool(thing - {"last", a.value.noun.removeprefix(LAST_ACT)})
        one = _one_act(a, b)
        if a.value.dimension == "time" and not (one and f["window"] >= WINDOW_SHARE_COUNT) \
                and (f["near"] or f["window"] >= WINDOW_SHARE_COUNT):
            # two outlets' times of the story's moment: "at about 4:05 a.m." / "At 4.20am yesterday"; one act's times
            # with few words around them in common are such moments too ("was discovered at 4.40am during a patrol" /
            # "was not discovered until 5.25am, a guard said")
            return _moment(a) and _moment(b) and bool(_doer(a) & _doer(b))
        share = WINDOW_SHARE_COUNT if one else WINDOW_SHARE_STRICT if f["near"] or paired else WINDOW_ALONE_DATE
        return f["window"] >= share and (one or f["cosine"] >= CONTEXT_STRICT)
    if _one_vote(a.value, b.value):
        return True  # the story's vote, however little else the sentences share
    if a.value.dimension == "money" and _one_deal(a, b, ra, rb):
        return True  # "agreed to buy X for" / "its purchase of X": one price, however little else the sentences share
    if _revised_estimate(a, b) or _revised_estimate(b, a):
        return True  # "early estimates put the cost at" / "our revised estimate for the work is": one running sum
    if _one_thing(a, b):
        return True  # "put the club's debts at" / "Total liabilities identified to date:": one measure named twice
    if a.value.noun == b.value.noun and _agree(a, b):
        # the same amount in the same unit joins a side on a faint context ("a 24-hour trip")
        return f["window"] >= WINDOW_SHARE or f["cosine"] >= CONTEXT
    if a.value.dimension == "duration" and _time_served(a) != _time_served(b):
        return False  # "has been imprisoned for two years while awaiting trial" / "was jailed for 12 years"
    if a.value.dimension == "duration" and _one_persons_act(a, b, ra, rb):
        return True  # "Ann Bell was jailed for 12 years" / "Bell was caged for 13 years": one person's term
    if a.value.dimension == "duration" and _other_point(a, b):
        return False
    if a.value.dimension == "duration" and _elapsed(a) != _elapsed(b):
        return False  # "served for nine years" / "resigned after six years of ...": a term and the time before an act
    if a.value.dimension == "duration" and not _near_alike(a, b) and not _agree(a, b):
        # Spans of time with no measuring word of their clauses in common are two spans unless the
        # sentences are alike throughout ("jailed for nine years for setting fire to the hall" /
        # "sentenced him to 11 years over the arson attack on the hall"): news is full of
        # durations that share a unit and a subject and nothing else ("sentenced to 12 years" /
        # "run by an interim board for two years", "For seven years, she approved ..."); the
        # held-out reading found most duration reports false.
        return f["window"] >= WINDOW_SHARE_STRICT and f["cosine"] >= CONTEXT
    if a.value.dimension == "count" and a.value.noun != b.value.noun:  # nouns of one sense (``_kin_nouns``)
        # need a word in common beside the counts, as other nouns often count other things, and
        # neither may be one group among others; a count of the act the other's predicate tells
        # (``_act_counted``: "31 staff were made redundant" / "47 redundancies") has that word, and
        # counts every act, not one group told by a broader noun
        if _act_counted(a, b) or _act_counted(b, a):
            return f["window"] >= WINDOW_SHARE or f["cosine"] >= CONTEXT
        return _kin_nouns(a.value, b.value) and bool(f["near"]) \
            and (f["window"] >= WINDOW_SHARE or f["cosine"] >= CONTEXT) and not (_joined(a) or _joined(b))
    if f["near"]:
        return f["window"] >= WINDOW_SHARE or f["cosine"] >= CONTEXT
    if tolls:
        return True  # the story's toll, however little else the sentences share
    if paired and a.value.dimension == "count":
        return True  # another count of this noun in these sentences is one fact: so is this one
    if a.value.dimension in _NAMED_MEASURES:  # the counted noun is the measured thing, what befell people most of all
        near_equal = _near_equal(a.value, b.value)
        # the load of the story's vehicle, told by outlets of one day ("a bus carrying 31 passengers" / "27
        # passengers were on board"), is one count however else they word it
        loads = ra.date == rb.date and _load(a) and _load(b)
        share = WINDOW_SHARE if a.value.noun in TALLIES or near_equal or loads else WINDOW_SHARE_COUNT
        return f["window"] >= share or f["cosine"] >= CONTEXT or near_equal and (_known_set(a) or _known_set(b))
    return f["window"] >= WINDOW_ALONE or f["cosine"] >= CONTEXT_ALONE


# Dimensions whose value names what it measures: a count its noun, a mass the weight of its subject
# ("weighs 4 tonnes" / "tips the scales at 10,000 pounds"), where a distance may be a height, a
# length or a way travelled.
_NAMED_MEASURES = frozenset({"count", "mass"})
# Two counts of one noun in the hundreds or more that differ by at most NEAR_EQUAL (181,946 / 182,410
# ballots; 640 / 700 jobs) are one figure told twice far more often than two sets that happen to
# be as large: they need only the context of the counts of what befell people.
NEAR_EQUAL = 1.1
NEAR_EQUAL_FLOOR = 100


# A count the text names as a set the reader knows ("take the 2,790 passengers to the airport"): "the"
# inside the sentence before it, no restriction after its noun (``_NARROWED_RE``).
_KNOWN_SET_RE = re.compile(r"(?<![.!?\"“])\s{1,3}the\s{1,3}$")


def _known_set(st: Statement) -> bool:
    """Is ``st``'s count the story's whole set, named as known ("the 2,790 passengers")? A near-equal
    count of its noun in another article is that set's size told another way, whatever words
    stand around each (``_near_equal``: "It is carrying 2,840 passengers")."""
    text, v = st.sentence.text, st.value
    return v.dimension == "count" and bool(_KNOWN_SET_RE.search(text, max(0, v.start - 20), v.start)) \
        and not _NARROWED_RE.match(text, v.end) and not whole_at(text, v)


def _near_equal(a: Value, b: Value) -> bool:
    """Are two counts' stated figures (not their hedges' bounds) near equal and large?"""
    low, high = sorted((getattr(a.span, "base", a.low), getattr(b.span, "base", b.low)))
    return low >= NEAR_EQUAL_FLOOR and high <= NEAR_EQUAL * low


def _sentence_pairs(rows: Sequence[Row], texts: Sequence[str], floor: float, *,
                    queries: Sequence[int] | None = None,
                    apart: Callable[[int, int], bool] = lambda a, b: False) -> Iterator[tuple[int, int, float]]:
    """Sentence pairs from different documents, or from one when ``apart`` holds for them, among
    each other's nearest neighbours (or among the nearest neighbours of the ``queries``)."""
    if len(rows) < 2:
        return
    i, j, cos = neighbour_pairs(tfidf(texts), floor, NEIGHBOURS, queries=queries)
    for a, b, c in zip(i.tolist(), j.tolist(), cos.tolist()):
        if rows[a].sentence.doc_id != rows[b].sentence.doc_id or apart(a, b):
            yield a, b, c


def _states(v: Value, anchor: Value) -> bool:
    """Is ``anchor``'s figure the number ``v`` states (its bound, for a qualified value)?"""
    a, b = getattr(v.span, "base", None), getattr(anchor.span, "base", None)
    return a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a))


def _sides(members: list[Statement], links: Counter) -> list[tuple[Side, list[Statement]]]:
    """Compatible values merged into sides, each with every source stating it; one statement
    per sentence (the best linked); a value that fits two sides joins the one whose figure it
    states, else none; most support first."""
    best: dict[tuple[str, int], Statement] = {}
    for st in members:
        key = st.sentence.key
        if key not in best or links[id(st)] > links[id(best[key])]:
            best[key] = st
    order = sorted(best.values(), key=lambda s: (not s.value.exact, s.sentence.key, s.value.start))
    anchors: list[Statement] = []
    for st in order:
        if not any(_agree(a, st) for a in anchors):
            anchors.append(st)
    said: list[list[Statement]] = [[] for _ in anchors]
    for st in order:
        fits = [k for k, a in enumerate(anchors) if _agree(a, st)]
        if len(fits) > 1:  # "up to 24 hours" fits 24 and 20 hours: it states 24
            fits = [k for k in fits if _states(st.value, anchors[k].value)]
        if len(fits) == 1:
            said[fits[0]].append(st)
    sides = [(Side(a.value.label, a.sentence.text, tuple(sorted({st.doc_id for st in sts})),
                   tuple(sorted({st.sentence.key for st in sts}))), sts) for a, sts in zip(anchors, said) if sts]
    return sorted(sides, key=lambda p: (-len(p[0].sources), p[0].sources, p[0].value))


def _topic(members: list[Statement], *, size: int = 4) -> str:
    """What the sides disagree about: the dimension or counted noun and the words next to the
    values that most statements share (most shared first)."""
    v = min(members, key=lambda s: s.sentence.key).value
    counts = Counter(t for st in members for t in set(sum(window_terms(st), ())))
    surface: dict[str, str] = {}
    for st in sorted(members, key=lambda s: s.sentence.key):
        text, sv = st.sentence.text, st.value
        for word in text[:sv.start].split()[-WINDOW:] + text[sv.end:].split()[:WINDOW]:
            word = word.strip(".,;:'\"“”’()")
            for t in terms(word)[:1]:
                surface.setdefault(t, word)
    ranked = sorted((t for t in surface if counts[t] >= 2 and t != v.noun), key=lambda t: -counts[t])[:size]
    words = [surface[t] for t in ranked]
    what = f"number of {getattr(v.span, 'noun', '') or surface.get(v.noun, v.noun)}" if v.dimension == "count" else (
        f"name of the {v.dimension}" if v.kind == "name" else v.dimension)
    return f"{what}: {' '.join(words)}" if words else what


def _before(x: Statement, y: Statement, side: Sequence[Statement] = (), own: Sequence[Statement] = ()) -> bool:
    """Was ``x`` reported before ``y``: in an article of an earlier date, or earlier in the same
    article (a live page updates its own figures), or on the same day by an article that later
    states ``y``'s value itself (a live page's 09:12 figure, then at 14:30 the figure another
    outlet gives that day: ``side`` holds the statements of ``y``'s value), or on the same day as
    ``y``'s article gave ``x``'s value before ``y`` (a wire's 11 taken to hospital, the live page's
    09:05 11, then its 14:20 14: ``own`` holds the statements of ``x``'s value), or on the same day as
    ``y``'s sentence sets its figure against one told before (``_TOLD_BEFORE_RE``: "five people have now
    been treated - one more than we were told yesterday evening") and ``x``'s does not?"""
    if _told_on(x) < _told_on(y):
        return True
    return x.date < y.date or (x.doc_id == y.doc_id and x.sentence.index < y.sentence.index) \
        or x.date == y.date and (any(z.doc_id == x.doc_id and z.sentence.index > x.sentence.index for z in side)
                                 or any(w.doc_id == y.doc_id and w.sentence.index < y.sentence.index for w in own)
                                 or _told_before(y) and not _told_before(x))


# A figure set against one told before ("one more than we were told yesterday evening", "higher than
# first reported", "more than was announced"): its sentence was written after that telling. Bounded: linear.
_TOLD_BEFORE_RE = re.compile(r"\bthan\s{1,3}(?:(?:we|they|it|he|she|you|had|has)\s{1,3})?(?:(?:were|was|been)\s{1,3})?"
                             r"(?:(?:first|initially|earlier|previously|originally)\s{1,3})?"
                             r"(?:told|reported|thought|announced|estimated|said)\b", re.I)


def _told_before(st: Statement) -> bool:
    """Does ``st``'s sentence set its figure against one told before (``_TOLD_BEFORE_RE``)?"""
    return bool(_TOLD_BEFORE_RE.search(st.sentence.text))


@lru_cache(maxsize=4096)
def _told_on(st: Statement) -> str:
    """The day a figure was first told: its article's date, or the earliest day before it that
    its sentence names when it says the figure was told first ("The recall was first announced on
    18 May for 38 batches": a later article retelling the earlier figure), in the figure's own clause: a day of
    another clause dates another deed ("Since the first nest was found on 11 June, 63 have been destroyed", "first
    raised it on 4 June and has now raised it again, to £75")."""
    anchor = _anchor(st.date)
    low, high = _clause(st.sentence.text, st.value)
    if anchor is None or not _EARLIER_TERMS & set(terms(st.sentence.text[low:high])):
        return st.date
    days = [v.low for v in _found(st.sentence.text, st.date)
            if v.kind == v.dimension == "date" and v.noun == "date" and v.low == v.high and v.low < anchor.toordinal()
            and low <= v.start < high]
    return _dt.date.fromordinal(int(min(days))).isoformat() if days else st.date


# A sentence that states a figure as it stands now or as changed ("now", "so far", "in all", "still", "stands at",
# "has risen to", "fell to", "had burned ... by", "was later put at", "deeper than the initial estimate", "nearly
# double the first figure"): the figure runs, and a later one updates it. Perfect
# aspect (not "had 218 passengers") and words of change are grammar, not topic: "the statue
# weighs 44,000 pounds" or "passed with 95 members present" state a figure fixed once and for all;
# so does a passive perfect ("the club has been fined £75,000": a deed done once; a count of what
# befell people runs by ``befell``, a count its own noun's act befell by ``_TALLIED_RE``).
_RUNNING_RE = re.compile(r"\b(?:now|so\s+far|in\s+all|in\s+total|a\s+total\s+of|all\s+told|altogether|"
                         r"still|remains?|remained|"
                         r"(?:stands?|stood)\s+at|latest|to\s+date|as\s+of|"
                         r"(?:has|have|had|having)\s+(?:already\s+|now\s+)?(?!been\s+[a-z]+ed\b)"
                         r"(?:been|[a-z]+ed|[a-z]+en|[a-z]+wn|won|lost|left|"
                         r"hit|cut|set|made|found|paid|sold|held|brought|spent|kept|struck|gone|cost)|"
                         r"ris(?:e|es|en)|rose|climb(?:s|ed)?|gr[eo]wn?|grows|increas(?:e|es|ed)|jump(?:s|ed)|"
                         r"f[ae]ll(?:s|en)?\s+to|dropp(?:ed)?\s+to|declin(?:e|es|ed)\s+to|"
                         r"up\s+from|down\s+from|revised|raised|lowered|updated|(?:re)?counted|"
                         r"(?:was|were|been)\s+later|later\s+(?=(?:[a-z]+ed|put|rose|grew|fell|set|given)\b)|"
                         r"(?:tak(?:e|es|ing)|took|bring(?:s|ing)?)\s+(?:the|its|their)\s+(?:[\w'’-]{1,20}\s+){0,8}?to|"
                         r"final\s+(?:count|tally|results?|figures?|toll|total|survey|report|estimate|assessment|reckoning)|"
                         r"than\s+(?:(?:it|they|he|she|we)\s+)?(?:first|initially|earlier|previously|originally)\s+"
                         r"(?:reported|thought|announced|estimated|said)|"
                         r"(?:than|times|double|treble|triple|twice)\s+(?:the|its|their)\s+"
                         r"(?:first|initial|earlier|previous|original)\s+"
                         r"(?:estimate|figure|count|tally|reading|forecast|assessment)s?)\b",
                         re.I)


# A figure set against what someone else admits ("longer than the operator has acknowledged",
# "more than the firm had disclosed"): a dispute, so its perfect makes no running figure.
# Bounded: linear.
_CONTESTED_RE = re.compile(r"\bthan\s{1,3}(?:[\w'’.\-]{1,30}\s{1,3}){0,4}?(?:has|have|had)\s{1,3}(?:publicly\s{1,3})?"
                           r"(?:acknowledged|admitted|conceded|disclosed|claimed|said|stated|revealed|confirmed)\b", re.I)
# A day moves only when a sentence says so ("will now open on Friday", "was postponed to May 3"):
# the perfect of "a strike has been called for Dec. 15" states the day, as "is set for" does.
_MOVED_RE = re.compile(r"\b(?:now|moved|postponed|delayed|rescheduled|brought\s+forward|pushed\s+back|put\s+back|"
                       r"revised|updated|changed)\b", re.I)


def moved(text: str, low: int = 0, high: int | None = None) -> bool:
    """Does ``text`` (from ``low`` to ``high``) say a day moved (``_MOVED_RE``: "will now open on Friday")?"""
    return bool(_MOVED_RE.search(text, low, len(text) if high is None else high))


# A sum set once (a ransom demanded, a bail, a fine, a reward, a salary) runs only when a sentence
# says it changed ("the reward has been raised to $50,000"): "has demanded a ransom of $5 million"
# tells the demand, not its latest figure. Bounded: linear.
_CHANGED_SUM_RE = re.compile(r"\b(?:now|raised|increased|lowered|reduced|cut|doubled|up\s+from|down\s+from|revised|"
                             r"ris(?:e|es|en)|rose)\b", re.I)


# A perfect that tells a figure ran on ("has risen to", "have been rehoused"): the grammar of the figure's own
# clause, not of a clause joined after it (``_NEXT_CLAUSE_RE``: "the office had about 2,900 examiners, and it had
# been struggling to ...", "joined before the vote"). Bounded: linear.
_PERFECT_RE = re.compile(r"(?:has|have|had|having)\b", re.I)
_NEXT_CLAUSE_RE = re.compile(rf",\s{{0,3}}(?:and|but)\b|\b(?:{SUBORDINATORS})\b", re.I)


def _runs_in(text: str, v: Value, stretch: tuple[int, int]) -> bool:
    """Does the stretch of words that states ``v`` (``_own_stretch``) tell it as running (``_RUNNING_RE``), a
    perfect not past the opening of another clause after ``v`` (``_NEXT_CLAUSE_RE``)?"""
    end = number_end(v)
    return any(not _PERFECT_RE.match(m.group()) or m.start() < end or not _NEXT_CLAUSE_RE.search(text, end, m.start())
               for m in _RUNNING_RE.finditer(text, *stretch))


def _running(st: Statement) -> bool:
    """Is a statement's figure a running one: a count of what befell people (``befell``), or
    stated as it stands now or as changed (``_RUNNING_RE``) between the values beside it ("having
    spent £168m, including the €43m signing": the sum runs, the fee does not; ``_own_stretch``),
    or a fact box's line that counts what befell things ("Homes flooded: 240": ``fate_label``;
    "Turnout: 52%" states a result), or after a change its sentence states (``_after_change``), or
    a change since a time ("down 52 per cent since the halt": its start is fixed, its end the day
    told; a verb that moves the next figure to its level, "fell to -11C", is that figure's), or in a sentence opened by
    an adverbial of a whole (``_OPENING_TALLY_RE``: "In total, ...")? A day runs only when moved
    (``_MOVED_RE``) or expected while still to come ("is expected to reopen on 3 April": a forecast
    is revised as the story unfolds), a sum set once only when changed (``_SET_SUMS``); a comparison with what
    another admits (``_CONTESTED_RE``) does not run; nor does a thing's worth (``_worth``) or a deal's price
    (``_price_paid``), set once too."""
    if st.value.kind == "date":
        return moved(st.sentence.text) or bool(_to_come(st)) and _expected(st)
    if _money_measure(st) in _SET_SUMS or _worth(st) or _price_paid(st):
        return bool(_CHANGED_SUM_RE.search(st.sentence.text))
    # The contested comparison is blanked at its own offsets, so the stretch beside the value holds.
    text = _CONTESTED_RE.sub(lambda m: " " * len(m.group()), st.sentence.text)
    stretch = _own_stretch(st)
    if (moved_next := _MOVED_LEVEL_RE.search(text, st.value.end, stretch[1])) and stretch[1] < len(text):
        stretch = (stretch[0], moved_next.start())  # "waited nine hours ... while the temperature fell to -11C"
    return befell(st.sentence.text, st.value) or fate_label(st.sentence.text, st.value.start) \
        or st.marks.change == "since" or _runs_in(text, st.value, stretch) or _after_change(st) \
        or st.value.kind == "quantity" and bool(_OPENING_TALLY_RE.match(text)) \
        or st.value.dimension == "count" and bool(_PEAKED_RE.search(text, *stretch)
                                                  or _TALLIED_RE.match(text, st.value.end))


# A sentence opened by an adverbial of a whole reckoned so far ("In total, 40 boats were searched and 900 calls
# made", "Altogether, ..."): it says every figure of the sentence is a tally to date, not only the first one's.
# Bounded: linear.
_OPENING_TALLY_RE = re.compile(r"\s{0,3}(?:in\s{1,3}(?:total|all)|altogether|all\s{1,3}told|so\s{1,3}far|to\s{1,3}date)"
                               r"\s{0,3},", re.I)


# A count whose own noun an act in the perfect passive befell ("23 households have been moved out", "nine
# ships have been turned away"): a tally to date, where a sum's perfect passive ("has been fined £75,000") is a
# deed done once. Bounded: linear.
_TALLIED_RE = re.compile(r"\s{1,3}have\s{1,3}(?:now\s{1,3}|so\s{1,3}far\s{1,3}|already\s{1,3})?been\s{1,3}"
                         r"[a-z]{2,20}(?:ed|en|wn)\b", re.I)


def _after_change(st: Statement) -> bool:
    """Does a figure follow, in its sentence, a figure given as the one before a change (``former``:
    "the recall was extended from 38 batches to 52, covering about 1.8m packs")? It tells the
    state the change made, as the changed figure does."""
    text = st.sentence.text
    return any(former(text, v) for v in _found(text, st.date) if v.kind == "quantity" and v.end <= st.value.start)


# A count said to have peaked ("the number of ships waiting peaked at 41"): the highest a running
# count reached. A measure's peak ("peaked at 43C on Tuesday") is one day's reading, no count.
_PEAKED_RE = re.compile(r"\bpeak(?:s|ed)?\s+at\b", re.I)


# The words between two figures listed in one clause ("87,920 votes for and 56,680 against").
# Bounded: linear.
_JOINED_RE = re.compile(r"[^,;:.!?()]{0,30}\band\s{1,3}")
# A second conjunct whose verb is left out ("takes the number of stores to 27, and the number of
# jobs to 2,040"): the words before the first figure state both. Bounded: linear.
_GAPPED_RE = re.compile(r",?\s{0,3}and\s{1,3}(?:the|its|their)\s[^,;:.!?()]{0,40}?\bto\s{1,3}")
# The parts of a total listed right after it ("has risen to 318 - 270 passengers and 48 crew", "is 436 people ill:
# 371 passengers and 65 crew"): the total's words state them too. Bounded: linear.
_PARTS_RE = re.compile(r"\s{0,3}[-–—:]\s{1,3}")
# A figure in a phrase of place or set that hangs on the figure before it, no verb between ("taking the
# total to 93,500 birds across three premises", "now 1,200 staff in 14 branches"): the verb before
# the first states both. Prepositions of place and membership, a closed class. Bounded: linear.
_ATTACHED_RE = re.compile(r"\s{1,3}(?:[a-z][\w-]{0,20}\s{1,3}){0,2}(?:across|among|at|in|on|within)\s{1,3}")


def _own_stretch(st: Statement) -> tuple[int, int]:
    """The span of a statement's sentence between the quantities before and after its own (the
    sentence's ends where there are none): the words that state it. Names and days stand inside
    a figure's words ("has won the seat for Ann Bell on Friday by 52 votes"); figures listed in
    one clause share theirs (``_JOINED_RE``), and so do a total and the parts listed after it (``_PARTS_RE``),
    a figure and the one in a phrase hung on it (``_ATTACHED_RE``), and a part and its whole ("Four of
    the seven buildings are now shut": ``_OF_WHOLE_RE``)."""
    text = st.sentence.text
    found = [v for v in _found(text, st.date) if v.kind == "quantity"]
    low, start = 0, st.value.start
    for v in reversed([v for v in found if v.end <= st.value.start]):
        if not (_JOINED_RE.fullmatch(text, v.end, start) or _GAPPED_RE.fullmatch(text, v.end, start)
                or _PARTS_RE.fullmatch(text, v.end, start) or _ATTACHED_RE.fullmatch(text, v.end, start)):
            low = v.end
            break
        start = v.start  # "The final count was 87,920 votes for and 56,680 against": the words of both
    after = [v for v in found if v.start >= st.value.end]
    if after and _OF_WHOLE_RE.fullmatch(text, st.value.end, after[0].start):
        after = after[1:]
    high = min((v.start for v in after), default=len(text))
    return low, high


@lru_cache(maxsize=4096)
def _found(text: str, date: str) -> tuple[Value, ...]:
    return tuple(values(text, _anchor(date)))


def _reported_order(p: tuple[Side, list[Statement]], q: tuple[Side, list[Statement]]) -> int:
    """Which of two sides was reported first: the one whose every statement came before every
    statement of the other (``_before``: a live page's 09:10 figure comes before the 16:40 one a
    wire gives that day too), else the one first told by date, then place in its article. Sentence
    places of two articles of one day say nothing of which came first."""
    (_, a), (_, b) = p, q
    if all(_before(x, y, b, a) for x in a for y in b):
        return -1
    if all(_before(y, x, a, b) for x in a for y in b):
        return 1
    first_a, first_b = (min((st.date, st.sentence.index) for st in side) for side in (a, b))
    return (first_a > first_b) - (first_a < first_b)


def _timeline(sides: list[tuple[Side, list[Statement]]],
              clashes: set[frozenset[int]]) -> list[tuple[Side, str]] | None:
    """The sides oldest first, each with its first date, when they follow each other in time
    (every statement of a side reported before every statement of the next: ``_before``), each
    later side states the figure as a running one (``_running``) and the fact of another side
    (a statement of each aligned with one of the other: ``clashes`` holds the ``id`` pairs of the
    clashing statements; a toll of 12, then 19, then 23 worded like the 12 but not like the 19 is
    one running figure, and so is one of 40, then 38, then 36 worded like both), else ``None``."""
    if not all(st.date for _, sts in sides for st in sts):
        return None
    ordered = sorted(sides, key=cmp_to_key(_reported_order))
    for k, (_, later) in enumerate(ordered[1:], 1):
        earlier = ordered[k - 1][1]
        if not (_runs_on(earlier, later) or _changed_since(earlier, later)
                or k > 1 and _carried_on(ordered[k - 2][1], earlier, later)) \
                or not all(_before(x, y, later, earlier) for x in earlier for y in later
                           if not (_bound_kept(x, y) or _retold(x, later) or _told_as_first(x))) \
                or not any(frozenset((id(x), id(y))) in clashes for j, (_, other) in enumerate(ordered) if j != k
                           for x in other for y in later) \
                or all(undone(y.sentence.text, y.value, [x.value for x in earlier]) for y in later):
            return None
    return [(side, min(st.date for st in sts)) for side, sts in ordered]


# The fates that are states people may leave (found, gone home), not acts done once: their counts fall.
_STATE_FATES = frozenset({"missing", "displaced"})


def undone(text: str, v: Value, before: Sequence[Value]) -> bool:
    """Is the count ``v`` of ``text`` an act that befell people (``befell``; not a state they may leave:
    ``_STATE_FATES``, "still in hospital") told below every figure ``before`` it, with no word that it
    changed (``_CHANGED_SUM_RE``: "revised", "down from", "now")? An act done cannot be undone: "More than
    60 runners have needed treatment" / a day on, "Forty runners were treated" disagree, no update."""
    return bool(before) and befell(text, v) and v.noun not in _STATE_FATES and not told_still(text, v.start, v.end) \
        and not _CHANGED_SUM_RE.search(text) and v.high < min(x.low for x in before)


# A figure given as it stood when told ("have been affected so far", "to date", "as of noon", "stocks stand at",
# "five parties have already expressed interest": more may follow) or as a first reckoning ("a provisional figure of", "an early estimate",
# "preliminary results"): its source says a later count will differ. Bounded: linear.
_SO_FAR_RE = re.compile(r"\b(?:so|thus)\s{1,3}far\b|\balready\b|\b(?:stands?|stood)\s{1,3}at\b|\bto\s{1,3}date\b|\bas\s{1,3}of\b|\b(?:until|up\s{1,3}to)\s{1,3}now\b|"
                        r"\b(?:provisional|preliminary|(?:early|initial|first)\s{1,3}(?:[a-z]{1,20}\s{1,3})?"
                        r"(?:estimate|count|tally|figure|reckoning|assessment)s?)\b", re.I)


def _so_far(st: Statement) -> bool:
    """Is a figure told as it stood so far (``_SO_FAR_RE``: "so far", "to date", "an initial estimate") in the words
    that state it (``_own_stretch``), or as a fact box's line that counts what befell things (``fate_label``:
    "Households covered: 12,000", the count as it stood when the box was issued)?"""
    return bool(_SO_FAR_RE.search(st.sentence.text, *_own_stretch(st))) or fate_label(st.sentence.text, st.value.start)


def _runs_on(earlier: Sequence[Statement], later: Sequence[Statement]) -> bool:
    """Does a later side carry on a running figure: one of its statements is worded as a running
    one (``_running``), or an earlier side gave the figure as it stood so far (``_SO_FAR_RE``:
    "About 18,000 passengers have been affected so far") and every later statement comes from a
    later-dated article ("about 31,000 passengers had been affected across the two days", a day
    on)? A figure its source called provisional is updated by a later day's, however worded, and so is
    one either side tells as of its day (``_told_as_of``); so is a span still running when told by
    a longer one told later (``_span_so_far``: "has now gone 38 days without rain" / "has gone 64
    days without rain")."""
    return any(map(_running, later)) or all(x.date < y.date for x in earlier for y in later) \
        and (any(map(_so_far, earlier))
             or any(map(_told_as_of, (*earlier, *later)))
             or _grown_tally(earlier, later)) \
        or all(_span_so_far(x, y) for x in earlier for y in later)


def _grown_tally(earlier: Sequence[Statement], later: Sequence[Statement]) -> bool:
    """Did an earlier side tell a count as a tally of what was done to its own noun in the perfect passive
    (``_TALLIED_RE``: "300 families have been rehoused since the flood") and every later statement give a larger
    one? A tally to date only grows: a later day's larger count of it is its next figure, however worded ("412
    families were rehoused before the scheme closed")."""
    return any(x.value.dimension == "count" and _TALLIED_RE.match(x.sentence.text, x.value.end) for x in earlier) \
        and all(y.value.low > x.value.high for x in earlier for y in later)


def _told_as_of(st: Statement) -> bool:
    """Is a quantity told as it stood on its article's day: its sentence dated by "by" or "as of"
    that day (``_as_of_report``: "By Sunday afternoon nine whales had been refloated")? A tally as
    of a day is one its source expects to move; another article's figure of a later day carries it on."""
    return st.value.kind == "quantity" and any(
        v.kind == "date" and _as_of_report(Statement(v, st.sentence, st.row, st.date))
        for v in _found(st.sentence.text, st.date))


def _changed_since(earlier: Sequence[Statement], later: Sequence[Statement]) -> bool:
    """Does a later sentence give an earlier side's figure as the one its own changed from
    (``_changed_from`` anywhere in it: "would draw $42 million from the reserve, up from $30
    million")? The later outlet itself tells the earlier figure as a former one: an update. A figure
    it corrects ("15 men, not 14": ``set_aside``) is a dispute, no change."""
    return any(v.kind == "quantity" and v.dimension == x.value.dimension and _states(v, x.value)
               and _changed_from(y.sentence.text, v) and not set_aside(y.sentence.text, v)
               for y in later for v in _found(y.sentence.text, y.date) if v.start != y.value.start for x in earlier)


def _carried_on(first: Sequence[Statement], earlier: Sequence[Statement], later: Sequence[Statement]) -> bool:
    """Does a later-dated side carry on, the same way, a figure that already ran on from ``first`` to
    ``earlier`` (52,000 passengers, then "now estimates that 110,000", then a week on 160,000)? A
    running count told again days later is its next figure, however worded."""
    a, b, c = (side[0].value.figure for side in (first, earlier, later))
    return all(x.date < y.date for x in earlier for y in later) and (b - a) * (c - b) > 0


def _retold(x: Statement, later: Sequence[Statement]) -> bool:
    """Is ``x`` a figure a later side's sentence gives as the one it changed from (``_risen_from``:
    "5.5%, up from the 4.5% offered in May")? An article that states it after that retells the
    former figure ("after rejecting a 4.5 per cent pay offer"), and disputes nothing."""
    return any(_risen_from(x, y) for y in later)


# A figure its own sentence tells as an earlier reckoning ("early figures suggested it weighed around 300 kg", "the
# initial estimate put the bill at") or by an adverb of what held at first ("Originally six branches were due to
# close"): a retelling of what was first said. Bounded: linear.
_TOLD_FIRST_RE = re.compile(r"\b(?:(?:early|earlier|initial|first|original|previous|provisional|preliminary)\s{1,3}"
                            r"(?:[a-z]{1,20}\s{1,3})?(?:estimate|figure|count|tally|reckoning|assessment|report)s?|"
                            r"originally|initially|at\s{1,3}first)\b", re.I)


def _told_as_first(x: Statement) -> bool:
    """Does ``x``'s sentence tell its figure as an earlier reckoning (``_TOLD_FIRST_RE`` in the words that state it,
    before the figure)? A later article that retells the first figure so takes no side against the update, as one
    that gives it as the figure changed from does (``_retold``)."""
    low, _ = _own_stretch(x)
    return bool(_TOLD_FIRST_RE.search(x.sentence.text, low, x.value.start))


def _bound_kept(x: Statement, y: Statement) -> bool:
    """Is ``x`` an open lower bound that ``y``'s figure bears out ("at least four people died",
    written after six were counted)? Restating an earlier figure so later does not undo the update."""
    q = x.value.span
    return isinstance(q, Quantity) and q.qualifier in _OPEN_BOUNDS and x.value.compatible(y.value)


def _past(members: list[Statement]) -> bool:
    """Are the values days that had all passed when the first of these articles was dated? The day
    a storm struck is no figure that moves: a later article that gives another day contradicts
    the earlier one, where a later day for what is still to come ("will now open on Friday")
    updates it."""
    dated = [d.toordinal() for d in (_anchor(st.date) for st in members) if d is not None]
    return bool(dated) and all(st.value.dimension == "date" and st.value.high < min(dated) for st in members)


def _clashing(sides: list[tuple[Side, list[Statement]]],
              clashes: set[frozenset[int]]) -> list[tuple[Side, list[Statement]]]:
    """The sides with a statement in a direct clash with one of another side (``clashes``: ``id`` pairs). A value
    that reached the topic only through agreements ("640 people" with "more than 600", which agrees with "5,800")
    disputes nothing."""
    return [(side, sts) for k, (side, sts) in enumerate(sides)
            if any(frozenset((id(x), id(y))) in clashes for j, (_, other) in enumerate(sides) if j != k
                   for x in sts for y in other)]


def _conflict(members: list[Statement], links: Counter, clashes: set[frozenset[int]],
              rows: Sequence[Row]) -> Conflict | None:
    sides = _clashing(_sides(members, links), clashes)
    one_article = len({d for s, _ in sides for d in s.sources}) < 2
    # one article's sides are two sources it quotes in turn (``_quoted_apart``), not its own updates
    if len(sides) != 2 if one_article else len(sides) < 2:
        return None
    if one_article and not any(_quoted_apart(rows[x.row], rows[y.row]) for x in sides[0][1] for y in sides[1][1]):
        return None
    kind = members[0].value.kind
    # a name is not a figure that moves, nor a day already past when first reported, nor the size of an owner's set
    # that every side tells as standing (``_set_owner``: "The guild, which has 58 stores" / "The guild's 52")
    standing = all(_set_owner(st) is not None for st in members)
    timeline = _timeline(sides, clashes) if kind != "name" and not _past(members) and not one_article \
        and not standing else None
    if timeline:
        return Conflict(_topic(members), "updated", tuple(s for s, _ in timeline),
                        dates=tuple(d for _, d in timeline))
    return Conflict(_topic(members), kind, tuple(s for s, _ in sides))


# What stands between an amount and the same amount in another unit ("9.2 meters (30 feet)",
# "4,200 acres, or 1,700 hectares").
_RESTATED_RE = re.compile(r"\s{0,3}(?:\(|,\s{0,3}or\s|or\s)\s{0,3}(?:about\s|some\s|roughly\s)?\s{0,3}$", re.I)


def _restates(text: str, before: Value, v: Value) -> bool:
    """Is ``v`` the quantity just before it in another unit? Then it is one statement, compared once."""
    return v.kind == before.kind == "quantity" and v.dimension == before.dimension and before.compatible(v) \
        and bool(_RESTATED_RE.fullmatch(text, before.end, v.start))


def _statements(rows: list[Row]) -> tuple[list[Statement], dict[int, list[int]]]:
    """Every value of every sentence (an amount restated in another unit once: ``_restates``; a
    year still to come marked as such: ``YEAR_TO_COME``; a signed fall as its size: ``_magnitude``),
    and the statements of each row."""
    found: list[Statement] = []
    at: dict[int, list[int]] = {}
    for r, row in enumerate(rows):
        for k, v in enumerate(row.found):
            if k and _restates(row.sentence.text, row.found[k - 1], v):
                continue
            anchor = _anchor(row.date)
            if v.kind == "date" and v.noun == "year" and anchor is not None and v.low > anchor.toordinal():
                v = replace(v, noun=YEAR_TO_COME)
            elif v.kind == "date" and v.noun == "year" and _year_of_origin(Statement(v, row.sentence, r, row.date)):
                v = replace(v, noun=YEAR_OF_ORIGIN)
            elif v.kind == "date" and v.noun == "year" and (deed := _year_of_deed(Statement(v, row.sentence, r, row.date))):
                v = replace(v, noun=YEAR_OF_DEED + deed)
            elif v.kind == "date" and v.noun == "year" and _year_of_previous(row.sentence.text, v):
                v = replace(v, noun=YEAR_OF_PREVIOUS)
            if v.kind == "date" and v.dimension == "date" and v.noun not in ("year", YEAR_TO_COME) and not _thing_year(v) \
                    and (act := _last_act(Statement(v, row.sentence, r, row.date))):
                v = replace(v, noun=LAST_ACT + act)
            if v.dimension == "percent" and v.high < 0 and isinstance(v.span, Quantity):
                v = _magnitude(v, v.span)
            for w in (v, *_clock_of(v)):
                w = _hedged_clock(row.sentence.text, w)
                at.setdefault(r, []).append(len(found))
                found.append(Statement(w, row.sentence, r, row.date))
    return _counts_elided(_dead_of_one_kind(found)), at


def _hedged_clock(text: str, v: Value) -> Value:
    """A time of day with the slack its hedge allows (``values.clock_hedge``), in minutes: two outlets' times
    of one moment agree within it ("shortly before 6am" / "05:48") and differ beyond it ("shortly after 2am" /
    "1.20am")."""
    hedge = clock_hedge(text, v.start) if v.dimension == "time" else None
    if hedge is None:
        return v
    start, earlier, later = hedge
    told = replace(v, text=text[start:v.end], start=start, label=text[start:v.end])
    return replace(told, low=v.low - earlier, high=v.high + later)


_CLOCK_RE = re.compile(r"\d\d:\d\d")
# The clock time inside a day's span ("4.20am" of "4.20am yesterday", "19:10" of "19:10 on Friday"). Bounded.
_CLOCK_TEXT_RE = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s{0,2}(?:[ap]\.?\s?m\b\.?)|\b\d{1,2}[:.]\d\d\b|\b(?:noon|midday|midnight)\b",
                            re.I)


def _clock_of(v: Value) -> tuple[Value, ...]:
    """The time of day a day told with one states too ("at 4.20am yesterday", "19:10 on Friday 8 October"),
    as a time of its own: it meets another outlet's time of the event ("at about 4:05 a.m."), which
    the day alone agrees with whatever the hour."""
    w = v.span
    if v.dimension != "date" or not isinstance(w, When) or not _CLOCK_RE.fullmatch(w.time):
        return ()
    clock = _CLOCK_TEXT_RE.search(v.text)
    if clock is None:
        return ()
    minutes = float(int(w.time[:2]) * 60 + int(w.time[3:5]))
    return (replace(v, dimension="time", text=clock.group(), start=v.start + clock.start(), end=v.start + clock.end(),
                    low=minutes, high=minutes, noun="", label=clock.group()),)


def _dead_of_one_kind(found: list[Statement]) -> list[Statement]:
    """``found`` with each count of the dead that names a kind of person ("killing three workers",
    "one miner was killed") read as the toll, as "three people were killed" is, when the cluster
    counts the dead of that kind only and tells a toll too ("The death toll has risen to five"): the
    story's toll. Where its articles count the dead of two kinds ("45 soldiers were killed" / "200
    rebels were killed") each is a toll of its own; with no toll told, the counts of that kind
    compare with each other as they are ("Four workers were killed" / "Deaths: three workers")."""
    dead = {k: word for k, st in enumerate(found) if st.value.noun not in TALLIES
            and is_person(word := _counted_word(st.value)) and counts_dead(st.sentence.text, st.value)}
    if len(set(dead.values())) != 1 or not any(st.value.noun == "toll" for st in found):
        return found
    return [replace(st, value=replace(st.value, noun="toll")) if k in dead else st for k, st in enumerate(found)]


# A count told with no noun ("says 34 were underground", "nine of them have been admitted to
# hospital") counts what another article's count of a noun counts when the same predicate follows
# both: the verb right after the number, then its first ELIDED_TERMS content terms ("Thirty-one
# workers were underground on the night shift"). A partitive pronoun between is read past ("of
# them"). The count then takes that noun, so it is compared as a count of it.
ELIDED_TERMS = 2
_PARTITIVE_RE = re.compile(r"\s{1,3}of\s{1,3}(?:them|those|whom|these)\b", re.I)
_PREDICATE_START = frozenset("is are was were has have had".split())


def _tail(st: Statement) -> tuple[str, ...]:
    """The first ELIDED_TERMS content terms of the predicate right after a count (its noun and a
    partitive pronoun read past), or none when no verb follows at once."""
    text, v = st.sentence.text, st.value
    start = v.end
    if (part := _PARTITIVE_RE.match(text, start)) is not None:
        start = part.end()
    rest = text[start:_clause(text, v)[1]]
    first = words(rest[:40])[:1]
    if not first or not (first[0].lower() in _PREDICATE_START or is_past_form(first[0].lower())):
        return ()
    return tuple(terms(rest))[:ELIDED_TERMS]


def _counts_elided(found: list[Statement]) -> list[Statement]:
    """``found`` with each count told with no noun given the noun of the counts of other
    articles that the same predicate follows (``_tail``: one the start of the other), when they
    count one noun."""
    bare = [k for k, st in enumerate(found) if st.value.dimension == "count" and not st.value.noun
            and isinstance(st.value.span, Quantity)]
    if not bare:
        return found
    nouns: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
    for st in found:
        if st.value.dimension == "count" and st.value.noun and (tail := _tail(st)):
            nouns.setdefault(tail[0], []).append((st.doc_id, tail, st.value.noun))
    out = list(found)
    for k in bare:
        st = found[k]
        tail = _tail(st)
        told = {noun for doc, other, noun in nouns.get(tail[0], ()) if doc != st.doc_id
                and tail[:len(other)] == other[:len(tail)]} if tail else set()
        if len(told) == 1:
            out[k] = replace(st, value=replace(st.value, noun=told.pop()))
    return out


def _magnitude(v: Value, span: Quantity) -> Value:
    """A signed fall ``v`` of quantity ``span`` ("down 186.7 points (-9.2%)") as the size of the
    change, which is what "slumped 9.2 per cent" states: the sign says which way, as the words
    around it do (``_direction``)."""
    size = replace(span, value=-span.value, low=-span.high, high=-span.low)
    return replace(v, low=-v.high, high=-v.low, span=size)


def _closeness(a: Statement, b: Statement) -> tuple[int, int, int]:
    """How alike the words around two values are: whether their constructions name one thing
    (``_one_thing``), then the terms next to them that meet, then all the terms around them that
    meet (higher = more alike)."""
    return int(_one_thing(a, b)), len(a.near & b.near), len(a.around & b.around)


def _paired(mine: Sequence[int], theirs: Sequence[int], found: Sequence[Statement]) -> list[tuple[int, int]]:
    """The statements of two sentences that measure the same thing, paired one to one: a sentence
    with several values ("sentenced to 13 years for stealing $15 million over seven years") states
    each about its own thing, so each is compared only with the other sentence's value whose
    words around it are most alike (``_closeness``; ties by order), a whole a part is taken from
    ("115 of its 120 deputies present", ``Statement.whole``) with a whole first, a figure with one of
    the same subject (``_one_subject``: "the governing party won 38%" / "The governing party
    won 41%", not the opposition's 45% beside it), and a figure scoped by a place with one scoped by
    the same place ("19 in Chicago" / "21 deaths in Chicago")."""
    if not mine or not theirs:
        return []
    if len(mine) == 1 and len(theirs) == 1:
        return [(mine[0], theirs[0])]  # nothing to rank
    ours, other = [found[a] for a in mine], [found[b] for b in theirs]
    keys = ((x.whole == y.whole, _one_subject(x, y), bool(x.scope & y.scope), _closeness(x, y), -abs(k - m), -k, a, b)
            for k, (a, x) in enumerate(zip(mine, ours)) for m, (b, y) in enumerate(zip(theirs, other)))
    if len(mine) == 1 or len(theirs) == 1:
        out = [max(keys)[-2:]]  # every pair shares a statement: only the best is kept
    else:
        used_a: set[int] = set()
        used_b: set[int] = set()
        out = []
        for *_, a, b in sorted(keys, reverse=True):
            if a not in used_a and b not in used_b:
                used_a.add(a)
                used_b.add(b)
                out.append((a, b))
    # a figure the other sentence says its own changed from ("extended from 38 batches to 52") is
    # compared with what it changed to as well: that is the update
    return out + [(a, b) for a in mine for b in theirs if (a, b) not in out
                  and (_risen_from(found[a], found[b]) or _risen_from(found[b], found[a]))]


def _pairing(found: Sequence[Statement]) -> Callable[[Sequence[int], Sequence[int]], list[tuple[int, int]]]:
    """``_paired`` over ``found``, ranked once per two readings: what ``_paired`` ranks by is read
    from a statement's value, text and date alone, then from its place in its list (each list in
    statement order), so copies of a sentence (wire copy) pair as the first did, place for place,
    whichever is asked first."""
    done: dict[tuple, list[tuple[int, int]]] = {}

    def paired(mine: Sequence[int], theirs: Sequence[int]) -> list[tuple[int, int]]:
        if not mine or not theirs or len(mine) == len(theirs) == 1:
            return _paired(mine, theirs, found)  # nothing to rank
        key = tuple((found[ks[0]].sentence.text, found[ks[0]].date, tuple(found[k].value for k in ks))
                    for ks in (mine, theirs))
        if key not in done:
            place_a, place_b = {a: k for k, a in enumerate(mine)}, {b: m for m, b in enumerate(theirs)}
            done[key] = [(place_a[a], place_b[b]) for a, b in _paired(mine, theirs, found)]
        return [(mine[k], theirs[m]) for k, m in done[key]]
    return paired


_Key = tuple[str, str, str] | None


def _kin_keys(found: Sequence[Statement], keys: Sequence[_Key]) -> dict[_Key, set[tuple[str, str, str]]]:
    """For each measure of a count, the measures of counts of other nouns that count one thing in
    other words (``_kin_nouns``: "ships" / "vessels"), or that count the act a count's own
    predicate tells (``_acts``: "31 staff were made redundant" / "47 redundancies"): their
    statements are compared too."""
    counted: dict[tuple[str, str, str], Value] = {}
    for st, key in zip(found, keys):
        if key is not None and st.value.dimension == "count" and _counted_word(st.value):
            counted.setdefault(key, st.value)
    pairs = {(x, y) for x, vx in counted.items() for y, vy in counted.items() if x < y and _kin_nouns(vx, vy)}
    by_noun = {key[2]: key for key in counted}
    pairs |= {(key, by_noun[t]) for st, key in zip(found, keys) if key in counted
              for t in _acts(st) if t in by_noun and by_noun[t] != key}
    out: dict[_Key, set[tuple[str, str, str]]] = {}
    for x, y in pairs:
        out.setdefault(x, set()).add(y)
        out.setdefault(y, set()).add(x)
    return out


# A candidate: its id (unique, so a pair reached from both statements is judged once), the two
# statements and their masked cosine (0 for a pair compared whatever the context, None for bodies).
_Candidate = tuple[tuple, int, int, float | None]


class _Candidates:
    """Comparable statement pairs of neighbouring sentences, with their masked cosine; every pair
    of named tolls (``_named_toll``; or one and a count of the dead: ``_story_toll``) or tallies (``_tally``) of one measure not yet paired,
    whatever the context (cosine 0), and of days of verbs of one act (``_act_verb``); and every
    pair of one owner's bodies (few), whatever the context (cosine ``None``). The sentence pairs
    are found at once (one matrix); the statements of each are paired only when one of them is
    asked for (``of``), so a summary's few sentences are compared alone (``find_conflicts``)."""

    def __init__(self, rows: list[Row], found: list[Statement], at: dict[int, list[int]]) -> None:
        self.rows, self.found, self.at = rows, found, at
        with_values = sorted(at)
        self.keys = keys = [measure(st.value) for st in found]
        self.by_key: dict[int, dict[_Key, list[int]]] = {}
        for r in with_values:
            for b in at[r]:
                if keys[b] is not None:
                    self.by_key.setdefault(r, {}).setdefault(keys[b], []).append(b)
        # Only a sentence with a measure that another document (or another source its article quotes:
        # ``_quoted_apart``) states too can pair, so only those sentences' nearest are searched; every
        # sentence stays in the matrix (the same idf and ranks), so the pairs that yield candidates
        # are the same. Who an article quotes is read only for a measure one article alone states.
        docs: dict[_Key, list[Statement]] = {}
        for st, key in zip(found, keys):
            docs.setdefault(key, []).append(st)
        self.kin = kin = _kin_keys(found, keys)

        def apart(said: list[Statement]) -> bool:
            return len(said) > 1 and (len({st.doc_id for st in said}) > 1 or len({rows[st.row].source for st in said}) > 1)
        shared = {key: apart(said + [st for k2 in kin.get(key, ()) for st in docs[k2]]) for key, said in docs.items()}
        queries = [k for k, r in enumerate(with_values) if any(shared[key] for key in self.by_key.get(r, {}))]
        # Sentence pairs as rows (the first the earlier), each row's pairs in order. A pair of one
        # article's sentences stays without statement pairs (``near``) unless the two quote two
        # sources: who they quote is read only for the pairs reached.
        self.cosines: dict[tuple[int, int], float] = {}
        self.partners: dict[int, list[tuple[int, int]]] = {}
        neighbours = neighbour_pairs(tfidf([rows[r].masked for r in with_values]), FLOOR, NEIGHBOURS,
                                     queries=queries) if len(with_values) > 1 else ()
        for a, b, cos in zip(*(x.tolist() for x in neighbours)):
            pair = (with_values[a], with_values[b])
            self.cosines[pair] = cos
            for r in pair:
                self.partners.setdefault(r, []).append(pair)
        self.paired = _pairing(found)
        self._near: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._of: dict[int, dict[int, list[_Candidate]]] = {}
        self._apart: dict[int, list[_Candidate]] = {}
        self._kind: dict[tuple[str, object], list[int]] = {}

    def near(self, pair: tuple[int, int]) -> list[tuple[int, int]]:
        """The statement pairs of a sentence pair (its first row's statement first), paired once."""
        if pair not in self._near:
            first, second = pair
            partners = self.by_key.get(second, {})
            one_article = self.rows[first].sentence.doc_id == self.rows[second].sentence.doc_id
            out: list[tuple[int, int]] = []
            for key, mine in self.by_key.get(first, {}).items() if not one_article or _quoted_apart(
                    self.rows[first], self.rows[second]) else ():
                if one_article and (key is None or key[0] != "quantity"):
                    continue  # two sources of one article are compared on figures only
                alike = self.kin.get(key)
                for other in (key, *sorted(alike & partners.keys())) if alike else (key,):
                    out += self.paired(mine, partners.get(other, []))
            self._near[pair] = out
        return self._near[pair]

    def _seen(self, a: int, b: int) -> bool:
        """Are statements ``a`` and ``b`` already a pair of their sentences' (``near``)?"""
        first, second = sorted((self.found[a].row, self.found[b].row))
        pair = (first, second)
        return pair in self.cosines and ((a, b) in self.near(pair) or (b, a) in self.near(pair))

    @cached_property
    def kinds(self) -> list[tuple[str, Callable[[int], bool], Callable[[int], object], Callable[[int, int], bool], bool]]:
        """The statements compared whatever the context, as (name, which statements, the pool of
        each, alike, quoted): the story's tolls of each measure (a count of the dead with a named
        one), days and terms of one act told with other verbs, the prices of one act told with a
        verb and a noun, one person's ages, the figures whose constructions name one measure in
        their own words (``_one_thing``), the sets one owner has told as its whole ("The trust, which runs 23
        parks" / "Eight of the trust's 25 parks": ``_owners_whole``) (few each). A pool holds every statement a pair needs
        (alike asks for one measure or one dimension), so only pools of statements asked for are read."""
        found, keys, rows = self.found, self.keys, self.rows
        # each read once a statement
        named = lru_cache(maxsize=None)(lambda k: _named_toll(found[k]) or _tally(found[k].value))
        aged = lru_cache(maxsize=None)(lambda k: _aged_name(found[k], rows[found[k].row])
                                       if found[k].value.dimension == "age" else "")
        return [
            ("toll", lambda k: named(k) or _story_toll(found[k]), lambda k: ("key", keys[k]),
             lambda a, b: named(a) and named(b) or _tolls(found[a], found[b]), True),
            ("act", lambda k: (found[k].value.kind == "date" or found[k].value.dimension == "duration")
             and bool(_act_verb(found[k])),
             lambda k: ("dimension", found[k].value.dimension),
             lambda a, b: found[a].value.dimension == found[b].value.dimension, False),
            ("deal", lambda k: bool(_act_noun(found[k]) or _act_words(found[k])), lambda k: ("key", keys[k]),
             lambda a, b: keys[a] == keys[b] and _one_deal(found[a], found[b], rows[found[a].row], rows[found[b].row]),
             False),
            ("age", lambda k: bool(aged(k)), lambda k: ("dimension", found[k].value.dimension),
             lambda a, b: same_name(aged(a), aged(b)), False),
            ("thing", lambda k: bool(_named_head(found[k])), lambda k: ("key", keys[k]),
             lambda a, b: _one_thing(found[a], found[b]), False),
            ("owned", lambda k: _had(found[k]) or found[k].whole or _set_owner(found[k]) is not None,
             lambda k: ("key", keys[k]), lambda a, b: _owners_whole(found[a], found[b])
             or _owners_whole(found[b], found[a]) or _one_set(found[a], found[b]), False),
            ("measured", lambda k: found[k].value.kind == "quantity" and found[k].value.dimension != "count",
             lambda k: ("key", keys[k]),
             lambda a, b: _measured_alike(found[a], found[b]) or _measured_alike(found[b], found[a]), False)]

    @cached_property
    def pools(self) -> dict[object, list[int]]:
        """Statements by measure and by dimension."""
        out: dict[object, list[int]] = {}
        for k, st in enumerate(self.found):
            out.setdefault(("key", self.keys[k]), []).append(k)
            out.setdefault(("dimension", st.value.dimension), []).append(k)
        return out

    def _members(self, name: str, test: Callable[[int], bool], pool: object) -> list[int]:
        """The statements of ``pool`` of kind ``name``, found once."""
        if (name, pool) not in self._kind:
            self._kind[(name, pool)] = [x for x in self.pools[pool] if test(x)]
        return self._kind[(name, pool)]

    @cached_property
    def bodies(self) -> list[int]:
        """The statements of an owner's body (``owned_body``), compared whatever the context."""
        return [k for k, st in enumerate(self.found) if owned_body(st.sentence.text, st.value)]

    def of(self, k: int) -> list[_Candidate]:
        """Every candidate pair with statement ``k`` in it."""
        row = self.found[k].row
        if row not in self._of:  # a row's statements share its sentence pairs: paired for all at once
            self._of[row] = {x: [] for x in self.at.get(row, ())}
            for pair in self.partners.get(row, ()):
                for n, (a, b) in enumerate(self.near(pair)):
                    self._of[row][a if self.found[a].row == row else b].append(((pair, n), a, b, self.cosines[pair]))
        return self._of[row][k] + self.apart(k)

    def between(self, first: int, second: int) -> list[_Candidate]:
        """The candidate pairs of a statement of row ``first`` and one of row ``second``."""
        pair = (min(first, second), max(first, second))
        near = [((pair, n), a, b, self.cosines[pair]) for n, (a, b) in enumerate(self.near(pair))] \
            if pair in self.cosines else []
        return near + [(cid, a, b, cos) for k in self.at.get(first, ()) for cid, a, b, cos in self.apart(k)
                       if self.found[b if a == k else a].row == second]

    def apart(self, k: int) -> list[_Candidate]:
        """The pairs with statement ``k`` in it compared whatever the context, found once."""
        if k in self._apart:
            return self._apart[k]
        found, rows = self.found, self.rows
        out: list[_Candidate] = []
        for name, test, pool, alike, quoted in self.kinds:
            if test(k):
                for a, b in (tuple(sorted((k, x))) for x in self._members(name, test, pool(k)) if x != k):
                    if (found[a].doc_id != found[b].doc_id or quoted and _quoted_apart(rows[found[a].row],
                                                                                     rows[found[b].row])) \
                            and not self._seen(a, b) and alike(a, b):
                        out.append(((name, a, b), a, b, 0.0))
        if k in self.bodies:
            for a, b in (tuple(sorted((k, x))) for x in self.bodies if x != k):
                if found[a].doc_id != found[b].doc_id and _same_body(found[a], found[b]):
                    out.append((("body", a, b), a, b, None))
        self._apart[k] = out
        return out


# Two outlets that state one figure differently stay within this factor of each other (every
# conflict and update pair of eval/pairs is within 4); amounts further apart are a part and its
# whole, other subjects or another period ("donated $10,000" / "raised $1.2 million").
MAX_RATIO = 10.0


# Two outlets that date one event differently are days or months apart; days more than a year
# apart are another event or an anniversary ("killed on July 7th 2005" / "Today is the fourth
# anniversary of the bombings").
MAX_DAYS = 366


# Outlets that give the year a thing was built or opened differently are a few years apart
# ("opened in 1968" / "opened in 1971"), closer than two things' years.
ORIGIN_YEARS = 3


# Outlets that both name the thing, by a name or a word in common beside the deed's ("Brisholt House, built in 1964" /
# "Brisholt House was built in 1969", "the drainage on the cutting was last upgraded in"), may put the year it was
# built or a deed was done to it within a decade apart (``_one_origin``); two things' years share only the deed ("a
# new roof was fitted to the chapel in 1991" / "Solar panels were fitted in 1996 to the sports hall").
ORIGIN_DECADE = 10


# Outlets that read other records may put the year one thing was built or laid decades apart ("a cast-iron
# main laid in 1894" / "the cast-iron main ... was laid in 1911": 17 years), when they tell it in like words
# (``_one_origin``); within a generation, short of a thing rebuilt on its site.
ORIGIN_YEARS_ALIKE = 30


def _one_origin(a: Statement, b: Statement, ra: Row, rb: Row) -> bool:
    """Are two years of origin (``YEAR_OF_ORIGIN``) or of one deed (``YEAR_OF_DEED``) told of one thing: within
    ``ORIGIN_YEARS_ALIKE`` with at least WINDOW_SHARE_STRICT of the terms around the years in common, or within
    ``ORIGIN_DECADE`` in sentences that name the thing alike (a name or a word but the deed's in common)?"""
    if a.value.noun != b.value.noun or not _thing_year(a.value) or not a.around or not b.around:
        return False
    apart = abs(a.value.low - b.value.low)
    shared = len(a.around & b.around) / min(len(a.around), len(b.around))
    if shared >= WINDOW_SHARE_STRICT and apart <= ORIGIN_YEARS_ALIKE * MAX_DAYS:
        return True
    thing = _common_terms(a.sentence.text) & _common_terms(b.sentence.text) - {a.verb, b.verb} - TIME_TERMS
    return apart <= ORIGIN_DECADE * MAX_DAYS and bool(thing or ra.names & rb.names)


def orders_apart(a: Value, b: Value) -> bool:
    """Are two positive quantities more than MAX_RATIO apart, or two days more than MAX_DAYS (the
    gap between their intervals)?"""
    top, bottom = max(a.low, b.low), min(a.high, b.high)
    if a.dimension == "date":
        years = a.noun == b.noun and (_thing_year(a) or a.noun.startswith(LAST_ACT))
        return top - bottom > (ORIGIN_YEARS * MAX_DAYS if years else MAX_DAYS)
    return a.kind == "quantity" and ratio_apart(bottom, top)


def _figures_apart(a: Value, b: Value) -> bool:
    """Are the figures two quantities state (not the intervals their bounds allow) more than
    MAX_RATIO apart? An open bound agrees with any larger amount, but "gifts worth more than $200"
    states no fact of "contracts worth about $540 million"."""
    return a.kind == "quantity" and ratio_apart(*sorted((getattr(a.span, "base", 0.0), getattr(b.span, "base", 0.0))))


def _under_top(top: Value, v: Value) -> bool:
    """Is ``top`` a maximum reached (``_reached_top``: "levels of up to 240 nanograms") and ``v`` a figure below it, not a
    maximum itself ("a limit of 96 nanograms")? The interval holds it, but a maximum states its
    top (``_stated_top``): the smaller figure is another fact, neither the same nor a clash."""
    q, w = top.span, v.span
    return isinstance(q, Quantity) and isinstance(w, Quantity) and _reached_top(q) and w.qualifier != "up to" \
        and not v.compatible(_stated_top(top))


def ratio_apart(low: float, high: float) -> bool:
    """Is a positive ``low`` more than MAX_RATIO times below ``high``?"""
    return low > 0 and high > MAX_RATIO * low


def _link(a: Statement, b: Statement, ra: Row, rb: Row, cosine: float | None, *,
          paired: bool = False, counts: Told | None = None) -> bool | None:
    """``None`` when two candidate statements are not one fact (not aligned by the rules nor, given
    ``counts``, by the learned alignment; a clash where one sentence states the other's value in
    another slot, or values orders of magnitude apart), else whether they agree."""
    if _risen_from(a, b) or _risen_from(b, a):
        return False  # "about 350 officers, up from more than 200" / "More than 200 officers"
    if cosine is not None and not _one_fact(a, b, ra, rb, cosine, paired=paired, counts=counts):
        return None
    agree = _agree(a, b)
    if _other_kinds(a.value, b.value, agree):
        return None
    if agree and (_figures_apart(a.value, b.value) or _under_top(a.value, b.value) or _under_top(b.value, a.value)):
        return None
    if not agree and (orders_apart(a.value, b.value) and not _one_origin(a, b, ra, rb)
                      or _matched_elsewhere(a, b, ra) or _matched_elsewhere(b, a, rb)
                      or _slot_elsewhere(a, b, rb) or _slot_elsewhere(b, a, ra)):
        return None
    return agree


class Told(NamedTuple):
    """How often a cluster states each measure (``measure``): per article, and by how many articles.
    A measure an article states once is the article's one figure of it, most often the fact another
    article gives its own figure of."""

    per_doc: Counter
    docs: dict[tuple[str, str, str] | None, int]


def told(found: Sequence[Statement]) -> Told:
    """Count each measure the statements state, per article and by article."""
    keys = [(st.doc_id, measure(st.value)) for st in found]
    by_key: dict[tuple[str, str, str] | None, set[str]] = {}
    for doc, key in keys:
        by_key.setdefault(key, set()).add(doc)
    return Told(Counter(keys), {key: len(docs) for key, docs in by_key.items()})


# The rules' own tests of a pair, read as features of the learned alignment rather than as vetoes.
_PAIR_TESTS: tuple[tuple[str, Callable[[Statement, Statement, Row, Row], bool]], ...] = (
    ("marked_alike", lambda a, b, ra, rb: _marked_alike(a, b)),
    ("other_time", _other_time),
    ("one_act", lambda a, b, ra, rb: _one_act(a, b)),
    ("tolls", lambda a, b, ra, rb: _tolls(a, b)),
    ("one_thing", lambda a, b, ra, rb: _one_thing(a, b)),
    ("other_scope", lambda a, b, ra, rb: _other_scope(a, b)),
    ("other_subject", lambda a, b, ra, rb: _other_subject(a, b)),
    ("named_apart", _named_apart),
    ("kin_nouns", lambda a, b, ra, rb: _kin_nouns(a.value, b.value)),
    ("one_vote", lambda a, b, ra, rb: _one_vote(a.value, b.value)),
    ("orders_apart", lambda a, b, ra, rb: orders_apart(a.value, b.value)),
    ("dates_apart", lambda a, b, ra, rb: _dates_apart(ra, rb)),
    ("near_alike", lambda a, b, ra, rb: _near_alike(a, b)),
    ("quoted_apart", lambda a, b, ra, rb: _quoted_apart(ra, rb)),
    ("same_verb", lambda a, b, ra, rb: bool(a.verb) and a.verb == b.verb),
    ("related_verb", lambda a, b, ra, rb: bool(a.verb and b.verb) and related(a.verb, b.verb)),
    ("no_verb", lambda a, b, ra, rb: not a.verb or not b.verb),
    ("act_counted", lambda a, b, ra, rb: _act_counted(a, b) or _act_counted(b, a)))


def _days_between(ra: Row, rb: Row) -> int:
    """Days between two sentences' articles (0 when either is undated)."""
    x, y = _anchor(ra.date), _anchor(rb.date)
    return abs((x - y).days) if x and y else 0


def _log_ratio(a: Value, b: Value) -> float:
    """How far apart two quantities are, as the absolute log of their ratio (0 for other values)."""
    x, y = getattr(a.span, "base", 0.0), getattr(b.span, "base", 0.0)
    return abs(math.log(x / y)) if a.kind == "quantity" and x > 0 and y > 0 else 0.0


def pair_features(a: Statement, b: Statement, ra: Row, rb: Row, cosine: float, counts: Told) -> dict[str, float]:
    """Every feature of the learned alignment of two statements: ``features``, the measures and
    dimensions, the rules' tests (``_PAIR_TESTS``), the marks either or only one carries, the days
    between the articles, how far the values are apart and how often each article states the measure."""
    key, other = measure(a.value), measure(b.value)
    na, nb = counts.per_doc[(a.doc_id, key)], counts.per_doc[(b.doc_id, other)]
    out = {**features(a, b, ra, rb, cosine), "same_noun": float(a.value.noun == b.value.noun),
           "agree": float(_agree(a, b)), "is_date": float(a.value.kind == "date"),
           "dimension=" + a.value.dimension: 1.0, "same_key": float(key == other),
           "inv_na": 1 / max(1, na), "inv_nb": 1 / max(1, nb), "one_each": float(na == nb == 1),
           "key_docs": float(counts.docs.get(key, 0)), "same_date": float(ra.date == rb.date),
           "log_days": math.log1p(_days_between(ra, rb)), "log_ratio": _log_ratio(a.value, b.value)}
    out.update((name, float(test(a, b, ra, rb))) for name, test in _PAIR_TESTS)
    for mark, x, y in zip(Marks._fields, a.marks, b.marks):
        out[f"{mark}_any"], out[f"{mark}_diff"] = float(bool(x) or bool(y)), float(bool(x) != bool(y))
    return out


class Alignment(NamedTuple):
    """A logistic regression over ``pair_features`` (missing features are 0) and the probability
    above which a pair is one fact though its sentences are less alike than the rules ask."""

    weights: dict[str, float]
    intercept: float
    rescue: float

    def probability(self, found: dict[str, float]) -> float:
        """The probability that two statements are one fact whose values clash (0-1, higher = surer)."""
        z = self.intercept + sum(w * found.get(name, 0.0) for name, w in self.weights.items())
        return 1 / (1 + math.exp(-z))


@lru_cache(maxsize=1)
def alignment() -> Alignment:
    """The alignment shipped with the package (``alignment.json``, fitted by ``scripts/train_alignment.py``)."""
    data = json.loads(resources.files(__package__).joinpath("alignment.json").read_text(encoding="utf-8"))
    return Alignment(data["weights"], data["intercept"], data["rescue"])


def _one_fact(a: Statement, b: Statement, ra: Row, rb: Row, cosine: float, *, paired: bool,
              counts: Told | None) -> bool:
    """Are two statements one fact? The rules' alignment (``_aligned``); for values that clash
    and given ``counts``, also a pair every test of the rules passes but for how alike its
    sentences are (aligned at cosine 1), when the learned alignment is sure: outlets word one fact in
    words of their own, so the model weighs the rules' tests with the words, verbs and nouns the
    sentences share and how often each article states the measure (``pair_features``)."""
    if _aligned(a, b, ra, rb, cosine, paired=paired):
        return True
    if counts is None or _agree(a, b) or not _aligned(a, b, ra, rb, 1.0, paired=paired):
        return False
    if _running_count(a, b, counts):
        return True
    model = alignment()
    return model.probability(pair_features(a, b, ra, rb, cosine, counts)) >= model.rescue


def _running_count(a: Statement, b: Statement, counts: Told) -> bool:
    """Are two counts of one noun, each its article's only count of that noun (``counts``), told by
    articles of two days, the later told as a running figure (``_running``: "has now rehomed 310
    dogs", "takes the number of shops shut to 14") or the earlier as it stood so far
    (``_SO_FAR_RE``)? Then they are one count's figures on two days, however else each article words it:
    a story's running count is told once an article, as its toll is."""
    key = measure(a.value)
    if a.value.dimension != "count" or key is None or key != measure(b.value) or a.date == b.date \
            or counts.per_doc[(a.doc_id, key)] != 1 or counts.per_doc[(b.doc_id, key)] != 1:
        return False
    earlier, later = sorted((a, b), key=lambda st: st.date)
    return _one_count_act(a, b) and (_running(later) or _so_far(earlier))


def _one_count_act(a: Statement, b: Statement) -> bool:
    """Do the clauses of two counts of one noun share a word but the noun's and words of time or
    change (``CUE_TERMS``), and the verbs right after the counts (``_acts``), where both have one, a word
    alike in sense, so the count is of one act? "the institute published 52 studies" / "nine studies
    from the centre have been withdrawn" share no word; "120 homes were flooded" / "450 homes had been
    evacuated at the height of the flooding" tell two acts."""
    acts = _acts(a), _acts(b)
    if all(acts) and not any(related_to_any(t, acts[1]) for t in acts[0]):
        return False
    shared = _common_terms(a.sentence.text, *_clause(a.sentence.text, a.value)) \
        & _common_terms(b.sentence.text, *_clause(b.sentence.text, b.value))
    return bool(shared - CUE_TERMS - {a.value.noun, b.value.noun} - set(terms(a.value.text + " " + b.value.text)))


def _other_kinds(a: Value, b: Value, agree: bool | None) -> bool:
    """Do two counts of one fate count other kinds of person ("three children were injured" /
    "12 people were injured", "four women" / "six men")? People of one kind are a part of those of
    another or none of them: the counts agree with ("12 men" / "12 people") but never contradict
    each other."""
    x, y = person_kind(a), person_kind(b)
    return x != y and (bool(x and y) or not agree)


def _risen_from(a: Statement, b: Statement) -> bool:
    """Does ``b``'s sentence give ``a``'s very figure as the one ``b``'s changed from, right after
    it ("about 350 officers are still searching, up from more than 200": ``former``)? Then ``b``
    tells ``a``'s fact as it stands now, however else the sentences are worded, and an open bound
    that holds both ("more than 200") agrees with neither."""
    if a.value.kind != "quantity" or a.marks.former or b.marks.former:
        return False
    text, found = b.sentence.text, [v for v in _found(b.sentence.text, b.date) if v.kind == "quantity"]
    after = [v for v in found if v.start >= b.value.end][:1]
    before = [v for v in found if v.end <= b.value.start and _CHANGED_TO_RE.fullmatch(text, v.end, b.value.start)][-1:]
    return any(_changed_from(text, v) and v.dimension == a.value.dimension and v.noun in ("", a.value.noun, b.value.noun)
               and _states(v, a.value) and a.value.high != b.value.high for v in after + before)


def _changed_from(text: str, v: Value) -> bool:
    """Is ``v`` the figure a change ran from: ``former``, or told with its noun's article ("up from
    the 4.5% offered in May", which may still answer what was offered first)?"""
    return former(text, v) or bool(_UP_FROM_RE.search(text, max(0, v.start - 30), v.start))


_UP_FROM_RE = re.compile(r"\b(?:up|down)\s{1,3}from\s{1,3}(?:the|its|their)\s{1,3}$", re.I)
# What stands between the figure a change runs from and the one it runs to ("extended from 38
# batches to 52", "widened from half a mile to one mile").
_CHANGED_TO_RE = re.compile(r"\s{1,3}to\s{1,3}(?:about\s{1,3}|some\s{1,3}|around\s{1,3}|roughly\s{1,3})?")


def _slot_elsewhere(a: Statement, b: Statement, rb: Row) -> bool:
    """Does ``b``'s sentence give the place or subject ``a``'s figure is about its own figure of
    the same measure ("Chicago has now recorded 27 heat deaths" / "the toll rose to 43, with 21
    deaths in Chicago alone")? Then ``b``'s other figure is not ``a``'s subject's. A figure of
    another subject is not ("Opposition candidates won 45% of the vote" beside "the governing
    party won 38%" against "The governing party won 41% of the vote")."""
    about = a.scope | a.subject.terms
    key = measure(b.value)
    others = (Statement(v, rb.sentence, b.row, rb.date) for v in rb.found
              if v.start != b.value.start and measure(v) == key)
    return a.value.kind == "quantity" and bool(about) and any(
        other.scope & about and not _other_subject(a, other) for other in others)


def _span_so_far(a: Statement, b: Statement) -> bool:
    """Is ``a`` a span still running when reported ("has gripped the region for five days") and
    ``b`` a longer one reported later ("ended a six-day heat wave")? The span grew: an update
    (``_runs_on``), however ``b`` is worded, no dispute."""
    return a.value.dimension == "duration" and bool(a.date) and a.date < b.date and a.value.high < b.value.low \
        and _running(a)


def _names_by_doc(rows: Sequence[Row]) -> dict[str, dict[str, set[str]]]:
    """Every name each document states, under each of its words (lower case): untyped names too
    ("to be replaced by Ann Bell" names her in another role, though no cue says she is a person)."""
    out: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        words = out.setdefault(row.sentence.doc_id, {})
        for n in proper_names(row.sentence.text):
            for w in n.text.lower().split():
                words.setdefault(w, set()).add(n.text)
    return out


def _names_both(a: Statement, b: Statement, named: dict[str, dict[str, set[str]]]) -> bool:
    """Does one statement's article state the other's name too (a name that is the other's and not
    its own: "Bell" is both "Ann Bell"'s and "Jo Bell"'s)? Then it uses both names, in other
    roles ("close the plant in X" / "move to its plant in Y"), and disputes neither."""
    def states(st: Statement, other: Statement) -> bool:
        words = named[st.doc_id]
        near = set().union(*(words.get(w, set()) for w in other.value.label.lower().split()))
        return any(same_name(n, other.value.label) and not same_name(n, st.value.label) for n in near)
    return states(a, b) or states(b, a)


def _stated_by_doc(found: Sequence[Statement]) -> dict[tuple[str, tuple[str, str, str] | None], list[Statement]]:
    """Every quantity each document states as a fact (no former value), under what it measures."""
    out: dict[tuple[str, tuple[str, str, str] | None], list[Statement]] = {}
    for st in found:
        key = measure(st.value)
        if st.value.kind == "quantity" and key is not None and not st.marks.former:
            out.setdefault((st.doc_id, key), []).append(st)
    return out


def _states_too(st: Statement, other: Statement, stated: dict[tuple[str, tuple[str, str, str] | None], list[Statement]],
                rows: Sequence[Row]) -> bool:
    """Does ``st``'s article give ``other``'s fact in another sentence: a figure of the same measure
    worded more like ``other``'s around it (``_closeness``), or as much and agreeing with it ("$21
    billion in deals" in the article that gives "a rail contract worth $8 billion")? Then ``st``
    states another fact and disputes nothing, as a name its article states in another role
    (``_names_both``); an article that gives its own figure in the other's words and the other's
    figure in other words ("take 20 hours" / "a 24-hour trip") still disputes it. A running count
    reported on another day is no such case: an article that retells the earlier toll updates it;
    nor is a figure told another way (``_marked_alike``: "a maximum of 20 years" states no term);
    nor is a tally of another turnout (``_one_vote``), another vote however alike its words, nor a
    figure the article gives as another source's (``_quoted_apart``): it reports both versions; nor
    is a figure ``other``'s sentence states too, beside ``other``'s ("fined $412m" beside "set
    aside $210 million, days after ... fined it $412 million": the words it shares are its own), nor
    one orders of magnitude from ``other``'s when ``st`` is the story's whole set and near equal to it
    (``_known_set``: "the 2,790 passengers"; "270 passengers and 48 crew" fell ill, "2,840 passengers and
    1,150 crew" on board: a part, worded alike)."""
    if other.value.noun in TALLIES and st.date != other.date:
        return False
    own = _closeness(st, other)
    whole = _known_set(st) and _near_equal(st.value, other.value)
    beside = [v for v in rows[other.row].found if v.start != other.value.start and measure(v) == measure(other.value)]
    return any(x.sentence.index != st.sentence.index and not _quoted_apart(rows[st.row], rows[x.row])
               and not any(x.value.compatible(v) for v in beside)
               and not (whole and orders_apart(x.value, other.value))
               and _marked_alike(x, other) and (near := _closeness(x, other)) >= own
               and (near > own or _agree(x, other)) and not (_tally(x.value) and _tally(other.value)
                                                             and not _one_vote(x.value, other.value))
               for x in stated.get((st.doc_id, measure(other.value)), ()))


def _value_conflicts(rows: list[Row], near: Collection[int] | None = None) -> list[Conflict]:
    """Aligned statements that agree form sides; sides joined by a direct clash form a topic
    (so two facts are never chained through a third statement that agrees with both). With
    ``near`` (rows), only the topics of those rows' statements: the pairs are judged outward from
    them, so a summary's sentences are compared without the rest of the cluster."""
    found, at = _statements(rows)
    sides = UnionFind(len(found))
    clashes: list[tuple[int, int]] = []
    links: Counter = Counter()
    named = _names_by_doc(rows)
    both: dict[tuple[str, str, str, str], bool] = {}
    # How two statements link, judged once a pair: the alignments and the topics ask it again. Keyed by
    # the statements, not by a reading copies share: a copy's article (its other figures, its sources,
    # its date) decides too, so a verdict never depends on which copy was judged first.
    decided: dict[tuple[int, int, float | None, bool], bool | None] = {}
    stated = _stated_by_doc(found)
    measures = told(found)
    candidates = _Candidates(rows, found, at)

    def judge(a: int, b: int, cos: float | None, paired: bool) -> bool | None:
        sa, sb = found[a], found[b]
        key = (a, b, cos, paired)
        if key not in decided:
            decided[key] = _link(sa, sb, rows[sa.row], rows[sb.row], cos, paired=paired, counts=measures)
        agree = decided[key]
        if agree is False and sa.value.kind == "quantity" and (_states_too(sa, sb, stated, rows)
                                                                   or _states_too(sb, sa, stated, rows)):
            return None
        if agree is False and sa.value.kind == "name":  # a question of the two articles, asked once
            pair = (sa.doc_id, sb.doc_id, sa.value.label, sb.value.label)
            if pair not in both:
                both[pair] = _names_both(sa, sb, named)
            return None if both[pair] else agree
        return agree

    # Two sentences that state one quantity are aligned: each of their days is compared value by
    # value ("in a move that will cost about $3.2 million" / "will cost $2.8 million, is due on").
    # So are the other counts of one counted noun they list ("84,310 votes in favor and 53,460
    # against" / "87,920 votes for and 56,680 against"), already paired one to one (``_paired``).
    aligned: dict[tuple[int, int], tuple[bool, set[_Key]]] = {}

    def alignment(first: int, second: int) -> tuple[bool, set[_Key]]:
        """Do two rows state one quantity, and the measures of the counts they both state."""
        if (first, second) not in aligned:
            between = [(a, found[a].value, b, cos) for _, a, b, cos in candidates.between(first, second)]
            aligned[(first, second)] = aligned[(second, first)] = (
                any(v.kind == "quantity" and judge(a, b, cos, False) is not None for a, v, b, cos in between),
                {measure(v) for a, v, b, cos in between
                 if v.dimension == "count" and judge(a, b, cos, False) is not None})
        return aligned[(first, second)]

    todo = list(range(len(found))) if near is None else [k for r in sorted(near) for k in at.get(r, ())]
    reached, judged = set(todo), set()
    while todo:
        for cid, a, b, cos in candidates.of(todo.pop()):
            if cid in judged:
                continue
            judged.add(cid)
            sa, sb = found[a], found[b]
            quantity, counts = alignment(sa.row, sb.row) if sa.value.kind == "date" or sa.value.dimension == "count" \
                else (False, set())
            agree = judge(a, b, cos, sa.value.kind == "date" and quantity
                          or sa.value.dimension == "count" and measure(sa.value) in counts)
            if agree is None:
                continue
            links[id(sa)] += 1
            links[id(sb)] += 1
            if agree:
                sides.union(a, b)
            else:
                clashes.append((a, b))
            todo += [x for x in (a, b) if x not in reached]
            reached.update((a, b))
    topics = UnionFind(len(found))
    for a, b in clashes:
        topics.union(sides.find(a), sides.find(b))
    clashing = {sides.find(k) for pair in clashes for k in pair}
    members: dict[int, list[Statement]] = {}
    for k in range(len(found)):
        if sides.find(k) in clashing:
            members.setdefault(topics.find(sides.find(k)), []).append(found[k])
    clashed = {frozenset((id(found[a]), id(found[b]))) for a, b in clashes}
    out = (_conflict(members[root], links, clashed, rows) for root in sorted(members))
    return [c for c in out if c]


_FIRST_RE = re.compile(r"\bfirst\b", re.I)
_SINCE_RE = re.compile(r"\bsince\b", re.I)


def _first_since(a: str, b: str) -> bool:
    """"The first X since 1990" says what "no X since 1990" says: both sides agree."""
    positive = a if polarity(a) > 0 else b
    return bool(_SINCE_RE.search(a) and _SINCE_RE.search(b) and _FIRST_RE.search(positive))


def _claim_words(claim: str, denial: str) -> str:
    """The claim's first five content words that its denial repeats, as the claim writes them
    ("valve failure caused blast"), or its first five when the denial only points back to it
    ("rejects that"): a topic a reader can read."""
    denied = set(terms(denial))
    spans = term_spans(claim)
    shown = [m.group() for at, t in spans if t in denied and (m := WORD_RE.match(claim, at))] \
        or [m.group() for at, _ in spans if (m := WORD_RE.match(claim, at))]
    return " ".join(list(dict.fromkeys(shown))[:5])


def _done_since(ra: Row, rb: Row, a_denies: bool) -> bool:
    """Does the denial of two rows say the act has not happened yet (``polarity.not_yet``) in an article dated
    before the claim's? The claim then tells the act done since."""
    denial, claim = (ra, rb) if a_denies else (rb, ra)
    return bool(denial.date and claim.date) and denial.date < claim.date and not_yet(denial.sentence.text)


def _rebutted_apart(ra: Row, rb: Row, a_denies: bool) -> bool:
    """Do two sentences of one article give a claim and its rebuttal by two sources (``_quoted_apart``):
    the denial a quotation named after its speaker or a reported denial ('"There were never any
    plans to close it," a spokesman said.')? A negative sentence in the article's account is no rebuttal."""
    denial = (ra if a_denies else rb).sentence.text
    return _quoted_apart(ra, rb) and (speaker_at(denial) is not None or reports_denial(denial))


def _claimed(row: Row) -> Row:
    """``row`` with only the values of its claim: not those after a quotation, where its speaker is
    named ('"...," a spokesman said last night': when it was said, no day of the claim)."""
    said = speaker_at(row.sentence.text)
    return row if said is None else replace(row, found=tuple(v for v in row.found if v.start < said))


# "before" or "until" opening the phrase a day closes ("received no reports of cracking before the slip on
# 9 February", "no record of any call until 15 May"): in a denial the day ends the stretch it denies. Bounded: linear.
_STRETCH_END_RE = re.compile(r"\b(?:before|until|till)\s{1,3}(?:[a-z][\w'’-]{0,30}\s{1,3}){0,4}?$", re.I)


def _in_denied_stretch(denial: Row, claim: Row) -> Row:
    """``denial`` without the days that end the stretch it denies (``_STRETCH_END_RE``) when every day
    ``claim`` states falls before them: "he reported cracks to the agency in November" / "the agency
    received no reports of cracking before the slip on 9 February" deny one act, on no other day."""
    text = denial.sentence.text
    days = [v.high for v in claim.found if v.kind == "date" and v.dimension == "date"]
    ends = {v.start for v in denial.found if v.kind == "date" and v.dimension == "date" and days
            and max(days) <= v.low and _STRETCH_END_RE.search(text, max(0, v.start - 60), v.start)}
    return replace(denial, found=tuple(v for v in denial.found if v.start not in ends)) if ends else denial


# A sentence that opens a quotation ('"No agency staff were used.'), its speaker named further on.
_OPENS_QUOTE_RE = re.compile(r"\s{0,3}[\"“]")


def _denier_words(denial: Sentence,
                  sentences: dict[tuple[str, int], Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """The denier's own words shown with a denial, those before it and those after it. Before: the quotation
    named after its speaker that a denial opening a quotation of no speaker goes on from ('"The pump was
    working," a spokesman said.' / '"Any claim that it failed is untrue."'). After: the rest of a quotation the
    denial leaves open ('X said: "We did not find it.' / 'Its position is 40 km away."'), up to ``QUOTE_RUN``
    sentences; the quotation right after a reported denial ("X denied the union's claim." / '"No agency
    staff were used," a spokeswoman said.', or a quotation whose speaker is named after its last sentence);
    or the sentence after one that only calls a claim false ("This is not true." / "The depot was never
    closed.")."""
    prior = sentences.get((denial.doc_id, denial.index - 1))
    before = [prior] if prior and _OPENS_QUOTE_RE.match(denial.text) and speaker_at(denial.text) is None \
        and speaker_at(prior.text) is not None else []
    after = sentences.get((denial.doc_id, denial.index + 1))
    if after and (reports_denial(denial.text) and (
            speaker_at(after.text) is not None or _OPENS_QUOTE_RE.match(after.text))
            or calls_told_claim_false(denial.text)):
        return before, [after]
    run: list[Sentence] = []
    open_ = _leaves_open(denial.text)
    while open_ and len(run) < QUOTE_RUN and (nxt := sentences.get((denial.doc_id, denial.index + len(run) + 1))):
        run.append(nxt)
        open_ = not any(mark in _QUOTE_TOGGLES for mark in nxt.text)
    return before, run


# A quotation mark that opens: a curly one, or a straight one at the start or after a space ('said: "We').
_OPENING_MARK_RE = re.compile(r"(?:^|(?<=\s))\"|“")
_ANY_MARK_RE = re.compile(r"[\"“”]")


def _leaves_open(text: str) -> bool:
    """Does ``text`` end inside a quotation: its last quotation mark opens one ('X said: "We never found it.')?"""
    marks = list(_ANY_MARK_RE.finditer(text))
    return bool(marks) and _OPENING_MARK_RE.match(text, marks[-1].start()) is not None


# How many sentences after a denial the rest of a quotation it leaves open is shown (the denier's reasons).
QUOTE_RUN = 3


# How many sentences back a denial that only points back may answer its claim: the claimant's own quotation
# may stand between ("X claims C." / three sentences of X's words / "The firm rejects the claim entirely.").
CLAIM_REACH = 5


# What a quotation mark does to an open quotation: opens it, closes it, or (a straight mark) turns it over.
_QUOTE_TOGGLES: dict[str, bool | None] = {"“": True, "”": False, '"': None}


def _quoting(texts: Sequence[str]) -> bool:
    """Are ``texts``, in reading order, all one speaker's quotation: each opens with a quotation mark or is
    read while one is open?"""
    open_ = False
    for text in texts:
        if not open_ and not _OPENS_QUOTE_RE.match(text):
            return False
        for mark in text:
            if mark in _QUOTE_TOGGLES:
                toggled = _QUOTE_TOGGLES[mark]
                open_ = not open_ if toggled is None else toggled
    return True


def _rows_before(at: dict[tuple[str, int], int], key: tuple[str, int]) -> list[int]:
    """The rows of the CLAIM_REACH sentences of an article before the one at ``key``, nearest first."""
    doc, index = key
    found = (at.get((doc, index - back)) for back in range(1, CLAIM_REACH + 1))
    return [c for c in takewhile(lambda c: c is not None, found) if c is not None]


def _answered(rows: list[Row], denials: Sequence[int]) -> set[tuple[int, int]]:
    """The (claim, denial) rows of denials that answer the claims their article told before them: the last
    one, right before or before its claimant's quotation, and the quotation's sentences that name their
    speaker (``answers``: "The residents' group repeated its claim that ..." / "A council spokesman rejected
    that."), each pair in row order."""
    at = {r.sentence.key: k for k, r in enumerate(rows)}
    out = set()
    for k in denials:
        before = _rows_before(at, rows[k].sentence.key)
        for n, c in enumerate(before):
            claim = rows[c].sentence.text
            if not claimant_of(claim):
                continue
            between = [rows[b].sentence.text for b in reversed(before[:n])]
            if _quoting(between) and answers(claim, rows[k].sentence.text):
                out.add((min(c, k), max(c, k)))
            if not _OPENS_QUOTE_RE.match(claim):
                break  # a claim told in the article's words: the last one it answers
    return out


def _with_deniers(rows: list[Row], near: Collection[int]) -> list[int]:
    """The rows ``near`` and the ``QUOTE_RUN`` sentences before each and the one after, in row order: a denial's
    side shows the denier's quotation around it (``_denier_words``), so a claim that quotation takes a side in
    is found from it too."""
    at = {r.sentence.key: k for k, r in enumerate(rows)}
    around = (at.get((rows[k].sentence.doc_id, rows[k].sentence.index + d)) for k in near
              for d in range(-QUOTE_RUN, 2) if d)
    return sorted({*near, *(k for k in around if k is not None)})


def _polarity_conflicts(rows: list[Row], near: Collection[int] | None = None) -> list[Conflict]:
    """Claims and their denials in other documents: one side affirms, the other denies. With
    ``near`` (rows), only the claims those rows take part in, followed outward from them."""
    uf = UnionFind(len(rows))
    linked: set[int] = set()
    signs = [polarity(r.sentence.text) for r in rows]
    # a pair needs a denial: only the denials' nearest sentences are searched
    denials = [k for k, sign in enumerate(signs) if sign < 0]
    partners: dict[int, list[int]] = {}
    answered = _answered(rows, denials)
    for i, j, _ in [*_sentence_pairs(rows, [r.sentence.text for r in rows], POLARITY_FLOOR, queries=denials,
                                     apart=lambda a, b: _rebutted_apart(rows[a], rows[b], signs[a] < 0)),
                    *((i, j, 0.0) for i, j in answered)]:
        if signs[i] != signs[j]:
            partners.setdefault(i, []).append(j)
            partners.setdefault(j, []).append(i)
    todo = list(range(len(rows))) if near is None else _with_deniers(rows, near)
    reached, judged = set(todo), set()
    claims: dict[tuple[str, str], bool] = {}  # copies of a sentence ask one question
    while todo:
        k = todo.pop()
        for i, j in (tuple(sorted((k, x))) for x in partners.get(k, ())):
            if (i, j) in judged:
                continue
            judged.add((i, j))
            texts = (rows[i].sentence.text, rows[j].sentence.text)
            if texts not in claims:
                claims[texts] = contradicts(*texts) and not _first_since(*texts)
            # "did not reopen on Wednesday" / "... Friday": two days, no claim and its denial
            first, second = _claimed(rows[i]), _claimed(rows[j])
            first, second = (_in_denied_stretch(first, second), second) if signs[i] < 0 \
                else (first, _in_denied_stretch(second, first))
            # a denial that only points back states no day or figure of the claim: its days are when it was said
            if _done_since(rows[i], rows[j], signs[i] < 0):
                continue  # "has not yet named the men" / days on, "has named the men": what came after
            if (i, j) in answered or claims[texts] and not _values_clash(first, second):
                uf.union(i, j)
                linked.update((i, j))
                todo += [x for x in (i, j) if x not in reached]
                reached.update((i, j))
    topics: dict[int, list[int]] = {}
    for k in sorted(linked):
        topics.setdefault(uf.find(k), []).append(k)
    sentences = {r.sentence.key: r.sentence for r in rows}
    out = []
    for members in topics.values():
        sides = []
        for sign in (1, -1):
            said = [rows[k].sentence for k in members if signs[k] == sign]
            before, after = _denier_words(said[0], sentences)
            shown = before + [said[0]] + after
            sides.append(Side(stance(said[0].text), " ".join(s.text for s in shown),
                              tuple(sorted({s.doc_id for s in said})), tuple(sorted({s.key for s in said + shown}))))
        out.append(Conflict(f"claim: {_claim_words(sides[0].text, sides[1].text)}", "polarity", tuple(sides)))
    return out + _denied_in_turn(rows, near)


def _denied_in_turn(rows: list[Row], near: Collection[int] | None) -> list[Conflict]:
    """Claims denied in the sentence that tells them ("The union claims C; the firm has denied this.", "..., which
    the firm denies": ``polarity.denied_in_turn``), one disagreement each, its sides the claim and the denial
    (the claim's stance and the other): found from that sentence alone, whatever else it takes a side in."""
    out = []
    for k in sorted(range(len(rows)) if near is None else near):
        sentence = rows[k].sentence
        at = denied_in_turn(sentence.text)
        if at is None:
            continue
        claim, denial = sentence.text[:at], sentence.text[at:].lstrip(";, ")
        said = {stance(claim): claim, "denies" if polarity(claim) > 0 else "affirms": denial}
        sides = tuple(Side(s, said[s], (sentence.doc_id,), (sentence.key,)) for s in ("affirms", "denies"))
        out.append(Conflict(f"claim: {_claim_words(claim, denial)}", "polarity", sides))
    return out


# The kinds of name a person's may be read as: a name without a cue is left untyped ("name").
_PERSON_NAMES = frozenset({"person", "name"})


def _swapped_names(rows: list[Row]) -> list[Conflict]:
    """A person named in some documents with first name and surname swapped (``swapped_pairs``:
    "Lindsey Germaine" / "Jermaine Lindsay"): a disagreement of kind ``"name"``, one side per
    spelling, unless one document writes both."""
    said: dict[str, list[Sentence]] = {}
    for row in rows:
        for n in proper_names(row.sentence.text):
            if n.kind in _PERSON_NAMES and len(n.text.split()) == 2:
                said.setdefault(n.text, []).append(row.sentence)
    out = []
    for a, b in swapped_pairs(said):
        sides = sorted((Side(name, said[name][0].text, tuple(sorted({s.doc_id for s in said[name]})),
                             tuple(sorted({s.key for s in said[name]}))) for name in (a, b)),
                       key=lambda side: (-len(side.sources), side.sources, side.value))
        if not set(sides[0].sources) & set(sides[1].sources):
            out.append(Conflict("name of the person", "name", tuple(sides)))
    return out


def find_conflicts(groups: Sequence[Group], dates: dict[str, str] | None = None, *,
                   near: Sequence[Group] | None = None) -> list[Conflict]:
    """Every disagreement among ``groups``' sentences; ``dates`` maps a document id to its ISO
    date (resolves relative dates and tells updates from disagreements). With ``near`` (some of
    ``groups``), at least those ``touching`` them, found without judging the rest of the cluster:
    what a summary shows under its few sentences."""
    rows = _rows(groups, dates or {})
    keys = None if near is None else {m.key for g in near for m in g.members}
    at = None if keys is None else [r for r, row in enumerate(rows) if row.sentence.key in keys]
    return _value_conflicts(rows, at) + _swapped_names(rows) + _polarity_conflicts(rows, at)


def touching(conflicts: Sequence[Conflict], groups: Sequence[Group]) -> list[Conflict]:
    """The conflicts that a sentence of ``groups`` takes a side in, in their original order."""
    keys = {m.key for g in groups for m in g.members}
    return [c for c in conflicts if any(k in keys for side in c.sides for k in side.positions)]
