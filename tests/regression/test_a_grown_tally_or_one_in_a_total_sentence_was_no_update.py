"""Regression (issue 12, updates worded without a word of change): a count an earlier article tells as a tally in
the perfect passive ("300 families have been rehoused since the flood") and a later article's larger count of it,
however worded, are two figures of one running tally: an update. A sentence opened by an adverbial of a whole ("In
total, ...", "Altogether, ...") tells every figure in it as a tally to date, not only its first clause's. A smaller
later count, or two counts told plainly, stay a dispute. Invented stories, none from a dev set."""
from summarize.stages.conflicts import find_conflicts
from summarize.text.values import values

from ..conftest import make_groups

DATES = {"a": "2026-03-02", "b": "2026-03-23"}  # three weeks apart


def _kinds(a: str, b: str) -> list[tuple[str, list[str]]]:
    return [(c.kind, [s.value for s in c.sides]) for c in find_conflicts(make_groups(("a", a), ("b", b)), DATES)]


def test_a_later_larger_count_updates_a_tally_told_in_the_perfect_passive():
    assert _kinds("The housing trust says 300 families have been rehoused since the flood in the valley.",
                  "The housing trust says 412 families were rehoused before the scheme closed in the valley.") \
        == [("updated", ["300", "412"])]


def test_a_later_smaller_count_of_a_tally_stays_a_dispute():
    assert [k for k, _ in _kinds("The housing trust says 300 families have been rehoused since the flood.",
                                 "The housing trust says 240 families were rehoused after the flood.")] == ["quantity"]


def test_a_figure_in_a_sentence_opened_by_in_total_is_a_tally_to_date():
    assert _kinds("The coastguard said volunteers had logged 520 calls about the missing yacht.",
                  "In total, 90 boats took part in the hunt, and volunteers logged 740 calls about the missing "
                  "yacht.") \
        == [("updated", ["520", "740"])]


def test_two_counts_told_plainly_stay_a_dispute():
    assert [k for k, _ in _kinds("The coastguard said volunteers logged 520 calls about the missing yacht.",
                                 "The coastguard said volunteers logged 740 calls about the missing yacht.")] \
        == ["quantity"]


def test_a_conjunction_after_a_bare_count_is_no_noun_it_counts():
    # "once" opens a clause: the count does not count "staff"
    found = [v for v in values("Closures have reached 40 once staff of the depots are included.")
             if v.kind == "quantity"]
    assert [v.noun for v in found] == [""]
