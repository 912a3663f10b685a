"""Figures read as running or as changes by the words of their own clause (issue 12). A perfect in a clause
joined after the figure's ("had about 240 drivers, and it had been struggling to recruit") tells nothing of the
figure, so a later article's other figure is no update of it; "had cost it £2.5m" runs as "has risen to" does;
a sum or a span after "lost" ("the members lost £8.4m") is the amount lost, a level another outlet's total
disputes, where a price that lost 40p moved. One invented story holds an update timeline and a cross-outlet
disagreement."""
import pytest

from summarize.model import Sentence
from summarize.stages.conflicts import Statement, find_conflicts, runs
from summarize.text.values import values

from ..conftest import make_groups

DAY = "2031-03-02"


def _value(text: str, figure: str):
    sentence = Sentence("a", 0, text, 0, len(text))
    return sentence, next(v for v in values(text) if figure in v.text)


@pytest.mark.parametrize("text, figure, running", [
    ("Before the strike the Pellbeck depot had about 240 drivers, and it had been struggling to recruit more.",
     "240", False),
    ("About 60 volunteers signed up before the appeal closed, and organisers have thanked them.", "60", False),
    ("The council said clearing the spill had cost it £2.5m.", "£2.5m", True),
    ("The number of patients in hospital has risen again, to 48.", "48", True),
    ("The toll has risen to 31, and rescuers have stopped searching.", "31", True),
])
def test_a_figure_runs_by_a_perfect_of_its_own_clause(text, figure, running):
    sentence, v = _value(text, figure)
    assert runs(sentence, v, DAY) is running


@pytest.mark.parametrize("text, figure, change", [
    ("Savers in the Brellow scheme lost £8.4m, the prosecution said.", "£8.4m", ""),
    ("Ambulance crews lost 3,900 hours waiting outside hospitals last week.", "3,900 hours", ""),
    ("Shares in the miller lost 40p to close at 310p.", "40p", "step"),
    ("The index lost 5% in a week.", "5%", "step"),
])
def test_a_sum_or_span_lost_is_an_amount_not_a_change(text, figure, change):
    sentence, v = _value(text, figure)
    assert Statement(v, sentence, 0, DAY).marks.change == change


STORY = (
    ("a", "Clearing the spill has so far cost the Tarnwick council about £1.2m, officials said."),
    ("a", "Savers in the Brellow pension scheme lost £8.4m, the prosecution said."),
    ("a", "The Pellbeck depot employs 290 drivers, who work shifts around the clock."),
    ("b", "The total loss to savers in the Brellow pension scheme was £9.7m, the prosecution said."),
    ("c", "The council said clearing the spill had cost it £2.5m, and that it had started legal action."),
    ("c", "Before the strike the Pellbeck depot had about 240 drivers, and it had been struggling to recruit more."),
)
STORY_DATES = {"a": "2031-03-02", "b": "2031-03-02", "c": "2031-07-16"}


def test_an_invented_story_has_its_timeline_and_its_disagreement_and_no_false_update():
    found = {(c.kind, tuple(s.value for s in c.sides)) for c in find_conflicts(make_groups(*STORY), STORY_DATES)}
    assert found == {("updated", ("about £1.2m", "£2.5m")), ("quantity", ("£8.4m", "£9.7m"))}
