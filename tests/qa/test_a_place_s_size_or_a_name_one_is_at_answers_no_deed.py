"""A count told as how many live in a place ("a harbour town of about 7,900 people", "home to 4,200 residents") answers
no "how many" question of another deed (``answer._place_size``); a name one is "at" ("a nurse at Fellbridge Grange")
answers no "who" (``answer._at_place``); a month after a count's noun ("on 3 May") is no auxiliary that hides the
deed asked. Invented news."""
import pytest

from summarize.qa.answer import count_deed
from summarize.qa.question import parse

from ..conftest import candidate_feature

_TOWN = ("Pellock, a harbour town of about 7,900 people on the Skarr estuary, relies on the mill, the firm said.",
         "The mill has been in the town since 1890.")


def _candidates(sentences: tuple[str, ...], question: str) -> dict[str, float]:
    return candidate_feature(sentences, question, "type_exact")


@pytest.mark.parametrize("sentences, question", [
    (_TOWN, "How many people does the mill employ?"),
    (("Tessholm is home to 4,200 residents and a busy harbour.",), "How many residents attended the harbour meeting?"),
])
def test_a_place_s_size_answers_no_other_deed(sentences, question):
    assert not {"7,900", "4,200"} & set(_candidates(sentences, question))


@pytest.mark.parametrize("sentences, question", [
    (_TOWN, "How many people live in Pellock?"),
    (("Troops evacuated the village of 900 people on Tuesday.",), "How many people were evacuated?"),
])
def test_a_place_s_size_still_answers_its_people_or_the_deed_its_clause_tells(sentences, question):
    assert {"7,900", "900"} & set(_candidates(sentences, question))


def test_a_name_one_is_at_is_no_person():
    sentences = ("The alarm was raised by a nurse at Fellbridge Grange shortly after midnight.",)
    assert "Fellbridge Grange" not in _candidates(sentences, "What is the name of the nurse who raised the alarm?")


def test_a_name_after_a_verb_and_at_may_be_a_person():
    sentences = ("Protesters shouted at Maren Odell as she left the hall.",)
    assert "Maren Odell" in _candidates(sentences, "Who did the protesters shout at?")


def test_a_month_after_the_noun_is_no_auxiliary():
    assert count_deed(parse("How many people attended the meeting at the hall on 3 May?")) == "attended"


def test_a_person_s_noun_before_a_postposed_adjective_asks_a_person():
    assert parse("What is the name of the council officer responsible for parks?").kind == "person"
