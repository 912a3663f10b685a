"""Short answers taken from retrieved evidence: a number, a date, a person, a place, a reason.

The question's wording says what kind of answer it wants (``analyse``); candidates of that
kind are found in the evidence sentences (``candidates``) and scored by the evidence's rank,
their closeness to the question's words, and how many evidence sentences repeat them. When
the best evidence misses the question's key terms, the answer is ``None`` ("no answer").
"""
from __future__ import annotations

import math
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from ..text.dates import CALENDAR_WORDS, weekday_pattern
from ..text.tokens import STOP_WORDS, normalise_word, stem, terms

_NUMBER_WORDS = ("hundreds|thousands|millions|billions|dozens|hundred|thousand|million|billion|dozen|"
                 "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                 "thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|"
                 "eight|nine|ten|half")
_NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?(?:st|nd|rd|th)?|"
        rf"(?:{_NUMBER_WORDS})\b(?:[- ](?:{_NUMBER_WORDS})\b)*|(?:fir|seco|thi|four|fif|six|seven|eigh|nin|ten)(?:st|nd|rd|th))")
_QUALIFIER = (r"(?:(?:about|around|roughly|nearly|almost|over|more than|less than|fewer than|up to|at least|"
              r"some|approximately|an estimated|tens of|hundreds of|the first)\s+)?")
NUMBER_RE = re.compile(rf"(?<![\w.,])(?:{_QUALIFIER})(?:[$€£¥]\s?)?{_NUM}(?:\s?(?:%|per ?cent|percent))?(?!\w)", re.I)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = f"(?:{weekday_pattern()})"
DATE_RE = re.compile(
    rf"\b(?:{_WEEKDAY}(?:\s*\(?{_MONTH}\s+\d{{1,2}}\)?)?|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|"
    rf"\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{4}}|(?:1[5-9]|20)\d\d(?:s)?|"
    rf"\d{{1,2}}[:.]\d\d\s?(?:am|pm)?|\d{{1,2}}\s?(?:am|pm))(?!\w)")
_CAP = r"[A-Z][\w’'\-]*"
NAME_RE = re.compile(rf"{_CAP}(?:\s+(?:(?:of|the|de|al|bin|van|von)\s+)?{_CAP})*")
QUOTED_RE = re.compile(r"[“\"‘']([^”\"’']{3,60})[”\"’']")

_ROLE_NOUNS = frozenset(stem(w) for w in (
    "person people man woman leader president minister official lawmaker aide spokesman spokeswoman "
    "expert analyst director chief secretary diplomat general commander envoy premier king queen prince "
    "chancellor governor mayor senator adviser advisor correspondent journalist judge officer "
    "member sister brother wife husband father mother son daughter relative").split())
_ORG_NOUNS = frozenset(stem(w) for w in (
    "agency newspaper paper outlet broadcaster network channel service party ministry organisation "
    "organization company firm group council committee department university institute tank bank "
    "union alliance bloc court army navy station media police force").split())
_PLACE_NOUNS = frozenset(stem(w) for w in (
    "city country town village region province state capital place square border location nation "
    "island district area port").split())
_TIME_NOUNS = frozenset(stem(w) for w in "day year month date time week decade century hour".split())
_COUNT_NOUNS = frozenset(stem(w) for w in "anniversary percentage number figure amount total".split())
_TITLES = frozenset("mr mrs ms dr president minister leader premier chancellor king queen prince secretary "
                    "spokesman spokeswoman official aide general director chief lawmaker senator governor "
                    "mayor foreign prime vice deputy".split())
_ORG_WORDS = _ORG_NOUNS | {stem(w) for w in "sinmun news times post center centre office assembly agency".split()}
_PLACE_PREPOSITIONS = frozenset("in at to from into near towards toward across through via visit visited".split())
_PLACE_SUFFIXES = frozenset(stem(w) for w in "region province square station city state county district".split())
_TIME_UNITS = frozenset(stem(w) for w in "hours minutes seconds days weeks months years hour minute day week month year".split())
_UNITS = _TIME_UNITS | frozenset(stem(w) for w in (
    "km kilometres kilometers miles metres meters kg tonnes tons percent kn mph kph feet").split())
