"""A job asked of a named person is answered by a title that names the post: a one-word title that WordNet knows but
never as a person ("head", "chair": a body part, a seat) names no post alone, so it keeps the owner after it ("head of
the survey team"); a title that is a person's noun keeps its owner out as before ("director", "surveyor") (invented
story; ``answer._title_told``)."""
import pytest

from summarize.corpus import Corpus

_STORY = {
    "a1.txt": "Seabird colony count falls\nIsland Courier, Rosmoor, 9 July 2064\n\n"
              "The puffin colony on Rosmoor has shrunk by a third since 2058, a survey published on Tuesday found. "
              "Dr Wenna Trathen, head of the survey team, said warmer seas had driven the sand eels north. "
              "Ossian Pelly, director of the island trust, said visitor landings would be limited this summer.\n",
    "a2.txt": "Puffin numbers down a third\nRosmoor Post, 10 July 2064\n\n"
              "Kestrel Vyne, chair of the Rosmoor Landing Board, said boats would carry fewer passengers. "
              "The trust's director, Ossian Pelly, thanked the volunteers who counted the burrows.\n",
}


@pytest.fixture(scope="module")
def corpus():
    return Corpus.from_texts(_STORY)


@pytest.mark.parametrize("question, answer", [
    ("What position does Wenna Trathen hold?", "head of the survey team"),
    ("What position does Kestrel Vyne hold?", "chair of the Rosmoor Landing Board"),
    ("What job does Ossian Pelly do?", "director"),
])
def test_a_post_is_named_whole_where_its_word_names_no_person(corpus, question, answer):
    assert corpus.ask(question).answer == answer
