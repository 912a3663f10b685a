"""The speaker a "which <noun> said ...?" question asks for (invented stories): its plain verb of reporting names no
deed, and the articles report the claim with another verb of saying ("maintains that", "told us", "has confirmed"),
so ``answer.does_asked`` reads the subject of any verb of saying, or the name after "said" or "according to", as the
doer (``says_asked``), but not the name a speaker "told"."""
import pytest

from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import Answerer, does_asked, says_asked
from summarize.qa.question import parse


@pytest.mark.parametrize("question, expected", [
    ("Which union said the pumps were switched off?", True),
    ("Which group claimed the survey was ignored?", True),
    ("Who told reporters the bridge was safe?", True),
    ("Which firm built the bridge?", False),
    ("Which union warned about the cuts?", False),  # a verb of its own deed keeps its stem
    ("What have passengers said?", False),
])
def test_which_questions_ask_a_speaker(question, expected):
    assert says_asked(parse(question)) is expected


_Q = parse("Which union said the pumps had been switched off?")


@pytest.mark.parametrize("text, name, expected", [
    ("The Oswick Dockers' Guild maintains that the pumps were off for a week.", "Oswick Dockers' Guild", 1.0),
    ("The Oswick Dockers' Guild, the union for pump crews, said the pumps were off.", "Oswick Dockers' Guild", 1.0),
    ("The Oswick Dockers' Guild has confirmed to the board that the pumps were off.", "Oswick Dockers' Guild", 1.0),
    ('"They were off for a week," said regional secretary Dr Ilse Varn.', "Ilse Varn", 1.0),
    ("The pumps were off, according to the Oswick Dockers' Guild.", "Oswick Dockers' Guild", 1.0),
    ("Two workers told the Wenby Courier that the pumps were off.", "Wenby Courier", 0.0),
    ("The board said that Ilse Varn had switched the pumps off.", "Ilse Varn", 0.0),
    ("The Oswick Dockers' Guild repaired the pumps in May.", "Oswick Dockers' Guild", 0.0),
])
def test_the_speaker_reads_as_the_doer(text, name, expected):
    at = text.find(name)
    assert does_asked(text, at, at + len(name), _Q) == expected


_STORY = ["The Orrin Mill Union maintains that the pumps had been switched off for a week before the flood.",
          "Work at the Orrin Mill stopped on Monday, and the Wenby Water Board has sent engineers to the site.",
          "The Wenby Water Board repaired the pumps by Thursday."]


def test_the_speaker_is_lifted_over_a_body_told_nearer():
    evidence = [Scored(Group(k, s, (s,)), 5.0 - k)
                for k, s in enumerate(Sentence("a1", k, t, 0, len(t)) for k, t in enumerate(_STORY))]
    found = Answerer(_STORY).pick(_Q, evidence).candidates
    doers = {c.text: c.feature("doer") for c in found}
    assert doers.get("Orrin Mill Union") == 1.0 and not doers.get("Wenby Water Board")
