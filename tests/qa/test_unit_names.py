"""A police or military body named with "Unit" or "Squad" ("the Eastern Serious Fraud Squad"), on invented news: the
name is answered whole, its word of region included, when a "which unit" question asks for it."""
import pytest

from summarize.corpus import Corpus

_FRAUD = ("Charity boss arrested\nValley Courier, Brenholt, 2 May 2044\n\n"
          "The treasurer of a Brenholt animal charity was arrested on Tuesday over £300,000 missing from its accounts. "
          "The Northern Serious Fraud Squad is leading the investigation, the charity said. "
          "The treasurer was released on bail.")
_CYBER = ("Hospital systems down\nCoast Weekly, Marrow, 14 March 2045\n\n"
          "Computer systems at Marrow General Hospital were shut down on Sunday after a ransomware attack. "
          "The Western Regional Cyber Crime Unit is investigating the attack. "
          "Patients were asked to attend appointments as usual.")


@pytest.mark.parametrize("text, question, answer", [
    (_FRAUD, "Which police squad is leading the investigation?", "Northern Serious Fraud Squad"),
    (_CYBER, "Which police unit is investigating the attack?", "Western Regional Cyber Crime Unit"),
])
def test_a_unit_is_answered_whole(text: str, question: str, answer: str) -> None:
    assert Corpus.from_texts({"a1.txt": text}).ask(question).answer == answer
