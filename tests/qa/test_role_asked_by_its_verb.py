"""A question that asks for a role by its verb ("Who leads the team?", "Who directs the choir?") finds the sentence that
gives the holder the role's noun ("Team leader Aled Pryce"), as news titles people (invented stories): the role the verb
names is searched for with the question's words, though the question never writes it."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse

_STORIES = [
   ("Cave divers reach trapped students\nValley Radio, Dunmarra, 14 March 2043\n\n"
    "The Dunmarra Cave Rescue Organisation was called out on Sunday after floodwater cut off four students in a cave. "
    "Cave rescue teams from two counties joined the search overnight. "
    "Volunteers from the cave rescue organisation carried pumps into the system. "
    "Team leader Aled Pryce told us: \"The water is falling, and we expect to bring them out by noon.\" "
    "The students were said to be cold but well.",
    "Who leads the cave rescue organisation?"),
   ("Choir wins national title\nCity Chronicle, Harrowgate, 2 June 2041\n\n"
    "The Harrowgate Community Choir won the national amateur title on Saturday, beating 40 other choirs. "
    "The choir was founded in 1998 and has 70 singers. Choirs from every region took part in the final in the city hall. "
    "Musical director Odile Fenner said the singers had rehearsed three nights a week. "
    "The choir will now sing at the national festival in August.",
    "Who directs the community choir?"),
   ("Lifeboat crew rescue fishermen\nCoast News, Pellworth, 20 November 2040\n\n"
    "The Pellworth lifeboat crew rescued three fishermen on Tuesday after their boat lost power in a storm. "
    "The lifeboat was launched at 2am and the lifeboat crew reached the boat within an hour. "
    "Crews from two stations took part. Coxswain Brannagh Doyle said the sea had been rough. "
    "Station manager Ewan Tulk said the crew had trained for this kind of rescue.",
    "Who manages the lifeboat station?"),
  ]


@pytest.mark.parametrize("text, question", _STORIES)
def test_the_holder_of_the_role_a_verb_asks_for_answers(text, question):
    found = Corpus.from_texts({"a1.txt": text}).ask(question).answer
    assert found and found in text and any(f"{title} {found}" in text for title in ("leader", "director", "manager"))


@pytest.mark.parametrize("question, role", [
    ("Who leads the cave rescue organisation?", "leader"),
    ("Who directs the community choir?", "director"),
    ("Who manages the lifeboat station?", "manag"),
])
def test_the_verb_asks_for_its_role(question, role):
    assert parse(question).roles == (role,)
