"""Regression: "two bridges" and "1,200 people" in sentences about the same flood were reported
as a conflict, and `ask` then answered a question about people with "2"."""
from summarize import Corpus


def test_counts_of_different_nouns_do_not_clash():
    corpus = Corpus.from_texts({
        "wire": "The river rose by three metres, forcing the closure of two bridges in Porto. "
                "About 1,200 people were moved from homes near the river in Porto.",
        "blog": "The flooded river shut two bridges in Porto overnight.",
        "page": "About 1,200 people were moved from their homes near the river, the council said.",
    })
    assert list(corpus.conflicts()) == []
    answer = corpus.ask("How many people were moved from their homes?")
    assert answer.answer is not None and "1,200" in answer.answer and answer.conflicts == ()
