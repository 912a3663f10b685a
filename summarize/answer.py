"""Short answers taken from retrieved evidence: a number, a date, a name, a place or a reason.

The question's wording says what kind of answer it wants; candidates of that kind are
found in the evidence sentences and scored by the evidence's rank, their closeness to the
question's words, and how many evidence sentences repeat them. When the evidence does
not cover the question's key terms, the answer is ``None`` ("no answer"), not a guess.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from .tokens import STOP_WORDS, normalise_word, stem, terms, words

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                 r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                 r"eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|"
                 r"dozen|dozens|half")
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{_NUMBER_WORDS})(?:[- ](?:{_NUMBER_WORDS}))*)"
_QUALIFIER = r"(?:(?:about|around|roughly|nearly|almost|over|more than|less than|fewer than|up to|at least|some|approximately|an estimated|tens of|hundreds of)\s+)?"
NUMBER_RE = re.compile(rf"(?<![\w.,])({_QUALIFIER}(?:[$€£¥]\s?)?{_NUM}(?:\s?(?:%|per ?cent|percent))?)"
                       rf"(?:[\s-]?(?P<unit>[A-Za-z]+))?(?:\s(?P<unit2>[A-Za-z]+))?", re.I)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DATE_RE = re.compile(
    rf"\b(?:{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"(?:\s*\(?{_MONTH}\s+\d{{1,2}}\)?)?|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{4}}|(?:1[89]|20)\d\d(?:s)?|\d{{1,2}}[:.]\d\d\s?(?:am|pm)?|\d{{1,2}}\s?(?:am|pm))\b")
_CAP = r"[A-Z][\w’'\-]*"
NAME_RE = re.compile(rf"{_CAP}(?:\s+(?:(?:of|the|for|de|al|bin|van|von|and)\s+)?{_CAP})*")
_ORG_WORDS = frozenset(stem(w) for w in (
    "agency service party ministry news council organisation organization department university center "
    "centre committee police bank association union group corporation company newspaper sinmun "
    "times post agency office institute assembly parliament government army navy").split())
_TITLES = frozenset("mr mrs ms dr president minister leader premier chancellor king queen prince "
                    "secretary spokesman spokeswoman official aide general director chief sister wife "
                    "husband brother father mother son daughter lawmaker senator governor mayor".split())
_PLACE_PREPOSITIONS = frozenset("in at to from into near towards toward across through via".split())
_REASON_RE = re.compile(
    r"\b(?:because(?: of)?|due to|owing to|as a result of|for fear of|fear of|in order to|so as to|"
    r"in response to|thanks to|since|to avoid)\s+([^.;:!?]+)", re.I)
_UNIT_WORDS = frozenset(
    "hours hour minutes minute seconds days day weeks week months month years year km kilometres kilometers "
    "miles mile metres meters kg tonnes tons percent per cent carriages cars people troops leaders "
    "countries members kn mph kph".split())

_WH = {
    "how many": "number", "how much": "number", "what number": "number", "what percentage": "number",
    "how long": "duration", "how far": "number", "how fast": "number", "what speed": "number",
    "how old": "number", "what year": "date", "which year": "date", "what date": "date",
    "what day": "date", "which day": "date", "what month": "date", "what time": "date",
    "when": "date", "since when": "date", "where": "place", "which city": "place",
    "which country": "place", "what country": "place", "what city": "place", "who": "name",
    "whom": "name", "whose": "name", "why": "reason",
}
_QUESTION_WORDS = frozenset("what which who whom whose when where why how many much long far name "
                            "does do did is are was were the a an like kind sort".split())


@dataclass(frozen=True)
class Candidate:
    """A possible short answer: its text and the evidence rank it was found at."""

    text: str
    rank: int
    score: float


def question_kind(question: str) -> str:
    """What the question asks for: number, duration, date, place, name, reason or other."""
    q = question.lower()
    best = ("other", len(q) + 1)
    for cue, kind in _WH.items():
        m = re.search(rf"\b{cue}\b", q)
        if m and (m.start(), -len(cue)) < (best[1], 0):
            best = (kind, m.start())
    if best[0] == "other" and re.search(r"\b(?:what|which)\b.*\b(?:name|called|agency|newspaper|outlet|"
                                        r"organisation|organization|official|minister|leader|person)\b", q):
        return "name"
    return best[0]


def question_focus(question: str) -> str | None:
    """The stem of the noun a 'how many X' question counts (``None`` otherwise)."""
    m = re.search(r"\bhow many\s+(?:\w+\s+){0,2}?(\w+)\s+(?:do|does|did|are|is|were|was|have|has|had|will|would|can|could)\b",
                  question, re.I) or re.search(r"\bhow many\s+(\w+)", question, re.I)
    return stem(m.group(1)) if m else None


def key_terms(question: str) -> list[str]:
    """The question's content terms, minus the words that only frame a question."""
    skip = {stem(w) for w in _QUESTION_WORDS}
    return [t for t in terms(question) if t not in skip]


