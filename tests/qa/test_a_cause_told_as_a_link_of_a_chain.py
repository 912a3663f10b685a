"""A cause named first whose effect is not what the question asks about, when the clause after it is ("A power cut
stopped the pumps, and the basement flooded" for "Why did the basement flood?"): the cause is the whole first link,
"A power cut stopped the pumps", not its subject alone; on invented sentences."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse


@pytest.mark.parametrize("sentence, question, cause", [
    ("A power cut caused the pumps to stop, and the basement of the library flooded overnight.",
     "Why did the library's basement flood?", "A power cut caused the pumps to stop"),
    ("The blizzard forced the ferry back to port, so the island's shops ran out of bread.",
     "Why did the island's shops run out of bread?", "The blizzard forced the ferry back to port"),
])
def test_the_first_link_of_a_chain_is_the_cause_of_the_deed_after_it(sentence, question, cause):
    assert cause in [m.text for m in mentions(sentence, parse(question))]


@pytest.mark.parametrize("sentence, question, cause", [
    # the effect is the deed asked about: the cause is the subject alone
    ("A gas leak caused the explosion, and the street was closed for a day.", "What caused the explosion?",
     "A gas leak"),
    # the clause after tells nothing asked about: no chain
    ("A power cut caused the pumps to stop, and engineers worked through the night.",
     "Why did the library's basement flood?", "A power cut"),
])
def test_a_cause_keeps_its_subject_alone_when_no_later_deed_is_asked(sentence, question, cause):
    assert cause in [m.text for m in mentions(sentence, parse(question))]


def test_a_chain_answers_from_a_story():
    story = ("The Harlow Street library was closed on Monday. A power cut caused the pumps to stop, and the basement "
             "of the library flooded overnight. Staff moved books to the upper floor.")
    assert Corpus.from_texts({"a": story}).ask("Why did the library's basement flood?").answer == \
        "A power cut caused the pumps to stop"
