"""Regression (issue 11, found on fresh_news30, last round's blind set): a cause was read to the wrong end, or not at
all. A cause after "because of" ran on into a verb phrase that shares its subject ("... because of a flooded cellar and
did not tell the caretaker"); a cause holding a distance was cut at the "before" its figure measures from ("placed
40 metres before the marked line"); a cause told as one of a counted list ("point to two failings. The first is ...")
was not read, and "two failings" read as a cause. Also: a span of time ends a cause ("over many years"), a list's last
items after a comma stay in it, an adverb may stand in "pointed instead to", "pointing the finger at" blames, a thing
blamed ends before a participle that only tells more of it, and "nothing" before a verb of causing names no cause.
The questions that ask what a source names "as the main reason" are in tests/qa/test_why_spans.py (invented
stories)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import listed_causes, reason_mentions


@pytest.mark.parametrize("sentence, causes", [
    # a verb phrase of its own after "and", its subject shared, ends the cause
    ("The caretaker said the club moved the dance because of a flooded cellar and did not tell him.",
     ["a flooded cellar"]),
    ("The shop shut early because of a gas leak and had not reopened by noon.", ["a gas leak"]),
    ("The pump failed because of a blocked intake pipe and broke down twice.", ["a blocked intake pipe"]),
    # a participle before a noun is no verb of its own: the two causes stay one phrase
    ("The pump failed because of years of corrosion and broken seals.", ["years of corrosion and broken seals"]),
    # a figure keeps the point it measures from; a clause of time with its own subject still ends the cause
    ("The race was short because the cones had been placed 40 metres before the marked line.",
     ["the cones had been placed 40 metres before the marked line"]),
    ("No one bid because it needed repairs before any new owner could trade.", ["it needed repairs"]),
    # a count of causes is none
    ("Instead the inspectors point to two failings.", []),
    ("The roof rusted, caused by rain seeping through a split membrane over many years.",
     ["rain seeping through a split membrane"]),
    ("It closed because the firm has no money to pay for fuel, insurance or repairs.",
     ["the firm has no money to pay for fuel, insurance or repairs"]),
    ("The supplier said its logs pointed instead to a power cut at the depot.", ["a power cut at the depot"]),
    ("The union is pointing the finger at staffing cuts.", ["staffing cuts"]),
    ("The airline is now blaming a faulty update installed overnight by its supplier, Pemco.", ["a faulty update"]),
    ("The signal was hidden by ivy, so nothing prompted the rider to stop.", []),
])
def test_a_cause_ends_where_its_phrase_ends(sentence, causes):
    assert [m.text for m in reason_mentions(sentence)] == causes


def test_a_cause_listed_after_a_count_of_causes_is_read():
    before = "Instead the inspectors point to two failings. "
    assert [m.text for m in listed_causes("The first is glare: the pilot was flying into a low sun.", before)] == [
        "glare"]
    assert [m.text for m in listed_causes("The second factor was that the beacon was switched off.", "")] == [
        "the beacon was switched off"]
    # a bare ordinal with no count of causes before it, or before a deed, names no cause
    assert listed_causes("The first is glare: the pilot was flying into a low sun.", "The pilots met twice. ") == []
    assert listed_causes("The first was held in May.", before) == []


_STORY = {
    "a1.txt": "Fenmouth Echo, Fenmouth, 2 May 2071\n\nA light aircraft landed short of the runway at Fenmouth "
              "airfield on Friday, injuring its pilot.\nThe air accident board published its interim report on "
              "Monday.\nIt found no fault with the aircraft. Instead the inspectors point to two failings.\n"
              "The first is glare: the pilot was flying into a low sun at dusk.\n"
              "The second is that the runway lights had been switched off for repairs.\n"
              "The final report is due in the autumn.",
}


def test_the_first_of_two_listed_factors_is_the_best_candidate_for_the_main_reason():
    # a small story's confidence stays under the threshold; its best candidate is the first factor, not "the autumn"
    answer = Corpus.from_texts(_STORY).ask(
        "What did the interim report identify as the main reason the pilot landed short?", min_confidence=0.0).answer
    assert answer == "glare"
