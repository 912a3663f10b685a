"""A running count told in other words on two days (issue 12): two counts of one noun, each its
article's only count of that noun, from articles of two days, the later told as running ("has now
rehomed 310 dogs"), are one count's timeline when their clauses share a word, however little else the
sentences share; counts of two acts ("published" / "withdrawn", "flooded" / "evacuated") or a count
that is one of two its article gives stay apart."""
import pytest

from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

WEEK_APART = {"a": "2031-05-02", "b": "2031-05-09"}


@pytest.mark.parametrize("earlier, later, sides", [
    ("A petition urging the council to save the Vennick Street baths has gathered more than 2,500 signatures "
     "since Monday.",
     "The baths petition has now passed more than 6,000 signatures, and campaigners will hand it to the council "
     "next week.", ["more than 2,500", "more than 6,000"]),
    ("Volunteers at the animal shelter have found homes for 140 dogs since the appeal began.",
     "The shelter has now rehomed 310 dogs, its manager said on Thursday.", ["140", "310"]),
])
def test_a_later_days_running_count_in_other_words_updates_the_first(earlier, later, sides):
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), WEEK_APART)
    assert c.kind == "updated" and [s.value for s in c.sides] == sides


@pytest.mark.parametrize("earlier, later", [
    # two acts: the clauses share no word but the noun
    ("The institute has published 52 studies since it opened in 2019.",
     "To date, nine studies from the centre have been withdrawn by their journals."),
    ("Five people were kept in hospital overnight.",
     "Twenty-eight people have now fallen ill after eating at the fair."),
    ("Around 120 homes were flooded, the council said.",
     "The fire service said 450 homes had been evacuated at the height of the flooding."),
    # the later article gives two counts of the noun: which one runs on is not known
    ("Volunteers at the animal shelter have found homes for 140 dogs since the appeal began.",
     "The shelter has now rehomed 310 dogs, its manager said, and 45 dogs are still waiting."),
])
def test_counts_of_two_acts_or_of_an_article_with_two_counts_are_no_timeline(earlier, later):
    assert not [c for c in find_conflicts(make_groups(("a", earlier), ("b", later)), WEEK_APART)
                if c.kind == "updated"]
