"""Regression: an article saying "one hundred" 160 times raised OverflowError in
``numbers.words_value`` (the run multiplied to 10**320) in summary, ask and conflicts."""
import pytest

from summarize.text.numbers import find_numbers, words_value

from .conftest import NEWS, invoke

CHANT = "Officials said " + "one hundred " * 160 + "people were moved on Monday.\n\n"


def test_words_value_refuses_long_runs():
    assert words_value("one hundred " * 160) is None
    assert words_value("nine hundred and ninety-nine thousand nine hundred and ninety-nine") == 999_999
    assert [n.value for n in find_numbers("one hundred " * 160 + "and 12 boats")] == [12.0]


@pytest.mark.parametrize("command", [["summary"], ["conflicts"], ["ask", "How many people were moved?"]])
def test_commands_finish(tmp_path, command):
    (tmp_path / "a.txt").write_text(CHANT + NEWS)
    (tmp_path / "b.txt").write_text(CHANT.replace("Monday", "Tuesday") + NEWS)
    r = invoke([*command, tmp_path])
    assert r.exit_code == 0 and "Traceback" not in r.stderr, r.stderr
