"""Names of things that read like people's, on invented news: a name in apposition is typed by the noun that heads
the phrase after it ("a cargo steamer", not "cargo" or "passenger"), a name after an article is no person's ("master
of the Sea Lark, said"), and a name after "the" or after a noun WordNet knows as a thing ("the research vessel RV
Orla Wend", "the robot Puffin") is a thing's name, unless it only qualifies the noun after it ("the Acme plant")."""
import pytest

from summarize.text.names import names, thing_named


def _kinds(text: str) -> dict[str, str]:
    return {n.text: n.kind for n in names(text)}


@pytest.mark.parametrize("text, name", [
    ("Divers reached the wreck of the SS Hollin Marsh, a passenger steamer lost in a gale.", "SS Hollin Marsh"),
    ("The coastguard towed the Bryony Tarrant, a pilot boat that lost power off the point.", "Bryony Tarrant"),
    ("Walkers waved at the Ellen Marsh, a coach excursion steamer, as it passed.", "Ellen Marsh"),
])
def test_a_name_apposed_to_a_thing_headed_phrase_is_no_persons(text, name):
    assert _kinds(text)[name] == "name"


@pytest.mark.parametrize("text, name, kind", [
    ("Mira Castell, a passenger on the bus, said she had been thrown forward.", "Mira Castell", "person"),
    ("Tomas Edevane, chief executive of Brellport Mills, said the site would stay open.", "Tomas Edevane", "person"),
])
def test_a_listed_noun_that_heads_its_phrase_still_types_the_name(text, name, kind):
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize("text, person, thing", [
    ('Captain Idris Vellan, master of the Morwen Gale, said: "The crew did everything right."', "Idris Vellan",
     "Morwen Gale"),
    ('Ruth Amsel, skipper of the Kestrel Dawn, said: "We turned back."', "Ruth Amsel", "Kestrel Dawn"),
    ('Ivo Brandt, pilot of the Skerry Lark, said: "We saw the flare."', "Ivo Brandt", "Skerry Lark"),
])
def test_a_name_after_an_article_is_no_persons_though_said_follows(text, person, thing):
    kinds = _kinds(text)
    assert kinds[person] == "person" and kinds[thing] != "person"


@pytest.mark.parametrize("text, name, expected", [
    ("The find was made by the survey ship's research vessel RV Orla Wend on Monday.", "RV Orla Wend", True),
    ("Pictures came from the robot Puffin, which dived to 900 metres.", "Puffin", True),
    ("Lorries queued on the A96 for hours.", "A96", True),
    ("Workers at the Brellport Mills plant walked out.", "Brellport Mills", False),  # the name qualifies "plant"
    ("Fans thanked the club's manager Ruth Hallam after the game.", "Ruth Hallam", False),  # a role before her
    ("The council asked Ruth Hallam to lead the review.", "Ruth Hallam", False),
])
def test_a_thing_is_named_after_an_article_or_a_noun_of_a_thing(text, name, expected):
    start = text.index(name)
    assert thing_named(text, start, start + len(name)) is expected

