""""Who runs the firm that ...?" asks for the firm's head, as "Who runs the firm?" does (invented stories): a relative
clause ("that", "which", "who") ends the phrase "run" takes as its object, so the body before it is what is run."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse

_FERRY = ("Ferry cancelled after engine fault\nIsland Post, Carrick, 4 May 2036\n\n"
          "Sailings to the island were cancelled on Monday after an engine fault on the morning ferry. \"We are sorry for "
          "the disruption,\" said Ilona Vesk, chief executive of Carrick Sea Links, which operates the route. Engineers "
          "were working on the ship overnight, the company said.")
_CHAPEL = ("Chapel roof appeal\nDales Weekly, Orbury, 9 June 2037\n\n"
           "A charity has launched an appeal to repair the roof of a 12th-century chapel near Orbury. The Orbury Heritage "
           "Trust, which looks after the chapel, needs £300,000, its director, Tomas Ebbe, said. Volunteers will open the "
           "chapel on Sundays.")
_BREAD = ("Bakery recalls bread\nFood Trade News, Ashby, 2 March 2039\n\n"
          "Millbrook Bakeries has recalled 20,000 loaves after metal was found in a batch. Its managing director, Petra "
          "Lund, said the fault had been traced to a mixer at the Ashby plant. Supermarkets were told to take the bread "
          "off their shelves.")


@pytest.mark.parametrize("question", [
    "Who runs the company that operates the ferry?",
    "Who runs the charity which looks after the chapel?",
    "Who runs the firm that recalled the bread?",
])
def test_run_before_a_relative_clause_asks_for_a_head(question):
    assert parse(question).roles == ("head",)


@pytest.mark.parametrize("text, question, answer", [
    (_FERRY, "Who runs the company that operates the ferry?", "Ilona Vesk"),
    (_CHAPEL, "Who runs the charity which looks after the chapel?", "Tomas Ebbe"),
    (_BREAD, "Who runs the firm that recalled the bread?", "Petra Lund"),
])
def test_the_head_of_the_body_run_answers(text, question, answer):
    assert Corpus.from_texts({"a1.txt": text}).ask(question).answer == answer


def test_a_firm_that_runs_something_is_still_asked_for_by_name():
    assert parse("Which company runs the bus that fell into the river?").roles == ()
