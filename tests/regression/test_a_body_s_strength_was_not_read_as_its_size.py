"""Regression: "the 112-strong fleet" did not answer "How many trams does <operator> have in its whole fleet?", and was
shown "112-strong": a body's strength is the number of its members, which a question naming the body asks; the count
the sentence gives as a share of it ("Thirty-eight trams ..., about a third of the 112-strong fleet") is a part."""
import pytest

from summarize import Corpus
from summarize.qa.answer import _total_asked, count_deed
from summarize.qa.question import parse


@pytest.mark.parametrize("story, question, answer", [
    ({"a": "Nine buses were damaged in the blaze, about a tenth of the 90-strong fleet run by Lakeside Coaches.",
      "b": "The depot reopened on Monday."},
     "How many buses does Lakeside Coaches have in its fleet?", "90"),
    ({"a": "Forty pupils, about a quarter of the 160-strong first-year intake, were sent home from Marlow High on Tuesday.",
      "b": "The school said it would reopen after the boiler was repaired."},
     "How many pupils are in Marlow High's first-year intake?", "160"),
    ({"a": "The 2,300-strong workforce at the Dunvale mill was told on Friday that 140 jobs would go.",
      "b": "Unions said they would fight the cuts."},
     "How many people make up the mill's workforce?", "2,300"),
])
def test_a_body_s_strength_counts_its_members(story, question, answer):
    assert Corpus.from_texts(story).ask(question).answer == answer


def test_a_share_of_the_body_still_answers_a_deed_asked():
    corpus = Corpus.from_texts({
        "a": "Nine buses were destroyed in the blaze, about a tenth of the 90-strong fleet run by Lakeside Coaches.",
        "b": "The depot reopened on Monday."})
    assert corpus.ask("How many buses in the fleet were destroyed?").answer == "Nine"


@pytest.mark.parametrize("question, total", [
    ("How many trams does the operator have in its whole fleet?", False),  # the fleet's whole, not a total of trams
    ("How many people work at the mill altogether?", True),
    ("How many paintings were stolen in total?", True),
])
def test_a_total_is_asked_of_what_the_question_counts(question, total):
    assert _total_asked(parse(question)) is total


def test_a_named_subject_s_light_verb_asks_no_deed():
    assert count_deed(parse("How many buses does Lakeside Coaches have in its fleet?")) == ""
