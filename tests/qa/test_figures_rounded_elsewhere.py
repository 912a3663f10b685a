"""A quantity question's candidates read whether another candidate states their figure hedged and rounded
(``unrounded``), on invented news whose lead rounds a figure and whose body gives it exactly: the exact figure reads 1,
the rounded one and a figure of something else read 0, and a question of no quantity reads 0 for all."""
import pytest

from ..conftest import candidate_feature

_FERRY = ("Nearly 1,200 passengers were taken off the stranded ferry overnight, the coastguard said.",
          "In a later statement the operator put the number evacuated at 1,184, with 36 crew staying on board.")
_VACCINE = ("About 45,000 doses of the new vaccine were given in the first week of the campaign.",
            "Figures released by the health board on Friday show that 44,812 doses had been given, at 17 clinics.")
_FLOOD = ("Volunteers filled some 30,000 sandbags as the river rose.",
          "The council said 29,650 sandbags had been handed out from four depots by Sunday evening.")
_SPRINT = ("She crossed the bay in about five seconds under the old record, racing against 12 rivals.",
           "Officials said the winning margin was 4.8 seconds, the widest in the race's history.")


def _unrounded(sentences: tuple[str, ...], question: str) -> dict[str, float]:
    """Each candidate's ``unrounded`` feature, the sentences read as evidence ranked in their order."""
    return candidate_feature(sentences, question, "unrounded")


def _of(found: dict[str, float], figure: str) -> float:
    """The feature of the candidate that writes ``figure`` (0 when none does)."""
    return next((v for text, v in found.items() if figure in text), 0.0)


@pytest.mark.parametrize("sentences, question, exact, rounded, other", [
    (_FERRY, "How many passengers were evacuated from the ferry?", "1,184", "1,200", "36"),
    (_VACCINE, "How many vaccine doses were given in the first week?", "44,812", "45,000", "17"),
    (_FLOOD, "How many sandbags were handed out?", "29,650", "30,000", "four"),
    (_SPRINT, "How big was the winning margin?", "4.8", "five", "12"),
])
def test_the_exact_figure_of_a_rounded_one_reads_it_and_the_rounded_does_not(sentences, question, exact, rounded, other):
    found = _unrounded(sentences, question)
    assert _of(found, exact) == 1.0
    assert _of(found, rounded) == 0.0 and _of(found, other) == 0.0


def test_a_question_of_no_quantity_reads_no_rounding():
    found = _unrounded(_FERRY, "Who said passengers were taken off the ferry?")
    assert not any(found.values())
