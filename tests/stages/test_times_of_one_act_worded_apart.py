"""Two outlets' times of one act, told with the same verb of the same thing but few other words in common (issue 12,
conf45): "was discovered at 4.40am during a routine patrol" / "was not discovered until 5.25am, a guard said" are one
moment told two ways, a disagreement, as two outlets' times of the story's moment already were; times of two acts
by other doers are not."""
from ..conftest import two_articles_conflicts

DATES = {"a": "2090-03-02", "b": "2090-03-05"}
FILLER = ("Visitors were told on Monday that the east wing would stay closed for the rest of the week.",
          "The insurers said they had not yet been told what the missing paintings were worth.")


def _found(a: str, b: str) -> list[tuple[str, tuple[str, ...]]]:
    return two_articles_conflicts(a, b, DATES, FILLER)


def test_one_acts_times_worded_apart_disagree():
    found = _found("The break-in was discovered at 4.40am during a routine patrol, and the gallery called the police.",
                   "The break-in was not discovered until 5.25am, a guard said, long after the van had driven away.")
    assert found == [("date", ("4.40am", "5.25am"))]


def test_times_of_other_doers_acts_do_not():
    assert _found("The fire was discovered at 4.40am by a passing driver.",
                  "Firefighters were called at 5.25am, long after the van had driven away.") == []
