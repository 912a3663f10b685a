"""A "how many" question's candidates read whether they count its counted noun in another word of its sense or kind
(``kin``), on invented news: "stores" for "shops", "vehicles" for "trams" and "employees" for "staff" read 1; a count
of the very noun asked or of another noun reads 0, and so does any candidate of a question of no count."""
from functools import partial

import pytest

from summarize.text.senses import kind_of_either, light_stem

from ..conftest import candidate_feature

_CHAIN = ("The bakery chain said it would keep all 58 stores open and close its 3 warehouses by June.",
          "It also runs 14 shops at railway stations, which trade on shorter hours.")
_DEPOT = ("The blaze at the Tellmoor depot destroyed nine vehicles, the city's transport office said.",
          "No trams will run until Friday, and 40 trams are being checked.")
_SHIFT = ("A spokesman said 73 employees were on the early shift when the boiler burst.",
          "The plant's 410 staff were sent home on Tuesday.")


_kin = partial(candidate_feature, feature="kin")  # each candidate's ``kin``, the sentences ranked in their order


def _of(found: dict[str, float], figure: str) -> float:
    """The feature of the candidate that writes ``figure`` (-1 when none does)."""
    return next((v for text, v in found.items() if text.split()[0] == figure), -1.0)


@pytest.mark.parametrize("sentences, question, kin, other", [
    (_CHAIN, "How many shops does the chain have?", "58", "14"),
    (_DEPOT, "How many trams were destroyed in the fire?", "nine", "40"),
    (_SHIFT, "How many staff were working when the boiler burst?", "73", "410"),
])
def test_a_count_in_a_word_of_the_sense_or_kind_asked_reads_kin(sentences, question, kin, other):
    found = _kin(sentences, question)
    assert _of(found, kin) == 1.0
    assert _of(found, other) == 0.0


def test_a_count_of_the_noun_asked_or_of_no_count_question_reads_nothing():
    assert _of(_kin(_CHAIN, "How many shops does the chain run at railway stations?"), "14") == 0.0  # the noun itself
    assert set(_kin(_DEPOT, "How many days will the trams stop?").values()) == {0.0}  # no count question
    assert set(_kin(_DEPOT, "How long will the trams stop?").values()) <= {0.0}


def test_kinds_either_way_but_people_only_by_sense():
    assert kind_of_either(light_stem("trams"), light_stem("vehicles"))
    assert kind_of_either(light_stem("vehicles"), light_stem("trams"))
    assert not kind_of_either(light_stem("trams"), light_stem("buses"))


def test_a_count_in_another_word_beside_a_count_of_the_noun_asked_counts_another_set():
    fleet = ("Some 30 ambulances, backed by six helicopters and two aircraft, joined the search.",
             "The helicopters flew until dusk.")
    assert _of(_kin(fleet, "How many helicopters joined the search?"), "two") != 1.0
    alone = ("Two aircraft joined the search on Monday.", "The helicopters flew until dusk.")
    assert _of(_kin(alone, "How many helicopters joined the search?"), "Two") == 1.0


@pytest.mark.parametrize("standing, befallen, question", [
    ("The grocer runs 90 stores across the region, its annual report says.",
     "Its owners will shut 12 outlets by spring, a spokesman said.", "How many shops does the grocer have?"),
    ("Brindmoor has 90 stores across the region, its annual report says.",
     "Brindmoor will shut 12 outlets by spring, a spokesman said.", "How many shops does Brindmoor have?"),
])
def test_a_standing_count_in_another_word_reads_kin_but_a_part_a_deed_befell_does_not(standing, befallen, question):
    found = _kin((standing, befallen), question)
    assert _of(found, "90") == 1.0  # another of the question's words, or a verb of having
    assert _of(found, "12") != 1.0  # a deed the question does not ask, told beside no word of it but a name


def test_a_count_in_another_word_must_tell_the_words_that_qualify_the_noun_asked():
    depot = ("About 60 drivers employed by the bus company were moved to night shifts.",
             "The company said it hired 25 agency drivers in March.")
    found = _kin(depot, "How many agency workers has the company hired?")
    assert _of(found, "About") != 1.0 and _of(found, "60") != 1.0  # "agency" untold
    assert _of(found, "25") == 1.0
