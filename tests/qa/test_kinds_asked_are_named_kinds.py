"""A question for a kind of thing ("What species of beetle ...?", "What breed of dog ...?", "What type of rock is
it?") answered by the words that narrow its noun, not by how many there were nor by the sentence's other words, on
invented news: "31 red-tailed tree frogs" tells the species "red-tailed tree frogs"; "a banded iron formation, a
type of sedimentary rock" tells the kind of rock by the phrase set beside the kind noun (``answer.kinds_apposed``)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import kinds_apposed
from summarize.qa.question import parse


def _answer(text: str, question: str) -> str | None:
    return Corpus.from_texts({"a1.txt": text}).ask(question).answer


_FROGS = ("Rare frogs found in quarry pond\nFen Courier, Brackley Edge, 4 June 2061\n\n"
          "Volunteers surveying the old quarry at Brackley Edge counted 31 red-tailed tree frogs in a pond on "
          "Saturday. The species had not been recorded in the county before, the wildlife trust said.")
_ROCK = ("Outcrop dated at two billion years\nScience Desk, Carnmore, 8 May 2062\n\n"
         "Geologists said on Tuesday that the outcrop above Carnmore is a banded iron formation, a type of sedimentary "
         "rock laid down in ancient seas. The rock will be studied by the university over the summer.")


@pytest.mark.parametrize("text, question, answer", [
    (_FROGS, "What species were the frogs found in the pond?", "red-tailed tree frogs"),
    (_FROGS, "What species of frog did the volunteers count?", "red-tailed tree frogs"),
    (_ROCK, "What type of rock is the outcrop?", "banded iron formation"),
])
def test_a_kind_asked_is_answered_by_the_words_that_narrow_its_noun(text, question, answer):
    assert _answer(text, question) == answer


def test_the_kind_noun_of_a_copula_question_is_its_subject():
    assert parse("What species were the nesting terns?").noun == "tern"
    assert parse("What breed of dog bit the postman?").noun == "dog"


def test_a_phrase_set_beside_a_kind_noun_is_that_kind_only_where_the_noun_is_told():
    asked = parse("What type of rock is it?")
    kinds = kinds_apposed("It is a banded iron formation, a type of sedimentary rock.", asked)
    assert [m.text for m in kinds] == ["banded iron formation"]
    assert kinds_apposed("He bought a small van, a type of vehicle he likes.", asked) == []
