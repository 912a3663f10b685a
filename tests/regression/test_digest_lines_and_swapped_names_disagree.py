"""Regression (issue #12, recall; tests/data/conflict_news11): a roundup whose bulleted digest
quotes outlets line by line ('* AP - "..."') carried several sources in one article, but no source
was read from a line's label, so its figures never met; a verb of saying that describes a noun
("the confirmed death toll") was taken for who said it; and a person named with first name and
surname swapped ("Grant Russel" / "Russell Grant") was never compared."""
import pytest

from summarize import Corpus

CONTEXT = "Rain slowed the rescue work on Tuesday. Aid flights landed at the regional airport."


def _conflicts(texts: dict[str, str]):
    return list(Corpus.from_texts(texts).conflicts())


@pytest.mark.parametrize("lines", [
    ['* Harbour Wire - "The confirmed toll passed 410 on Monday."', '* Coastline FM - "The toll passed 560."'],
    ['Harbour Wire: "The confirmed toll passed 410 on Monday."', 'Coastline FM: "The toll passed 560."'],
])
def test_two_labelled_lines_of_a_digest_are_two_sides(lines):
    article = "Searchers reached the last islands on Monday.\nWhat the outlets say\n" + "\n".join(lines) + "\n"
    (conflict,) = _conflicts({"roundup": article, "paper": CONTEXT})
    assert {side.value for side in conflict.sides} == {"410", "560"}
    assert all(side.sources == ("roundup",) for side in conflict.sides)


def test_a_verb_of_saying_before_a_noun_names_no_source():
    article = ("The confirmed number of people injured is 540, the health ministry said on Monday.\n"
               "The Red Crescent said 610 people had been injured.\n")
    (conflict,) = _conflicts({"paper": article, "other": CONTEXT})
    assert {side.value for side in conflict.sides} == {"540", "610"}


@pytest.mark.parametrize("lines", [
    # one outlet's figure and a forecast by another: no dispute
    ['* Harbour Wire - "The confirmed toll passed 410 on Monday."',
     '* Relief Network - "The final toll could climb beyond 560."'],
    # a labelled line that is a place's figure, not a quote: no source
    ['* Korrin - about 410', '* Tallow Bay - about 560'],
])
def test_no_sides_without_two_labelled_sources_of_one_fact(lines):
    article = "Searchers reached the last islands on Monday.\nWhat the outlets say\n" + "\n".join(lines) + "\n"
    assert _conflicts({"roundup": article, "paper": CONTEXT}) == []


def test_a_name_with_first_name_and_surname_swapped_is_a_name_conflict():
    (conflict,) = _conflicts({"brief": "The man was named as Grant Russel, a carpenter from Lenholm.",
                              "inquest": "An inquest heard that Russell Grant had not anchored his rope.",
                              "weekly": "Friends of Russell Grant gathered at his workshop."})
    assert conflict.kind == "name"
    assert {(side.value, side.sources) for side in conflict.sides} == {
        ("Russell Grant", ("inquest", "weekly")), ("Grant Russel", ("brief",))}


@pytest.mark.parametrize("texts", [
    {"court": "His partner, Wei Tanaka, told the hearing about the rain.", "weekly": "Tanaka Wei spoke briefly."},
    # one article writes both: it knows them as two people (or corrects itself)
    {"court": "Grant Russel and Russell Grant, cousins, both climbed that day.", "weekly": "Russell Grant spoke."},
])
def test_no_name_conflict_for_one_spelling_or_one_article_writing_both(texts):
    assert [c for c in _conflicts(texts) if c.kind == "name"] == []
