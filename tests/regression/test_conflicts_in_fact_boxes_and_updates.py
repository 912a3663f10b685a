"""Regression (issue 12, recall): disagreements and updates told in fact boxes, lists and live
blogs, on clusters written before the toolkit ran on them. tests/data/conflict_news21 (its README)
and tests/data/fresh_news6 list in each cluster's gold.json what outlets disagree on
("disagree"), figures that later articles changed ("updated") and look-alikes ("agree"). Floors
at what the stage reached when these were fixed: a fact box's line is no fragment to drop
("Structures destroyed: 37 homes" / "At least 41 homes"), its bare count counts its label's noun
("Schools closed: 7") and runs ("People rescued: 58" after "rescued 35 people" the day before), an
"Issued:" line dates it, and a sum told once with its measure and once without beside one verb
("demanded $4 million in bitcoin" / "has demanded a ransom of $5 million") is one sum."""
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.metrics import values_match
from summarize.model import Conflict, Side
from summarize.text.quantities import quantities

DATA = Path(__file__).parent.parent / "data"
_HEDGE_RE = re.compile(r"(?:about|some|roughly|nearly|around|more than|at least|almost|up to)\s{1,3}", re.I)


@lru_cache(maxsize=None)
def _conflicts(folder: str) -> tuple[Conflict, ...]:
    return tuple(Corpus.from_paths(sorted((DATA / folder).glob("*.txt"))).conflicts())


def _states(side: Side, value: str, *, hedged: bool) -> bool:
    """Does a reported side state a gold value: a claim or denial by its sentence's words, any
    other by ``values_match``; with ``hedged``, a hedge on either ("about 95,000" / "95,000") aside,
    without, both hedged or neither (a look-alike's values as written)."""
    if side.value in ("affirms", "denies"):
        return value.lower() in side.text.lower()
    if not hedged:
        return values_match(side.value, value) and _hedges(side.value) == _hedges(value)
    return values_match(side.value, value) or values_match(_HEDGE_RE.sub("", side.value, count=1),
                                                           _HEDGE_RE.sub("", value, count=1))


def _hedges(text: str) -> set[str]:
    """The hedges of a text's quantities ("about", "at least", ...)."""
    return {q.qualifier for q in quantities(text)} - {""}


def _reported(c: Conflict, row: list[str], *, hedged: bool = True) -> bool:
    """Both ends of a gold row (its two values, or a timeline's first and last) among the sides."""
    return any(_states(s, row[1], hedged=hedged) for s in c.sides) and any(_states(s, row[-1], hedged=hedged)
                                                                           for s in c.sides)


def _gold(folder: str) -> dict[str, list[list[str]]]:
    """Rows ``[fact, value, value, ...]``; gold written as ``{"fact", "values": [{"value", ...}]}``
    (with each value's sources and date) is read as the same row."""
    gold = json.loads((DATA / folder / "gold.json").read_text(encoding="utf-8"))["conflicts"]
    return {kind: [[r["fact"], *(v["value"] for v in r["values"])] if isinstance(r, dict) else r for r in rows]
            for kind, rows in gold.items()}


def _found(folder: str) -> tuple[set[str], set[str], list[str], list[str]]:
    """Gold disagreements reported as such, updates reported as updates, look-alikes reported
    (values as written), and reports that state no gold row."""
    out, gold = _conflicts(folder), _gold(folder)
    rows = gold.get("disagree", []) + gold.get("updated", [])
    return ({r[0] for r in gold.get("disagree", []) if any(c.kind != "updated" and _reported(c, r) for c in out)},
            {r[0] for r in gold.get("updated", []) if any(c.kind == "updated" and _reported(c, r) for c in out)},
            [r[0] for r in gold.get("agree", []) if any(_reported(c, r, hedged=False) for c in out)],
            [c.topic for c in out if not any(_reported(c, r) for r in rows)])


