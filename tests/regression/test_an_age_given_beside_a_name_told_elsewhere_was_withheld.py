"""Regression (issue #11, found on tests/data/fresh_news7, _news8 and _news21): "How old is the ship's master?", "How
old is the farmer whose barn was hit?" were withheld. News gives a person's age once, beside the name ("Captain Reding,
49,"), and the role or the deed a reader asks by in another sentence, or in words of another title ("chief executive"
for "head"); the age sentence shares few of the question's words. An age asked of someone described is now read
beside the name its "who" question answers. Every story below is invented."""
import pytest

from summarize import Corpus
from summarize.qa.answer import age_beside, who_is_aged
from summarize.qa.question import parse

from .conftest import dated


def _corpus(*texts: str) -> Corpus:
    """One article per text, dated a week apart in order."""
    days = ("2031-03-03", "2031-03-10", "2031-03-17")
    return Corpus.from_texts({f"a{k}": dated(days[k], f"Story {k}", t) for k, t in enumerate(texts)})


@pytest.mark.parametrize("question, texts, answer", [
    ("How old is the lighthouse keeper?",
     ("The lighthouse at Carn Ebb went dark on Sunday night after a storm cut its power. The keeper, Moira Tulloch, "
      "raised the alarm by radio.",
      "Tulloch, 58, has looked after the light for nineteen years. She said the generator failed at 11pm."),
     "58"),
    ("How old is the trawler's skipper?",
     ("The trawler Brinnan Lass sank off Cape Morrow on Tuesday after taking on water. Its skipper, Dan Ferris, ordered "
      "the crew into the life raft.",
      "Dan Ferris, 52, has fished out of Morrow harbour since he left school, and said he would go back to sea."),
     "52"),
    ("How old is the school's head teacher?",
     ("Hartfell Academy will stay shut all week after a fire in its science block. The head teacher, Owen Marsh, said "
      "pupils would learn from home.",
      "Mr Marsh, 47, said staff had worked through the night to move equipment out of the damaged rooms."),
     "47"),
])
def test_an_age_beside_the_name_of_whom_the_question_describes_answers_it(question, texts, answer):
    assert _corpus(*texts).ask(question).answer == answer


def test_no_age_is_given_when_none_is_told_beside_the_name():
    corpus = _corpus("The keeper of the lighthouse at Carn Ebb, Moira Tulloch, raised the alarm by radio on Sunday. "
                     "Tulloch has looked after the light for nineteen years.")
    assert corpus.ask("How old is the lighthouse keeper?").answer is None


@pytest.mark.parametrize("question, who", [
    ("How old is the ship's master?", "Who is the ship's master?"),
    ("How old was the nurse who died?", "Who was the nurse who died?"),
    ("How old is Ann Lee?", None),  # named: asked as it is
    ("How long is the bridge?", None),
])
def test_the_who_question_of_an_age_asked_by_a_description(question, who):
    assert who_is_aged(parse(question)) == who


@pytest.mark.parametrize("text, name, age", [
    ("Captain Reding, 49, was interviewed by police.", "Lorcan Reding", "49"),
    ("The farm's owner, Ann Lee, aged 61, said the barn would be rebuilt.", "Ann Lee", "aged 61"),
    ("Ann Lee said the barn, 61 years old, would be rebuilt.", "Ann Lee", None),
    ("Tom Lee, 30, and his sister were unhurt.", "Ann Carr", None),
])
def test_an_age_is_read_beside_the_name_only(text, name, age):
    found = age_beside(text, name)
    assert (found.text if found else None) == age
