"""Regression: a live page's time stamp opening an entry that reports what someone said ("14:41 — The operator has
confirmed the line is halted") was read as the time of the deed told, over another outlet's time of the deed itself.
The stamp dates the saying; an entry that tells the deed itself ("12:15 - The race has been stopped.") keeps its
stamp as the deed's time."""
import pytest

from summarize import Corpus

STORIES = [
    ({"live": "2031-05-04\n09:50 — Harbour officials have confirmed that the dock crane toppled in high winds.\n\n"
              "10:30 — Shipping movements are suspended for the rest of the day.\n",
      "wire": "2031-05-04\nThe crane came down on to a container stack at 7.05am as gusts swept the port.\n"},
     "At what time did the dock crane topple?", "7.05am"),
    ({"live": "2040-11-20\n16:10 – The county council says the bridge closed after a crack was found in a girder.\n\n"
              "16:45 – Buses are being diverted through the old town.\n",
      "paper": "2040-11-20\nEngineers shut the bridge to all traffic at 1.30pm when the crack was spotted.\n"},
     "At what time was the bridge closed?", "1.30pm"),
    ({"live": "2036-03-09\n21:05 - Police tell us the power cut began on the east side of the city.\n\n"
              "21:40 - Some streets have their lights back on.\n",
      "wire": "2036-03-09\nThe lights went out at about 6.50pm, when a substation tripped, the network operator said.\n"},
     "At what time did the power cut begin?", "6.50pm"),  # shown without its "about" (round 41)
]


@pytest.mark.parametrize("texts, question, told", STORIES)
def test_a_stamp_on_a_saying_is_not_the_time_of_the_deed(texts, question, told):
    assert Corpus.from_texts(texts).ask(question, min_confidence=0.0).answer == told


def test_a_stamp_on_the_deed_itself_still_answers():
    corpus = Corpus.from_texts({"live": "2033-09-18\n11:20 - The ferry has been cancelled because of the storm.\n\n"
                                        "11:45 - Queues are building at the terminal.\n"})
    assert corpus.ask("At what time was the ferry cancelled?", min_confidence=0.0).answer == "11:20"
