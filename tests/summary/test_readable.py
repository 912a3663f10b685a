import numpy as np
import pytest

from summarize.summary.rankers.coverage import (
    CoverageRanker,
    Problem,
    solve_exact,
    solve_greedy,
)
from summarize.summary.readable import Surnames, dangling_opener
from summarize.summary.select import Budget, leans_back

from ..conftest import make_groups

# Invented: one inspector introduced with her full name, then by her surname.
INTRO = "Chief inspector Marta Velkova told reporters the bridge had been closed since Monday."
LATER = "Under questioning by the committee, Velkova acknowledged that warnings had been ignored."
OTHER = "Engineers found cracks in two of the bridge's main supports last spring."


def test_people_are_their_full_names_and_a_common_word_is_no_surname():
    surnames = Surnames.of([INTRO, LATER, "Analyst Tom Price said the price of steel rose."])
    assert surnames.full == {"Velkova": frozenset({"Marta Velkova"})}


def test_a_surname_before_its_full_name_dangles():
    surnames = Surnames.of([INTRO, LATER])
    assert surnames.dangling([LATER, OTHER, INTRO]) == [frozenset({"Velkova"}), frozenset(), frozenset()]
    assert surnames.dangling([INTRO, OTHER, LATER]) == [frozenset()] * 3


@pytest.mark.parametrize("text, alone", [
    ("The Velkova inquiry opened on Monday.", True),          # "The" is no name
    ("Velkova Engineering won the contract.", False),         # part of another name
    ("Ana Velkova, her sister, was not questioned.", False),  # another full name ending in it
    ("The report blamed Velkova for the delay.", True),
    ("The report blamed Ms. Velkova for the delay.", True),     # an honorific is no first name
])
def test_a_surname_is_alone_only_with_no_capitalised_word_beside_it(text, alone):
    surnames = Surnames({"Velkova": frozenset({"Marta Velkova"})})
    assert (surnames.mentions(text)[1] == {"Velkova"}) is alone


def test_the_full_name_moves_before_the_surname_and_the_rest_keeps_its_order():
    surnames = Surnames.of([INTRO, LATER])
    assert surnames.introduced_first([OTHER, LATER, "Traffic was diverted to the ring road.", INTRO]) == [0, 3, 1, 2]
    assert surnames.introduced_first([INTRO, OTHER, LATER]) == [0, 1, 2]


def test_a_shell_noun_after_the_leans_back_when_asked():
    assert leans_back("The move angered the opposition.", shells=True)
    assert not leans_back("The move angered the opposition.")
    assert not leans_back("The mover was fined.", shells=True)


def test_an_opener_dangles_unless_the_sentence_before_it_is_shown_earlier():
    groups = make_groups(("a", "The council voted to close the bridge."), ("a", "But engineers said it was safe."),
                         ("b", "Traffic was diverted."))
    assert dangling_opener(groups[1], [groups[2]])
    assert not dangling_opener(groups[1], [groups[0], groups[2]])
    assert not dangling_opener(groups[2], [])


def test_a_candidate_needing_one_of_several_comes_with_the_cheapest():
    # Candidate 0 covers the most but needs 1 or 2; 3 alone is worth less than 0 with 2.
    problem = Problem(costs=np.array([5.0, 6.0, 4.0, 9.0]), covers=((0,), (1,), (2,), (3,)),
                      weights=np.array([10.0, 1.0, 1.0, 8.0]), bonus=np.zeros(4), budget=9.0, needs_one=((0, (1, 2)),))
    assert solve_exact(problem) == [0, 2] and solve_greedy(problem) == [0, 2]
    nothing = problem._replace(needs_one=((0, ()),))
    assert solve_exact(nothing) == [3] and solve_greedy(nothing) == [3]


CASE = make_groups(
    ("a", INTRO),
    ("a", "Engineers found cracks in two of the bridge's main supports last spring, inspectors said."),
    ("b", "Under questioning by the committee, Velkova acknowledged that warnings about the cracks had been ignored."),
    ("b", "Traffic across the river was diverted to the ring road for at least a month."))


def test_the_summary_names_a_person_in_full_before_by_surname():
    dates = {"a": "2024-05-02", "b": "2024-05-01"}     # b, with the surname, reads first by date
    summary = [p.group.id for p in CoverageRanker(min_docs=1).choose(CASE, Budget(words=200), dates=dates)]
    assert summary.index(0) < summary.index(2)


def test_with_introduce_a_surname_comes_only_with_its_full_name():
    ranker = CoverageRanker(min_docs=1, introduce=True)
    picked, problem = ranker.problem(CASE, Budget(words=40))
    assert problem.needs_one == ((picked.index(2), (picked.index(0),)),)
    chosen = {p.group.id for p in ranker.choose(CASE, Budget(words=18))}   # room for one sentence
    assert 2 not in chosen
