"""Regression (issue #11, found on tests/data/fresh_news21 and unanswerable_news5): a question asking a speed or a
weight by its adjective ("How fast ...?", "How heavy ...?") was answered with a figure of another dimension ("450 kg"
for a speed, "three miles" for a weight) when nothing of the dimension asked was read; a length per second ("23
kilometres per second") was read as a distance, so a meteor's speed was no speed; and a mass per unit of volume lost
the unit it is given per ("3.8 nanograms" of "3.8 nanograms per millilitre"), as a rate was read only per litre or per
unit of time. Every story below is invented."""
import pytest

from summarize import Corpus

from .conftest import dated


def _ask(question: str, *texts: str) -> str | None:
    """The answer to ``question`` over one article per text, dated a week apart in order."""
    days = ("2031-03-03", "2031-03-10", "2031-03-17")
    return Corpus.from_texts({f"a{k}": dated(days[k], f"Story {k}", t) for k, t in enumerate(texts)}).ask(question).answer


@pytest.mark.parametrize("question, text", [
    ("How heavy is the Marrow Queen?", "The Marrow Queen, a river barge, ran aground about four miles north of the lock "
                                       "on Sunday, the canal trust said."),
    ("How fast was the tanker travelling when it hit the pier?", "The tanker hit the pier at Selby Point on Monday "
                                                                 "carrying 3,200 tonnes of fuel oil."),
    ("How heavy was the statue that was stolen?", "The bronze statue, which stood 3 metres tall in the square at Ollam, "
                                                  "was taken overnight, police said."),
])
def test_a_figure_of_another_dimension_does_not_answer_how_fast_or_how_heavy(question, text):
    assert _ask(question, text) is None


@pytest.mark.parametrize("question, text, answer", [
    ("How heavy is the bell?", "The bell, cast in 1820, weighs 180kg and hangs 30 metres above the square.", "180kg"),
    ("How fast was the coach going?", "The coach, 12 metres long, was going at 58 mph when it left the road.", "58 mph"),
    ("How far is the farm from the village?", "The farm, which covers 40 hectares, is 3 miles from the village.",
     "3 miles"),
    ("How high did water use peak?", "Water use peaked at 920 million litres on Tuesday, the company said.",
     "920 million litres"),  # "how high" asks the level of anything, not only a distance
])
def test_a_figure_of_the_dimension_asked_still_answers_it(question, text, answer):
    assert _ask(question, text) == answer


@pytest.mark.parametrize("question, text, answer", [
    ("How fast was the probe travelling when it reached the moon?",
     "The probe weighed 640 kg. It was travelling at 2.4 kilometres per second when it reached the moon.",
     "2.4 kilometres per second"),
    ("How fast was the debris moving?", "Tracking stations said the debris, some 40 kg of it, was moving at about "
                                        "7 km per second as it fell.", "7 km per second"),
    ("How fast did the landslide move?", "The landslide, which carried 90,000 tonnes of rock, moved at 20 metres a "
                                         "second down the valley.", "20 metres a second"),
])
def test_a_length_per_second_answers_how_fast(question, text, answer):
    assert _ask(question, text) == answer


@pytest.mark.parametrize("question, text, answer", [
    ("What concentration of lead did the samples show?",
     "The samples showed a concentration of 14 micrograms per decilitre of lead, the laboratory said.",
     "14 micrograms"),  # a decilitre is no unit this layer reads: the mass alone
    ("What concentration of the pesticide was found in the well?",
     "Tests found the pesticide in the well at a concentration of 0.6 milligrams per millilitre.",
     "0.6 milligrams per millilitre"),
    ("What level of the toxin did the test show?", "The test showed the toxin at 2.1 ng/mL, above the safe limit.",
     "2.1 ng/mL"),
    ("How much water was pouring over the weir at its peak?",
     "At its peak, 310 cubic metres per second was pouring over the weir, the agency said.",
     "310 cubic metres per second"),
])
def test_a_mass_or_volume_per_unit_keeps_the_unit_it_is_given_per(question, text, answer):
    assert _ask(question, text) == answer
