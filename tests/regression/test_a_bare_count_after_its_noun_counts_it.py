"""Regression (issue #11, found on tests/data/sides_news8): "The injured workers were taken to
hospital, where three remain in a serious condition" was read as a bare "three" of nothing, so
"How many injured workers remain in a serious condition?" was answered with the count of the
injured from the sentence before, and that count's disagreement between outlets was shown as
sides. A bare count that is the subject of its clause counts the noun the question asks about
when the sentence writes that noun before it."""
from summarize import Corpus

FIRE = ("A fire at the depot injured 14 workers on Monday, the fire service said. "
        "The injured workers were taken to hospital in the city, where three remain in a serious condition.")


def test_a_bare_count_counts_the_focus_noun_written_before_it():
    assert Corpus.from_texts({"a": FIRE}).ask("How many injured workers remain in a serious condition?").answer == "three"
