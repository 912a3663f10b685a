"""A "who" question that asks a role's job ("Who will head the review?") reads as its doer the agent of a passive of that
job in a word of one sense, told after a title with no comma ("will be led by the former chief inspector Ann Lee"), as the
thing asked about is the passive's subject; before, ``doer`` read 0 for every role question and the title without a
comma told no agent. Invented news."""
from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import Answerer, agent_does_asked, does_asked
from summarize.qa.question import parse

_REVIEW = ("Its general secretary, Nora Pask, said members had warned of the danger for months. "
           "The review, which will be led by the former chief inspector Edwin Carrow, is due to report in June.")


def test_the_agent_after_a_title_with_no_comma_does_the_deed_asked():
    question = parse("Who will head the review?")
    at = _REVIEW.index("Edwin Carrow")
    assert agent_does_asked(_REVIEW, at, question)
    assert does_asked(_REVIEW, at, at + len("Edwin Carrow"), question) == 1.0


def test_by_the_time_names_no_agent():
    text = "The fire had been put out by the time Ann Lee arrived."
    assert not agent_does_asked(text, text.index("Ann Lee"), parse("Who put out the fire?"))


def test_a_role_question_reads_the_passive_s_agent_as_its_doer():
    s = Sentence("a1", 0, _REVIEW, 0, len(_REVIEW))
    found = Answerer([_REVIEW]).pick(parse("Who will head the review?"), [Scored(Group(0, s, (s,)), 5.0)]).candidates
    doer = {c.text: c.feature("doer") for c in found}
    assert doer["Edwin Carrow"] == 1.0 and doer.get("Nora Pask", 0.0) == 0.0
