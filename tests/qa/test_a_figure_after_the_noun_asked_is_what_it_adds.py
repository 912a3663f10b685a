"""A "what <noun>" question whose noun the text sizes after "of" ("built for a peak draw of 3.5 kW") is answered by
the figure when the phrase says nothing more than the question does; a phrase with words of its own keeps them and the
figure ("an overdue gas bill of £1.2m"). Invented sentences."""
import pytest

from summarize.qa.answer import focus_phrases
from summarize.qa.question import parse


@pytest.mark.parametrize("sentence, question, answer", [
    ("The crane was rated for a safe load of 40 tonnes on its main hook.", "What safe load was the crane rated for?",
     "40 tonnes"),
    ("The pump was built for a flow of 300 litres a second, the engineers said.", "What flow was the pump built for?",
     "300 litres"),
    ("The bakery received an overdue gas bill of £1.2m last week.", "What bill did the bakery receive?",
     "an overdue gas bill of £1.2m"),
])
def test_the_figure_or_the_phrase_answers(sentence, question, answer):
    assert [m.text for m in focus_phrases(sentence, parse(question))] == [answer]

