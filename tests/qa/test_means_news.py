"""How a thing was done, told as news tells a means: "by" and a bare noun ("sent by lorry", "delivered by hand"), and
two means coordinated after "using" ("using gloves or a cloth"), on invented stories."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse

_STORIES = {
    "ferry": ("Islanders stranded by the ferry strike are getting medicines by helicopter twice a week from the "
              "mainland hospital, about 40 miles away. The island's only pharmacist said supplies were holding up."),
    "books": ("The library's rare maps are being returned by hand from the restorers in Castlegate, a trip of about "
              "three hours each way. The library said no map had been damaged."),
    "exams": ("The exam board said the new papers would be sent to schools by courier overnight on Sunday, after the "
              "first set was leaked online. About 300 schools are affected."),
}


@pytest.mark.parametrize("story, question, means", [
    ("ferry", "How are the islanders getting their medicines?", "by helicopter"),
    ("books", "How are the maps being returned?", "by hand"),
    ("exams", "How will the new papers be sent to schools?", "by courier"),
])
def test_a_means_told_by_by_and_a_bare_noun_answers_how(story, question, means):
    assert Corpus.from_texts({story: _STORIES[story]}).ask(question).answer == means


@pytest.mark.parametrize("sentence", [
    "The fund was by far the largest in the region.",  # a degree, before a determiner
    "The stolen car was found by volunteers near the harbour.",  # an agent
    "The roads must be cleared by midnight, the council said.",  # a time
])
def test_by_before_a_degree_an_agent_or_a_time_tells_no_means(sentence):
    found = [m.text for m in mentions(sentence, parse("How was it done?"))]
    assert not [t for t in found if t.startswith("by ")]


@pytest.mark.parametrize("sentence, question, means", [
    ("Walkers were told to lift the chicks using thick gloves or a folded towel instead of bare hands.",
     "How were walkers told to lift the chicks?", "using thick gloves or a folded towel"),
    ("Residents may clear the ash using a damp cloth and a dustpan, the council said.",
     "How may residents clear the ash?", "using a damp cloth and a dustpan"),
    ("Officers opened the safe using a borrowed drill, then searched the office.",
     "How did officers open the safe?", "using a borrowed drill"),
])
def test_two_means_coordinated_after_using_are_told_together(sentence, question, means):
    assert means in [m.text for m in mentions(sentence, parse(question))]
