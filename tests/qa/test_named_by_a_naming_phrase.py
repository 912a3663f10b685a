"""A body introduced by a naming phrase ("a group calling itself Grey Kite", "a charity known as Harbour Light"), on
invented news: the noun before the phrase types the name, so a "which group" question is answered with it and not
with the other body its clause names (the victim of what the group did)."""
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


@pytest.mark.parametrize("text, question, answer", [
    (_HACK, "Which group claimed the cyber attack?", "Grey Kite"),
    (_SHELTER, "Which charity runs the shelter?", "Harbour Light"),
])
def test_a_body_named_by_a_naming_phrase_answers(text: str, question: str, answer: str) -> None:
    assert Corpus.from_texts({"a1.txt": text}).ask(question).answer == answer
