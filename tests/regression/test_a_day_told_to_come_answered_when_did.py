"""Regression: "when did ...?" was answered with a span holding an earlier article's own day and running on past it that
its clause told to come ("the minister will visit later this week"), over the day a later article tells it was done."""
import pytest

from summarize import Corpus

STORIES = [
    ({"live": "2035-03-12\n11:30 The transport secretary, Ann Lee, has said she will tour the town's broken flood walls "
              "later this week.\n",
      "paper": "2035-03-19\nOn Thursday the secretary toured the town's flood walls in borrowed boots.\n"},
     "On what date did the transport secretary tour the town's flood walls?", "March 15, 2035"),
    ({"wire": "2035-03-10\nThe club will name its new manager this week, a spokesman said.\n",
      "paper": "2035-03-14\nThe club named Jo Park as its new manager on Thursday.\n"},
     "When did the club name its new manager?", "Thursday"),
    ({"wire": "2035-06-04\nThe health board will publish its report on the outbreak this week.\n",
      "paper": "2035-06-12\nThe report was published on Friday.\n"},
     "When did the health board publish its report on the outbreak?", "Friday"),
    ({"wire": "2035-06-04\nThe airline will name its new chief executive later this month, a spokesman said.\n",
      "paper": "2035-06-25\nOn Friday the airline named Omar Reyes its chief executive.\n"},
     "When did the airline name its new chief executive?", "Friday"),
]


@pytest.mark.parametrize("texts, question, done", STORIES)
def test_when_did_is_answered_with_the_day_it_was_done(texts, question, done):
    assert Corpus.from_texts(texts).ask(question, min_confidence=0.0).answer == done


def test_the_article_s_own_day_told_to_come_still_answers_when_did():
    # "at 06:00 today" in the morning's statement: the strike began then, as the statement said it would
    corpus = Corpus.from_texts({"release": "2035-11-02\nThe company regrets the union's decision to begin strike "
                                           "action at 06:00 today.\n\nThe last strike at the port, in 2019, lasted "
                                           "nine days.\n"})
    assert corpus.ask("When did the strike begin?", min_confidence=0.0).answer == "06:00"
