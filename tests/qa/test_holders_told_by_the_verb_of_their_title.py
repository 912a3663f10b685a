"""A post's holder told by the verb of another title of the job asked ("Ann Lee chairs the board" for "Who leads the
board?"), an untyped full name among them (invented story)."""
from summarize.corpus import Corpus
from summarize.qa.answer import holds_by_verb
from summarize.qa.question import parse

_STORY = {
    "a1.txt": "Pier repairs\nWenlow Post, 9 June 2037\n\n"
              "Fishermen say the pier at Ottery Cove has been unsafe for two winters. "
              "Tobin Fosdyke chairs the Ottery Cove Boatmen's Society. "
              "The harbour board said repairs were led by its chief engineer, Dr Mireille Sabatier, and would take a month.\n",
}


def test_the_verb_of_another_title_of_the_job_says_who_holds_it():
    asked = parse("Who leads the boatmen's society?")
    assert holds_by_verb("chairs", asked) and holds_by_verb("heads", asked)
    assert not holds_by_verb("joined", asked) and not holds_by_verb("said", asked)


def test_who_leads_is_answered_by_who_chairs():
    corpus = Corpus.from_texts(_STORY)
    assert corpus.ask("Who leads the boatmen's society?").answer == "Tobin Fosdyke"
