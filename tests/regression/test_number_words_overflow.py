"""Regression: an article saying "one hundred" 160 times raised OverflowError in
``numbers.words_value`` (the run multiplied to 10**320) in summary, ask and conflicts. Numbers
are now read by ``text.quantities``, which caps a run of number words."""
import pytest

from summarize.text.quantities import number_value, quantities

from .conftest import NEWS, invoke

CHANT = "Officials said " + "one hundred " * 160 + "people were moved on Monday.\n\n"


def test_number_words_refuse_long_runs():
    assert number_value("one hundred " * 160) is None
    assert number_value("nine hundred and ninety-nine thousand nine hundred and ninety-nine") == 999_999
    found = quantities("one hundred " * 160 + "and 12 boats")
    assert found[-1].value == 12.0 and all(q.value < 1_000 for q in found)


@pytest.mark.parametrize("command", [["summary"], ["conflicts"], ["ask", "How many people were moved?"]])
def test_commands_finish(tmp_path, command):
    (tmp_path / "a.txt").write_text(CHANT + NEWS)
    (tmp_path / "b.txt").write_text(CHANT.replace("Monday", "Tuesday") + NEWS)
    r = invoke([*command, tmp_path])
    assert r.exit_code == 0 and "Traceback" not in r.stderr, r.stderr
