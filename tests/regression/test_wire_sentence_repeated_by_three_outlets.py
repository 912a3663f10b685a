"""Regression: a news sentence that three outlets printed word for word (wire copy) was dropped
by the cleaner as "repeated across outlets", so the summary of an all-duplicate cluster was
empty. Found by the property tests (thousands of tiny files; all-duplicate clusters)."""
from summarize import Corpus
from summarize.model import Block
from summarize.stages.clean import clean


def test_repeated_sentence_is_kept_and_credited_to_every_outlet():
    text = "Kim Jong Un crossed the border into China on Tuesday, state media said."
    corpus = Corpus.from_texts({"a": text, "b": text, "c": text, "d": text})
    (item,) = corpus.summarize(sentences=3)
    assert item.text == text and item.sources == ("a", "b", "c", "d")


def test_repeated_furniture_is_still_dropped():
    bl = [Block(d, 0, 10, t) for d in "abc" for t in ("Most read stories this week from around the world today",
                                                      "Rain fell in the town today.")]
    kept, dropped = clean(bl)
    assert [b.text for b in kept] == ["Rain fell in the town today."] * 3
    assert {d.reason for d in dropped} == {"repeated across outlets"}
