"""The disagreements an answer stands in: which side a short answer takes, and which
conflicts bear on what the question asks."""
from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import replace
from typing import AbstractSet, Mapping, Sequence, TypeGuard

from ..model import Conflict, Group, Scored, Sentence, Side
from ..stages.conflicts import (former, measure, moved, orders_apart, rate_period, report_date, runs, touching, undone,
                                whole_at)
from ..text.clauses import clause_of, clause_spans, in_aside
from ..text.dates import dates as read_dates
from ..text.names import is_role, proper_names, refers_back, role_owner, titled_roles
from ..text.polarity import ATTRIBUTION_VERBS, content_polarity, negations, polarity
from ..text.senses import is_person, kinds, light_stem, related
from ..text.quantities import Quantity
from ..text.tokens import STOP_WORDS, WORD_RE, is_past_form, present_form, stem, term_spans, terms, words
from ..text.values import (PERSON_KINDS, TALLIES, Value, clock_hedge, person_kind, same_name, scope, scopes_apart,
                           told_after, told_still, values)
from .answer import Candidate, anchor_date, asks_now, count_deed, quantity_key, said_before, tense_cues
from .question import CLOCK_FOCUS, QUESTION_KINDS, Question, asks_a_part

# A rival candidate is another side of the same fact when its probability reaches this share of
# the best one's and both come from sentences that hold this share of the question's terms; or,
# for quantities the text layer reads as measures of one thing (the same counted noun, currency
# or dimension, within the conflict finder's MAX_RATIO), when it reaches RIVAL_SHARE_MEASURED of
# it, whatever the wording (dev gold: 0.15 and 0.2 find the same rivals and no false one, 0.1 lets
# in a sustained wind beside its gusts; dev questions reworded: 0.15 finds one more).
RIVAL_SHARE = 0.5
RIVAL_COVER = 0.5
RIVAL_SHARE_MEASURED = 0.15
# A figure of one measure stated with as many of the question's terms as the best's (``_matched_alike``)
# is a side at this share of its probability (fresh dev: a rival grant in an aside at 0.14 of the best's).
RIVAL_SHARE_MATCHED = 0.1
# Of two rivals one sentence states, one stated with this many more of the question's terms is a side
# ("whose four-year, $1.9m grant paid for the lab ... would ask for $300,000 back"); else neither is.
MORE_FULLY = 2
# A day or a name is another side at this share of the best's probability, whatever the lexical
# cover, when both sentences hold ``RIVAL_COVER`` of the question's terms and both values are told
# with its words (``_told_with``): "after Wednesday's crash" / "crashed near the old quarry in the
# Aug. 11 accident"; "led by investigator X" / "Y, the investigator in charge" (tests/data/sides_news2:
# 0.15 finds three more disagreements, 0.3 two, 0.45 none; with the answerer retrained on the
# clause-bound features, every dev half: the same disagreements shown at 0.15 and 0.3, and two
# false sides fewer at 0.3, a day of another event: "reached port on Thursday" / "lost power on Sunday night").
# One told with every word of the question but its focus needs RIVAL_SHARE_MEASURED only (sides_news10:
# "Rescue coordinator X, who is leading the search" at 0.27 of the best's; every dev and test figure unchanged).
RIVAL_SHARE_TOLD = 0.3
# A time of day asked ("At what time ...?", ``question.CLOCK_FOCUS``): two clock times from different outlets
# told with its words are rivals at RIVAL_SHARE_MEASURED of the best's probability, as two figures of
# one measure are (fresh sets: an alarm "at 1:20 a.m." / "shortly after 2am" at 0.23 of the best's).
# Minutes in an hour: two clock times a whole number of hours apart may be one moment in two time zones (``_agree``)
# when a zone is named ("09:12 GMT", "10:12 CET"); without one, "at 2am" and "at 3am" disagree.
HOUR_MINUTES = 60
_ZONE_RE = re.compile(r"\b(?:UTC|[A-Z]{2,3}T)\b")
# The days a date spans when it names a whole year: beside a single day, a date of another event.
YEAR_DAYS = 364
# The share of the question's terms the sentence of such a rival holds when it is told with a word
# the best is not (the best's holds ``RIVAL_COVER``): another outlet words the fact apart (fresh:
# 0.4 finds one more than 0.5; dev gold: 0.3 lets in a false side).
RIVAL_COVER_TOLD = 0.4
# Two sentences from different outlets state the same fact when the words running up to their
# values, or on from them, read the same for this many content words ("a sealed box of 40 ballots
# from X" / "a lost box of 40 ballots from Y"); a shared "at the station at" or "to the fund" is
# the wording of many facts. Words are compared up to ``ALIGN_REACH`` away from the value.
ALIGNED_TERMS = 3
ALIGN_REACH = 6
# Another outlet restates a sentence when, values left out, the two share this share of the
# longer's content terms (and ``ALIGNED_TERMS`` at least), and a term beside their values on the
# same side (``_flanks``): "Opposition leader X has been placed under house arrest at her home ..."
# / "Opposition candidate X ... was put under house arrest on <day>" share 0.45 (dev gold: the same
# disagreements shown at 0.5 of the shorter's, and one false side more, a disaster's day beside a
# fundraiser's: "raise money for the victims of the flood").
RESTATED_SHARE = 0.4
# Candidates read for the sides of a conflict found anywhere in the evidence (dev gold: 3 to 10
# find the same, 2 one fewer).
RIVAL_DEPTH = 5
# A verb that says who gives a figure ("City Hall says ...", "the union estimated ...", "a study estimates
# ..."), in any inflection of a verb of ``polarity.ATTRIBUTION_VERBS`` or "tell" ("told Reuters that"), and
# the words before it that name who: as many as the speaker of ``polarity.SAID`` may have, back to a mark or a value.
SAYING = frozenset(stem(v) for v in (*ATTRIBUTION_VERBS, "tell", "told"))
SAYER_WORDS = 5
# A short answer is a value; a longer one is a sentence the answerer fell back on.
SHORT_ANSWER_WORDS = 6
# Without an answer, a conflict bears on the question when it touches one of this many best
# evidence sentences: the sentence that matches best is often another outlet's wording of the fact
# (dev gold: 3 and 5 find the same). An answer that states neither side is about another fact.
TOP_EVIDENCE = 3
# The stem the text layer gives a count of people said without a noun ("a crowd of 38,000").
PEOPLE = "peopl"
# The kinds (``senses.kinds``) of a group of people ("crew", "team": a unit; "staff", "workforce": personnel):
# a count of people may count its members.
SOCIAL_UNITS = frozenset({"unit", "personnel"})
# The noun of a count of "others" ("four were rescued; the five others ..."): its sentence counts parts of a whole.
OTHERS = "other"
# The words a question asks for the rest beside someone with ("How many other leaders ...", "...
# besides the president"): a count of others answers it.
ASKS_OTHERS = frozenset({"other", "others", "besides"})
# A sentence states the claim a yes/no question asks about when it holds this share of the
# question's terms (and two at least): "Did police open the gate?" / "officers did not open the gate".
CLAIM_COVER = 0.6
# Pronouns that stand for the subject of a claim a yes/no question names ("we", "it", "they").
SUBJECT_PRONOUNS = frozenset("i we he she it they".split())
# The stems of verbs that say their subject did not work ("the sprinkler system failed", "the
# brakes malfunctioned"): right after what a yes/no question asks about (within FAIL_REACH terms),
# they deny that it worked, as a negation would, unless the question asks about the failure.
FAILS = frozenset({"fail", "malfunct"})
FAIL_REACH = 2
# Words that make a clause a condition: a negation after them states no denial ("if he did not testify").
CONDITIONS = frozenset({"if", "unless", "whether"})


def is_short(answer: str | None) -> TypeGuard[str]:
    return answer is not None and len(answer.split()) <= SHORT_ANSWER_WORDS


def disputed_answer(question: Question, answer: str | None, evidence: Sequence, candidates: Sequence[Conflict],
                    found: Sequence[Candidate] = ()) -> list[Conflict]:
    """The conflicts an answer stands in, of what the question measures (a duration, a speed): a
    short answer states one of their sides (read from the evidence shown or from an outlet that
    gives that side), or they are on the kind of value the question asks
    for, about words the question uses, and either the best evidence (with no answer, one of the
    ``TOP_EVIDENCE`` best) takes a side or two of the answerer's ``found`` candidates state two
    sides while there is no answer, it states a side or it is of another kind than asked
    (``off_kind``; the conflict is in any evidence: both its values answer the question), or the best of
    them (with no answer, one of the ``RIVAL_DEPTH`` best that is ``_tied`` to the question) is
    read from a sentence that states one of the sides (``_reads_a_side``); a short answer that
    states another value of that kind, or is read beside another side's value
    (``_beside_a_side``), is about another fact; a side that counts a part is no side
    (``_sides_a_part``); an answer read where no candidate is of the type asked is a guess and
    stands in none but the update of what the question measures. ``evidence`` is the ranked
    ``Scored`` items shown; ``candidates`` the conflicts touching them or the deeper evidence
    the candidates were read from."""
    kind, dimension = QUESTION_KINDS.get(question.kind, (None, None))
    asked = set(question.terms)
    top = touching(candidates, [e.group for e in evidence[:1 if answer is not None else TOP_EVIDENCE]])
    shown = touching(candidates, [e.group for e in evidence])

    def measures_it(c: Conflict) -> bool:  # an answer to "how fast" in a conflict of durations is off the point
        said = _first_quantity(c.sides[0].value) if question.dimension and value_kind(c) == "quantity" else None
        return said is None or said.dimension == question.dimension

    def of_kind(c: Conflict) -> bool:
        return value_kind(c) == kind and (dimension is None or c.topic.startswith(dimension))

    def about_it(c: Conflict) -> bool:  # without an answer, what a figure counts ("people") is not enough
        wanted = asked if answer is not None else asked - {question.focus}
        return of_kind(c) and bool(wanted & set(terms(c.topic)))

    def stands_in(c: Conflict) -> bool:  # an answer that states a value on neither side is about another fact
        side = side_of(c, answer) if is_short(answer) else None
        taken = side is not None and not _beside_a_side(c, side, found) \
            and not (found and answer == found[0].text and _other_measure(question, found[0], side))
        if taken and c in shown:
            return True
        if taken and side and found and answer == found[0].text and set(found[0].documents) & set(side.sources):
            return of_kind(c)  # its outlet gives the side's value: "repay $6 million" / "pay $6 million"
        if found and (answer == found[0].text and _reads_a_side(c, found[0], evidence)
                      or answer is None and any(_reads_a_side(c, f, evidence) and _tied(question, f)
                                                for f in found[:RIVAL_DEPTH])):
            return of_kind(c)  # the question words the fact apart from the topic the conflict finder gave it
        if (answer is None or taken or off_kind(found)) and _sides_found(c, found):
            return about_it(c)
        return c in top and about_it(c) and not (is_short(answer) and _states_a_value(answer, c)) \
            and not _read_beside_sides(c, found)

    if answer is not None and found and answer == found[0].text and question.expects and question.focus:
        # The question's wording asks no kind, only its noun is mostly given one (``Question.expects``: "What was the
        # headline value?"): a conflict stands in where its topic names that noun (a toll's, not one over the sum
        # paid for the shares)
        candidates = [c for c in candidates if question.focus in terms(c.topic)]
    elif answer is not None and found and answer == found[0].text and not any(f.feature("type_exact") for f in found) \
            and not (question.dimension == "count" and found[0].feature("type_near")):
        # No candidate is of the type asked ("how much larger" read among tolls): the answer is a guess
        # (a count that nearly fits a "how many" question, "a crowd of 61,432" for "how many spectators", is none),
        # and a conflict found anywhere in the evidence over the value it guesses is not over what was
        # asked, unless it is the timeline of what the question measures ("how much diesel": "volume:
        # diesel", updated). The answerer's own rivals (``candidate_conflict`` ...) are still sought:
        # they are stated with the question's words.
        candidates = [c for c in candidates if c.kind == "updated" and _measures_asked(question, answer, c)]
    return [c for c in candidates if measures_it(c) and not _sides_a_part(question, c) and stands_in(c)]


# How many of a question's terms the topic of an update holds when the question names no noun it counts or measures
# ("How much has the council pledged to repair the pier?" / "money: pledged repair council"): the deed and its object.
_TOPIC_TERMS = 2


def _measures_asked(question: Question, answer: str, update: Conflict) -> bool:
    """Is ``update`` the timeline of what the question measures: its topic names the noun asked ("how much grain":
    "volume: grain"), or, for a question of no noun, the answer states one of its sides and its topic holds
    ``_TOPIC_TERMS`` of the question's terms?"""
    if question.focus:
        return question.focus in terms(update.topic)
    return side_of(update, answer) is not None and len(set(question.terms) & set(terms(update.topic))) >= _TOPIC_TERMS


def off_kind(found: Sequence[Candidate]) -> bool:
    """Is the best of ``found`` of another kind than the question asks for while another fits it
    exactly ("Who chairs the panel?" answered with a committee's name beside two judges)? The
    answer then tells nothing of the fact a disagreement between those that fit is over."""
    return bool(found) and found[0].feature("type_exact") == 0.0 and any(c.feature("type_exact") == 1.0 for c in found)


