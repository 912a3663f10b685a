"""A role told of a body named again by its kind (invented stories): news names the body once ("Corvel Water
Board"), then writes "the board's chief executive, Ann Lee", so the holder of the role a question asks of the named
body ("Who runs Corvel Water Board?") is that body's, though its name is not in her sentence; a kind the question's
names do not say, where the text before does not name the body asked, is no owner told."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import _owner_fit
from summarize.qa.question import parse
from summarize.text.names import refers_back

_BOARD = {"a1.txt": ("Water board apologises for outage\nValley Post, Tressby, 4 May 2061\n\n"
                     "Corvel Water Board cut supplies to 9,000 homes on Monday after a main burst near Tressby. "
                     "Bottled water was handed out at two schools. "
                     "Odile Pransky, the board's chief executive, said the main had been due for renewal next year. "
                     "The county's health minister, Bertil Osgood, asked for daily reports. "
                     "Chief executive of the pipe maker Halden Pumps, Ivo Marsh, said Corvel Water Board had "
                     "fitted the main itself. "
                     "Engineers expect supplies back by Thursday.")}


def test_the_holder_of_a_role_of_the_body_named_again_by_its_kind_answers():
    # before, her role was read as of no owner and the rival's sentence named the board: the question was withheld
    answer = Corpus.from_texts(_BOARD).ask("Who runs Corvel Water Board?")
    assert answer.answer == "Odile Pransky"


@pytest.mark.parametrize("owner, expected", [("the board", True), ("its", True), ("Corvel Water Board", False)])
def test_a_body_named_by_its_kind_refers_back(owner, expected):
    assert refers_back(owner) is expected


@pytest.mark.parametrize("question, expected", [("Who runs Corvel Water Board?", 1.0),
                                                   ("Who is the chief executive of Morrow Water?", None)])
def test_a_kind_is_the_owner_asked_when_a_word_of_the_names_asked(question, expected):
    # "the board's": a word of "Corvel Water Board"; not of "Morrow Water", nor is that named before: no owner told
    text = "Odile Pransky, the board's chief executive, said the main had been due for renewal."
    assert _owner_fit(text, 0, len("Odile Pransky"), parse(question), "Supplies were cut on Monday.") == expected
