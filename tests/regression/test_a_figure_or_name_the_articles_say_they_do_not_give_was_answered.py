"""Regression (issue #11, found on tests/data/fresh_news30, _news10, _news15 and _news27): a question whose answer the
articles say they do not give was answered with a value of the kind asked told of something else. "What is the name
of the crane's operator?" took another person's name while the best sentence said "the operator, who has not been
named"; "How much will the refit add to the bill?" took a fund's sum from "The council has not put a figure on the
price of the refit, but its £300,000 fund ..."; "Who on the board read the letter?" took the treasurer's name from
"She did not say who on the board had read the letter". When the sentence that best matches a quantity or person
question says its figure or name is not given, and says it of the question's own words, no candidate answers
(``answer.value_untold``, as ``time_untold`` reads a time not fixed yet). Every story below is invented."""
import pytest

from summarize import Corpus
from summarize.model import Scored
from summarize.qa.answer import value_untold
from summarize.qa.question import parse

from .conftest import dated

STORY = ("A goods lift fell three floors at the Varn Street depot of Pellow Freight on Monday, injuring two porters. "
         "Depot manager Ruth Castell said the lift engineer, who has not been named, was treated at Ostby General "
         "Hospital. "
         "The firm has not put a figure on the cost of the repairs, but its £40,000 relief fund for staff is open. "
         "The union did not say how many porters had complained about the lift before the fall.")


@pytest.mark.parametrize("untold, question, said", [
    ("The lift engineer, who has not been named, was treated in hospital.", "What is the lift engineer's name?", True),
    ("The engineer, a man in his fifties who has not been named, was treated in hospital.",
     "Who was the engineer on duty?", True),  # the role told before an aside
    ("Depot manager Ruth Castell said the lift engineer, who has not been named, was treated in hospital.",
     "Who is the depot manager?", False),  # the manager is named; the engineer is not
    ("The firm has not put a figure on the cost of the repairs, but its £40,000 fund is open.",
     "How much will the repairs cost?", True),
    ("The firm has not put a figure on the cost of the repairs, but its £40,000 fund is open.",
     "How much is in the relief fund?", False),  # the fund's sum is told; the repairs' is not
    ("The union did not say how many porters had complained about the lift.",
     "How many porters complained about the lift?", True),
    ("The union did not say how many porters had complained about the lift.",
     "How many porters were injured?", False),  # another deed of the same noun
    ("The union did not say how many porters had complained about the lift.",
     "Who complained about the lift?", False),  # a figure untold, not a person
    ("The firm declined to say who had signed off the last inspection.", "Who signed off the inspection?", True),
])
def test_a_value_the_best_sentence_says_is_not_given_is_untold(untold, question, said):
    corpus = Corpus.from_texts({"a": dated("2031-04-01", "Lift falls at depot", untold)})
    evidence = [Scored(g, 1.0) for g in corpus.groups]
    assert value_untold(parse(question), evidence) is said


@pytest.mark.parametrize("question", [
    "What is the name of the lift engineer?",
    "How much will the repairs cost?",
    "How many porters had complained about the lift?",
])
def test_a_question_the_articles_say_they_do_not_answer_gets_no_answer(question):
    corpus = Corpus.from_texts({"a": dated("2031-04-01", "Lift falls at depot", STORY)})
    assert corpus.ask(question).answer is None


@pytest.mark.parametrize("question, answer", [
    ("Who is the depot manager?", "Ruth Castell"),
    ("How much is in the relief fund for staff?", "£40,000"),
])
def test_what_the_articles_do_give_is_still_answered(question, answer):
    corpus = Corpus.from_texts({"a": dated("2031-04-01", "Lift falls at depot", STORY)})
    assert corpus.ask(question).answer == answer
