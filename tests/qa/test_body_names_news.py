"""A body's name read whole and typed by how news writes it, on invented news: a name introduced by a naming phrase
("a group calling itself Grey Kite", "a charity known as Harbour Light") is typed by the noun before the phrase, so a
"which group" question is answered with it and not with the other body its clause names (the victim of what the group
did); a police body named with "Unit" or "Squad" ("the Northern Serious Fraud Squad") is answered whole, its word of
region included."""
import pytest

from summarize.corpus import Corpus

_HACK = ("Hackers hit port systems\nHarbour Post, Kelsby, 3 April 2043\n\n"
         "A criminal group calling itself Grey Kite has claimed responsibility for the cyber attack that shut Kelsby "
         "Port Authority's booking systems on Monday. The port said no cargo had been lost. "
         "Ships were held outside the harbour for six hours.")
_SHELTER = ("Shelter opens in Corbridge\nNorth Courier, Corbridge, 9 December 2041\n\n"
            "A night shelter for 40 people opened in Corbridge on Friday in a former bank on Mill Street owned by "
            "Corbridge Borough Council. The shelter is run by a charity known as Harbour Light, which has raised "
            "£120,000 for it. Volunteers will serve hot meals every evening.")
_FRAUD = ("Charity boss arrested\nValley Courier, Brenholt, 2 May 2044\n\n"
          "The treasurer of a Brenholt animal charity was arrested on Tuesday over £300,000 missing from its accounts. "
          "The Northern Serious Fraud Squad is leading the investigation, the charity said. "
          "The treasurer was released on bail.")
_CYBER = ("Hospital systems down\nCoast Weekly, Marrow, 14 March 2045\n\n"
          "Computer systems at Marrow General Hospital were shut down on Sunday after a ransomware attack. "
          "The Western Regional Cyber Crime Unit is investigating the attack. "
          "Patients were asked to attend appointments as usual.")


@pytest.mark.parametrize("text, question, answer", [
    (_HACK, "Which group claimed the cyber attack?", "Grey Kite"),
    (_SHELTER, "Which charity runs the shelter?", "Harbour Light"),
    (_FRAUD, "Which police squad is leading the investigation?", "Northern Serious Fraud Squad"),
    (_CYBER, "Which police unit is investigating the attack?", "Western Regional Cyber Crime Unit"),
])
def test_a_body_s_name_is_answered_whole_and_as_a_body(text: str, question: str, answer: str) -> None:
    assert Corpus.from_texts({"a1.txt": text}).ask(question).answer == answer