def _spans(kind: str, text: str, focus: str | None) -> list[tuple[str, int]]:
    """Candidate answer strings in ``text`` with their character offsets."""
    out: list[tuple[str, int]] = []
    if kind in ("number", "duration"):
        for m in NUMBER_RE.finditer(text):
            value = m.group(1)
            if re.fullmatch(r"(?:1[89]|20)\d\d", value) and kind == "number" and focus not in ("year",):
                continue  # a year is a date, not a count
            unit, unit2 = (m.group("unit") or ""), (m.group("unit2") or "")
            u, u2 = stem(unit.lower()) if unit else "", stem(unit2.lower()) if unit2 else ""
            if focus and focus in (u, u2):
                value = m.group(0) if focus == u2 else f"{value}{text[m.end(1):m.start('unit')]}{unit}"
            elif unit.lower() in _UNIT_WORDS:
                value = f"{value}{text[m.end(1):m.start('unit')]}{unit}"
            if kind == "duration" and stem(unit.lower()) not in {stem(w) for w in ("hours", "minutes", "days", "weeks", "months", "years", "seconds")}:
                continue
            out.append((value.strip(), m.start()))
    elif kind == "date":
        out = [(m.group(0), m.start()) for m in DATE_RE.finditer(text)]
    elif kind in ("name", "place"):
        for m in NAME_RE.finditer(text):
            span = m.group(0)
            if m.start() == 0 and " " not in span:
                continue  # a lone capitalised first word is just the sentence start
            before = normalise_word(text[:m.start()].split()[-1]) if text[:m.start()].split() else ""
            if kind == "place" and before not in _PLACE_PREPOSITIONS:
                continue
            out.append((span, m.start()))
    elif kind == "reason":
        out = [(m.group(1).strip(" ,\"'“”"), m.start(1)) for m in _REASON_RE.finditer(text)]
    return out


def _distance(text: str, offset: int, qterms: set[str]) -> int:
    """Words between ``offset`` and the nearest question term in ``text``."""
    toks = [(m.start(), t) for m in re.finditer(r"\S+", text) for t in terms(m.group())[:1]]
    hits = [i for i, (_, t) in enumerate(toks) if t in qterms]
    here = sum(1 for s, _ in toks if s < offset)
    return min((abs(here - i) for i in hits), default=len(toks))


class Answerer:
    """Picks a short answer from evidence; abstains when the evidence misses the question.

    ``coverage`` is the share of the question's key-term weight (idf over the indexed
    sentences) that the best evidence must contain; below it the answer is ``None``.
    """

    def __init__(self, texts: Sequence[str], *, coverage: float = 0.5) -> None:
        self.coverage = coverage
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
        return sum(self.idf(t) for t in q & have) / total if total else 0.0

    def answer(self, question: str, evidence: Sequence[str], scores: Sequence[float]) -> str | None:
        """The short answer to ``question`` from ``evidence`` (best first), or ``None``."""
        if not evidence or self.covered(question, evidence) < self.coverage:
            return None
        kind = question_kind(question)
        if kind == "other":
            return evidence[0]
        focus = question_focus(question)
        qwords = {normalise_word(w) for w in words(question)}
        qterms = set(key_terms(question))
        top = max(scores[0], 1e-9)
        found: dict[str, float] = {}
        shown: dict[str, str] = {}
        for rank, (text, score) in enumerate(zip(evidence, scores)):
            for span, offset in _spans(kind, text, focus):
                toks = [normalise_word(w) for w in words(span)]
                if kind in ("name", "place") and all(t in qwords or t in STOP_WORDS for t in toks):
                    continue
                key = " ".join(toks)
                if not key:
                    continue
                weight = (score / top) / (1.0 + _distance(text, offset, qterms) / 4.0)
                if kind == "number" and focus and focus in {stem(t) for t in toks}:
                    weight *= 2.0
                if kind == "name" and any(stem(t) in _ORG_WORDS for t in toks) and "agenc" in " ".join(qterms):
                    weight *= 1.5
                found[key] = found.get(key, 0.0) + weight
                shown.setdefault(key, span)
        if not found:
            return evidence[0]
        best = max(found, key=lambda k: (found[k], -len(k)))
        return shown[best]
