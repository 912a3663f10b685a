"""Regression (issue #11, found on tests/data/fresh_news21 and unanswerable_news5): a question asking a speed or a
weight by its adjective ("How fast ...?", "How heavy ...?") was answered with a figure of another dimension ("450 kg"
for a speed, "three miles" for a weight) when nothing of the dimension asked was read. Every story below is
invented."""
import pytest

from summarize import Corpus

from .conftest import dated


def _ask(question: str, *texts: str) -> str | None:
    """The answer to ``question`` over one article per text, dated a week apart in order."""
    days = ("2031-03-03", "2031-03-10", "2031-03-17")
    return Corpus.from_texts({f"a{k}": dated(days[k], f"Story {k}", t) for k, t in enumerate(texts)}).ask(question).answer


@pytest.mark.parametrize("question, text", [
    ("How heavy is the Marrow Queen?", "The Marrow Queen, a river barge, ran aground about four miles north of the lock "
                                       "on Sunday, the canal trust said."),
    ("How fast was the tanker travelling when it hit the pier?", "The tanker hit the pier at Selby Point on Monday "
                                                                 "carrying 3,200 tonnes of fuel oil."),
    ("How heavy was the statue that was stolen?", "The bronze statue, which stood 3 metres tall in the square at Ollam, "
                                                  "was taken overnight, police said."),
])
def test_a_figure_of_another_dimension_does_not_answer_how_fast_or_how_heavy(question, text):
    assert _ask(question, text) is None


@pytest.mark.parametrize("question, text, answer", [
    ("How heavy is the bell?", "The bell, cast in 1820, weighs 180kg and hangs 30 metres above the square.", "180kg"),
    ("How fast was the coach going?", "The coach, 12 metres long, was going at 58 mph when it left the road.", "58 mph"),
    ("How far is the farm from the village?", "The farm, which covers 40 hectares, is 3 miles from the village.",
     "3 miles"),
])
def test_a_figure_of_the_dimension_asked_still_answers_it(question, text, answer):
    assert _ask(question, text) == answer