_SPEED_RE = re.compile(r"\b(?:per hour|an hour|a hour|km/h|kmh|kph|mph|miles per hour|knots)\b", re.I)
# Cause cues, strongest first: a stated cause beats a purpose, which beats a bare "as".
_REASON_CUES = (
    (1.0, r"because(?: of)?|due to|owing to|as a result of|for fear of|fear of|in response to|thanks to|in exchange for"),
    (0.8, r"in order to|so as to|to avoid|to mark|to celebrate|to commemorate|to honou?r"),
    (0.5, r"as|since"),
)
_REASON_RES = tuple((w, re.compile(rf"\b(?:{cues})\s+([^.;:!?]+)", re.I)) for w, cues in _REASON_CUES)
_CLAUSE_END_RE = re.compile(
    r",(?!\d)|\s(?:but|while|which|who|where|when|with)\s|\sand\s(?=(?:he|she|it|they|we|the|a|an|his|her|its|their)\b|\w+(?:s|ed)\b)")
_FRAME = frozenset(stem(w) for w in (
    "what which who whom whose when where why how many much long far fast old name called nickname "
    "does do did is are was were the a an like kind sort type").split())


REPEAT_WEIGHT = 0.3
_AUX = frozenset("is are was were do does did has have had will would can could should may might".split())


@dataclass(frozen=True)
class Query:
    """What a question asks for: ``kind`` of answer, the noun it asks about (stemmed)."""

    kind: str
    focus: str | None = None
    terms: frozenset[str] = frozenset()


def _counted_noun(rest: str) -> str | None:
    """The noun a "how many ..." question counts: the first plural among its next content
    words ("how many of the North Korean troops ..." -> troop), else the first content word."""
    tokens = re.findall(r"[\w'-]+", rest)
    aux = next((i for i, w in enumerate(tokens) if w in _AUX), len(tokens))
    content = [w for w in tokens[:aux] if w not in STOP_WORDS][:5]
    plural = next((w for w in content if w.endswith("s") and not w.endswith("ss")), None)
    chosen = plural or (content[-1] if content else None)
    return stem(chosen) if chosen else None


def _noun_kind(noun: str) -> str | None:
    n = stem(noun.lower())
    for kind, nouns in (("person", _ROLE_NOUNS), ("org", _ORG_NOUNS), ("place", _PLACE_NOUNS),
                        ("date", _TIME_NOUNS), ("number", _COUNT_NOUNS)):
        if n in nouns:
            return kind
    return None


def analyse(question: str) -> Query:
    """The kind of answer ``question`` wants: number, duration, speed, date, person, org,
    place, name, reason or other (answered from the best sentence), with its key terms."""
    return replace(_classify(question), terms=frozenset(key_terms(question)))


def _classify(question: str) -> Query:
    q = " ".join(question.lower().replace("’", "'").split())
    m = re.search(r"\bhow (?:many|much)\b(.*)", q)
    if m:
        return Query("number", _counted_noun(m.group(1)))
    for pattern, kind in ((r"\bhow long\b", "duration"), (r"\bhow fast\b|\bwhat speed\b|\bspeed\b", "speed"),
                          (r"\bhow far\b|\bwhat distance\b", "number"), (r"\bhow old\b", "number"),
                          # "when", "where", "why" ask only when they open the question
                          # ("What was he wearing when ..." asks for a thing, not a date).
                          (r"^\W*(?:and |so |but )?when\b|\bsince when\b|\bwhat time\b", "date"),
                          (r"^\W*(?:and |so |but )?where\b|\bin what place\b", "place"),
                          (r"^\W*(?:and |so |but )?why\b|\bfor what reason\b|\bin exchange for\b|\boccasion\b", "reason")):
        if re.search(pattern, q):
            return Query(kind)
    if re.search(r"\b(?:name|called|nickname|dubbed|known as)\b", q) and not re.search(r"\bwho\b", q):
        # "the name of the foreign minister" asks for a person, "the name of the train" for a name.
        named = [(k, w) for w in re.findall(r"[\w'-]+", q) if (k := _noun_kind(w)) in ("person", "org", "place")]
        return Query(named[-1][0], stem(named[-1][1])) if named else Query("name")
    which = re.search(r"\b(?:which|what)\s+((?:[\w'-]+\s*){1,5})", q)
    if which:
        # The head noun is the last classified word before the verb: "which European Union leader is".
        window = which.group(1).split()
        verb = next((i for i, w in enumerate(window)
                     if w in _AUX or (i and w.endswith("ed") and _noun_kind(w) is None)), len(window))
        window = window[:verb]
        kinds = [(k, w) for w in window if (k := _noun_kind(w))]
        if kinds:
            return Query(kinds[-1][0], stem(kinds[-1][1]))
    if re.search(r"\b(?:who|whom|whose)\b", q):
        return Query("person")
    return Query("other")


