"""A bare number set off after a kind of person named with a determiner ("a woman, 44,") is her age, as after a name
("Ann Bell, 44,"): read as a count, a sentence of two people's ages looked like one age, and another article's age of
another person met it as one fact (vdis40). The noun must name a person (WordNet): "the company, 44," counts."""
import pytest

from summarize.text.values import values


@pytest.mark.parametrize("text, figure, dimension", [
    ("A man in his sixties died near Tarley, and a woman, 44, was swept from a harbour wall.", "44", "age"),
    ("The pensioner, now 81, was rescued by a neighbour.", "81", "age"),
    ("Police said the teenager, 17, had been released.", "17", "age"),
    ("The company, 44, said it would appeal.", "44", "count"),
])
def test_an_age_after_a_kind_of_person(text, figure, dimension):
    v = next(v for v in values(text) if v.kind == "quantity" and v.text.endswith(figure))
    assert v.dimension == dimension
