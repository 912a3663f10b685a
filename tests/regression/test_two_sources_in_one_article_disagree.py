"""Regression (issue #12, recall; tests/data/conflict_news10): wire copy reports two sources'
figures in one article in different sentences ("The governor said 14 miners were trapped." / "The
company said 9 miners were trapped."), and the disagreement was never found, because statements
were paired across documents only. Two sentences of one article are sides when each attributes its
figure to a source of its own; never the article's figure and an earlier report of it, nor its own
figures, nor one source's two figures."""
import pytest

from summarize import Corpus

CONTEXT = "A fire broke out at the Halder mine on Monday. The cause was not yet known."


def _conflicts(article: str):
    return list(Corpus.from_texts({"wire": article, "paper": CONTEXT}).conflicts())


@pytest.mark.parametrize("article", [
    "Rescuers worked through the night. The regional governor said 14 miners were trapped underground. "
    "The mining company said 9 miners were trapped underground.",
    "Rescuers worked through the night. According to the regional governor, 14 miners were trapped underground. "
    "Nine miners were trapped underground, the mining company said.",
    # a verb of reckoning names its source as its subject
    "Rescuers worked through the night. According to the regional governor, 14 miners were trapped underground. "
    "The mining company put the number of miners trapped underground at 9.",
])
def test_two_sources_of_one_article_are_two_sides(article):
    (conflict,) = _conflicts(article)
    assert {side.value.lower() for side in conflict.sides} in ({"14", "9"}, {"14", "nine"})
    assert all(side.sources == ("wire",) for side in conflict.sides)
    # a reader sees who says what: each side's text names its own source
    assert {("governor" in side.text, "company" in side.text) for side in conflict.sides} == {(True, False), (False, True)}


@pytest.mark.parametrize("article", [
    # the figure and an earlier report of it: an update, not two sides
    "Rescuers worked through the night. The regional governor said 14 miners were trapped underground. "
    "Earlier reports said 9 miners were trapped underground.",
    # the figure and its former value in one sentence
    "The regional governor said 14 miners were trapped underground, up from 9 on Sunday.",
    # one source's two figures
    "The regional governor said 14 miners were trapped underground. The governor said 9 miners were trapped underground.",
    # the article's own figures, no source named
    "Fourteen miners were trapped underground. Nine miners were trapped underground.",
    # two sources, two measures
    "The regional governor said 14 miners were trapped underground. The mining company said 9 miners were injured.",
])
def test_no_two_sides_without_two_sources_of_one_fact(article):
    assert _conflicts(article) == []
