"""Regression (issue #11, found on tests/data/fresh_news17): "Where did the evacuated residents spend the first night?"
was withheld although a live blog said they "spent the night at the Greyfriars Leisure Centre": a building an
organisation runs only nearly fits a "where" question, and one whose kind is not known not at all. A name after a
preposition of place right after the deed the question asks about ("spent the night at", "were taken to") is where
that deed was done, whatever kind of name it is."""
import pytest

from summarize import Corpus

# Each story: the question, the name that answers it, a place it may not be answered with, and its articles.
STORIES = {
    "ferry": ("Where did the stranded passengers spend the night?", "Harbour View Sports Centre", "Kelby", {
        "a": "date 2031-05-02 Stranded\nAbout 200 passengers from the cancelled ferry spent the night at the Harbour "
             "View Sports Centre in Kelby, the port said. Crews worked in Kelby harbour until dawn."}),
    "plant": ("Where were the injured workers taken?", "Royal Ashvale Infirmary", "Ashvale", {
        "a": "date 2031-05-02 Blaze\nFour workers were injured in the fire at the Dunmore plant in Ashvale. The injured "
             "workers were taken to the Royal Ashvale Infirmary by ambulance."}),
    "storm": ("Where did the evacuated families sleep?", "Brackley Community Hall", "Brackley", {
        "a": "date 2031-05-02 Storm\nRising water forced 60 families from their homes in Brackley on Friday. The "
             "evacuated families slept in the Brackley Community Hall, which the council opened at midnight."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_building_where_the_deed_was_done_answers(name):
    question, building, town, articles = STORIES[name]
    answer = Corpus.from_texts(articles).ask(question).answer
    assert answer is not None and building in answer and answer != town


def test_a_name_that_only_qualifies_a_noun_is_no_building():
    articles = {"a": "date 2031-05-02 School shut\nThe Elm Road primary school will close in July, the trust said, and "
                     "its 80 pupils will be taught at the Harwick academy in Dunley from September."}
    answer = Corpus.from_texts(articles).ask("Where will the pupils be taught?", min_confidence=0.0).answer
    assert answer != "Harwick"