# Floors when fixed (before: conflict_news21 0 of 10 disagreements, 4 of 12 updates; fresh_news6 1 of
# 5 and 2 of 7); the breach's one false alarm ("offline for most of Sunday" / "restored at 07:30
# this morning": two events) is known and left.
@pytest.mark.parametrize("folder, disagree, updated, unmatched", [
    ("conflict_news21/flood", set(), {"homes flooded later", "residents evacuated", "people rescued"}, 0),
    ("conflict_news21/breach", {"ransom demanded"}, {"customers affected"}, 1),
    ("conflict_news21/ferry", set(), set(), 0),
    ("conflict_news21/storm", set(), {"homes without power", "homes without power later", "repair cost"}, 0),
    # "forcing roughly 3,000 residents to leave their homes" counts the evacuated (conf36: 1 -> 2 updates)
    ("fresh_news6/wildfire", {"homes destroyed"}, {"contained", "evacuated"}, 0),
    ("fresh_news6/hack", {"ransom demanded"}, {"operations postponed"}, 0),
    ("fresh_news6/election", {"turnout"}, set(), 0),
    # conf24: the year a thing was built or opened is compared (YEAR_OF_ORIGIN; before: neither found), and a
    # count that ran on and is told again a week later carries its timeline on (``_carried_on``; before: a disagreement)
    ("fresh_news10/bridge", {"year the bridge opened"}, set(), 1),
    ("fresh_news11/grounding", {"year the ship was built"}, set(), 1),
    # claim39: + the gold's ballot claim and its denial told in one relative clause of one sentence (its words in
    # 29% of the gold's, read by hand)
    ("fresh_news12/airline", set(), {"passengers disrupted"}, 3),
    # conf25: counts taken to hospital run on (``befell``), an early estimate is updated, the dead of the one
    # kind of person counted are the toll, an open bound a count ran well past is a timeline's first figure, an
    # acronym meets its spelled-out name (before: none of these updates found)
    # conf29d: one more report, the gold's water-station claim and its denial ("The trust flatly denies it"), which
    # the gold words as paraphrases no side's text holds (conf8 matches it by its topic's words)
    ("fresh_news13/city_marathon", set(), {"Runners taken to hospital", "How far short the leaders' course was"}, 2),
    # claim37: + the union's sensor claim and the chief executive's "denies it", which the gold does not list
    ("fresh_news9/mine", set(), {"death toll"}, 2),
    ("fresh_news11/fine", set(), {"money set aside for remediation"}, 0),
    ("fresh_news11/grounding", set(), {"containers lost overboard"}, 0),
    # conf26: a time of day told with its day is a time of its own and meets another outlet's time of the moment
    # when one thing acts at both (``conflicts._doer``); the day or month of a thing's last inspection is one fact
    # of it (``LAST_ACT``) (before: none of these found; fresh_news13's chemical plant gains its last inspection too,
    # but reports a look-alike of relief funds from before, so it is not listed here)
    ("fresh_news7/ferry", {"time of grounding"}, set(), 1),
    ("fresh_news9/mine", {"time of the collapse"}, set(), 2),  # claim37: the sensor claim and its denial
    # claim37: + the gold's claimed warning and "The authority rejects that." (its claimant now read by "has claimed")
    ("fresh_news14/dam_spillway_failure", {"Date of the spillway's last inspection"}, set(), 3),
    # conf28: a sum told as an estimate is one fact with a forecast of it ("put ... at" / "expected to cost"), and a
    # day after a negated "before" is the earliest day, an expected one that runs (before: none of these found)
    # claim39: + the gold's fare-revenue claim and its denial after a semicolon in one sentence (conf.py credits it)
    ("fresh_news15/transit_fare_vote", set(), {"projected 2041 deficit"}, 4),
    ("fresh_news15/stadium_scaffold_collapse", set(), {"stadium opening date"}, 2),
    # claim37: + the gold's claim about the cracks and the airport's "flatly denied that" (conf.py matches it by
    # its words; this matcher reads the gold's paraphrase literally)
    ("fresh_news16/runway_closure_dispute", set(), {"Cost of the runway repairs"}, 3),
    # conf31: a count "treated for" a condition tells what befell it and runs on (before: four, seven and nine
    # treated a disagreement; updates 0 -> 1 of 4, reports stating no gold row 3 -> 2)
    ("fresh_news18/cable_car_stranding", set(), {"people treated for the cold"}, 2),
    # conf33: a side that only agreements chained into a topic takes no side, so the timeline orders (before: both
    # a disagreement of five sides; fresh_news21 updates 4 -> 6 of 12, its reports stating no gold row 4 -> 2)
    # nums35: one more, as "less than a week" is now read ("Platelets last less than a week" beside "the alert ...
    # had lasted 27 days": two spans that share only "last", which the stage's duration test lets meet)
    ("fresh_news21/blood_shortage", set(), {"Days of O-negative red cell stock held"}, 3),
    ("fresh_news21/meteorite_fall", set(), {"Number of fragments recovered"}, 3),
    # guard37: a phrase of time before a pronoun subject ("By Tuesday evening it had raised") names no owner that
    # keeps a later total apart (before: not found; fresh_news dev updates 122 -> 125 of 219, with two more of
    # fresh_news23 this test's matcher does not count: "backed by" a sum, a share "of normal capacity")
    # claim37: + the seal claim "repeated" by the coach and "The testing laboratory has rejected that." (the gold's
    # claim, its denial told by another article than the one this sentence is in)
    ("fresh_news21/doping_case", set(), {"Money raised by the supporters' legal fund"}, 1),
    # guard37: the year a thing was launched is its year of origin (before: never compared; dev disagreements 75 -> 76)
    # claim37: + the gold's claim that the odds were lengthened and the operator's denial (paraphrased in the gold)
    ("fresh_news25/lottery_jackpot_rollover", {"Year the Kestrel Lotto was launched"}, set(), 3),
])
def test_fact_boxes_and_updates_are_reported_and_no_look_alike_is(folder, disagree, updated, unmatched):
    found, runs, look_alikes, other = _found(folder)
    assert disagree <= found and updated <= runs
    assert look_alikes == []
    assert len(other) <= unmatched