def _other_measure(question: Question, best: Candidate, side: Side) -> bool:
    """Is the best candidate a quantity of another measure (``_counts_alike``) than the value a
    side's sentence states ("15,000 troops" sent / "thousands of military personnel" on parade)?
    Its value then only falls in the side's range: another fact."""
    a = _value_of(best)
    b = _side_figure(side, values(side.text))
    return a is not None and b is not None and a.kind == "quantity" and None not in (measure(a), measure(b)) \
        and not _counts_alike(a, b, question)


def _side_figure(side: Side, said: Sequence[Value]) -> Value | None:
    """The quantity among ``said`` (its sentence's values) that a side's value writes, as its text or label."""
    return next((v for v in said if v.kind == "quantity" and side.value.lower() in (v.text.lower(), v.label.lower())),
                None)


def _sides_a_part(question: Question, conflict: Conflict) -> bool:
    """Does a side of a conflict of quantities state its value as a part (``_counts_a_part``)?"""
    return value_kind(conflict) == "quantity" and any(
        _counts_a_part(question, v) for side in conflict.sides for v in values(side.text)
        if v.kind == "quantity" and side.value.lower() in (v.text.lower(), v.label.lower()))


def _reads_a_side(conflict: Conflict, best: Candidate, evidence: Sequence[Scored]) -> bool:
    """Is the best candidate read from a sentence of ``evidence`` that states the side its value
    matches? The conflict is then over what it answers, however the question words it ("how far
    from <town>" / a topic of "distance: prison")."""
    side = side_of(conflict, best.text) if is_short(best.text) else None
    return side is not None and any(m.text == best.sentence and m.key in side.positions
                                    for e in evidence for m in e.group.members)


def _tied(question: Question, c: Candidate) -> bool:
    """Is a candidate told with a question term (``_told_with``), or read where the names the
    question asks about are? Without an answer, a figure of what the question counts that is
    neither ("about 250,000 people have been displaced" for "How many people live in <town>?")
    is of another fact."""
    return bool(_told_with(question, c)) or bool(question.names) and c.feature("names") == 1.0


def _beside_a_side(conflict: Conflict, taken: Side, found: Sequence[Candidate]) -> bool:
    """Is the answer (the best of ``found``) read from the sentence that states another side than
    the one its value matches? It is then another value of that sentence ("carrying eight
    passengers ..., killing two people"), and the conflict is over the other one."""
    return bool(found) and any(side.text == found[0].sentence for side in conflict.sides if side is not taken)


def _read_beside_sides(conflict: Conflict, found: Sequence[Candidate]) -> bool:
    """Is the answer (the best of ``found``) on no side but read from a side's own sentence ("will
    close at the end of April" in "The library, which opened in 1961, will close at the end of
    April")? It is another value of that sentence, and the conflict is over the side's."""
    return bool(found) and side_of(conflict, found[0].text) is None \
        and any(side.text == found[0].sentence for side in conflict.sides)


def _sides_found(conflict: Conflict, found: Sequence[Candidate]) -> bool:
    """Do two of the ``RIVAL_DEPTH`` best candidates state two different sides of ``conflict``?"""
    taken = {side.value for c in found[:RIVAL_DEPTH] if (side := side_of(conflict, c.text))}
    return len(taken) >= 2


def yes_no_answer(question: Question, answer: str | None, evidence: Sequence,
                  candidates: Sequence[Conflict]) -> tuple[str | None, list[Conflict]]:
    """A yes/no question's answer and the disagreements it stands in: where a claim and its
    denial about what it asks touch the evidence (found by the conflict finder, or stated by the
    evidence in the question's terms: ``asked_claim``), both sides, answered as most sources say
    (on a tie, as the side whose statement ranks first in ``evidence``, as a figure's answer
    stands on a tie); else "yes" or "no" as the best evidence says it, when there is an answer."""
    asked = set(question.terms)
    claims = [c for c in candidates if c.kind == "polarity" and asked & set(terms(c.topic))]
    claims = claims or [c for c in [asked_claim(question, evidence)] if c]
    if claims:
        count = {side.value: len(side.sources) for side in claims[0].sides}
        affirms, denies = count.get("affirms", 0), count.get("denies", 0)
        if affirms == denies:
            rank = {m.key: k for k, e in enumerate(evidence) for m in e.group.members}
            first = min(claims[0].sides, key=lambda side: min((rank.get(p, len(rank)) for p in side.positions),
                                                               default=len(rank)))
            return ("yes" if first.value == "affirms" else "no"), claims
        return ("yes" if affirms > denies else "no"), claims
    if answer is None or not evidence:
        return None, []
    return ("yes" if polarity(evidence[0].text) > 0 else "no"), []


def _stance_on(question: Question, text: str) -> int:
    """How ``text`` answers a yes/no question in its terms: +1 affirms, -1 denies (a negation's
    scope holds one of the question's terms: "there was no evidence that the captain had been
    drinking"; or it says what is asked about failed or did not, ``_fails``; or a side clause
    denies it, ``_side_stance``), 0 when it holds too few of them (``CLAIM_COVER``) to state what
    is asked or states it under a condition."""
    asked = set(question.terms)
    held = [(k, t) for k, t in term_spans(text) if t in asked]
    count = len({t for _, t in held})
    if count < 2 or count + _pronoun_subject(text, held) < CLAIM_COVER * len(asked):
        return 0
    scopes = [n for n in negations(text) if any(n.scope_start <= k < n.scope_end for k, _ in held)]
    return _fails(asked, text) or (-1 if scopes and polarity(text) < 0 else _side_stance(text, held))


def _side_stance(text: str, held: Sequence[tuple[int, str]]) -> int:
    """How ``text`` takes the claim whose question terms it holds at ``held`` when its main clause
    does not deny it: -1 when one of them lies in an odd number of negation scopes of a side
    clause ("X, who did not give evidence at his trial, was jailed"), 0 when a condition
    (``CONDITIONS``) comes first ("if he did not testify": no claim), else +1 (a denial of something
    else, "..., a claim the council denies", leaves the claim stated)."""
    negated = [k for k, _ in held if content_polarity(text, (k, k)) < 0]
    if not negated:
        return 1
    return 0 if CONDITIONS & set(words(text[:negated[0]].lower())) else -1


def _pronoun_subject(text: str, held: Sequence[tuple[int, str]]) -> bool:
    """Is a subject pronoun among the ``ALIGN_REACH`` words before the first question term ``text``
    holds? It stands for the subject the question names, whose terms it then holds ("We did not
    pay a ransom," an operator's statement says, for "Did the hospital group pay a ransom?")."""
    return bool(held) and bool(SUBJECT_PRONOUNS & set(words(text[:held[0][0]].lower())[-ALIGN_REACH:]))


def _fails(asked: set[str], text: str) -> int:
    """How ``text`` says what a question asks about fared: -1 for a verb of ``FAILS``
    within ``FAIL_REACH`` terms after one of the question's terms, +1 when a negation's scope
    holds it ("never failed"), 0 without one or when the question asks about the failure."""
    spans = term_spans(text)
    at = next((k for j, (k, t) in enumerate(spans)
               if t in FAILS and asked & {u for _, u in spans[max(0, j - FAIL_REACH):j]}), None)
    if at is None or FAILS & asked:
        return 0
    return 1 if any(n.scope_start <= at < n.scope_end for n in negations(text)) else -1


def asked_claim(question: Question, evidence: Sequence[Scored]) -> Conflict | None:
    """A claim and its denial that a yes/no question asks about, stated in its terms by the
    sentences of ``evidence`` (``_stance_on``), from documents that take one stance each:
    "affirms" then "denies", with the documents and sentences of each; ``None`` when the
    evidence takes one stance. The conflict finder pairs sentences that share most words; a
    question names the claim, so a denial worded apart ("no evidence that ...") meets it."""
    said: dict[int, list[Sentence]] = {1: [], -1: []}
    for m in {m.key: m for e in evidence for m in e.group.members}.values():
        if sign := _stance_on(question, m.text):
            said[sign].append(m)
    docs = {sign: {m.doc_id for m in found} for sign, found in said.items()}
    both = docs[1] & docs[-1]  # an outlet on both sides reports the dispute, it takes no side
    if not docs[1] - both or not docs[-1] - both:
        return None
    sides = tuple(Side("affirms" if sign > 0 else "denies", found[0].text, tuple(sorted(docs[sign] - both)),
                       tuple(sorted(m.key for m in found if m.doc_id not in both)))
                  for sign, found in ((1, said[1]), (-1, said[-1])))
    return Conflict(f"claim: {' '.join(question.terms)}", "polarity", sides)


def _family(c: Candidate) -> str:
    """What a candidate's value is ("count", "money", a date, a name): rivals share it. A quantity's
    key starts with its dimension; a time's colon ("1:20 a.m.") starts none."""
    head = c.key.split(":", 1)[0]
    return head if ":" in c.key and head.isalpha() else "date" if c.key[:1].isdigit() else "name"


def _rivals(question: Question, best: Candidate, other: Candidate, dates: Mapping[str, str]) -> bool:
    """Two candidates that state different values of the same fact, from different documents
    that name what the question names as fully, and state it with the question's words when the
    best one does (``_stated_with``) or hold every name the question asks about: quantities that measure one thing
    (``_measured_rivals``) for a question that asks for a quantity, whatever type the question
    reads ("how big", "how long" of a length); days or names typed alike that both are told with
    the question's words (``_told`` at ``RIVAL_SHARE_TOLD``); or values of one family and of the
    type asked from sentences that both hold the question's terms."""
    if other.feature("names") < best.feature("names"):
        return False  # a figure of another subject than the question names
    if set(other.documents) & set(best.documents):  # one outlet's two figures, unless two sources say them
        if _said_apart(question, best, other):
            return QUESTION_KINDS.get(question.kind, (None,))[0] == "quantity"
        if not _sourced_apart(best, other):
            return False
    if _grains_apart(best, other):
        return False  # "on Wednesday" / "the first strike since 2019"
    if _periods_apart((best.sentence, _value_of(best)), (other.sentence, _value_of(other))):
        return False  # "9,000 meals a day" / "60,000 meals a week": rates per other periods
    if _scoped_apart(best, other):
        return False  # "£6,000 each" / "£30,000 in total": a part and its whole (``values.scope``)
    if _named_apart(question, best, other):
        return False  # "The Farmers' League, the largest party, with 52 seats" / "The Harbour Party, which holds 14"
    if _persons_alike(question, best, other):
        a, b = _value_of(best), _value_of(other)
        return a is not None and b is not None and not a.compatible(b) and not orders_apart(a, b) \
            and not former(other.sentence, b) and other.probability >= RIVAL_SHARE_MEASURED * best.probability
    if question.dimension == "count" and best.feature("type_exact") > other.feature("type_exact"):
        return False  # "All 52 branches continue to trade" only nearly fits "how many branches will close?"
    if _told(question, best, other, dates):
        return True
    if _of_another(question, other) and not _of_another(question, best):
        return False  # "The firm, whose depot in the next town employs 200 people," counts the depot's staff
    if (beside := _stated_with(question, best)) and _stated_with(question, other) == set() \
            and not (question.names and set(question.names) <= set(terms(other.sentence))) \
            and not _clause_holds(other, beside) and not _counted_as_fully(question, best, other):
        # "employs 650 people" / "3,500 people were evacuated": a figure of another event; one that
        # names what the question names is of it in other words ("a $6 billion deal for X" / "valuing X at"),
        # and one whose clause holds the words the best is stated with says them further off
        # ("The evacuation of the vessel was completed in just over 90 minutes")
        return False
    if any(_counts_a_part(question, v) for v in (_value_of(best), _value_of(other)) if v is not None):
        return False
    if (measured := _measured_rivals(question, best, other)) is not None:
        if measured and (_years_apart(best, other, dates) or _modified_apart(question, best, other)):
            return False  # "produced 4,000 tonnes last year" / "In 2029 the plant produced 3,100 tonnes"
        share = RIVAL_SHARE_MATCHED if _matched_alike(question, best, other) else RIVAL_SHARE_MEASURED
        return (measured and QUESTION_KINDS.get(question.kind, (None,))[0] == "quantity"
                and other.probability >= share * best.probability)
    return (other.probability >= RIVAL_SHARE * best.probability and _family(other) == _family(best)
            and best.feature("type_exact") == 1.0 and other.feature("type_exact") == 1.0
            and best.feature("sentence_cover") >= RIVAL_COVER and other.feature("sentence_cover") >= RIVAL_COVER
            and not _agree(best, other))


def _counted_as_fully(question: Question, best: Candidate, other: Candidate) -> bool:
    """Is the other written beside the noun the question counts ("27 passengers", feature ``focus``) in a sentence
    that holds as much of the question's terms as the best's does, for a question that counts a state ("How many
    passengers were on the bus ...?": ``count_deed`` finds no verb)? Another outlet then tells the same count in its
    own words, its subject and verb further off ("says 27 passengers were on board when the bus dropped ..."); a
    figure of another event ("the firm, which employs 650 people") holds fewer of them. A deed asked ("How many
    homes were flooded?") is told by its verb beside the figure, not by its noun further off ("450 homes had been
    evacuated at the height of the flooding")."""
    return other.feature("focus") == 1.0 and other.feature("sentence_cover") >= best.feature("sentence_cover") > 0.0 \
        and not count_deed(question)


