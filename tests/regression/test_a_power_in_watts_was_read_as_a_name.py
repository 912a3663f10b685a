"""Regression: the grammar of quantities knew no unit of power or energy, so "a 1.5GW scheme" gave an
organisation "GW", "1,500 megawatts" a count of a noun "megawatt", and a question for a wind farm's capacity
was answered with a count (fresh_news18's wind farm; fresh_news2's blackout and conflict_news12's heat wave
give demand in megawatts and gigawatts). Watts and watt-hours, by name or SI symbol, are now one measure
each, and the table of what news measures a noun in (``value_kinds.txt``, rebuilt) reads a "capacity" as a
power. Invented stories: the power or energy answers."""
import pytest

from summarize import Corpus
from summarize.text.values import values

from .conftest import dated

STORIES = [
    ("Planners approved a 350MW solar farm on farmland east of Dunley on Tuesday, despite objections from 40 "
     "residents.\n\nThe site covers 600 hectares.\n", "What is the capacity of the solar farm?", "350MW"),
    ("Electricity demand peaked at 41.2 gigawatts on Monday evening as temperatures fell to minus 8C, the grid "
     "operator said.\n\nThree coal units were brought back into service.\n",
     "How high did electricity demand peak on Monday?", "41.2 gigawatts"),
    ("The new heat pump uses about 3,100 kilowatt-hours of electricity a year, the installer said, compared with "
     "12,000 for the old gas boiler.\n\nIt cost £9,500 to fit.\n",
     "How much electricity does the heat pump use a year?", "3,100 kilowatt-hours"),
]


@pytest.mark.parametrize("text, question, answer", STORIES)
def test_the_power_or_energy_answers(text, question, answer):
    assert Corpus.from_texts({"a": dated("2034-05-02", "Power", text)}).ask(question).answer == answer


@pytest.mark.parametrize("text", ["The council backed a 1.5GW scheme of 96 turbines.",
                                  "Each of the 18MW turbines stands 300 metres tall.",
                                  "The plant's 2,400MW output fell by half."])
def test_a_unit_glued_to_its_figure_is_no_name(text):
    read = values(text)
    assert not [v for v in read if v.text in ("GW", "MW")]
    assert any(v.dimension == "power" for v in read)
