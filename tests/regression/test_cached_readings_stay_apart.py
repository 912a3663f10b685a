"""Readings cached per text (values, acronyms, a term's close forms) give what reading afresh gives,
and each call to ``values`` its own list: the frozen values in it may be shared, as no stage tells
them apart by identity (the disagreement stage keys its memos by content: test_conflicts_order_free)."""
import datetime

from summarize.qa.answer import _present
from summarize.text.acronyms import AcronymTable, acronyms, defined, written_and_defined
from summarize.text.values import _values, values

TEXT = ("The Coastal Ferry Authority (CFA) said on Monday that 240 passengers, among them Dara Welkin, 41, "
        "waited for $1.2 million in refunds.")


def test_values_read_twice_are_equal_in_lists_of_their_own():
    day = datetime.date(2031, 5, 7)
    first, second = values(TEXT, day), values(TEXT, day)
    assert first == second and len(first) >= 4 and first is not second
    first.clear()  # a caller's list is its own
    assert values(TEXT, day) == second


def test_values_keep_their_anchor_apart():
    monday = [v for v in values(TEXT, datetime.date(2031, 5, 7)) if v.kind == "date"]
    other = [v for v in values(TEXT, datetime.date(2031, 6, 20)) if v.kind == "date"]
    assert monday and other and monday[0].low != other[0].low


def test_values_cache_is_bounded():
    assert _values.cache_info().maxsize is not None


def test_acronyms_read_once_match_a_fresh_reading():
    found, definitions = written_and_defined(TEXT)
    assert found == tuple(acronyms(TEXT)) == ("CFA",)
    assert definitions == tuple(defined(TEXT)) and definitions[0][0] == "CFA"
    assert written_and_defined.cache_info().maxsize is not None
    table = AcronymTable.from_texts([TEXT, "Later the CFA added two crossings."])
    assert table == AcronymTable.from_texts([TEXT, "Later the CFA added two crossings."])
    assert set(table.names) == {"CFA"}


def test_close_forms_need_four_letters_in_common():
    assert _present("brazil", frozenset({"brazilian"}))
    assert not _present("bra", frozenset({"brazil"}))  # too short for a shared stem
    assert not _present("brazil", frozenset({"brave"}))  # three letters in common
    assert _present("constitution", frozenset({"constitutional", "construct"}))
    assert not _present("constitution", frozenset({"construct"}))  # five letters of nine in common: too few
