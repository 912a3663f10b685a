"""News gives a person's age between the name and the phrase that says what they are ("Ann Lee, 34, a nurse"):
the phrase still describes the name (invented stories)."""
import pytest

from summarize.corpus import Corpus
from summarize.text.names import descriptions, names, roles


def _described(text: str, name: str) -> list[str]:
    found = next(n for n in names(text) if n.text == name)
    return [phrase for _, phrase in descriptions(text, found.start, found.end)]


@pytest.mark.parametrize("text, name, phrase", [
    ("The climbers were named as Petra Hollis, 29, a paramedic from Dunmore, and Ivo Brandt, 41.", "Petra Hollis",
     "a paramedic from Dunmore"),
    ("Coastguards rescued Tomas Reyne, 58, a retired teacher, from the cliff path on Sunday.", "Tomas Reyne",
     "a retired teacher"),
    ("The court heard that Aila Marsh, 33, the farm's manager, had reported the leak twice.", "Aila Marsh",
     "the farm's manager"),
])
def test_a_phrase_after_an_age_describes_the_name(text, name, phrase):
    assert _described(text, name) == [phrase]


def test_an_age_alone_describes_nothing():
    assert _described("Ivo Brandt, 41, said he had seen the smoke.", "Ivo Brandt") == []


def test_the_role_after_an_age_is_the_name_s_role():
    text = "Coastguards rescued Tomas Reyne, 58, a retired teacher, from the cliff path on Sunday."
    found = next(n for n in names(text) if n.text == "Tomas Reyne")
    assert "teacher" in roles(text, found.start, found.end)


def test_who_is_asked_of_a_name_given_an_age_is_answered_by_what_they_are():
    text = ("Cliff rescue\nCoast Herald, Dunmore, 3 June 2036\n\nCoastguards rescued Tomas Reyne, 58, a retired teacher, "
            "from the cliff path on Sunday. He had slipped while walking his dog.")
    assert Corpus.from_texts({"a1.txt": text}).ask("Who is Tomas Reyne?").answer == "a retired teacher"
