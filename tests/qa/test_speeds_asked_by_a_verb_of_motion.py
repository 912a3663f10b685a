"""A speed asked with a verb of motion ("How fast was the barge going when ...?", "how fast is the mudslide moving")
is how fast the thing moved: the verb says no more than "how fast", and the sentence that answers words it otherwise
("was travelling at", "entered the harbour at a speed of") or not at all. Read as a term to match, the verb held the
answer under the threshold. Every story is invented."""
import pytest

from summarize import Corpus
from summarize.qa.question import key_terms

STORY = ("Harbour Desk\n3 May 2061\n\n"
         "A grain barge struck the Pellow swing bridge on Tuesday night, closing the river to traffic for two days.\n"
         "The barge had lost its steering a mile upstream. It hit the bridge at a speed of about 11 knots, the harbour "
         "master said.\n"
         "The bridge, which opened in 1962, carries about 9,000 vehicles a day.\n")


def test_a_verb_of_motion_after_how_fast_is_no_term_to_match() -> None:
    assert "go" not in key_terms("How fast was the barge going when its steering failed?")
    assert "move" not in key_terms("How fast is the mudslide moving?")
    assert "travel" not in key_terms("At what speed did the boat travel?")
    assert "pier" in key_terms("How fast was the tanker going when it hit the pier?")  # the clause that times it stays
    assert "go" in key_terms("Where was the barge going?")  # no speed asked: the verb is the deed asked about


@pytest.mark.parametrize("verb", ["going", "travelling", "moving"])
def test_a_verb_of_motion_adds_nothing_to_how_fast(verb: str) -> None:
    corpus = Corpus.from_texts([STORY])
    plain = corpus.ask("How fast was the barge when it hit the bridge?")
    moving = corpus.ask(f"How fast was the barge {verb} when it hit the bridge?")
    assert moving.answer == plain.answer == "11 knots" and moving.confidence == plain.confidence