def _years_apart(best: Candidate, other: Candidate, dates: Mapping[str, str]) -> bool:
    """Do both candidates' sentences name a year ("last year", "in 2029"), and none the same? Two
    figures of one measure in different years are two facts, not a disagreement."""
    return _other_years(*(_years(c.sentence, next((dates[d] for d in c.documents if d in dates), ""))
                          for c in (best, other)))


def _other_years(mine: set[int], theirs: set[int]) -> bool:
    """Do two sentences both name years (``_years``) and none the same?"""
    return bool(mine) and bool(theirs) and not mine & theirs


def _years(text: str, day: str) -> set[int]:
    """The years ``text`` names as whole years ("in 2029", "last year"), read against its article's date ``day``."""
    return {w.low.year for w in read_dates(text, anchor_date(day))
            if w.low is not None and w.high is not None and (w.high - w.low).days >= YEAR_DAYS}


def _modified_apart(question: Question, best: Candidate, other: Candidate) -> bool:
    """Does the question name a noun with a word before it ("the northern bridge") that the best's
    sentence holds, while the other's leaves that word out and puts another content word before the
    noun ("the southern bridge")? Its figure is of another thing of that kind."""
    said = [(terms(w) or [""])[0] for w in words(question.text)]
    theirs = [(terms(w) or [""])[0] for w in words(other.sentence)]
    mine = set(terms(best.sentence))
    for first, noun in zip(said, said[1:]):
        if first and noun and first in mine and noun in mine and first not in theirs and any(
                t == noun and n and theirs[n - 1] and theirs[n - 1] not in said and not theirs[n - 1][:1].isdigit()
                for n, t in enumerate(theirs)):
            return True
    return False


def _stated_counts(question: Question, a: Candidate, b: Candidate) -> tuple[int, int] | None:
    """How many of the question's terms each of two figures or dates is stated with (``_stated_with``);
    ``None`` when either is neither."""
    mine, theirs = _stated_with(question, a), _stated_with(question, b)
    return None if mine is None or theirs is None else (len(mine), len(theirs))


def _matched_alike(question: Question, best: Candidate, other: Candidate) -> bool:
    """Is the other stated with as many of the question's terms as the best is (``_stated_counts``, two
    at least: "a grant from the research council worth $4.2m" / "the research council, whose $3.8m
    grant")? It then tells the same fact as fully, and ``RIVAL_SHARE_MATCHED`` of the best's
    probability makes it a side."""
    counts = _stated_counts(question, best, other)
    return counts is not None and 2 <= counts[0] <= counts[1]


def _said_apart(question: Question, best: Candidate, other: Candidate) -> bool:
    """Does the other's sentence give its figure and one that agrees with the best's, of one measure,
    each after a verb of saying of its own whose speakers share no term (``_sayer``: "The council says
    households will pay $96 a year more; the opposition says the real figure is $121")?
    One outlet then reports two sources that disagree."""
    a, b = _value_of(best), _value_of(other)
    if a is None or b is None or a.kind != "quantity" or b.kind != "quantity" \
            or not _measured_rivals(question, best, other):
        return False
    held = [v for v in values(other.sentence) if v.kind == "quantity" and v.start != b.start
            and _counts_alike(a, v, question) and a.compatible(v)]
    for v in held:
        first, second = sorted((v, b), key=lambda w: w.start)
        mine, theirs = _sayer(other.sentence, first.start, 0), _sayer(other.sentence, second.start, first.end)
        if mine and theirs and not mine & theirs:
            return True
    return False


def _sourced_apart(best: Candidate, other: Candidate) -> bool:
    """Do two candidates of one outlet, read from two of its sentences, each follow a verb of saying
    whose speakers share no term (``_sayer``: "Chief executive X said the plant would create 900
    jobs" / "A study by the think tank Y estimates that the plant would create about 250 jobs")?
    The outlet then reports two sources that disagree, as two outlets would; the other tests of a
    rival still apply."""
    if best.sentence == other.sentence:
        return False
    said = []
    for c in (best, other):
        start = c.sentence.lower().find(c.text.lower())
        said.append(_sayer(c.sentence, start, 0) if start >= 0 else set())
    return all(said) and not said[0] & said[1]


def _says(word: str) -> bool:
    """Is ``word`` (lower case) a verb of saying (``SAYING``) as a verb inflects it ("estimates", "said",
    "told"), not its bare form, which is as often a noun ("a report", "the state")?"""
    return stem(word) in SAYING and (word.endswith(("s", "ed")) or word in ("said", "told", "wrote"))


def _sayer(text: str, start: int, after: int) -> set[str]:
    """The terms of who says a value at ``start`` of ``text``: the ``SAYER_WORDS`` words before the last
    verb of saying between ``after`` and it, back to a mark or a value; empty when there is none or the
    word before the verb is a stop word ("and says": the speaker before; "he says": one not named)."""
    said = [m for m in WORD_RE.finditer(text, after, start) if _says(m.group().lower())]
    if not said:
        return set()
    head = re.split(r"[;:,.]", text[after:said[-1].start()])[-1]
    head = head[max((v.end for v in values(head) if v.kind == "quantity"), default=0):]
    said_by = words(head)[-SAYER_WORDS:]
    return set(terms(" ".join(said_by))) if said_by and said_by[-1].lower() not in STOP_WORDS else set()


def _named_apart(question: Question, best: Candidate, other: Candidate) -> bool:
    """Does ``best``'s sentence name all the question names while ``other``'s leaves one out and names another
    instead? Its figure is the other name's, though its window may name the asked one. So is a figure whose own
    clause names another and none of the question's, though its sentence names them in a clause of its own ("The
    Fen Trust gave £40,000, and the parish council gave £5,000": two subjects in one sentence are two facts)."""
    said = set(question.names)
    if not said or not said <= set(terms(best.sentence)):
        return False
    own = other.sentence
    if said <= set(terms(own)):
        v = _value_of(other)
        if v is None or said & set(terms(own := clause_of(own, v.start))):
            return False
    return any(not set(terms(n.text)) & said for n in proper_names(own))


def _persons_alike(question: Question, best: Candidate, other: Candidate) -> bool:
    """Do two counts count the people of the kind a question asks about ("how many miners"), one by
    that kind ("14 miners"), the other as men, women or people ("15 men"), both stated with the
    question's words the best is stated with (``_stated_with``: "trapped")? News names one group
    both ways; a count of others (``_counts_a_part``) is a part."""
    a, b = _value_of(best), _value_of(other)
    if a is None or b is None or a.dimension != "count" or b.dimension != "count" \
            or not question.focus or not is_person(question.focus) or _counts_a_part(question, b):
        return False
    mine, theirs = _stated_with(question, best) or set(), _stated_with(question, other) or set()
    return bool(mine) and mine <= theirs and (
        a.noun == question.focus and _as_people(b) or b.noun == question.focus and _as_people(a))


def _as_people(v: Value) -> bool:
    """Does a count name people of no kind the question asks ("15 men", "20 people")?"""
    return bool(person_kind(v)) or stem(v.noun) in (PEOPLE, "person")


def _of_another(question: Question, c: Candidate) -> bool:
    """Does a candidate's value stand in a relative aside (``clauses.in_aside``: "X, whose depot
    employs 200 people,") that holds none of the question's terms but its focus, nor do the words
    it hangs on ("the arrival of Y, who joins for a fee of £35 million" for "How much did Z pay for
    Y?")? The aside tells a fact of another thing than the one asked, unless it reports what its
    bearer says (``_says``: "X, a coordinator with the rescue charity, who says 95 volunteers
    combed the slopes"): then it is that speaker's account of the fact."""
    v = _value_of(c)
    if v is None or not in_aside(c.sentence, v.start):
        return False
    start = clause_spans(c.sentence, v.start)[0][0]
    if any(_says(w.lower()) for w in words(c.sentence[start:v.start])[1:2]):
        return False
    hung = terms(c.sentence[:start] + " " + clause_of(c.sentence, v.start))
    return not (set(question.terms) - {question.focus}) & set(hung)


def _told(question: Question, best: Candidate, other: Candidate, dates: Mapping[str, str]) -> bool:
    """Are two days or two names, typed alike, different values of one fact told with the
    question's words (``_told_with``), the other at ``_told_share`` of the best's probability
    at least, from sentences that hold ``RIVAL_COVER`` of its terms? The other's may hold
    ``RIVAL_COVER_TOLD`` when it is told with a word the best is not, or both are led by the same
    words (``_led_alike``, at the lower share too): told with fewer, it may only share the subject
    ("union leader X said the walkout would end" / "Y called the walkout irresponsible"). A day its
    own article is dated tells when the outlet reports ("left port on Monday") as often as the
    fact: no rival."""
    # a name's words may be another outlet's for the question's ("leading the inquiry"); a day's are
    # too loosely related ("a confidence vote" is no "going to the polls")
    sensed = _family(best) == "name"
    mine, theirs = _told_with(question, best, sensed=sensed), _told_with(question, other, sensed=sensed)
    # told with every word the question asks with, its sentence holds them all, in its own words or not
    # a clock time is told with fewer words than a day ("the alarm sounded at 1:20 a.m."): the lower cover
    clocks = _clocks_asked(question, best, other)
    alike = _led_alike(best, other)  # "served formal strike notice on <day>" / "served notice of the strike on <day>"
    cover = 0.0 if _told_all(question, theirs) else RIVAL_COVER if theirs < mine and not (clocks or alike) \
        else RIVAL_COVER_TOLD
    return (_family(best) in ("date", "name") and _family(other) == _family(best)
            and other.feature("type_exact") == best.feature("type_exact")
            and other.probability >= _told_share(question, theirs, alike=clocks or alike) * best.probability
            and best.feature("sentence_cover") >= RIVAL_COVER and other.feature("sentence_cover") >= cover
            and not _agree(best, other) and not _report_day(other, dates) and bool(mine) and bool(theirs))


def _led_alike(a: Candidate, b: Candidate) -> bool:
    """Are two candidates' values led by ``ALIGNED_TERMS`` shared content terms among the
    ``ALIGN_REACH`` words before each ("served formal strike notice on May 24" / "served notice of the
    strike on May 22")? Two outlets then tell one deed, each with its own value."""
    led = []
    for c in (a, b):
        start = c.sentence.lower().find(c.text.lower())
        led.append(set(terms(" ".join(_context(c.sentence, start, start + len(c.text))[0]))) if start >= 0 else set())
    return len(led[0] & led[1]) >= ALIGNED_TERMS


def _grains_apart(a: Candidate, b: Candidate) -> bool:
    """Is one of two dates a single day and the other a whole year or more ("on Wednesday" /
    "the first strike since 2019"), or a clock time? Outlets that disagree over a day name other
    days; a year beside a day dates another event."""
    da, db = _days(a), _days(b)
    if _clock(a) and _clock(b):
        return False  # two times of day, one read with its day ("3.15am yesterday"), one without
    if _family(a) == _family(b) == "date" and (da is None) != (db is None):
        return True  # a clock time ("13:50") beside a day tells another moment
    if da is None or db is None:
        return False
    spans = sorted((_dt.date.fromisoformat(d[1]) - _dt.date.fromisoformat(d[0])).days for d in (da, db))
    return spans[0] == 0 and spans[1] >= YEAR_DAYS


def _told_share(question: Question, told: set[str], *, alike: bool) -> float:
    """The share of the best's probability a day or a name told with ``told`` needs to be a rival:
    ``RIVAL_SHARE_MEASURED`` when it is told with every term of the question but its focus (two at
    least: "Rescue coordinator X, who is leading the search" for "Who is leading the search?"),
    or ``alike``, both clock times a question for a time of day asks (``_clocks_asked``) or both
    led by the same words (``_led_alike``), as a figure of the same measure is, else ``RIVAL_SHARE_TOLD``."""
    return RIVAL_SHARE_MEASURED if _told_all(question, told) or alike else RIVAL_SHARE_TOLD


def _clocks_asked(question: Question, a: Candidate, b: Candidate) -> bool:
    """Are two candidates clock times (``_clock``) and the question asks for a time of day (``CLOCK_FOCUS``)?"""
    return question.focus in CLOCK_FOCUS and bool(_clock(a)) and bool(_clock(b))


def _clock(c: Candidate) -> str:
    """The time of day ("02:40") a candidate that is a clock time alone states ("2:40 a.m.", "2.40am"), else ""."""
    found = read_dates(c.text)
    return found[0].time if len(found) == 1 and found[0].kind == "time" and found[0].time[:1].isdigit() else ""


def _clock_span(c: Candidate, clock: str) -> tuple[float, float]:
    """The minutes after midnight a clock-time candidate may denote: its time with the slack of a hedge before
    it (``values.clock_hedge``), in its own words ("just before 7am") or its sentence's ("shortly after 9pm"), so
    "6:52am" is one time with "just before 7am"."""
    at = next((m.start() for m in re.finditer(r"\d", c.text)), 0)
    told = c.sentence.lower().find(c.text.lower())
    hedge = clock_hedge(c.text, at) or (clock_hedge(c.sentence, told + at) if told >= 0 else None)
    minutes = float(_minutes(clock))
    return (minutes, minutes) if hedge is None else (minutes - hedge[1], minutes + hedge[2])


