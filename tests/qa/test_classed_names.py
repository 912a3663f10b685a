"""A "which <noun>" question answered by the name that the noun classes, on invented news: English classes a name by
its head ("Tarn Valley Hospital") or by a first word before a proper name ("Lake Morran", "Port Malden", "Ben Corrie",
a mountain in WordNet), which the answer keeps, never by a word in between: "Orwell Lake Energy" is a firm and "Malden
Port Health Authority" a body, though the noun asked stands in their names."""
import pytest

from summarize.corpus import Corpus
from summarize.text.names import classed_as
from summarize.text.tokens import stem


def _answer(text: str, question: str) -> str | None:
    return Corpus.from_texts({"a1.txt": text}).ask(question).answer


_SPILL = ("Oil spill reaches beaches\nCoast Post, Orwell Bay, 12 May 2039\n\n"
          "Orwell Lake Energy said its pipeline leaked oil into Lake Morran on Thursday, and booms were laid across the "
          "lake. Volunteers cleaned beaches around Lake Morran over the weekend.")
_AVALANCHE = ("Skier dies in avalanche\nAlpine Wire, Vessach, 14 January 2042\n\n"
              "Pellan Mountain Rescue said a skier had died on Tuesday after an avalanche swept across an off-piste "
              "slope. The slide happened high on Mount Pellan, above the village of Vessach, the police said.")
_QUARANTINE = ("Cargo ship held over fever case\nShipping Bulletin, Malden, 12 May 2039\n\n"
               "The Malden Port Health Authority said on Friday it had ordered the bulk carrier Tessaly Dawn to stay at "
               "anchor. The vessel will be held in Port Malden until the crew have been tested, a spokesman said.")
_CLIMBERS = ("Climbers found safe after night in the snow\nHighland Courier, Strathmore, 2 February 2040\n\n"
             "Corrie Mountain Guides said on Tuesday that two of its clients had been found after a night on Ben Corrie. "
             "The pair were walked down by a rescue team at first light and were said to be cold but unhurt.")


@pytest.mark.parametrize("text, question, answer", [
    (_SPILL, "Into which lake did the pipeline leak oil?", "Lake Morran"),
    (_AVALANCHE, "On which mountain did the avalanche happen?", "Mount Pellan"),
    (_QUARANTINE, "In which port is the ship being held?", "Port Malden"),
    (_CLIMBERS, "On which mountain did the climbers spend the night?", "Ben Corrie"),
])
def test_the_name_the_noun_classes_answers_not_one_it_stands_inside(text, question, answer):
    assert _answer(text, question) == answer


@pytest.mark.parametrize("name, noun, expected", [
    ("Tarn Valley Hospital", "hospital", True),  # its head
    ("University of Pellam", "university", True),  # its head, before "of"
    ("Port Malden", "port", True),  # a first word that classes the name after it
    ("Ben Corrie", "mountain", True),  # a first word WordNet kinds as the noun
    ("Malden Port Health Authority", "port", False),  # a word between: the name of a body
    ("Corrie Mountain Guides", "mountain", False),
    ("Medicines and Devices Agency", "medicine", False),  # a body, by its head, whatever its first word
    ("Ben", "mountain", False),  # a first word with no name after it classes nothing
])
def test_a_name_is_classed_by_its_head_or_first_word_only(name, noun, expected):
    assert classed_as(name, stem(noun)) is expected
