"""How many of the why and what questions written for an invented cluster in plain text
(tests/data/why_news2: an online story, a live blog, a business story and a feature) are answered
exactly: a floor at what the answerer reaches, so that a change that loses a cause told by
"citing", "following", "as a result of" or "blamed X for", a chant in quotation marks, or the
subject a "what had been ..." question asks for, fails."""
from pathlib import Path

from summarize.corpus import Corpus
from summarize.qa.answer import reason_mentions

from ..conftest import exact_answers

DATA = Path(__file__).parents[1] / "data" / "why_news2" / "trams"
# Exact answers to at least this many of the 18 questions: 11 before the cues and spans that came
# with the cluster, 15 after (the misses: a cause after a weak "after" loses to another sentence's,
# a cause cut at "that" in "a warning from the company that ...", a place kept after the phrase asked for).
EXACT = 15


def test_causes_and_what_answers_are_answered():
    questions, exact = exact_answers(DATA)
    assert questions == 18 and exact >= EXACT


RESIGNED = {"wire": "date 2026-03-02 Minister quits\nThe transport minister resigned on Friday over the leaked safety "
                    "report, her office said. Her deputy was sacked over the weekend."}


def test_what_one_resigns_or_is_sacked_over_is_the_cause_and_a_stretch_of_time_is_not():
    corpus = Corpus.from_texts(RESIGNED)
    assert corpus.ask("Why did the transport minister resign?").answer == "the leaked safety report"
    assert not reason_mentions("Her deputy was sacked over the weekend.")  # a stretch of time, no cause
