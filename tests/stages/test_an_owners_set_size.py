"""The size of one owner's set, told by two outlets in sentences alike in nothing else (issue 12, conf43): "X, which
has 380 pupils" / "half of the 410 pupils at X", "The co-operative, which has about 2.3
million members and 58 stores" / "The co-operative's 52 stores" are one fact told two ways, a disagreement and no
update however the articles' days differ; another owner's set, a set narrowed after its noun or a running count is
not."""
import pytest

from summarize.model import Sentence
from summarize.stages.conflicts import Statement, _set_owner, find_conflicts
from summarize.text.values import values

from ..conftest import make_groups

DATES = {"a": "2090-05-06", "b": "2090-05-20"}
FILLER_A = ("Parents were told on Monday that the hall would be deep cleaned before pupils return.",)
FILLER_B = ("Health officials said the vaccination clinic would stay open until the end of the month.",)


def _found(a: str, b: str) -> list[tuple[str, tuple[str, ...]]]:
    groups = make_groups(*(("a", t) for t in (a, *FILLER_A)), *(("b", t) for t in (b, *FILLER_B)))
    return [(c.kind, tuple(s.value for s in c.sides)) for c in find_conflicts(groups, DATES)]


@pytest.mark.parametrize("a, b, values", [
    ("Marrow Lane Primary, which has 380 pupils, sent every class home for the rest of the week.",
     "Only half of the 410 pupils at Marrow Lane had been vaccinated by March, the health board found.",
     {"380", "410"}),
    ("The co-operative, which has about 2.3 million members and 58 stores, said it had hired extra staff.",
     "The co-operative's 52 stores reopened on Saturday with shorter queues.",
     {"58", "52"}),
])
def test_one_owners_set_told_twice_is_a_disagreement(a, b, values):
    found = _found(a, b)
    assert [kind for kind, _ in found] == ["quantity"]
    assert {v.split()[0] for v in found[0][1]} == values


@pytest.mark.parametrize("a, b", [
    ("Marrow Lane Primary, which has 380 pupils, sent every class home for the rest of the week.",
     "Only half of the 410 pupils at Hollin Park had been vaccinated by March, the health board found."),
    ("The co-operative, which has about 2.3 million members and 58 stores, said it had hired extra staff.",
     "The co-operative's 52 stores that flooded reopened on Saturday with shorter queues."),
])
def test_another_owners_set_or_a_narrowed_count_is_not(a, b):
    assert _found(a, b) == []


@pytest.mark.parametrize("text, owner", [
    ("The co-operative, which has about 2.3 million members and 58 stores, said it had hired extra staff.",
     "The co-operative"),
    ("The ferry was one of 12 vessels at the port.", "port"),
    ("The petition, which now has 1,200 signatures, was handed in on Monday.", None),
    ("All 46 residents were moved to a sister home.", ""),
    ("The clerk counted 46 residents.", None),
])
def test_the_owner_of_a_set_is_read_and_a_running_count_has_none(text, owner):
    v = next(v for v in values(text) if v.dimension == "count" and v.noun not in ("member",))
    assert _set_owner(Statement(v, Sentence("a", 0, text, 0, len(text)), 0, "")) == owner


def test_an_owners_set_in_a_place_is_no_whole():
    assert _found("Brandor employs about 7,500 people worldwide, the company said.",
                  "Work will move to a plant in Osk, where Brandor employs 1,900 people.") == []
