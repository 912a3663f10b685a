"""Regression (issue #11, found on tests/data/explainer_news1): "What did engineers find on the bridge?" was answered
"crack", the words left of "Engineers found a crack, about 30 centimetres long, in one of the hangers" once the
question's own were taken out, not the noun phrase found. A "what did X <verb>" question asks for the object of its
verb, which news writes right after the verb in any of its forms ("found", "discovered", "used")."""
import pytest

from summarize import Corpus
from summarize.qa.answer import object_mentions
from summarize.qa.question import parse

# Each story: the question, the noun phrase its answer opens with (a figure may follow: "worth 40,000 pounds"), and
# its article.
STORIES = {
    "divers": ("What did the divers recover from the lake?", "a rusted safe",
               "Police divers recovered a rusted safe, still locked, from the lake at Morrow Park on Sunday."),
    "audit": ("What did the auditors discover at the charity?", "unpaid invoices",
              "Auditors discovered unpaid invoices worth 40,000 pounds at the charity's head office last month."),
    "raid": ("What did the robbers use to break the window?", "a scaffolding pole",
             "The robbers used a scaffolding pole to break the window of the jeweller's, police said."),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_object_of_the_asked_verb_is_the_answer(name):
    question, thing, text = STORIES[name]
    answer = Corpus.from_texts({"a": text}).ask(question, min_confidence=0.0).answer
    assert answer is not None and answer.startswith(thing) and len(answer.split()) <= len(thing.split()) + 3


def test_no_object_is_read_for_a_verb_of_saying_or_doing():
    assert not object_mentions("She said the plan was dead.", parse("What did the minister say?"))
    assert not object_mentions("They made a loss.", parse("What did the firm do?"))
