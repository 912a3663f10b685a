"""Regression: two figures of one measure that other outlets give for two facts ("180,000 containers a year
once it opens" / "900,000 containers a year by 2035"; a day's takings / a weekend's; one bridge's repair / the
roads around it) were shown as the two sides of a disagreement with the answer. Outlets that disagree over a
figure stay within a few times of each other (``disputes.RIVAL_RATIO``); a later report that updates a figure
may move it further, and stays a timeline."""
import pytest

from summarize import Corpus
from summarize.model import Conflict, Side
from summarize.qa.disputes import within_reach
from summarize.qa.question import parse

from .conftest import dated

APART = [
    ({"wire": "The port authority said the new terminal would handle 180,000 containers a year once it opens.",
      "daily": "The port authority expects the new terminal to handle 900,000 containers a year by 2035, it said."},
     "How many containers will the new terminal handle a year?", "180,000"),
    ({"wire": "The charity raised £12,000 at its summer fair in Ashby on Saturday, organisers said.",
      "radio": "Organisers said the charity's summer fair in Ashby raised £70,000 over the weekend from ticket "
               "sales and stalls."},
     "How much did the charity's summer fair raise?", "£12,000"),
    ({"wire": "The county council will spend $3 million repairing the Mill Lane bridge, officials said on Monday.",
      "web": "Officials said the county council will spend $18 million repairing roads, including the Mill Lane "
             "bridge."},
     "How much will the council spend repairing the Mill Lane bridge?", "$3 million"),
]

CLOSE = [
    ({"wire": "A blaze at the Corran paper mill destroyed 40 tonnes of stock on Sunday, the owner said.",
      "daily": "The owner said the blaze at the Corran paper mill destroyed 52 tonnes of stock on Sunday."},
     "How much stock did the blaze at the paper mill destroy?", {"40 tonnes", "52 tonnes"}),
    ({"wire": "The drought has cut the Kelby reservoir to 30 percent of capacity, the water board said on Tuesday.",
      "radio": "The water board said the Kelby reservoir was down to 22 percent of capacity because of the drought."},
     "How full is the Kelby reservoir?", {"30 percent", "22 percent"}),
    # a span in two units is no figure far apart: hours of deliberation may be told against the calendar's days
    ({"wire": "The jury in the Harlan fraud trial deliberated for seven hours before returning its verdict on Friday.",
      "radio": "The jury in the Harlan fraud trial deliberated for three days before returning its verdict, the "
               "court said."},
     "How long did the jury deliberate?", {"seven hours", "three days"}),
]

UPDATED = [
    ({"wire": dated("2027-03-03", "Appeal", "The flood appeal has raised $40,000 for the families, organisers said."),
      "daily": dated("2027-03-09", "Appeal", "The flood appeal has now raised $250,000 for the families, "
                                             "organisers said.")},
     "How much has the flood appeal raised for the families?", ["$40,000", "$250,000"]),
    ({"wire": dated("2027-06-01", "Cases", "Health officials said 12 people had fallen ill with measles in Dunmore."),
      "daily": dated("2027-06-08", "Cases", "Health officials said 70 people had now fallen ill with measles in "
                                            "Dunmore.")},
     "How many people have fallen ill with measles in Dunmore?", ["12", "70"]),
]


@pytest.mark.parametrize("texts, question, value", APART)
def test_a_figure_far_from_the_answer_on_the_same_day_is_no_side(texts, question, value):
    answer = Corpus.from_texts(texts).ask(question, min_confidence=0.0)
    assert answer.answer == value
    assert not [c for c in answer.conflicts if c.kind != "updated"]


@pytest.mark.parametrize("texts, question, values", CLOSE)
def test_figures_within_reach_stay_two_sides(texts, question, values):
    answer = Corpus.from_texts(texts).ask(question, min_confidence=0.0)
    assert answer.answer in values
    assert any({side.value for side in c.sides} == values for c in answer.conflicts)


@pytest.mark.parametrize("texts, question, timeline", UPDATED)
def test_a_figure_updated_further_by_a_later_report_stays_a_timeline(texts, question, timeline):
    answer = Corpus.from_texts(texts).ask(question, min_confidence=0.0)
    assert answer.answer == timeline[-1]
    assert [(c.kind, [side.value for side in c.sides]) for c in answer.conflicts] == [("updated", timeline)]


def test_the_sides_kept_are_those_within_reach_of_the_answer():
    sides = (Side("$40 million", "A", ("a", "b")), Side("$52 million", "B", ("c",)), Side("$9 million", "C", ("d",)))
    question = parse("How much will the new stand cost?")
    conflict = Conflict("cost stand", "quantity", sides)
    assert [s.value for s in within_reach(question, conflict, "$52 million", {}).sides] == ["$40 million",
                                                                                         "$52 million"]
    assert within_reach(question, Conflict("cost stand", "quantity", sides[1:]), "$9 million", {}) is None
    days = Conflict("day", "date", (Side("Monday", "A", ("a",)), Side("2019", "B", ("b",))))
    assert within_reach(question, days, "Monday", {}) == days
