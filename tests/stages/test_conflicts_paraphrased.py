"""Issue 12 (recall): statements that tell one fact in other words are compared. Text written for
these tests in the style of news reports."""
from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups


def conflicts_of(*texts_by_doc):
    return find_conflicts(make_groups(*texts_by_doc))


def _values(conflicts):
    return [{s.value for s in c.sides} for c in conflicts]


def test_a_count_told_without_its_noun_counts_what_the_same_predicate_counts():
    # "14 were trapped" names no noun: the predicate it shares with "Eleven climbers were trapped"
    # says what it counts
    found = conflicts_of(
        ("a", "Eleven climbers were trapped on the ridge overnight, the mountain rescue service said."),
        ("b", "A guide who reached the hut by radio said 14 were trapped, including two teenagers."))
    assert _values(found) == [{"Eleven", "14"}]


def test_a_partitive_count_is_read_past_its_pronoun():
    found = conflicts_of(
        ("a", "Thirty people fell ill after the wedding meal, and six of them have been treated in hospital."),
        ("b", "Nine guests have been treated in hospital since Saturday's reception, the health board said."))
    assert _values(found) == [{"six", "Nine"}]


def test_a_count_without_its_noun_and_another_predicate_is_not_compared():
    found = conflicts_of(
        ("a", "Eleven climbers were trapped on the ridge overnight, the mountain rescue service said."),
        ("b", "The rescue team said 14 were flown to the valley by helicopter in the morning."))
    assert found == []


def test_a_count_without_its_noun_takes_none_when_others_count_two_nouns_with_its_predicate():
    found = conflicts_of(
        ("a", "Eleven climbers were trapped on the ridge overnight."),
        ("b", "Three dogs were trapped on the ridge overnight."),
        ("c", "A guide who reached the hut said 14 were trapped on the ridge."))
    assert all("14" not in vals for vals in _values(found))
