"""A title's complement may hold a lower-case possessive ("director of women's health"): the title runs on past
it, and a title whose complement is cut short by a contraction keeps no dangling "of". Invented sentences."""
import pytest

from summarize.text.names import names
from summarize.text.titles import titles


def _titles(text: str, name: str) -> list[str]:
    found = next(n for n in names(text) if name in n.text)
    return [t.text for t in titles(text, found.start, found.end)]


@pytest.mark.parametrize("text, name, title", [
    ("Corwen Ashby, director of women's health, said the wing would reopen.", "Ashby",
     "director of women's health"),
    ("Corwen Ashby, head of members' welfare at the union, said talks went on.", "Ashby", "head of members' welfare"),
    ("Corwen Ashby, the trust's director of women's health, said so.", "Ashby", "director of women's health"),
])
def test_a_possessive_inside_the_complement_is_part_of_the_title(text, name, title):
    assert _titles(text, name) == [title]


def test_a_contraction_after_of_leaves_no_dangling_preposition():
    assert _titles("Corwen Ashby, director of it's all fine, said nothing.", "Ashby") == ["director"]
