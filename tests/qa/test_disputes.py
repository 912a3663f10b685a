from summarize.model import Conflict, Side
from summarize.qa.disputes import side_of, value_kind

UPDATE = Conflict("number of people: killed flooding", "updated",
                  (Side("157", "Flooding has killed 157 people.", ("a",)),
                   Side("173", "Flooding has killed 173 people.", ("b",))),
                  dates=("2024-05-01", "2024-05-03"))


def test_an_update_states_quantities():
    assert value_kind(UPDATE) == "quantity"


def test_the_side_an_answer_states_in_an_update():
    assert side_of(UPDATE, "173 people").value == "173"
    assert side_of(UPDATE, "160") is None
