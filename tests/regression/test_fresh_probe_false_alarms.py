"""Regression: pairs of sentences written for issue #12 (precision on news never seen), each two
facts that share a unit and most of their words, were reported as disagreements: a part at a
named site vs the whole, two companies' cuts told with a past form spelt as its present ("cut"),
two described people's ages, two parts of a business year, a new thing vs an old one, prices for
other buyers, a part vs all of a kind, a peak vs a figure of a named day; and one article's
figures of two days."""
import pytest

from summarize import Corpus

from .conftest import dated, reported

DAY = "2026-06-10"


@pytest.mark.parametrize("one, two", [
    ("The carmaker will shed 450 jobs at its Halden plant, a spokesman said.",
     "The carmaker will shed 2,100 jobs, a spokesman said."),
    ("Brannock cut 900 jobs last year, the insurer said.",
     "Selwick cut 720 jobs last year, the insurer said."),
    ("The pedestrian, a 71-year-old teacher, died at the scene.",
     "The cyclist, a 29-year-old courier, died at the scene."),
    ("Orders rose 9 percent in the first half, the shipyard said.",
     "Orders rose 4 percent over the full year, the shipyard said."),
    ("The new pier is 480 metres long, the harbour board said.",
     "The old pier was 310 metres long, the harbour board said."),
    ("Season passes cost 320 pounds for adults, the ski resort said.",
     "Season passes cost 140 pounds for students, the ski resort said."),
    ("Okafor scored 14 tries last season.",
     "Okafor scored 21 tries in all matches last season."),
    ("The ice storm left 90,000 homes without heat at its peak.",
     "The ice storm left 26,000 homes without heat on Thursday morning."),
])
def test_two_facts_sharing_words_do_not_clash(one, two):
    assert reported(one, two, day=DAY) == []


@pytest.mark.parametrize("one, two", [
    ("The carmaker will shed 450 jobs at its Halden plant, a spokesman said.",
     "The carmaker will shed 600 jobs at its Halden plant, the union said."),
    ("Orders rose 9 percent in the first half, the shipyard said.",
     "Orders rose 6 percent in the first half, the shipyard said."),
    ("The pedestrian, a 71-year-old teacher, died at the scene.",
     "The pedestrian, a 74-year-old teacher, died at the scene."),
    ("The new pier is 480 metres long, the harbour board said.",
     "The new pier is 520 metres long, the harbour board said."),
    # "previously unknown" says new, as "new" does: no vintage apart
    ("Divers logged 86 new species of coral on the reef, the institute said.",
     "Divers logged 61 previously unknown species of coral on the reef, the institute said."),
])
def test_one_fact_told_two_ways_still_clashes(one, two):
    assert len(reported(one, two, day=DAY)) == 1


def test_one_articles_figures_of_two_days_are_no_dispute():
    text = dated(DAY, "Quarry collapse", "Rescuers said on Monday that 7 miners had died. "
                 "By Tuesday, the mine's owners said, 11 miners had died.")
    other = dated(DAY, "Weather", "Rain fell across the valley on Tuesday.")
    assert list(Corpus.from_texts({"one": text, "two": other}).conflicts()) == []
