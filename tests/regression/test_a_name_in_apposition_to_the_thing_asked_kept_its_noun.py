"""Regression (issue #11, found on tests/data/fresh_news19): "What is the school's science wing called?" was answered
"Linden", though the sentence says "the Linden block, the science wing that went up in 1971". A name and the lower-case
noun after it, set in apposition to a phrase of the question's words, are the name the thing goes by; a name whose
noun no such phrase describes keeps to the name alone."""
import pytest

from summarize import Corpus

# Each story (invented): the question, the name, and its articles.
STORIES = {
    "hospital": ("What is the hospital's new maternity unit called?", "Ashby wing", {
        "a": "Two wards will move next month into the Ashby wing, the hospital's new maternity unit, which cost £18m.",
        "b": "Staff at Dunmere General say the move has been delayed twice."}),
    "prison": ("What is the prison's oldest block called?", "Keller house", {
        "a": "Inspectors found damp in every cell of the Keller house, the prison's oldest block, built in 1889."}),
    "campus": ("What is the university's new library called?", "Orme building", {
        "a": "Students were moved out of the Orme building, the university's new library, after a ceiling panel fell "
             "on Tuesday."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_name_keeps_its_noun_when_apposed_to_the_thing_asked(name):
    question, called, articles = STORIES[name]
    answer = Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer
    assert answer is not None and answer.lower().removeprefix("the ") == called.lower()


def test_a_name_with_no_such_phrase_keeps_to_the_name():
    articles = {"a": "The club trains at the Millbeck training ground, 6 miles from its Harlow Road stadium."}
    answer = Corpus.from_texts(articles).ask("What is the club's training ground called?", min_confidence=0.0).answer
    assert answer == "Millbeck"
