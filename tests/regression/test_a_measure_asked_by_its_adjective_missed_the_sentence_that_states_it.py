"""Regression (issue #11, found on tests/data/fresh_news8 and _news21): "How warm did the cold room get ...?", "What
temperature does the law allow for chilled food?", "How large is the area over which fragments landed?" were withheld:
the sentence that answers states the figure in its unit ("had reached 14 degrees Celsius", "a strewn field of about 42
square kilometres") and shares few of the question's words, while sentences that repeat them ("the cold room
failure", "landowners in the area") filled the evidence. A sentence that states a figure of the measure asked now
ranks as a date question's sentence that states a date of the unit asked does (``retrieve.grains_stated``), and "how
large is the area" asks an area. Every story below is invented."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import asked_grains, grains_stated

from .conftest import dated

# Sentences that share the question's words but state no figure of the measure asked, before the one that does.
_FILLER = " ".join(f"{opening} the {{noun}} {closing}." for opening, closing in (
    ("Everyone in the town has talked about", "all week"), ("Officials said they would look at", "again"),
    ("Residents said", "had worried them for months"), ("The council said", "was its first concern"),
    ("Engineers were sent to", "on Monday"), ("Nobody had expected", "to make the news"),
    ("Photographs of", "were shared widely"), ("Insurers have asked about", "as well"),
    ("A report on", "is due next month"), ("Local schools held assemblies about", "on Friday"),
    ("The owners of", "declined to comment"), ("A petition about", "has 900 names"))) + " "


@pytest.mark.parametrize("question, noun, answer_text, answer", [
    ("How hot did the kiln get before the fire was spotted?", "kiln",
     "By the time staff spotted the fire, the temperature inside had climbed to 1,150 degrees Celsius.",
     "1,150 degrees Celsius"),
    ("How heavy was the bell that fell from the tower?", "bell",
     "Workers said the bronze had weighed some 900 kilograms before it fell from the tower.", "900 kilograms"),
    ("How large is the area the wildfire has burned?", "wildfire",
     "Firefighters said the blaze had now burned across some 36 square kilometres of moorland.",
     "36 square kilometres"),
])
def test_the_sentence_that_states_the_measure_asked_answers(question, noun, answer_text, answer):
    text = _FILLER.format(noun=noun) + answer_text
    corpus = Corpus.from_texts({"a": dated("2031-04-02", "Story", text)})
    assert corpus.ask(question).answer == answer


@pytest.mark.parametrize("text, grains", [
    ("The train was travelling at 38 mph.", []),  # a speed ranks nothing: a wind's is told beside a vehicle's
    ("It weighed 450 kg and hit the ground at 4.42am.", ["@time", "@hour", "@mass"]),
    ("Ann Lee, 52, said the room reached 14C.", ["@temperature"]),  # an age ranks nothing: a story gives several
    ("The firm employs 640 people and lost £3m over three years.", []),  # counts, sums and spans rank nothing
])
def test_a_sentence_states_the_measures_of_its_figures(text, grains):
    assert grains_stated(text) == grains


@pytest.mark.parametrize("question, grains", [
    ("How warm was the chiller?", ["@temperature"]),
    ("How large is the area the fire has burned?", ["@area"]),
    ("How many people were hurt?", []),
    ("At what time did the crane fall?", ["@time"]),
])
def test_a_question_asks_the_measure_it_names(question, grains):
    assert asked_grains(parse(question)) == grains
