"""Abstention on questions the articles never answer (tests/data/unanswerable_news4, its README): a
"when" question about a deed its best clause does not state, and a "how long" question with no span
of time in the evidence, abstain; the answerable questions stay answered."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.metrics import answer_scores
from summarize.qa.answer import Answerer, Candidate, FEATURES, said_share
from summarize.qa.question import parse

DATA = Path(__file__).parents[1] / "data" / "unanswerable_news4"
# cluster: (answerable answered of 10, unanswerable abstained of 8, exact answers of 18) at least. Before
# abst16: chancellor 10 / 3 / 13, trawler 10 / 5 / 14, tunnel 10 / 7 / 16.
FLOORS = {"chancellor": (10, 4, 14), "trawler": (10, 7, 16), "tunnel": (10, 7, 16)}


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


@pytest.mark.parametrize("question, clause, share", [
    ("When did Ana Ruiz resign?", "Ruiz quit on Friday.", 1.0),  # a related verb
    ("When did Ana Ruiz resign?", "Ruiz resigned on Friday.", 1.0),
    ("When did Ana Ruiz resign?", "Ruiz has worked there since 2011.", 0.0),  # another deed
    ("When did Ana Ruiz resign?", "Ana Ruiz, 61, joined the board in 2011.", 0.0),
    ("Who chairs the board?", "The board is chaired by Tom Hale.", 1.0),
])
def test_said_share_meets_a_head_in_its_own_or_a_related_word(question, clause, share):
    assert said_share(parse(question), clause) == share


def test_only_a_when_question_counts_the_deed_its_clause_leaves_unsaid():
    sentence = "Ana Ruiz, who has worked there since 2011, told the inquiry about 14 ships."
    a = Answerer([sentence, "The port reopened on Monday."])
    for text, unsaid in (("When did Ana Ruiz resign?", 1.0), ("How many ships did Ana Ruiz sink?", 0.0)):
        found = [Candidate(t, t, (0.0,) * len(FEATURES), (), 0.5, sentence) for t in ("2011", "14")]
        assert a.clause_fit(parse(text), found[:1] if unsaid else found[1:]).unsaid == unsaid


ARTICLES = {
    "wire": "date 2026-03-02 Port chief named\nThe Kelby Port Trust named Ana Ruiz as its chief executive on Monday. "
            "Ruiz, 61, has worked at the trust since 2011, a spokesman said. She will start in May.",
    "paper": "date 2026-03-03 New port chief\nAna Ruiz, who joined the trust in 2011, was chosen from five candidates. "
             "The trust handles about 4 million tonnes of cargo a year.",
}


def test_a_when_question_about_a_deed_no_article_dates_abstains():
    corpus = Corpus.from_texts(ARTICLES)
    assert corpus.ask("When did Ana Ruiz resign from the trust?").answer is None
    assert corpus.ask("When did Ana Ruiz join the trust?").answer is not None


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