def question_kind(question: str) -> str:
    """Shortcut for ``analyse(question).kind``."""
    return analyse(question).kind


_TYPE_NOUNS = _TIME_NOUNS | _PLACE_NOUNS | _COUNT_NOUNS
# "which city", "what day of the week": the noun names the answer's type, not its content.
_TYPE_WORD_RE = re.compile(r"\b(?:which|what|whose)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)", re.I)


def key_terms(question: str) -> list[str]:
    """The question's content terms, minus the words that only frame a question and the
    noun that names the kind of answer ("which city", "what year")."""
    typed = {t for m in _TYPE_WORD_RE.finditer(question) for t in terms(m.group(1)) if t in _TYPE_NOUNS}
    return [t for t in terms(question) if t not in _FRAME and t not in typed]


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Lower-cased country names (pycountry ships them; sumy already depends on it)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry comes with sumy
        return frozenset()
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            if getattr(c, attr, None):
                names.add(getattr(c, attr).lower())
    return frozenset(names | {"russia", "north korea", "south korea", "iran", "syria", "vietnam", "britain", "uk", "us"})


def _number_spans(text: str, query: Query) -> list[tuple[str, int, float]]:
    out = []
    for m in NUMBER_RE.finditer(text):
        value, end = m.group(0), m.end()
        if re.fullmatch(r"(?:1[5-9]|20)\d\d", value) and query.kind == "number":
            continue  # a year is a date, not a count
        after = list(re.finditer(r"[\w’'/-]+|\([^()]{1,30}\)", text[end:end + 60]))[:5]
        follow = [stem(a.group().lower().strip("()")) for a in after]
        if query.kind == "speed":
            tail = _SPEED_RE.search(text, end, end + 40)
            if not tail:
                continue
            out.append((text[m.start():tail.end()], m.start(), 1.0))
            continue
        if query.focus and query.focus in follow[:4]:
            # "90 carriages" keeps its noun; "26 other world leaders" is answered "26".
            k = follow.index(query.focus)
            out.append((text[m.start():end + after[k].end()] if k == 0 else value, m.start(), 1.0))
            continue
        unit = follow[0] if follow else ""
        glued = re.match(r"[-]?([a-zA-Z]+)", text[end:end + 12])
        if glued and stem(glued.group(1).lower()) in _UNITS and not text[end:end + 1].isspace():
            unit, value = stem(glued.group(1).lower()), text[m.start():end + glued.end()]
        elif unit in _UNITS:
            value = text[m.start():end + after[0].end()]
        if query.kind == "duration" and unit not in _TIME_UNITS:
            continue
        out.append((value, m.start(), 1.0))
    return out


