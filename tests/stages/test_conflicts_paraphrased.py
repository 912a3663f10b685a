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


def test_two_rounded_guesses_whose_slacks_only_touch_disagree():
    # "about 8,000" allows 7,200 to 8,800 and "some 7,000" 6,300 to 7,700: neither figure is in
    # the other's slack, so the outlets give two figures
    found = conflicts_of(
        ("a", "About 8,000 fans were turned away from the stadium on Saturday, police said."),
        ("b", "Some 7,000 fans were turned away from the stadium on Saturday, the club said."))
    assert _values(found) == [{"About 8,000", "Some 7,000"}]
    assert conflicts_of(
        ("a", "About 8,000 fans were turned away from the stadium on Saturday, police said."),
        ("b", "Some 7,500 fans were turned away from the stadium on Saturday, the club said.")) == []


def test_words_beside_two_figures_may_be_related_words():
    # "a combined value of" and "add to" name one sum in other words (WordNet related senses)
    found = conflicts_of(
        ("a", "About 400 payments with a combined value of $3.1 million went through accounts held by "
              "front companies, the regulator said."),
        ("b", "By our count, the payments to the front companies add to $4.6 million, a second bank's records show."))
    assert _values(found) == [{"$3.1 million", "$4.6 million"}]
