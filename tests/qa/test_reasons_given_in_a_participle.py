"""A reason a doer gives in a participle of saying after its deed, "that" left out ("pulled out of the sale, saying the
stadium needed repairs"), on invented stories: the reason answers "why" for that deed, not for another one."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import participle_reasons
from summarize.qa.question import parse

_STORIES = {
    "airline": ("Skyreach cancelled every flight to Orrin Island on Monday, saying the runway lights had failed in the "
                "storm. About 900 passengers were affected."),
    "orchestra": ("The Halden Philharmonic postponed its spring tour of Japan, saying two principal players had been "
                  "hurt in a coach crash. The tour had been due to open in Osaka."),
    "pies": ("Marlow Foods recalled three ranges of frozen pies on Thursday, arguing some batches may hold fragments of "
             "glass. Shoppers can return them for a refund."),
}


@pytest.mark.parametrize("story, question, reason", [
    ("airline", "Why did Skyreach cancel the flights to Orrin Island?", "the runway lights had failed in the storm"),
    ("orchestra", "Why did the orchestra postpone its tour?", "two principal players had been hurt in a coach crash"),
    ("pies", "Why did Marlow Foods recall the pies?", "some batches may hold fragments of glass"),
])
def test_a_participle_of_saying_after_the_deed_asked_gives_its_reason(story, question, reason):
    assert Corpus.from_texts({story: _STORIES[story]}).ask(question).answer == reason


@pytest.mark.parametrize("sentence", [
    # the participle follows a denial, another deed than the one asked about
    "The union says the fees will pay for a new office; the board has denied this, saying the office is already paid for.",
    "The chairman left the meeting without saying a word.",  # no comma: no reason given
    "The board met on Monday, saying that it would meet again.",  # "that" is read by the cue of "saying that"
])
def test_no_reason_for_another_deed_or_without_a_comma(sentence):
    assert participle_reasons(sentence, parse("Why were the new fees delayed?")) == []