def told_exactly(best: Candidate, found: Sequence[Candidate]) -> Candidate | None:
    """The clock time among the ``RIVAL_DEPTH`` best of ``found`` told as it is that a best hedged to one side holds
    strictly ("10.52pm" in "just before 11pm"): one moment, the exact time the better answer; ``None`` when the best
    is no such time or no other is told inside it ("11am" is the mark of "just after 11am", "5.30pm" may be another
    moment than "about 5.40pm")."""
    if not (clock := _clock(best)):
        return None
    low, high = _clock_span(best, clock)
    if low == high or _minutes(clock) not in (low, high):
        return None
    return next((c for c in found[:RIVAL_DEPTH] if c is not best and (exact := _clock(c))
                 and (told := _clock_span(c, exact))[0] == told[1] and low < told[0] < high), None)


def _minutes(clock: str) -> int:
    """Minutes after midnight of a clock time ("02:40" -> 160)."""
    hours, minutes = clock.split(":")
    return int(hours) * HOUR_MINUTES + int(minutes)


def _told_all(question: Question, told: set[str]) -> bool:
    """Is a value told with every term of the question but its focus (two at least)?"""
    wanted = set(question.terms) - {question.focus}
    return len(wanted) >= 2 and wanted <= told


def _told_with(question: Question, c: Candidate, *, sensed: bool = False) -> set[str]:
    """The question's terms among the ``ALIGN_REACH`` content words either side of where a
    candidate's sentence writes it out, but for what it asks (its focus), the value's own words
    and, beside a name, the question's names (a name beside another is often one of a list: "X
    sent Y and Z"; a day beside one says when its bearer did something). Stop words are skipped:
    "crashed near the old quarry in the Aug. 11 accident" tells the day of the crash. With
    ``sensed``, a word of a term's sense tells it too (``_sensed_near``: "the inquiry" for "the
    investigation"), as it does for two names' rivalry, not for whether a lone one is tied."""
    start = c.sentence.lower().find(c.text.lower())
    if start < 0:
        return set()
    end = start + len(c.text)
    said = _near(question, c.sentence, start, end, content=True)
    if sensed:
        said |= _sensed_near(question, c.sentence, start, end)
    said -= {question.focus}
    return said if _family(c) == "date" else said - set(question.names)


def _sensed_near(question: Question, text: str, start: int, end: int) -> set[str]:
    """The question's terms whose word has a word of its sense (``senses.related``: "inquiry" for
    "investigation") among the ``ALIGN_REACH`` content words either side of a value at
    ``start:end`` of ``text``: another outlet tells the fact in its own words."""
    near = [w for w in words(text[:start].lower()) if w not in STOP_WORDS][-ALIGN_REACH:] \
        + [w for w in words(text[end:].lower()) if w not in STOP_WORDS][:ALIGN_REACH]
    return _sensed(question, near)


def _sensed(question: Question, said: Sequence[str]) -> set[str]:
    """The question's terms whose word has a word of its sense (``senses.related``) among the content
    words ``said``; a word that is itself a question's term speaks for no other ("250,000 people"
    tells no "live"), nor does a stop word ("is" for "live")."""
    asked = set(question.terms)
    stems = {light_stem(present_form(w)) for w in said if w not in STOP_WORDS and not asked & set(terms(w))}
    return {t for w in words(question.text.lower()) for t in terms(w)[:1]
            if t in question.terms and any(related(light_stem(w), s) for s in stems)}


def _a_name(c: Candidate) -> bool:
    """Is a candidate a name typed as the question asks ("Under which street ...": a street's name)?"""
    return _family(c) == "name" and c.feature("type_exact") == 1.0 and any(
        n.text == c.text for n in proper_names(c.sentence))


def _report_day(c: Candidate, dates: Mapping[str, str]) -> bool:
    """Is a date candidate one day, the day every document stating it is dated?"""
    days = _days(c)
    return days is not None and days[0] == days[1] and all(dates.get(d) == days[0] for d in c.documents)


def _stated_with(question: Question, c: Candidate) -> set[str] | None:
    """The question's terms a figure or a date is stated with: its sentence's words within
    ``ALIGN_REACH`` of its value, but for what a count counts (the question's focus, the value's
    own words; a rate's focus, "inflation", is what it measures and stays); ``None`` for a name, or a date its sentence does not write out ("yesterday" read as a
    day). The verb or event beside a figure or a date says what it is of; a rival value of the
    same fact is stated with the question's words too when the best is."""
    v = _value_of(c)
    if v is not None and v.kind == "quantity":
        return _near(question, c.sentence, v.start, v.end, content=False) - ({question.focus} if v.dimension == "count" else set())
    if _family(c) == "date" and (start := c.sentence.lower().find(c.text.lower())) >= 0:
        return _near(question, c.sentence, start, start + len(c.text), content=False) - {question.focus}
    return None


def _clause_holds(c: Candidate, said: set[str]) -> bool:
    """Does the clause of a candidate's sentence that states its value (``clauses.clause_spans``,
    an aside left out) hold, before the value (where its subject and verb stand), ``RIVAL_COVER``
    of the terms of ``said`` (one at least), and no other value of its dimension? A figure's
    subject may stand further from it than the window of ``_stated_with`` reaches, but not past
    its own clause ("The evacuation of the vessel was completed in just over 90 minutes" for "The
    evacuation took about three hours"); words after it tell another fact as often ("raised its
    rate to 4.5 percent on Thursday, saying inflation was falling"), and a clause with two
    figures of one dimension ("backed action by 78% on a 74% turnout") may say its words of either."""
    v = _value_of(c)
    if v is None:
        return False
    spans = clause_spans(c.sentence, v.start)
    if any(w.kind == v.kind and w.dimension == v.dimension and w.start != v.start
           and any(a <= w.start < b for a, b in spans) for w in values(c.sentence)):
        return False
    held = said & set(terms(" ".join(c.sentence[a:min(b, v.start)] for a, b in spans if a < v.start)))
    return bool(held) and len(held) >= RIVAL_COVER * len(said)


def _agree(a: Candidate, b: Candidate) -> bool:
    """Can two candidates both be true of one thing? Quantities as the text layer compares them,
    days whose spans overlap ("Monday" and "Monday night"), clock times of one minute, or a whole
    number of hours apart where a time zone is named (one moment in two zones), else when one's words are the other's."""
    va, vb = _value_of(a), _value_of(b)
    if va is not None and vb is not None and va.kind == vb.kind == "quantity":
        return va.compatible(vb)
    if (da := _days(a)) and (db := _days(b)):
        return da[0] <= db[1] and db[0] <= da[1]
    if (ca := _clock(a)) and (cb := _clock(b)):  # "2:40 a.m." and "2.40am"; "09:12 GMT" and "10:12 a.m. CET"
        apart = _minutes(ca) - _minutes(cb)
        zoned = any(_ZONE_RE.search(c.text) or _ZONE_RE.search(c.sentence) for c in (a, b))
        (low_a, high_a), (low_b, high_b) = _clock_span(a, ca), _clock_span(b, cb)
        return apart == 0 or zoned and apart % HOUR_MINUTES == 0 or low_a <= high_b and low_b <= high_a
    ka, kb = set(a.key.split()), set(b.key.split())
    return ka <= kb or kb <= ka


def _days(c: Candidate) -> tuple[str, str] | None:
    """The first and last day (ISO) a date candidate may denote, from its key ("low/high/time")."""
    parts = c.key.split("/")
    return (parts[0], parts[1]) if len(parts) == 3 and parts[0][:1].isdigit() else None


def _measured_rivals(question: Question, best: Candidate, other: Candidate) -> bool | None:
    """Do two quantity candidates measure one thing (``_counts_alike``: a count of the same
    noun or of people in two words, one currency, one dimension) with values that cannot both be true and are not a part
    and its whole (``conflicts.orders_apart``)? ``None`` when either is no quantity with a measure, or the
    best is a running count (``values.TALLIES``), which the conflict finder reads as an update."""
    a, b = _value_of(best), _value_of(other)
    if a is None or b is None or a.kind != "quantity" or b.kind != "quantity" or measure(a) is None \
            or a.noun in TALLIES:  # a running count (the dead, the missing) grows: a later figure updates it
        return None
    if former(other.sentence, b):
        return False  # the value before a change its sentence states ("61%, down from 67%") is no rival
    return _counts_alike(a, b, question) and not a.compatible(b) and not orders_apart(a, b)


def _counts_others(v: Value) -> bool:
    """Does a quantity count ``OTHERS``, the rest beside someone ("X and eight other officers",
    "the five others")?"""
    return OTHERS in words(v.text.lower())[1:] or v.noun == OTHERS


def _counts_a_part(question: Question, v: Value) -> bool:
    """Is a quantity a count of ``OTHERS`` when the question asks for no others (``ASKS_OTHERS``:
    "How many officers were held?": "X and eight other officers" are nine, no rival of "nine")?"""
    return _counts_others(v) and not ASKS_OTHERS & set(words(question.text.lower()))


def _periods_apart(*told: tuple[str, Value | None]) -> bool:
    """Are two values, each with its sentence, both rates per a period (``conflicts.rate_period``), each another
    ("about 9,000 meals a day" / "60,000 meals a week")? Two such figures measure two things, never one told twice."""
    periods = {rate_period(text, v) for text, v in told if v is not None}
    return len(periods) == 2 and "" not in periods


def _scoped_apart(a: Candidate, b: Candidate) -> bool:
    """Are two candidates' figures of two scopes (``values.scopes_apart``: one per item, one a whole or a cap)?"""
    x, y = _value_of(a), _value_of(b)
    return x is not None and y is not None and scopes_apart(scope(a.sentence, x), scope(b.sentence, y))


def _value_of(c: Candidate) -> Value | None:
    """The value a candidate states, as the text layer reads it in the candidate's sentence (a
    figure shown without its bounding word, "45,000" of "some 45,000", found by its key)."""
    said = c.text.lower()
    return next((v for v in values(c.sentence) if said in (v.text.lower(), v.label.lower())
                 or isinstance(v.span, Quantity) and quantity_key(v.span) == c.key), None)


def _writers(c: Candidate, members: Sequence[Sentence]) -> set[str]:
    """The documents among ``members`` that write ``c`` out, in any case ("Six workers were
    trapped" writes out "six"), but not as the value they reject ("15 men, not 14") nor as part of
    a longer figure or a time ("14:05", "14,000")."""
    written = re.compile(rf"(?<![\w.,:])(?<!\bnot ){re.escape(c.text)}(?!\w|[:.,]\d)", re.I)
    return {m.doc_id for m in members if written.search(m.text)}


def _written_out(c: Candidate, members: Sequence[Sentence]) -> Candidate:
    """``c`` with the documents among ``members`` that write it out (``c`` when none does)."""
    said = _writers(c, members)
    return replace(c, documents=tuple(sorted(said))) if said else c


def candidate_conflict(question: Question, found: Sequence[Candidate], evidence: Sequence[Scored] = (),
                       dates: Mapping[str, str] | None = None) -> Conflict | None:
    """The disagreement among an answer's candidates: the best and its rivals (see ``_rivals``;
    compared with the best as a sentence writes it out, ``_restating``), each side with the
    documents that state or support it (but for one that writes out another side's value), most
    sources first; ``None`` when they agree, or the question asks for a reason, or for something
    else than a name (``_a_name``) without a kind.
    ``evidence``, the ranked ``Scored`` items the candidates were read from, tells which
    documents write a candidate out: an outlet that supports a sentence may not give its figure,
    and only one that writes out two values gives two facts. ``dates`` (each document's date)
    tells the day an outlet reports on."""
    if not found or question.kind == "reason" or question.kind == "other" and not _a_name(found[0]):
        return None
    members = [m for e in evidence for m in e.group.members]
    written = [_written_out(c, members) for c in found]
    k = _restating(written)  # rivals are told with the question's words as the best's wording tells it (``_told``)
    lead = replace(written[0], text=written[k].text, key=written[k].key, sentence=written[k].sentence,
                   documents=written[k].documents)
    def rivals_of(best: Candidate, skip: set[int]) -> list[int]:
        return [j for j, w in enumerate(written) if j not in skip and _rivals(question, best, w, dates or {})
                and (not set(w.documents) & set(written[0].documents) or _said_apart(question, written[0], w)
                     or _sourced_apart(written[0], w))]

    first = rivals_of(lead, {0, k})
    # a rival of a rival (at the lead's probability) is a side the lead agrees with but that
    # rival does not: the best may span both ("300 to 500" jobs beside "about 320" / "more than 450")
    more = [j for r in first for j in rivals_of(replace(written[r], probability=lead.probability), {0, k, *first})]
    rivals = [found[j] for j in sorted({*first, *more})]
    # a sentence stating two rivals that disagree tells two facts ("on Thursday called an election for June 21")
    # unless one of them is stated with more of the question's words (``_told_more``: "whose $3.8m grant
    # ..., said it would ask for $1.1m back")
    rivals = [c for c in rivals if not any(o.sentence == c.sentence and not _agree(o, c) and not _told_more(question, c, o)
                                           for o in rivals)]
    if not rivals:
        return None
    sides: list[list[Candidate]] = [[found[0], found[k]] if k else [found[0]]]
    for c in rivals:  # rivals that agree ("40 feet", "12 metres"; "Monday", "Monday night") are one side
        joined = next((side for side in sides[1:] if _agree(side[0], c)), None)
        if joined:
            joined.append(c)
        else:
            sides.append([c])
    # an outlet that supports a side's sentence but writes out another side's value is on that side only
    writers = [{d for c in side for d in _writers(c, members)} for side in sides]
    held = [{d for c in side for d in c.documents} for side in sides]
    documents = [tuple(sorted({d for d in held[n] if d in writers[n] or not any(d in w for w in writers)}
                              or held[n])) for n in range(len(sides))]
    order = sorted(range(len(sides)), key=lambda k: (-len(documents[k]), -sides[k][0].probability))
    kind = QUESTION_KINDS.get(question.kind, ("name", None))[0]
    return Conflict(" ".join(question.terms), kind,
                    tuple(Side(sides[k][0].text if n == 0 else _as_written(sides[k][0]), sides[k][0].sentence,
                               documents[k]) for n, k in enumerate(order)))


