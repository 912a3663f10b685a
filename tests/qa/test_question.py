import pytest

from summarize.qa.question import parse


@pytest.mark.parametrize("text,kind,focus,dimension", [
    ("How many passengers were on the ferry?", "number", "passeng", "count"),
    ("How many people were hurt in the blast?", "number", "peopl", "count"),
    ("How much did the stadium cost?", "number", None, "money"),
    ("How old was the goalkeeper?", "number", None, "age"),
    ("How far did the hurricane travel inland?", "number", None, "distance"),
    ("How tall is the new tower?", "number", None, "distance"),
    ("How heavy was the stolen statue?", "number", None, "mass"),
    ("Within how many seconds did the blasts follow each other?", "number", "second", "duration"),
    ("How long did the blackout last?", "duration", None, "duration"),
    ("How fast were the winds?", "speed", None, "speed"),
    ("When did the strike end?", "date", None, ""),
    ("In what year was the bridge built?", "date", "year", ""),
    ("At what time did the polls close?", "date", "time", ""),
    ("What was the coach wearing when he arrived?", "other", None, ""),
    ("Where did the jet make an emergency landing?", "place", None, ""),
    ("Which city will host the summit?", "place", "citi", ""),
    ("Who resigned as party chairman?", "person", None, ""),
    ("Which airline ordered the planes?", "org", "airlin", ""),
    ("What is the ship called?", "name", None, ""),
    ("Why did the talks collapse?", "reason", None, ""),
])
def test_kind_focus_and_dimension(text, kind, focus, dimension):
    q = parse(text)
    assert (q.kind, q.focus, q.dimension) == (kind, focus, dimension)


def test_key_terms_drop_frame_words_and_the_type_noun():
    q = parse("Which city will host the summit?")
    assert q.terms == ("host", "summit")
    assert "city" in q.words


def test_a_question_is_frozen():
    q = parse("Who won?")
    with pytest.raises(AttributeError):
        q.kind = "date"
