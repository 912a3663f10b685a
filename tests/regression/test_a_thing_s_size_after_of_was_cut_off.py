"""Regression (issue 11, found on fresh_news28): a phrase a "what <noun>" question asks for ended at its noun, so
"of" and the figure after it, which tell the thing's size, were cut off ("an unpaid tax bill" of "an unpaid tax bill
of £2.4m"). A figure after another preposition is no part of it (invented sentences)."""
from summarize.qa.answer import focus_phrases
from summarize.qa.question import parse


def _phrases(question, text):
    return [m.text for m in focus_phrases(text, parse(question))]


def test_of_and_a_figure_after_the_noun_asked_stay_in_the_phrase():
    assert _phrases("What unpaid bill pushed the firm to the brink?",
                    "The court will wind the firm up over an unpaid tax bill of £2.4m on Friday.") == [
        "an unpaid tax bill of £2.4m"]


def test_a_figure_after_another_word_is_left_out():
    assert _phrases("What unpaid bill pushed the firm to the brink?",
                    "An unpaid tax bill worth £2.4m pushed it to the brink.") == ["An unpaid tax bill"]
    assert _phrases("What unpaid bill pushed the firm to the brink?",
                    "It faces an unpaid tax bill in 2051.") == ["an unpaid tax bill"]
