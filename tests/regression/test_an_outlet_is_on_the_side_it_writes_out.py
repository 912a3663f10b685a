"""Regression (issue #11, found on tests/data/sides_news8/dockfire): "A fire that broke out on
Monday night destroyed ..." and another outlet's "The fire, which broke out late on Sunday, tore
through ..." are grouped as one statement, so the answer's side "Monday night" listed the outlet
that says Sunday among its sources, beside the side "Sunday" it writes out. An outlet that writes
out one side's value is a source of that side only."""
from pathlib import Path

from summarize import Corpus

DOCKFIRE = Path(__file__).parents[1] / "data" / "sides_news8" / "dockfire" / "docs"


def test_each_outlet_is_a_source_of_the_day_it_writes_out():
    answer = Corpus.from_paths([DOCKFIRE]).ask("When did the fire break out?")
    sources = {s.value: set(s.sources) for c in answer.conflicts for s in c.sides}
    assert "post_1" in sources["Sunday"] and "post_1" not in sources["Monday night"]