def _told_more(question: Question, c: Candidate, o: Candidate) -> bool:
    """Is ``c`` stated with ``MORE_FULLY`` more of the question's terms than ``o`` of its sentence is
    (``_stated_counts``)? Of two figures one sentence gives, it is the one of the fact asked."""
    counts = _stated_counts(question, c, o)
    return counts is not None and counts[0] >= counts[1] + MORE_FULLY


def _as_written(c: Candidate) -> str:
    """A candidate as its sentence bounds it ("more than 700" of "700"): a side beside the answer
    is shown as its outlet states it, the answer as the answerer reads it."""
    v = _value_of(c)
    return v.label if v is not None and v.kind == "quantity" and v.label.lower() != c.text.lower() else c.text


def _restating(written: Sequence[Candidate]) -> int:
    """Where the best of ``written`` (``[0]``) is written out: 0 when its sentence writes it, else
    the first candidate that agrees with it and is written out (the best may be a day read from
    "this morning" and the article's date: "early on Sunday" words it); 0 when none is."""
    best = written[0]
    if best.text.lower() in best.sentence.lower():
        return 0
    return next((k for k, c in enumerate(written)
                 if k and _agree(best, c) and c.text.lower() in c.sentence.lower()), 0)


def _spans(text: str) -> list[Value]:
    """The values of ``text``, with the names the text layer leaves untyped ("Mercer Township")."""
    found = values(text)
    return found + [Value("name", n.kind, n.text, n.start, n.end, 0.0, 0.0, label=n.text, span=n)
                    for n in proper_names(text) if n.kind == "name"
                    and not any(v.start < n.end and n.start < v.end for v in found)]