def _is_demonym(word: str) -> bool:
    """"Korean", "Russian", "Slovak": a nationality adjective, not a name."""
    w = word.lower()
    return any(w != c and w.startswith(c[:max(4, len(c) - 2)]) and len(w) - len(c) <= 3
               for c in _country_words())


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Single words of country names ("korea" from "north korea"), for nationality adjectives."""
    return frozenset(w for c in _countries() for w in re.findall(r"[a-z]{4,}", c)
                     if w not in {"republic", "united", "kingdom", "islands", "democratic", "people", "states", "federation"})


def _trim_name(tokens: list[str]) -> int:
    """How many leading tokens are a possessor or a title ("Russia’s", "Slovak Prime Minister")."""
    cut = 0
    for i, t in enumerate(tokens[:-1]):
        n = normalise_word(t)
        if n.endswith("'s") or n in _TITLES:
            cut = i + 1
    return cut


def _name_spans(text: str, query: Query) -> list[tuple[str, int, float]]:
    out = []
    countries = _countries()
    for m in NAME_RE.finditer(text):
        toks = m.group(0).split()
        cut = _trim_name(toks)
        start = m.start() + sum(len(t) + 1 for t in toks[:cut])
        toks = toks[cut:]
        span = " ".join(toks).removesuffix("’s").removesuffix("'s")
        lowered = [normalise_word(t).removesuffix("'s") for t in toks]
        if m.start() == 0 and len(toks) == 1 or all(t in CALENDAR_WORDS for t in lowered):
            continue
        stems = {stem(t) for t in lowered}
        following = re.match(r"\s+([a-z]+)", text[m.end():])
        is_org = (bool(stems & _ORG_WORDS) or bool(re.fullmatch(r"[A-Z]{2,6}", span))
                  or bool(following and stem(following.group(1)) in _ORG_WORDS))
        is_country = " ".join(lowered) in countries
        before = text[:m.start()].split()
        prev = normalise_word(before[-1]) if before else ""
        prior = 1.0
        if query.kind == "person":
            if is_org or is_country or _is_demonym(lowered[-1]):
                continue
            prior = 1.5 if len(toks) >= 2 else 0.7  # people are named in full at least once
        elif query.kind == "org" and not is_org:
            continue
        elif query.kind == "place":
            if query.focus in _PLACE_NOUNS and query.focus not in (stem("country"), stem("nation")) and is_country:
                continue
            if not (prev in _PLACE_PREPOSITIONS or is_country or stems & _PLACE_SUFFIXES
                    or stem(prev) in query.terms):
                continue
            prior = 1.5 if stems & _PLACE_SUFFIXES else 1.0
        out.append((span, start, prior))
    if query.kind == "name":
        out += [(m.group(1), m.start(1), 1.0) for m in QUOTED_RE.finditer(text)]
    return out


def _reason_spans(text: str) -> list[tuple[str, int, float]]:
    out = []
    for weight, rx in _REASON_RES:
        for m in rx.finditer(text):
            clause = m.group(1)
            cut = _CLAUSE_END_RE.search(clause)
            if cut and cut.start() >= 8:
                clause = clause[:cut.start()]
            out.append((clause.strip(" ,\"'“”"), m.start(1), weight))
    return out


def candidates(text: str, query: Query) -> list[tuple[str, int, float]]:
    """Candidate answers of the kind ``query`` wants in ``text``: (string, offset, prior weight)."""
    if query.kind in ("number", "duration", "speed"):
        return _number_spans(text, query)
    if query.kind == "date":
        return [(m.group(0), m.start(), 1.0) for m in DATE_RE.finditer(text)]
    if query.kind in ("person", "org", "place", "name"):
        return _name_spans(text, query)
    if query.kind == "reason":
        return _reason_spans(text)
    return []


def answer_window(text: str, qterms: set[str], *, max_words: int = 12) -> str | None:
    """The longest run of the sentence that the question does not already say, from the
    first question term on, cut at a clause boundary; ``None`` when no short run stands out."""
    toks = [(m.start(), m.end(), terms(m.group())) for m in re.finditer(r"[^\s,;:()]+", text)]
    hits = [i for i, (_, _, t) in enumerate(toks) if set(t) & qterms]
    if not hits:
        return None
    runs, start = [], hits[0] + 1
    for i in hits[1:] + [len(toks)]:
        if i > start:
            runs.append((start, i))
        start = i + 1
    if not runs:
        return None
    # The answer usually follows the question's last word in the sentence; else take the longest run.
    tail = runs[-1] if runs[-1][1] == len(toks) and runs[-1][1] - runs[-1][0] >= 2 else None
    best = tail or max(runs, key=lambda r: (r[1] - r[0], -r[0]))
    a, b = best
    while a < b and not toks[a][2]:  # leading function words ("is", "to", "such as")
        a += 1
    span = text[toks[a][0]:toks[b - 1][1]] if a < b else ""
    span = _CLAUSE_END_RE.split(span, maxsplit=1)[0] if len(span.split()) > max_words else span
    span = span.strip(" .,;:\"'“”")
    return span if 1 <= len(span.split()) <= max_words else None


def closeness(text: str, offset: int, weights: dict[str, float]) -> float:
    """How near ``offset`` the question's terms stand in ``text``: for each term, its weight
    over (1 + half the content words to its nearest occurrence), summed and divided by the total
    weight; 1 = every term right beside it, 0 = none in the sentence. Rare terms weigh more."""
    toks = [(m.start(), t) for m in re.finditer(r"\S+", text) for t in terms(m.group())[:1]]
    here = sum(1 for s, _ in toks if s < offset)
    total = sum(weights.values())
    near = 0.0
    for term, w in weights.items():
        # A modifier usually follows what it modifies ("crossed ... on Tuesday"), so words
        # after the candidate count as three times as far as words before it.
        gaps = [here - i if i < here else 3 * (i - here) for i, (_, t) in enumerate(toks) if t == term]
        if gaps:
            near += w / (1.0 + min(gaps) / 2.0)
    return near / total if total else 0.0


def _present(term: str, have: set[str]) -> bool:
    """``term`` or a close form of it is in ``have``: "korea" meets "korean", "china" "chines"."""
    if term in have:
        return True
    return any(len(p := os.path.commonprefix((term, h))) >= 4 and len(p) >= 0.8 * min(len(term), len(h))
               for h in have)


class Answerer:
    """Picks a short answer from evidence; abstains when the evidence misses the question.

    ``coverage`` is the share of the question's key-term weight (idf over the indexed
    sentences) that the best evidence must contain; below it the answer is ``None``.
    Candidates come from the first ``depth`` evidence sentences, deeper only if none has one.
    """

    def __init__(self, texts: Sequence[str], *, coverage: float = 0.5, depth: int = 5) -> None:
        self.coverage = coverage
        self.depth = depth
        df: Counter = Counter()
        for t in texts:
            df.update(set(terms(t)))
        self._df = df
        self._n = max(len(texts), 1)

    def idf(self, term: str) -> float:
        return math.log((self._n + 1) / (self._df.get(term, 0) + 0.5))

    def covered(self, question: str, evidence: Sequence[str]) -> float:
        """Idf-weighted share of the question's key terms found in the first evidence."""
        q = set(key_terms(question))
        if not q:
            return 0.0
        have = set(terms(evidence[0])) if evidence else set()
        total = sum(self.idf(t) for t in q)
        return sum(self.idf(t) for t in q if _present(t, have)) / total if total else 0.0

    def answer(self, question: str, evidence: Sequence[str], scores: Sequence[float]) -> str | None:
        """The short answer to ``question`` from ``evidence`` (best first), or ``None``."""
        if not evidence or self.covered(question, evidence) < self.coverage:
            return None
        query = analyse(question)
        if query.kind == "other":
            return answer_window(evidence[0], set(key_terms(question))) or evidence[0]
        qwords = {normalise_word(w).removesuffix("'s") for w in re.findall(r"\w+", question)}
        weights = {t: self.idf(t) for t in query.terms}
        top = max(scores[0], 1e-9)
        found: dict[str, list[float]] = {}
        shown: dict[str, str] = {}
        for rank, (text, score) in enumerate(zip(evidence, scores)):
            if rank == self.depth and found:
                break  # deeper evidence is only searched when the first has no candidate
            for span, offset, prior in candidates(text, query):
                toks = [normalise_word(w).removesuffix("'s") for w in re.findall(r"\w+", span)]
                content = [t for t in toks if t not in STOP_WORDS]
                # A name the question already gives is not its answer ("Kim" for "Who is Kim's sister?").
                if not content or all(t in qwords for t in content) and query.kind not in ("number", "duration", "speed", "date"):
                    continue
                weight = prior * (score / top) * (0.1 + closeness(text, offset, weights))
                if query.kind == "name" and re.search(r"(?:called|named|dubbed|known as|described as)\W*$", text[:offset]):
                    weight *= 3.0
                key = " ".join(toks)
                found.setdefault(key, []).append(weight)
                shown.setdefault(key, span)
        if not found:
            return evidence[0]
        # The best single mention counts most; repetition across evidence adds a little.
        total = {k: max(v) + REPEAT_WEIGHT * (sum(v) - max(v)) for k, v in found.items()}
        best = max(total, key=lambda k: (total[k], -len(k)))
        return shown[best]
