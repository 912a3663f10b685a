"""Abstention on questions the articles never answer (tests/data/unanswerable_news4 to _news7, their
READMEs): a "how long" question with no span of time in the evidence abstains rather than give a sum
or an age, and the answerable questions stay answered; in _news5 the event's words and a span of the
asked type are there but the fine, the petition, the arrests or the owner are not (abst17 found no
general signal that lifts its floors without costing dev answers), so a change that answers more of
these or drops answerable ones fails here."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.metrics import answer_scores

DATA = Path(__file__).parents[1] / "data"
# cluster: (answerable answered of 10, unanswerable abstained of 8, exact answers of 18) at least. Before
# abst16: chancellor 10 / 3 / 13, trawler 10 / 5 / 14, tunnel 10 / 7 / 16. _news5 as of fda44b1. _news6 (8 answerable
# and 8 unanswerable each) as abst18 left it; before: airline 4 / 4 / 8, flood 6 / 4 / 9, quarry and trial the same.
# _news7 (8 and 8 each) at its first run, 07977db: abst19's learned focus gate did not hold on the eval's test half.
# count2 (issue 11): chancellor 10 / 2 / 12: "1,100 lecturers" the union represents only nearly fits "How many lecturers
# lost their jobs ...?" (no deed told), and "two rounds of job cuts" is then answered (fresh_news6..8 gained three).
# twoside1 (issue 11): museum 4 / 4 / 8: "What are the stolen coins worth?" now asks a sum, and the right sum's
# candidate falls below the threshold where a wrong phrase ("found in only four") was answered; exact answers the same.
# roles26 (issue 11): ferry 7 / 5 / 10: "Who heads Westmere Ferries?" was answered wrongly and is now withheld; flood
# 6 / 4 / 10: a question for the fire service's chief (no such officer named) now meets a council leader through the chief's
# titles BM25 adds when no "officer" is in the articles (fresh_news4..14 gained ten with them).
# abst27 (issue 11.3): museum 5 / 5 / 10: "How many people visited the museum this year?" is no longer answered with
# last year's visitors (the calibration's other_year).
# nums29 (issue 11): strike 5 / 7 / 10: "What is the maximum penalty for fly-tipping?" now asks a figure, and "£400"
# (of "a fine of up to £400") falls below the number threshold where the phrase "carries a fine of up to £400", no exact
# answer, was given; exact answers the same (fresh_news17 gained both "maximum penalty" and "peak demand").
# nums33 (issue 11): ferry 7 / 6 / 11: "How fast was the ferry travelling ...?" (no speed told) is no longer answered
# "three miles", nor "How heavy is the Caldera Star?" (its weight is told only of "the vessel"): a speed or a weight asked
# is never a figure of another dimension.
# abst33 and nums33 merged: ferry 6 / 6 / 11: "How many of those taken to hospital had fractures?" was answered with the
# whole, "Nine", and is now withheld (its part is told "two had broken bones", words the part rule does not relate).
FLOORS = {"unanswerable_news4/chancellor": (10, 2, 12), "unanswerable_news4/trawler": (10, 6, 15),
          "unanswerable_news4/tunnel": (10, 7, 16),
          "unanswerable_news5/brooch": (10, 5, 13), "unanswerable_news5/ferry": (6, 6, 11),
          "unanswerable_news5/pub": (9, 4, 10), "unanswerable_news5/warehouse": (8, 6, 14),
          "unanswerable_news6/airline": (4, 5, 9), "unanswerable_news6/flood": (6, 4, 10),
          "unanswerable_news6/quarry": (6, 5, 11), "unanswerable_news6/trial": (5, 6, 9),
          "unanswerable_news7/brewer": (7, 4, 8), "unanswerable_news7/ferry": (5, 3, 4),
          "unanswerable_news7/museum": (5, 5, 10), "unanswerable_news7/strike": (5, 7, 10)}


def _scores(cluster: Path) -> tuple[int, int, float]:
    corpus = Corpus.from_paths([cluster / "docs"])
    rows = [json.loads(line) for line in (cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    answered = [(row["answers"], corpus.ask(row["question"]).answer) for row in rows]
    return (sum(a is not None for gold, a in answered if gold), sum(a is None for gold, a in answered if not gold),
            sum(answer_scores(a, gold)["em"] for gold, a in answered))


@pytest.mark.parametrize("cluster", sorted(FLOORS))
def test_each_cluster_abstains_and_answers_at_its_floor(cluster):
    answered, abstained, exact = _scores(DATA / cluster)
    floor = FLOORS[cluster]
    assert (answered >= floor[0], abstained >= floor[1], exact >= floor[2]) == (True, True, True), \
        (answered, abstained, exact)


FINED = {
    "wire": "date 2026-03-02 Pilot fined\nA harbour pilot, Ana Ruiz, was fined £4,000 on Monday for steering a tanker onto "
            "a sandbank. Ruiz, who is 61, admitted the charge at Kelby Crown Court. The tanker was refloated after two days.",
    "paper": "date 2026-03-03 Pilot fined\nAna Ruiz pleaded guilty to one charge of careless navigation. "
             "The tanker was carrying about 4 million litres of fuel.",
}


def test_a_how_long_question_is_not_answered_with_a_sum_or_an_age():
    corpus = Corpus.from_texts(FINED)
    assert corpus.ask("How long has Ana Ruiz been a harbour pilot?").answer is None  # was "£4,000"
    assert corpus.ask("How old is Ana Ruiz?").answer == "61"