def _context(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The ``ALIGN_REACH`` words before a value at ``start:end`` (nearest first) and after it, lower-cased."""
    return words(text[:start].lower())[::-1][:ALIGN_REACH], words(text[end:].lower())[:ALIGN_REACH]


def _aligned(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two runs of words away from a value start with ``ALIGNED_TERMS`` shared content words?"""
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += x not in STOP_WORDS
    return shared >= ALIGNED_TERMS


def _differ(a: Value, b: Value) -> bool:
    """Are two values of the same kind, and not both true of one thing? An untyped name may be any name."""
    if a.kind != b.kind or (a.dimension != b.dimension and "name" not in (a.dimension, b.dimension)):
        return False
    return not same_name(a.text, b.text) if a.kind == "name" else not a.compatible(b)


def aligned_conflict(question: Question, best: Candidate, evidence: Sequence[Scored],
                     dates: Mapping[str, str] | None = None) -> Conflict | None:
    """The disagreement where a sentence stating the best candidate and another outlet's are the
    same statement with another value in its place (``_aligned`` wording before or after it): each
    side with the documents that state it, values that agree as one side, most sources first;
    ``None`` when none. ``evidence`` is ranked ``Scored`` items; each member sentence of their
    groups is read (near-duplicates that differ in a value are grouped); a sentence that names another
    year than the best's (``_other_years``, read against ``dates``, each document's date) tells another fact."""
    if question.yes_no or not is_short(best.text):
        return None
    said = best.text.lower()
    members = {m.key: m for e in evidence for m in e.group.members}.values()
    read = [(m, _spans(m.text)) for m in members]
    stated = [(m, v) for m, spans in read for v in spans if said in (v.text.lower(), v.label.lower())]
    if not stated:
        return None
    contexts = [_context(m.text, v.start, v.end) for m, v in stated]
    sources, texts = {best.text: {m.doc_id for m, _ in stated}}, {best.text: stated[0][0].text}
    positions, kept = {best.text: {m.key for m, _ in stated}}, {best.text: stated[0][1]}
    day = dates or {}
    years = _years(stated[0][0].text, day.get(stated[0][0].doc_id, ""))
    for m, spans in read:
        if m.doc_id in sources[best.text] or _other_years(years, _years(m.text, day.get(m.doc_id, ""))):
            continue
        for v in spans:
            mine = _context(m.text, v.start, v.end)
            if _differ(stated[0][1], v) and any(_aligned(ctx[k], mine[k]) for ctx in contexts for k in (0, 1)):
                # a value that agrees with another side's ("40 miles (64 km)") is that side
                side = next((k for k, w in kept.items() if k != best.text and not _differ(w, v)), v.label)
                kept.setdefault(side, v)
                sources.setdefault(side, set()).add(m.doc_id)
                positions.setdefault(side, set()).add(m.key)
                texts.setdefault(side, m.text)
    if len(sources) < 2:
        return None
    sides = sorted(sources, key=lambda value: -len(sources[value]))  # stable: the best first on a tie
    return Conflict(" ".join(question.terms), stated[0][1].kind,
                    tuple(Side(value, texts[value], tuple(sorted(sources[value])), tuple(sorted(positions[value])))
                          for value in sides))


def _near(question: Question, text: str, start: int, end: int, *, content: bool) -> set[str]:
    """The question's terms among the ``ALIGN_REACH`` words either side of a value at
    ``start:end`` of ``text``, but the value's own words: with ``content``, content words (stop
    words skipped, so the window reaches past "the", "in the"), else any words (a figure's
    window stays on the verb or noun right beside it)."""
    if content:
        near = terms(text[:start])[-ALIGN_REACH:] + terms(text[end:])[:ALIGN_REACH]
    else:
        before, after = _context(text, start, end)
        near = terms(" ".join(before + after))
    return set(question.terms) & set(near) - set(terms(text[start:end]))


def _counts_alike(a: Value, b: Value, question: Question) -> bool:
    """Do two quantities measure one thing (``conflicts.measure``)? A count of people said
    without a noun ("a crowd of 38,000"), or with what befell them ("450 people were moved
    out"), counts what the question counts when that may be people (``_may_be_people``: "how many
    spectators", not "how many vehicles"); people of two fates (the dead, the missing) are two measures."""
    if measure(a) == measure(b):
        return True
    if a.noun in TALLIES and b.noun in TALLIES:
        return False
    nouns = {_people_counted(a), _people_counted(b)}
    if a.dimension != b.dimension or a.dimension != "count" or PEOPLE not in nouns:
        return False
    if question.focus in nouns:
        return all(_may_be_people(v) for v in (a, b) if _people_counted(v) != PEOPLE)
    # no noun asked ("How big is the team?"): people and a known kind or group of people ("340 staff" / "410 people")
    return not question.focus and all(_names_people(v) for v in (a, b) if _people_counted(v) != PEOPLE)


def _names_people(v: Value) -> bool:
    """Is a count's noun one the senses table knows as a kind of person ("employees") or a group of
    them (``SOCIAL_UNITS``: "staff", "crew")?"""
    said = _counted_stem(v)
    return is_person(said) or bool(SOCIAL_UNITS & kinds(said))


def _may_be_people(v: Value) -> bool:
    """May a count's noun be people: a kind of person (``senses.is_person``: "spectators",
    "passengers"), of a kind that is one ("fans": supporters), a group of them (``SOCIAL_UNITS``:
    "crew", "staff"), or a noun the senses table does not know? Vehicles, boats or jobs are not
    ("killing five people" / "11 vehicles in the river")."""
    said = _counted_stem(v)
    found = kinds(said)
    return is_person(said) or not found or bool(SOCIAL_UNITS & found) or any(map(is_person, found))


def _counted_stem(v: Value) -> str:
    """The ``light_stem`` of the last word of the noun a count counts ("" without one)."""
    noun = v.span.noun if isinstance(v.span, Quantity) and v.span.noun else v.noun
    return light_stem(noun.split()[-1].lower()) if noun else ""


def _people_counted(v: Value) -> str:
    """``v``'s counted noun, or people when it counts people by what befell them ("450 people
    were evacuated": ``values.TALLIES``)."""
    noun = v.span.noun if isinstance(v.span, Quantity) else ""
    return PEOPLE if v.noun in TALLIES and noun and stem(noun.split()[-1]) == PEOPLE else v.noun


def stated_elsewhere(question: Question, best: Candidate, groups: Sequence[Group]) -> Conflict | None:
    """The disagreement over a figure the question asks for, searched in every sentence of the
    articles, not only in the evidence ranked for the question (another outlet may word the
    fact apart from the question): sentences of the documents that do not write the best
    candidate out that state a quantity of the same measure (``_counts_alike``) that cannot
    be true with it, nor is a part of it or its value before a change (and that state no value
    that can, nor count others: ``_counts_a_part``; such a sentence tells two facts or parts
    apart), with every question term the best states its value with (``_near``, at least
    one) and the question's names its sentence holds. Each side with the documents that state
    it, values that agree as one side, most sources first (the best first on a tie); ``None``
    when no rival is found or the question asks for no quantity. Running counts
    (``values.TALLIES``) grow: no rival."""
    if QUESTION_KINDS.get(question.kind, (None,))[0] != "quantity" or not is_short(best.text):
        return None
    a = _value_of(best)
    if a is None or a.kind != "quantity" or measure(a) is None or a.noun in TALLIES:
        return None
    beside = _near(question, best.sentence, a.start, a.end, content=False) - {question.focus}
    named = set(question.names) & set(terms(best.sentence))
    members = [m for g in groups for m in g.members]
    own = {m.doc_id for m in members if best.text in m.text}
    if not beside or not own:
        return None
    kept: dict[str, tuple[Value, list[Sentence]]] = {best.text: (a, [m for m in members if best.text in m.text])}
    for m in members:
        if m.doc_id in own or not named <= set(terms(m.text)) \
                or not beside <= set(terms(m.text)) | _sensed(question, words(m.text.lower())):
            continue  # the words the best is stated with, or words of their sense ("a three-day walkout")
        said = values(m.text)
        alike = [v for v in said if v.kind == "quantity" and _counts_alike(a, v, question)]
        if any(a.compatible(v) for v in alike) or any(_counts_a_part(question, v) for v in said):
            continue  # it states the best's value too, or counts a part ("four ... the five others")
        for v in alike:
            near = _near(question, m.text, v.start, v.end, content=False)
            if orders_apart(a, v) or former(m.text, v) or scopes_apart(scope(best.sentence, a), scope(m.text, v)) \
                    or not beside <= near | _sensed_near(question, m.text, v.start, v.end) \
                    or not beside <= near and _dated_apart(m.text, v, said):
                continue
            side = next((k for k, (w, _) in kept.items() if k != best.text and w.compatible(v)), v.text)
            kept.setdefault(side, (v, []))[1].append(m)
    return _sides_of(question, "quantity", kept)


def _dated_apart(text: str, v: Value, said: Sequence[Value]) -> bool:
    """Does the clause of ``text`` stating ``v`` date it by a whole year ("after the X Fire burned 40
    homes in 2023")? A figure told in words of the question's sense only is then of another event."""
    spans = clause_spans(text, v.start)
    return any(w.dimension == "date" and w.high - w.low >= YEAR_DAYS and any(a <= w.start < b for a, b in spans)
               for w in said)


def _measured_noun(text: str, v: Value) -> str:
    """The first content term after a quantity ``v`` of ``text`` ("400-metre extension" -> "extens"): what it
    measures."""
    after = terms(text[v.end:])
    return after[0] if after else ""


def _said_by_another(text: str, v: Value, other: str, at: int) -> bool:
    """Does ``text`` give its value ``v`` in what a verb of saying (``_says``) reports, with no mark between them
    ("the county said, and about 400 spent last night ..." reports no night), and does its speaker (``_speaker``:
    "Campaigners, who studied the drawings, say ...") have words that the speaker of ``other``'s value at ``at``
    lacks?"""
    said = [m for m in WORD_RE.finditer(text, 0, v.start) if _says(m.group().lower())]
    return bool(said) and not re.search(r"[,;:]", text[said[-1].end():v.start]) \
        and bool(_speaker(text, v.start) - _speaker(other, at))


def _speaker(text: str, at: int) -> set[str]:
    """The terms before the last verb of saying before ``at`` in ``text`` (who says the value there, an aside
    between included), or before ``at`` when none stands there (the subject that states it)."""
    said = [m for m in WORD_RE.finditer(text, 0, at) if _says(m.group().lower())]
    return set(terms(text[:said[-1].start() if said else at]))


def rejoined(question: Question, best: Candidate, groups: Sequence[Group],
             dates: Mapping[str, str] | None = None) -> Conflict | None:
    """The disagreement where an outlet sets beside a sentence that writes the best figure or day the sentence
    before or after it, in which someone else says another value of the same thing ("The airport talks about a
    400-metre extension. Campaigners, who studied the drawings, say they show a 650-metre extension."; "... had
    first recommended a halt on 28 April. The company said the recommendation was made on 6 May."): a news
    convention of setting one party's account against another's, the second told in the speaker's own words (which
    need not repeat the question's). That sentence must give its one value of that kind after a verb of saying
    whose speaker the first's lacks (``_said_by_another``), of the same thing (``_rejoins``), as must any other
    sentence that joins its side by stating a value that agrees with it. For a question that asks for a quantity
    or a date; sides as ``_sides_of`` gives them; ``None`` when none. ``dates`` (each document's date) resolves days."""
    kind = QUESTION_KINDS.get(question.kind, (None,))[0]
    if kind not in ("quantity", "date") or question.yes_no or not is_short(best.text) or _family(best) == "name":
        return None
    members = [m for g in groups for m in g.members]
    stating = [(m, a) for m in members if best.text in m.text and (a := _stated_value(best, m, dates or {}))]
    if not stating or stating[0][1].kind != kind or kind == "quantity" and (
            measure(stating[0][1]) is None or stating[0][1].noun in TALLIES):
        return None
    a = stating[0][1]
    kept: dict[str, tuple[Value, list[Sentence]]] = {best.text: (a, [m for m, _ in stating])}
    for m in members:
        beside = next((s for s, _ in stating if m.doc_id == s.doc_id and abs(m.index - s.index) == 1), None)
        if beside is None:
            continue
        said = values(m.text, anchor_date((dates or {}).get(m.doc_id, "")))
        alike = [v for v in said if v.kind == a.kind and (_counts_alike(a, v, question) if kind == "quantity"
                                                          else v.dimension == "date" and v.exact and a.exact)]
        if len(alike) != 1 or a.compatible(alike[0]) or orders_apart(a, alike[0]) or former(m.text, alike[0]):
            continue
        v = alike[0]
        if _said_by_another(m.text, v, beside.text, beside.text.find(best.text)) \
                and _rejoins(question, best, a, m.text, v):
            kept.setdefault(v.text if kind == "quantity" else v.label, (v, []))[1].append(m)
    rivals = [(v, sentences) for k, (v, sentences) in kept.items() if k != best.text]
    for m in members:  # the other outlets that state a rival value of the same thing are on its side
        said = values(m.text, anchor_date((dates or {}).get(m.doc_id, ""))) if rivals else []
        for v, sentences in rivals:
            if m not in sentences and any(w.kind == v.kind and w.dimension == v.dimension and v.compatible(w)
                                          and not a.compatible(w) and _rejoins(question, best, a, m.text, w)
                                          for w in said):
                sentences.append(m)
    return _sides_of(question, kind, kept)


def _rejoins(question: Question, best: Candidate, a: Value, text: str, v: Value) -> bool:
    """Is ``v`` of ``text`` a value of what the best's ``a`` states: a count of the same counted noun where the
    question counts a state (its deed would be told beside each figure: ``_counted_as_fully``), a measure of
    the same noun (``_measured_noun``), or a day told with a question term the best's is told with (``_told_with``),
    and not the day it is reported?"""
    if a.kind == "quantity" and a.dimension == "count":  # "six patients" is no count of what "risen to 52" counts;
        # nor, for a deed asked ("How many homes were flooded?"), one by another deed ("450 homes have been evacuated")
        return bool(a.noun) and v.noun == a.noun and not count_deed(question)
    if a.kind == "quantity":
        return bool(noun := _measured_noun(best.sentence, a)) and _measured_noun(text, v) == noun
    told = _near(question, text, v.start, v.end, content=True) - {question.focus}
    return bool(told & _told_with(question, best)) and not report_date(text, v)


def _stated_value(best: Candidate, sentence: Sentence, dates: Mapping[str, str]) -> Value | None:
    """The value of ``sentence`` (which states the best candidate) that the best reads: its
    quantity (``_value_of``), or the day its key gives, read against the sentence's article's date."""
    if _family(best) != "date":
        return _value_of(best)
    days = _days(best)
    return next((v for v in values(sentence.text, anchor_date(dates.get(sentence.doc_id, ""))) if v.dimension == "date" and days
                 and (v.low, v.high) == (_dt.date.fromisoformat(days[0]).toordinal(),
                                         _dt.date.fromisoformat(days[1]).toordinal())), None)


def _masked(text: str, said: Sequence[Value]) -> set[str]:
    """The content terms of ``text`` but those of the figures and dates ``said`` in it (its names
    tell what it is about: they stay)."""
    kept, at = [], 0
    for v in said:
        if v.kind == "name":
            continue
        kept.append(text[at:v.start])
        at = max(at, v.end)
    return set(terms(" ".join(kept) + " " + text[at:]))


def _restates(mine: set[str], theirs: set[str]) -> bool:
    """Do two sentences' terms, values left out, share ``RESTATED_SHARE`` of the longer's and ``ALIGNED_TERMS``?"""
    shared = len(mine & theirs)
    return shared >= ALIGNED_TERMS and shared >= RESTATED_SHARE * max(len(mine), len(theirs))


def _could_restate(mine: set[str], text: str) -> bool:
    """Could ``text`` restate a sentence whose masked terms are ``mine`` (``_restates``)? Its
    masked terms are among its terms, so too few shared terms rules it out before its values
    are read (the costly part, done then for few sentences of an archive)."""
    return _restates(mine, mine & set(terms(text)))


def _flanks(text: str, v: Value, said: Sequence[Value]) -> tuple[set[str], set[str]]:
    """The content terms of the ``ALIGN_REACH`` words before a value ``v`` of ``text`` and after
    it, but the words of the names ``said`` in it."""
    names = {t for n in said if n.kind == "name" for t in terms(n.text)}
    before, after = _context(text, v.start, v.end)
    return set(terms(" ".join(before))) - names, set(terms(" ".join(after))) - names


def _beside_alike(mine: tuple[set[str], set[str]], theirs: tuple[set[str], set[str]], a: Value) -> bool:
    """Do two values' ``_flanks`` share a term on the same side: the verb a day follows ("put under
    house arrest on <day>" / "placed under house arrest ... this morning", not "left port on <day>";
    what follows a day is often who said it), or either side of a figure ("killed 12 people" / "12
    people were killed")?"""
    return bool(mine[0] & theirs[0]) or a.dimension != "date" and bool(mine[1] & theirs[1])


def _rival_value(a: Value, v: Value, text: str, own: str) -> bool:
    """Is ``v`` of ``text`` another value of what ``a`` of ``own`` states: a quantity of the same measure and scope
    (``values.scopes_apart``: not "£30,000 in total" for "each was given £6,000") within the conflict finder's ratio
    (not the value before a change), or another day within its reach?"""
    if v.kind != a.kind or v.dimension != a.dimension or a.compatible(v) or orders_apart(a, v) \
            or scopes_apart(scope(own, a), scope(text, v)):
        return False
    return (v.kind == "quantity" and measure(a) == measure(v) and not former(text, v)
            or v.dimension == "date" and v.exact and a.exact)


def restated_elsewhere(question: Question, best: Candidate, groups: Sequence[Group],
                       dates: Mapping[str, str]) -> Conflict | None:
    """The disagreement where another outlet restates a sentence stating the best candidate
    (``_restates``: their terms with the values left out, whatever order or words tell the value:
    "was placed under house arrest this morning" / "was put under house arrest on Tuesday") with
    one other value of the same measure in its place (``_rival_value``) and none that agrees,
    searched in every sentence of the articles. For a question that asks for a quantity or a
    date; each side with the documents that state it (values that agree as one side), most
    sources first; ``None`` when none. ``dates`` (each document's date) resolves relative days."""
    if question.yes_no or not is_short(best.text) or _family(best) == "name" \
            or QUESTION_KINDS.get(question.kind, (None,))[0] not in ("quantity", "date"):
        return None
    members = [m for g in groups for m in g.members]
    stating = [(m, a) for m in members if m.text == best.sentence and (a := _stated_value(best, m, dates))]
    if not stating or (stating[0][1].kind == "quantity" and (measure(stating[0][1]) is None
                                                               or stating[0][1].noun in TALLIES)):
        return None
    a = stating[0][1]
    own = set(best.documents) | {m.doc_id for m, _ in stating}
    read = [(m, a, values(m.text, anchor_date(dates.get(m.doc_id, "")))) for m, a in stating]
    masked = [(_masked(m.text, said), _flanks(m.text, a, said)) for m, a, said in read]
    years = _years(best.sentence, dates.get(stating[0][0].doc_id, ""))
    kept: dict[str, tuple[Value, list[Sentence]]] = {best.text: (a, [m for m, _ in stating])}
    for m in members:
        if m.doc_id in own or not any(_could_restate(mine, m.text) for mine, _ in masked):
            continue
        said = values(m.text, anchor_date(dates.get(m.doc_id, "")))
        alike = [v for v in said if v.kind == a.kind and v.dimension == a.dimension]
        rivals = [v for v in alike
                  if _rival_value(a, v, m.text, best.sentence) and not _periods_apart((best.sentence, a), (m.text, v))]
        if len(rivals) != 1 or any(a.compatible(v) for v in alike):
            continue
        v, theirs, flanks = rivals[0], _masked(m.text, said), _flanks(m.text, rivals[0], said)
        if not any(_restates(mine, theirs) and _beside_alike(near, flanks, a) for mine, near in masked) \
                or _other_years(years, _years(m.text, dates.get(m.doc_id, ""))):
            continue  # "produced 4,000 tonnes last year" / "In 2029 the plant produced 3,100 tonnes": two years
        side = next((k for k, (w, _) in kept.items() if k != best.text and w.compatible(v)), v.text)
        kept.setdefault(side, (v, []))[1].append(m)
    return _sides_of(question, a.kind, kept)


def dated_elsewhere(question: Question, best: Candidate, groups: Sequence[Group],
                    dates: Mapping[str, str]) -> Conflict | None:
    """The disagreement over the day a deed was done that another outlet tells in its own words,
    searched in every sentence of the articles (retrieval ranks by the question's words, and
    another outlet may word the deed apart: "first rise up" / "the mutiny began"): a sentence of a
    document that states neither the best day nor one that agrees with it, with one other single
    day told (``_told_with``, in the question's words or in words of their sense) with every term
    of the question but its focus and names (two at least), that day not its article's date nor
    the day of the report (``conflicts.report_date``: "said on Monday that ...").
    Each side with the documents that state it, most sources first; ``None`` when none, or the
    question asks for no date, or the best is no single day."""
    days = _days(best)
    if question.yes_no or _family(best) != "date" or days is None or days[0] != days[1] \
            or QUESTION_KINDS.get(question.kind, (None,))[0] != "date":
        return None
    wanted = set(question.terms) - {question.focus} - set(question.names)
    members = [m for g in groups for m in g.members]
    stating = [(m, a) for m in members if m.text == best.sentence and (a := _stated_value(best, m, dates))]
    if len(wanted) < 2 or not stating:
        return None
    a = stating[0][1]
    kept: dict[str, tuple[Value, list[Sentence]]] = {best.text: (a, [m for m, _ in stating])}
    own = set(best.documents) | {m.doc_id for m, _ in stating}
    for m in members:
        if m.doc_id in own:
            continue
        day = anchor_date(dates.get(m.doc_id, ""))
        said = [v for v in values(m.text, day) if v.dimension == "date" and v.exact]
        if len(said) != 1 or a.compatible(said[0]) or day is not None and said[0].low == day.toordinal():
            continue
        v = said[0]
        told = _near(question, m.text, v.start, v.end, content=True) | _sensed_near(question, m.text, v.start, v.end)
        if wanted <= told and not report_date(m.text, v):
            side = next((k for k, (w, _) in kept.items() if k != best.text and w.compatible(v)), v.label)
            kept.setdefault(side, (v, []))[1].append(m)
    return _sides_of(question, "date", kept)



def _sides_of(question: Question, kind: str, kept: dict[str, tuple[Value, list[Sentence]]]) -> Conflict | None:
    """The disagreement whose sides are ``kept`` (a value, its value and the sentences that state
    it; the best first): each side with its documents, most first (the best first on a tie);
    ``None`` with one side."""
    if len(kept) < 2:
        return None
    sources = {k: tuple(sorted({m.doc_id for m in said})) for k, (_, said) in kept.items()}
    order = sorted(kept, key=lambda k: -len(sources[k]))  # stable: the best first on a tie
    return Conflict(" ".join(question.terms), kind,
                    tuple(Side(k, kept[k][1][0].text, sources[k], tuple(sorted(m.key for m in kept[k][1])))
                          for k in order))


def _plural_role(word: str) -> bool:
    """Is ``word`` a role in the plural ("which of the four bombers")? Many hold it: no rivals."""
    low = word.lower()
    return low.endswith("s") and (is_role(low[:-1]) or low.endswith("es") and is_role(low[:-2]))


def _held_by_one(question: Question) -> set[str]:
    """The roles a question asks a person by (``Question.roles``) but one in the plural
    (``_plural_role``), which many hold; a role's verb right after "who" is none ("Who chairs ...?")."""
    said = words(question.text)
    plural = {stem(w.lower()) for k, w in enumerate(said)
              if _plural_role(w) and not (k == 1 and said[0].lower() == "who")}
    return set(question.roles) - plural


# The names that may hold a role a text gives them: a person's, and one the text layer leaves
# untyped ("chaired by former health ombudsman Ann Lee": no role noun before it types her).
_HOLDERS = ("person", "name")


def named_elsewhere(question: Question, best: Candidate, groups: Sequence[Group]) -> Conflict | None:
    """The disagreement over who holds the role a person question asks about ("Who is the
    captain of the tanker?"), searched in every sentence of the articles: the best candidate is
    a person its sentence gives that role (``names.titled_roles``), and another name (``_HOLDERS``)
    given the same role in a sentence of a document that does not name the best, holding the
    question's names the best's sentence holds, is another side when it is told with every
    question term the best is told with but the role (``_near``, as ``stated_elsewhere`` asks of a
    figure: "Finance Minister X" is no rival of "Prime Minister Y"), and the question does not name it
    ("Who is X's lawyer?": X, a lawyer himself, is no side). ``None`` when none is, or the
    question asks for no person by a role held by one (not "which of the bombers": ``_plural_role``)."""
    if question.kind != "person" or not is_short(best.text):
        return None
    asked = _held_by_one(question)
    members = [m for g in groups for m in g.members]
    own = [m for m in members if best.text in m.text]
    a = next((v for v in _spans(best.sentence) if v.text == best.text and v.dimension == "person"), None)
    role = titled_roles(best.sentence, a.start, a.end, asked) & asked if a else set()
    if a is None or not role:
        return None
    named = set(question.names) & set(terms(best.sentence))
    told = _near(question, best.sentence, a.start, a.end, content=True) - role
    naming = {m.doc_id for m in members if any(same_name(a.text, v.text) for v in _spans(m.text) if v.kind == "name")}
    kept: dict[str, tuple[Value, list[Sentence]]] = {best.text: (a, own)}
    for m in members:
        if m.doc_id in naming or not named <= set(terms(m.text)):
            continue
        for v in _spans(m.text):
            if v.dimension in _HOLDERS and titled_roles(m.text, v.start, v.end, asked) & role \
                    and told <= _near(question, m.text, v.start, v.end, content=True) \
                    and not set(terms(v.text)) & set(question.names) and not _owned_by_another(question, m.text, v):
                side = next((k for k, (w, _) in kept.items() if same_name(w.text, v.text)), v.text)
                kept.setdefault(side, (v, []))[1].append(m)
    return _sides_of(question, "name", kept)


def _owned_by_another(question: Question, text: str, v: Value) -> bool:
    """Does ``text`` give the person ``v`` the role as the role of an owner the question does not name ("Who leads
    the Greens?" - "Social Democrat leader Karin Berg"): then she holds another office, no rival answer."""
    owner = role_owner(text, v.start, v.end)[0]
    return bool(question.names and owner and not refers_back(owner) and not set(terms(owner)) & set(question.names))


def _states_a_value(answer: str, conflict: Conflict) -> bool:
    """Does ``answer`` state a value of the kind the conflict's sides give (then it is on neither side)?"""
    kind = value_kind(conflict)
    return any(v.kind == kind for v in values(answer)) or (kind == "quantity" and _first_quantity(answer) is not None)


def _first_quantity(text: str) -> Value | None:
    found = [v for v in values(text) + values(f"{text} things") if v.kind == "quantity"]  # a bare number counts
    return found[0] if found else None


def changed_in_sentence(question: Question, best: Candidate, found: Sequence[Candidate],
                        dates: Mapping[str, str]) -> Conflict | None:
    """The update the best candidate's own sentence states when its value is the one before the
    change (``conflicts.former``: "now stand at 58, up from 31 yesterday") or the one it ends at, put
    before the more probable one the change left, the next candidate (``answer.change_end_first``): kind
    "updated", from the value before to the sentence's other quantity of its dimension (of its noun, or of
    none; the best's own when it is the new one), each side with the documents of
    the candidate stating it, dated by the day it was first stated:
    the former value's earliest, the new one's first after that (or the same day, when the sentence
    tells the change as done: ``_told_done``); undated sources are left out of the dating. ``None``
    when the question asks for the first value, no source of a side is dated, or a foreseen
    change's new value is stated on no later day."""
    b = _value_of(best)
    if question.moment == "first" or b is None or b.kind != "quantity":
        return None
    ended = not former(best.sentence, b)
    other = next((v for v in values(best.sentence) if v.kind == "quantity" and v.dimension == b.dimension
                  and (v.noun == b.noun or "" in (v.noun, b.noun)) and v.start != b.start
                  and former(best.sentence, v) == ended), None)
    if other is None:
        return None
    stating = next((f for f in found if (w := _value_of(f)) is not None and w.kind == "quantity"
                    and w.figure == other.figure), None)
    if ended and (stating is None or len(found) < 2 or found[1] is not stating
                  or stating.probability <= best.probability
                  or next(v for v in values(best.sentence) if v.kind == "quantity" and v.dimension == b.dimension
                          and not former(best.sentence, v)).start != b.start):
        return None  # the best was read first, not put before the value the change left (the change is background),
        # or it is another figure of the sentence than the first the change may end at
    told = (stating.text, stating.documents) if stating else (other.text, best.documents)
    (old, olds), (new, news) = (told, (best.text, best.documents)) if ended else ((best.text, best.documents), told)
    # An undated source (a fact box, a page without a dateline) neither dates a side nor vetoes the others' days.
    days = [dates[d] for d in olds if dates.get(d)], [dates[d] for d in news if dates.get(d)]
    if not days[0] or not days[1]:
        return None
    first = min(days[0])
    # A change the sentence tells as done ("was widened yesterday from half a mile to one mile") is
    # an update even when both values are first reported on its day; one it foresees ("will rise from
    # 60 to 65") revises no report until a later day states the new value.
    later = min((d for d in days[1] if d > first),
                default=first if _told_done(best.sentence, (other if ended else b).start) else "")
    if not later:
        return None
    return Conflict(" ".join(question.terms), "updated",
                    (Side(old, best.sentence, tuple(olds)), Side(new, best.sentence, tuple(news))), (first, later))


# A day told as the one planned before a change ("had hoped to reopen it by the summer", "was due to open on",
# "originally set for"). Bounded: linear.
_PLANNED_RE = re.compile(r"\b(?:had\s{1,3}(?:hoped|planned|intended|expected|aimed)|(?:was|were)\s{1,3}(?:due|expected|"
                         r"scheduled|set|supposed|meant|planned)|original(?:ly)?|previous(?:ly)?|initial(?:ly)?)\b", re.I)


def moved_day(question: Question, found: Sequence[Candidate], evidence: Sequence[Scored],
              dates: Mapping[str, str]) -> Conflict | None:
    """The update of a day still to come that a later report says moved ("will now open on 28 April",
    "has been pushed back to 9 August"): the best candidate's day, then the first of the ``RIVAL_DEPTH``
    best that fits the kind asked exactly and gives another day still to come, in a clause that tells the
    move before its day (``conflicts.moved``), and is either first stated by an article dated after the
    best's first one, its clause holding there ``RIVAL_COVER`` of the question's terms the best's sentence
    holds (its subject: "the new fares take effect on" / "the fare hike will now kick in on"; another
    outlet words the move apart), or told after the best's day in the best's own sentence, which tells that
    day as the one planned (``_PLANNED_RE``: "had hoped to reopen it by the summer, but now says it will not
    open before spring 2029": the move told between the two days). Kind "updated", oldest
    first, so the later day answers. A candidate is dated by the articles of ``evidence`` that write it
    out (``_written_out``: a group of near-alike sentences holds both days). ``None`` when the question
    asks for the first day, the best's day had passed when it was first told (a day past is disputed, not
    moved), or no candidate is such."""
    if question.moment == "first" or not found or (days := _days(found[0])) is None:
        return None
    members = [m for e in evidence for m in e.group.members]
    best, *rest = (_written_out(c, members) for c in found[:RIVAL_DEPTH])
    told = [dates.get(d, "") for d in best.documents]
    if not all(told) or days[1] < min(told):
        return None
    held = set(question.terms) & set(terms(best.sentence))
    said = best.sentence.lower().find(best.text.lower())
    moves = []
    for c in rest:
        later = [dates.get(d, "") for d in c.documents]
        start = c.sentence.lower().find(c.text.lower())
        if c.feature("type_exact") != 1.0 or (span := _days(c)) is None or _agree(best, c) or start < 0 \
                or not all(later) or span[1] < min(later):
            continue
        low = min(a for a, _ in clause_spans(c.sentence, start))
        after = c.sentence == best.sentence and 0 <= said and said + len(best.text) <= low \
            and bool(_PLANNED_RE.search(best.sentence, min(a for a, _ in clause_spans(best.sentence, said)), said))
        subject = held & set(terms(c.sentence[low:start]))
        # "When is it now expected to reopen?": the question itself tells the day moved, so a later report need not
        if (after or min(later) > min(told) and held and len(subject) >= RIVAL_COVER * len(held)) \
                and (question.moment == "last" or moved(c.sentence, said + len(best.text) if after else low, start)):
            moves.append((min(later), c))
    if not moves:
        return None
    day, c = max(moves, key=lambda m: m[0]) if question.moment == "last" else moves[0]
    return Conflict(" ".join(question.terms), "updated",
                    (Side(best.text, best.sentence, best.documents), Side(c.text, c.sentence, c.documents)),
                    (min(told), day))


def _told_done(sentence: str, start: int) -> bool:
    """Whether the clause before ``start`` tells a change as done ("was extended from", "has risen
    from", "cut the staff from"), not one to come ("will rise from", "is set to grow from"): a past
    form or cue and no future cue (``dates.tense_cue``)."""
    said = said_before(sentence, start)
    cues = tense_cues(said)
    return "future" not in cues and ("past" in cues or any(is_past_form(w) for w in said))


def dated_update(question: Question, conflict: Conflict, dates: Mapping[str, str], sentence: str = "",
                 common: AbstractSet[str] = frozenset()) -> Conflict:
    """A disagreement over a quantity whose sides were each first stated on another day (the
    earliest date of a side's sources) read as an update: its sides oldest first, with those
    dates (kind "updated"), so its latest value answers and the earlier ones are its timeline. A
    side is dated by the day it was first stated, not by the newest article that says it: a later
    feature repeating an early toll as background ("at least four died") does not undo the
    update. Sides first stated on one day, or by an undated source, stay a disagreement; so do
    sides whose latest value its sentence states as fixed, not running (``conflicts.runs``: "has
    been fined £75,000", "was worth $225 million" contradict an earlier figure, "has risen to"
    and a toll update it), sides whose latest value's first outlet gives an earlier side too (one
    article stating two values tells two facts), those whose latest side's sentence holds less than ``RIVAL_COVER`` of
    the question's terms (a route's length is no later report of a reef's distance from a harbour)
    unless the question asks for a point of the timeline (``Question.moment``: "first reported"),
    those whose sides date their values at one time (``_dated_alike``), and those whose latest side
    leaves out a name of the question the answer's ``sentence`` holds but the story's ``common`` terms
    (``another_subject``: a toll "in a separate flood at <place>" is no earlier report of another place's toll).
    Days disagree as an update only when the question
    asks where they stand now (``Question.moment`` "last": "When is it now expected to reopen?"), which tells
    that the day moved."""
    if conflict.kind not in ("quantity", "date") or len(conflict.sides) < 2:
        return conflict
    firsts = [_first_day(side, dates) for side in conflict.sides]
    if "" in firsts or len(set(firsts)) < len(firsts) or conflict.kind == "date" and question.moment != "last":
        return conflict
    order = sorted(range(len(firsts)), key=firsts.__getitem__)
    if conflict.kind == "quantity" and _no_update(question, conflict, order, firsts, dates, sentence, common):
        return conflict
    return replace(conflict, kind="updated", sides=tuple(conflict.sides[k] for k in order),
                   dates=tuple(firsts[k] for k in order))


def course_asked(question: Question, conflict: Conflict, dates: Mapping[str, str]) -> bool:
    """Does a question that asks where a figure ended (``Question.moment`` "last": "now", "in total", "ended up")
    meet a disagreement of quantities whose sides were each first stated on another day? Its sides are the
    figure's course, no dispute over it: they are not shown (the answer stands as read)."""
    firsts = [_first_day(side, dates) for side in conflict.sides]
    return question.moment == "last" and conflict.kind == "quantity" and "" not in firsts \
        and len(set(firsts)) == len(firsts)


def _no_update(question: Question, conflict: Conflict, order: Sequence[int], firsts: Sequence[str],
               dates: Mapping[str, str], sentence: str, common: AbstractSet[str]) -> bool:
    """Do a quantity's sides, first stated on days apart (``order``: oldest first, ``firsts``), stay a disagreement
    (``dated_update``'s tests of the latest side)?"""
    latest = conflict.sides[order[-1]]
    news = {d for d in latest.sources if dates[d] == firsts[order[-1]]}
    said = set(terms(latest.text))
    stated = _side_figure(latest, values(latest.text))
    earlier = [f for k in order[:-1] if (f := _side_figure(conflict.sides[k], values(conflict.sides[k].text)))]
    return stated is None or not runs(Sentence(min(news), 0, latest.text, 0, len(latest.text)), stated,
                                      firsts[order[-1]], frozenset(question.terms)) \
        or undone(latest.text, stated, earlier) \
        or any(news & set(conflict.sides[k].sources) for k in order[:-1]) \
        or not question.moment and len(said & set(question.terms)) < RIVAL_COVER * len(question.terms) \
        or another_subject(question, latest, sentence, common) or _dated_alike(conflict, dates)


def _dated_alike(conflict: Conflict, dates: Mapping[str, str]) -> bool:
    """Does every side's sentence date its value in its clause (a date read against its first
    source's article date), all those dates sharing a day ("340 staff at the end of last year" in
    an article of 2029 / "410 people at the end of 2028")? The sides then state one point of time
    apart, however many days apart the articles are: a disagreement, no update."""
    spans = []
    for side in conflict.sides:
        said = values(side.text, anchor_date(_first_day(side, dates)))
        v = _side_figure(side, said)
        clause = clause_spans(side.text, v.start) if v is not None else ()
        when = [w for w in said if w.dimension == "date" and any(a <= w.start < b for a, b in clause)]
        if len(when) != 1:
            return False
        spans.append((when[0].low, when[0].high))
    return max(low for low, _ in spans) <= min(high for _, high in spans)


def running_count(question: Question, found: Sequence[Candidate], groups: Sequence[Group],
                  dates: Mapping[str, str]) -> Conflict | None:
    """The update of a count the question asks for as news comes in: every dated sentence's counts
    of the noun it counts (``Question.counts``; ``_a_point``), each value dated by the first day an
    article states it, oldest first (kind "updated"), so its latest value answers and the earlier
    ones are its timeline; none for a part of a group ("how many of the injured were firefighters":
    ``question.asks_a_part``). A count of what befell people (``values.TALLIES``: "killed", "evacuated")
    runs whatever the question's wording; another noun's only when the question asks where it ended
    (``Question.moment`` "last": "so far", "in the end") or its latest value is stated as running
    (``conflicts.runs``: "now", "has risen to", "revising upwards the 48,000"). Values of one figure
    are one side ("at least six" is no later report of nine, though both may be true). ``None`` when
    the question names a date (a toll "in <year>" is one point) or a name fewer than half the dated
    articles use (``_aside``: "a separate flood at <place>"), unless one of the answerer's
    ``RIVAL_DEPTH`` best candidates states a value of it (the question asks about this count; a toll
    needs none: its first report may count the dead by what they were, "killing two workers"), two
    values are first stated on days apart, the values first stated on the latest day agree (the
    narrowest of them answers: "8,000" beside "more than 7,500"), and the article that first states
    the latest value states no earlier one (the union's 1,900 beside the company's 1,350 two days
    on: a disagreement, as ``dated_update`` reads it)."""
    noun = question.counts
    if not noun or QUESTION_KINDS.get(question.kind, (None,))[0] != "quantity" or asks_a_part(question.text):
        return None
    members = [m for g in groups for m in g.members if dates.get(m.doc_id)]
    held = _articles_terms(groups, dates)
    if any(w.dimension == "date" for w in values(question.text)) or any(_aside(n, held) for n in question.names):
        return None
    kept: dict[str, tuple[Value, list[Sentence]]] = {}
    for m in members:
        said = values(m.text)
        day = anchor_date(dates[m.doc_id])
        if day is not None and any(w.dimension == "date" and w.high - w.low >= YEAR_DAYS
                                   and not w.low <= day.toordinal() <= w.high for w in said):
            continue  # dated by a year its article is not of: another event's ("a slide in <year> killed three")
        for v in (v for v in said if _a_point(question, m.text, v, said, held)):
            side = next((k for k, (w, _) in kept.items() if w.figure == v.figure), v.label or v.text)
            kept.setdefault(side, (v, []))[1].append(m)
    if noun not in TALLIES and not any((w := _value_of(c)) is not None and w.kind == "quantity"
               and any(w.figure == v.figure for v, _ in kept.values()) for c in found[:RIVAL_DEPTH]):
        return None
    firsts = {k: min(dates[m.doc_id] for m in said) for k, (_, said) in kept.items()}
    order = sorted(kept, key=firsts.__getitem__)
    last = [k for k in order if firsts[k] == firsts[order[-1]]]
    if len(set(firsts.values())) < 2 or any(not kept[a][0].compatible(kept[b][0]) for a in last for b in last):
        return None
    # values of the latest day that agree ("more than 7,500", "8,000"): the narrowest tells most
    narrowest = min(last, key=lambda k: _reach(kept[k][0]) - kept[k][0].low)
    order = [k for k in order if k != narrowest] + [narrowest]
    latest, stating = kept[narrowest]
    news = {m.doc_id for m in stating if dates[m.doc_id] == firsts[narrowest]}
    if any(m.doc_id in news for k in order[:-1] for m in kept[k][1]):
        return None  # the latest value's first article states an earlier one too: two sides, no update
    if noun not in TALLIES and question.moment != "last" \
            and not runs(stating[0], latest, firsts[narrowest], frozenset(question.terms)):
        return None
    return Conflict(" ".join(question.terms), "updated",
                    tuple(Side(k, kept[k][1][0].text, tuple(sorted({m.doc_id for m in kept[k][1]})),
                               tuple(sorted(m.key for m in kept[k][1]))) for k in order),
                    tuple(firsts[k] for k in order))


def _aside(term: str, held: Mapping[str, set[str]]) -> bool:
    """Do fewer than half the articles (``held``: each one's terms) use ``term``? A name so used tells a side event."""
    return 2 * sum(term in terms_of for terms_of in held.values()) < len(held)


def _a_point(question: Question, text: str, v: Value, said: Sequence[Value], held: Mapping[str, set[str]]) -> bool:
    """Is the value ``v`` of ``text`` (which states ``said``) a point of the count ``question`` asks
    for (``running_count``): a count of its noun, not the value before a change (``conflicts.former``) nor the
    whole a part is taken from (``conflicts.whole_at``: "11 per cent of the 3,990 people on board"), a count
    of others or of one kind of person (a part, unless the question counts that kind: "how many children"),
    nor of those still so when the question asks for all once so (``values.told_still``: "two walkers were still in hospital" is no point of how many were
    taken there), in a sentence that names no place or body whose every word few articles use (``_aside``: "in a
    separate flood at <place>, one died"; not "kept in <Town> General Hospital" where the others speak of the
    hospital; a date the names layer reads as a name, "Between January", is none)? A noun other than a fate of
    people is counted with a word of the question's besides it in the value's clause (the verb: "retracted", "identified")
    and with no other verb of what befell it right after it ("450 homes had been evacuated" for
    homes flooded: ``values.told_after``)."""
    if v.kind != "quantity" or v.dimension != "count" or v.noun != question.counts or former(text, v) \
            or whole_at(text, v) or _counts_a_part(question, v) or person_kind(v) and question.focus not in PERSON_KINDS \
            or told_still(text, v.start, v.end) and not asks_now(question):
        return False
    told = set(question.terms) - {question.focus, *terms(question.counts), *question.names}
    if question.counts not in TALLIES and (not told & set(terms(clause_of(text, v.start)))
                                           or is_past_form(after := told_after(text, v))
                                           and stem(after) not in question.terms):
        return False
    return not any(n.kind != "person" and all(_aside(t, held) for t in terms(n.text))
                   and not any(w.dimension == "date" and w.start < n.end and n.start < w.end for w in said)
                   for n in proper_names(text))


def another_subject(question: Question, latest: Side, sentence: str, common: AbstractSet[str] = frozenset()) -> bool:
    """Does an update's ``latest`` side leave out a name of the question that the answer's
    ``sentence`` holds (a toll "in a separate flood at <place>" is no earlier report of another
    place's toll)? Not a name of ``common`` (``story_terms``: the story's own, which at least half the
    articles use): a later article leaves the place its whole story is about unsaid ("The last tally was 57
    ewes.")."""
    return not set(question.names) & set(terms(sentence)) - set(common) <= set(terms(latest.text))


def _articles_terms(groups: Sequence[Group], dates: Mapping[str, str]) -> dict[str, set[str]]:
    """Each dated article's terms (document id to the terms of its sentences)."""
    held: dict[str, set[str]] = {}
    for m in (m for g in groups for m in g.members if dates.get(m.doc_id)):
        held.setdefault(m.doc_id, set()).update(terms(m.text))
    return held


def story_terms(groups: Sequence[Group], dates: Mapping[str, str]) -> frozenset[str]:
    """The terms at least half the dated articles use (none ``_aside``): the words of the story itself."""
    held = _articles_terms(groups, dates)
    return frozenset(t for t in set().union(*held.values()) if not _aside(t, held))


def value_kind(conflict: Conflict) -> str:
    """The kind of value the sides state: an update's is read from its latest value."""
    if conflict.kind != "updated":
        return conflict.kind
    found = values(conflict.sides[-1].value)
    return found[0].kind if found else "quantity"


# How far an open bound reaches when an answer is matched to a side: "more than 700" jobs is a
# few hundred more, not the 1.8 million brake assemblies the same factory makes.
OPEN_REACH = 2.0


def _reach(v: Value) -> float:
    """The top of a quantity's interval, an open one ("more than 700") cut at ``OPEN_REACH`` times its figure."""
    return v.high if math.isfinite(v.high) else max(v.low, 0.0) * OPEN_REACH


def _floor(v: Value) -> float:
    """The bottom of a quantity's interval, one bounded only above ("up to 240") cut at its figure over
    ``OPEN_REACH``: a figure far below it ("96") is another one."""
    return v.high / OPEN_REACH if v.low == 0.0 and 0.0 < v.high < math.inf else v.low


def _within(a: Value, b: Value) -> bool:
    """Does one quantity's interval hold the other's ("720" is within "more than 700", "up to 157"
    holds "157")? Intervals that only overlap ("dozens" and "at least 14") state two figures; an
    open bound reaches ``OPEN_REACH`` times its figure (and "up to" down to its figure over it: not "96" of "up to 240")."""
    return _floor(a) >= _floor(b) and _reach(a) <= _reach(b) or _floor(b) >= _floor(a) and _reach(b) <= _reach(a)


def inside_a_side(best: Candidate, answer: str | None, candidates: Sequence[Conflict]) -> tuple[Conflict, str] | None:
    """A short answer read as a piece of a disputed value ("four" of "seven votes to four", when
    another outlet says "8-3"): the conflict and that side's value as its sentence writes it. The
    answer then shows the whole value, with the other sides; an answer that states a side already
    ("26" of "26 other leaders") is no piece."""
    if not is_short(answer) or (at := best.sentence.find(answer)) < 0:
        return None
    for c in candidates:
        if c.kind in ("polarity", "updated") or side_of(c, answer) is not None:
            continue  # "26" of "26 other leaders" states its side already
        for side in c.sides:
            if side.text == best.sentence and (v := next((v for v in values(side.text) if v.label == side.value), None)) \
                    and v.start <= at and at + len(answer) <= v.end and v.end - v.start > len(answer):
                return c, side.text[v.start:v.end]
    return None


def _first_day(side: Side, dates: Mapping[str, str]) -> str:
    """The ISO day ``side`` was first stated (the earliest of its sources' dates), "" when a source is undated."""
    return min((dates.get(d, "") for d in side.sources), default="")


def told_now(question: Question, conflict: Conflict, answer: str | None, dates: Mapping[str, str]) -> bool:
    """Does ``answer`` take the side of ``conflict`` first stated on a later day than every other, each dated
    (``_first_day``), for a question that asks where a figure stands now (``Question.moment`` "last": "at the most
    recent count")? The latest report then answers, however many earlier articles repeat an older figure."""
    side = side_of(conflict, answer) if answer and question.moment == "last" else None
    mine = _first_day(side, dates) if side is not None else ""
    return bool(mine) and all("" < _first_day(s, dates) < mine for s in conflict.sides if s is not side)


def side_of(conflict: Conflict, answer: str) -> Side | None:
    """The side whose value ``answer`` states ("24-hour" -> "24 hours", "NIS" in a name), or ``None``;
    a figure whose interval one side's holds (``_within``) states the side of the closest figure
    as written ("21" states "21", not "at least 14")."""
    quantity = value_kind(conflict) == "quantity"
    said = _first_quantity(answer) if quantity else None
    held = []
    for side in conflict.sides:
        a, b = answer.strip().lower(), side.value.lower()
        if a == b or (not quantity and (a in b or b in a)):
            return side
        mine = _first_quantity(side.value) if said else None
        if said and mine and (said.dimension == mine.dimension or "thing" in (said.noun, mine.noun)) \
                and _within(said, mine):
            held.append((abs(mine.figure - said.figure), side))
    return min(held, key=lambda p: p[0])[1] if held else None
