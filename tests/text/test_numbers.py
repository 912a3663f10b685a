"""Numbers as values: digits with thousands commas and decimals, number words, scale words."""
import pytest

from summarize.text.numbers import find_numbers, numbers, words_value


@pytest.mark.parametrize("text, expected", [
    ("1,960 kN", [1960]),
    ("the 1,960kN engine", [1960]),
    ("3.5", [3.5]),
    ("35", [35]),
    ("two thousand", [2000]),
    ("Two thousand troops", [2000]),
    ("2,000", [2000]),
    ("twenty-four hours", [24]),
    ("a hundred and five", [105]),
    ("two hundred and fifty thousand", [250_000]),
    ("1.5 million people", [1_500_000]),
    ("up to 24 hours, not 20 hours.", [24, 20]),
    ("The 5th time, the tenth day", [5]),
    ("thousands of troops", []),
    ("a ten-year plan", [10]),
    ("Sep 2, 2025", [2, 2025]),
    ("no figures here", []),
])
def test_values(text, expected):
    assert numbers(text) == [float(v) for v in expected]


def test_spans_cover_the_number_as_written():
    text = "He met 26 other leaders and two thousand guests; 1,960 kN."
    assert [text[n.start:n.end] for n in find_numbers(text)] == ["26", "two thousand", "1,960"]


def test_words_value_rejects_non_numbers():
    assert words_value("twenty-one") == 21.0
    assert words_value("banana") is None
    assert words_value("and") is None
