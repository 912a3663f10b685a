"""A cause clause goes on past "while" ("because the grant was cut while costs kept rising"): what "while" adds went on at
the same time, a second cause, and readers quote both; a comma still ends the clause. On invented sentences."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import reason_mentions


@pytest.mark.parametrize("sentence, cause", [
    ("The library shut two branches, mainly because the county cut its grant while heating bills kept rising.",
     "the county cut its grant while heating bills kept rising"),
    ("The match was called off due to a waterlogged pitch while more rain was forecast.",
     "a waterlogged pitch while more rain was forecast"),
])
def test_a_cause_runs_past_while(sentence, cause):
    assert cause in [m.text for m in reason_mentions(sentence)]


def test_a_comma_before_while_still_ends_the_cause():
    said = [m.text for m in reason_mentions("The ferry stayed in port because of high winds, while the bus ran late.")]
    assert "high winds" in said


def test_a_two_part_cause_answers_why():
    story = ("Tarnfield council set a budget of $210m on Tuesday. Officials said they faced a $12m gap, mainly because "
             "the county cut its grant while heating bills kept rising. Two libraries will close.")
    assert Corpus.from_texts({"a": story}).ask("Why did the council face a gap?").answer == \
        "the county cut its grant while heating bills kept rising"
