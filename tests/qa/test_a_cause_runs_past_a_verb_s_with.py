"""A cause clause goes on past "with" right after a verb ("because the guard was dealing with a fight in the yard"):
"with" opens the verb's object there, no clause of its own; after a noun it still ends the cause. Invented sentences."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import reason_mentions


@pytest.mark.parametrize("sentence, cause", [
    ("The alarm went unheard because the night porter was dealing with a flood in the basement.",
     "the night porter was dealing with a flood in the basement"),
    ("The pumps stopped because the intake pipe was clogged with silt from the river.",
     "the intake pipe was clogged with silt from the river"),
])
def test_with_after_a_verb_is_part_of_the_cause(sentence, cause):
    assert cause in [m.text for m in reason_mentions(sentence)]


def test_with_after_a_noun_still_ends_the_cause():
    said = [m.text for m in reason_mentions("The depot shut because of a cash shortfall with losses still rising.")]
    assert "a cash shortfall" in said


def test_the_whole_cause_answers_why():
    story = ("Fire crews reached the Dunmore warehouse at 2am. The blaze was not spotted sooner because the night "
             "porter was dealing with a flood in the basement. Nobody was hurt.")
    assert Corpus.from_texts({"a": story}).ask("Why was the blaze not spotted sooner?").answer == \
        "the night porter was dealing with a flood in the basement"
