"""A post's holder told in the sentence after the one that names the body, its owner a possessive pronoun ("The
society has made a complaint. Its secretary, Ann Lee, said ...": ``answer.successors``; invented story)."""
from summarize.corpus import Corpus
from summarize.qa.answer import successors
from summarize.qa.question import parse

_STORY = {
    "a1.txt": "Pier complaint\nWenlow Post, 9 June 2037\n\n"
              "The cove boatmen's society has made a formal complaint about the pier. "
              "Its chair, Tobin Fosdyke, said the handrail had been loose since March. "
              "The harbour board said the repairs would take a month.\n",
}


def test_the_holder_told_by_its_owner_s_pronoun_in_the_next_sentence_is_a_candidate():
    asked = parse("Who leads the boatmen's society?")
    text = "The cove boatmen's society has made a formal complaint about the pier."
    around = text + " Its chair, Tobin Fosdyke, said the handrail had been loose since March."
    assert [m.text for m in successors(text, around, asked)] == ["Tobin Fosdyke"]
    assert successors(text, text + " The harbour board said so.", asked) == []
    assert successors(text, around, parse("Who said the handrail was loose?")) == []  # no post asked


def test_who_leads_is_answered_by_the_holder_in_the_next_sentence():
    assert Corpus.from_texts(_STORY).ask("Who leads the boatmen's society?").answer == "Tobin Fosdyke"
