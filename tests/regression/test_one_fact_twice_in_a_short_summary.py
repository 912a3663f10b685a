"""Regression: the 100-word default summary of the seeds spent two of its four sentences on one
fact in two wordings (an arrival stated once as "has arrived in" the city and once as "arrived at"
its station), because TF-IDF cosine under 0.5 did not see them as one. The default summary now
covers concepts once and never picks two sentences sharing half the shorter one's bigrams."""
from summarize import Corpus
from summarize.summary.rankers.coverage import concepts, overlapping

ONE_FACT = ("The delegation has arrived in the capital by special train after a two-day journey, state media said.",
            "The special train carrying the delegation arrived in the capital after a two-day journey on Tuesday.")
OTHER = "Leaders of twenty countries will watch the parade alongside the host and his guests on Wednesday."


def test_two_wordings_of_one_fact_are_not_both_chosen():
    texts = {"a": f"{ONE_FACT[0]} {OTHER}", "b": ONE_FACT[1], "c": f"{ONE_FACT[1]} {OTHER}", "d": ONE_FACT[0]}
    picked = [p.text for p in Corpus.from_texts(texts).summarize(words=60)]
    assert sum(text in ONE_FACT for text in picked) == 1 and OTHER in picked


def test_overlap_is_measured_against_the_shorter_sentence():
    sets = [concepts(ONE_FACT[0]), concepts(ONE_FACT[1]), concepts(OTHER)]
    assert overlapping(sets) == {(0, 1)}
    assert overlapping(sets, share=1.0) == set()
