"""Regression (issue 11, found on fresh_news28): a phrase a "what <noun>" question asks for ended at its noun, so
"of" and the figure after it, which tell the thing's size, were cut off ("an overdue water bill" of "an overdue
water bill of £1.7m"). A figure after another preposition is no part of it (invented sentences)."""
from summarize.qa.answer import focus_phrases
from summarize.qa.question import parse


def _phrases(question, text):
    return [m.text for m in focus_phrases(text, parse(question))]


def test_of_and_a_figure_after_the_noun_asked_stay_in_the_phrase():
    assert _phrases("What overdue bill forced the mill to close?",
                    "The court will wind the mill up over an overdue water bill of £1.7m on Friday.") == [
        "an overdue water bill of £1.7m"]


def test_a_figure_after_another_word_is_left_out():
    assert _phrases("What overdue bill forced the mill to close?",
                    "An overdue water bill worth £1.7m forced it to close.") == ["An overdue water bill"]
    assert _phrases("What overdue bill forced the mill to close?",
                    "It faces an overdue water bill in 2051.") == ["an overdue water bill"]
