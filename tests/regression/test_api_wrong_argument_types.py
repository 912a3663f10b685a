"""Regression: the API let TypeError and AttributeError escape for arguments of the wrong type,
and ``Corpus.from_texts("a string")`` made one document per character."""
import pytest

from summarize import Corpus, InputError

from .conftest import NEWS

CALLS = {
    "from_texts one string": lambda c: Corpus.from_texts(NEWS),
    "from_texts non-string text": lambda c: Corpus.from_texts([NEWS, 42]),
    "from_paths one string": lambda c: Corpus.from_paths("seeds"),
    "from_paths non-path item": lambda c: Corpus.from_paths([3.5]),
    "threshold as text": lambda c: Corpus.from_texts([NEWS], threshold="0.5"),
    "max_sentences as text": lambda c: Corpus.from_texts([NEWS], max_sentences="9"),
    "sentences as text": lambda c: c.summarize(sentences="3"),
    "seed as text": lambda c: c.summarize(ranker="random", seed="x"),
    "question not a string": lambda c: c.ask(5),
    "top_k as text": lambda c: c.ask("How many people were moved?", top_k="3"),
    "retriever as list": lambda c: c.retriever(["bm25"]),
}


@pytest.mark.parametrize("call", list(CALLS))
def test_wrong_type_is_an_input_error_and_a_type_error(call):
    corpus = Corpus.from_texts([NEWS])
    with pytest.raises(InputError) as info:
        CALLS[call](corpus)
    assert isinstance(info.value, TypeError) and info.value.usage and str(info.value)


def test_one_string_is_not_read_per_character():
    with pytest.raises(InputError, match="not one str; wrap it in a list"):
        Corpus.from_texts("Rain fell.")
