"""A question about a named person's job is answered by the title the articles give beside the name, in whatever
construction, without its article or owner; the tense it asks in picks a post held before or one to come (invented
story)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import title_fit
from summarize.qa.question import parse

_STORY = {
    "a1.txt": "Abbey roof appeal\nWeald Courier, Wenlow, 4 May 2037\n\n"
              "The abbey's roof appeal has passed its target, its trustees said on Sunday. "
              "Its bursar, Berit Saltash, has worked at the abbey for 12 years. "
              "The survey was led by our chief surveyor, Dr Tavish Moone. "
              "Sabine Fosdyke, who runs the appeal, will take over as finance director in June.\n",
    "a2.txt": "Appeal hits target\nWenlow Post, 5 May 2037\n\n"
              "Chief surveyor Dr Tavish Moone said the north gable had moved by four centimetres since 2030. "
              "The appeal's chair, Cai Dunstable, a former lifeboat mechanic, thanked the donors. "
              "Sabine Fosdyke, head of claims at Ferrabee Mutual, said the insurer had paid for scaffolding.\n",
}


@pytest.fixture(scope="module")
def corpus():
    return Corpus.from_texts(_STORY)


@pytest.mark.parametrize("question, answer", [
    ("What is Berit Saltash's job?", "bursar"),                       # "Its bursar, Berit Saltash"
    ("What is Tavish Moone's job?", "chief surveyor"),                # "our chief surveyor, Dr Tavish Moone"
    ("What job will Sabine Fosdyke take?", "finance director"),         # "will take over as", not "head of claims"
    ("What was Cai Dunstable's job before the appeal?", "lifeboat mechanic"),  # "a former lifeboat mechanic"
])
def test_a_job_is_answered_by_its_title(corpus, question, answer):
    assert corpus.ask(question).answer.lower() == answer


def test_a_title_to_come_fits_only_a_question_of_what_is_to_come():
    assert title_fit(parse("What job will Ann Lee take?"), "future") == 1.0
    assert title_fit(parse("What job will Ann Lee take?"), "") == 0.0
    assert title_fit(parse("What is Ann Lee's job?"), "past") == 0.0
    assert title_fit(parse("What is Ann Lee's job?"), "") == 0.5
