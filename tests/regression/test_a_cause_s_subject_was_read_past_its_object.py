"""Regression (issue #11, found on fresh_news11): a cause clause's subject answered alone where a phrase after the verb's
object, not the object, said what is asked ("the region reduced its grant to towns" answered "the region" to "Why did
the town face a budget gap?"); the subject answers alone only where the object restates it ("low cloud kept the helicopter
on the ground"). Invented sentences."""
from summarize.qa.answer import mentions
from summarize.qa.question import parse


def test_a_cause_s_subject_answers_only_when_its_object_restates_the_question():
    question = parse("Why did the town face a budget gap?")
    said = "Officials say they faced a gap, mainly because the region reduced its grant to towns."
    assert [m.text for m in mentions(said, question)] == ["the region reduced its grant to towns"]
    question = parse("Why could the lifeboat not launch?")
    said = "The crew waited for hours after a gale kept the lifeboat in its shed."
    assert [m.text for m in mentions(said, question)] == ["a gale"]
