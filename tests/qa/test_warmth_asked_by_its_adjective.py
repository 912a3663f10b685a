"""An adjective of warmth after "how" ("How hot did it get ...?", "how cold was ...") names the measure asked, as "how
heavy" and "how large" do: the sentence that answers states the figure in its unit ("reached 41 degrees Celsius") and
seldom repeats the adjective, so counting it as a word to match held the answer under the threshold. Every story is
invented."""
import pytest

from summarize import Corpus
from summarize.qa.question import key_terms


@pytest.mark.parametrize("question, text, answer", [
    ("How hot did it get at the depot?",
     "The reading at the depot reached 41 degrees Celsius on Tuesday, the hottest day on record there.",
     "41 degrees Celsius"),
    ("How cold did the cellar get overnight?",
     "Overnight the cellar fell to minus 6C, the caretaker said, and two pipes burst.",
     "minus 6C"),
    ("How warm did the lake get in August?",
     "In August the lake reached 27 degrees Celsius, its warmest since records began, the survey said.",
     "27 degrees Celsius"),
])
def test_a_temperature_asked_by_its_adjective_is_answered(question: str, text: str, answer: str) -> None:
    got = Corpus.from_texts([f"Weather Desk\n2 July 2057\n\n{text}"]).ask(question).answer
    assert got is not None and got.lower() == answer.lower()


@pytest.mark.parametrize("question, adjective, kept", [
    ("How hot did it get at the depot?", "hot", False),
    ("How cold was the water at the wreck?", "cold", False),
    ("Why was the hot tap left running?", "hot", True),  # not after "how": a word of the deed asked about
])
def test_warmth_after_how_is_no_term_to_match(question: str, adjective: str, kept: bool) -> None:
    assert (adjective in key_terms(question)) is kept
