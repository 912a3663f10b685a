"""A question that ends on its preposition ("What was the rope made of?", "what should a burn be cooled with?") asks
for that preposition's object: the noun phrase after it in the sentence, not the rest of the clause. Invented
sentences."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import stranded_mentions
from summarize.qa.question import parse


@pytest.mark.parametrize("sentence, question, said", [
    ("The raft was made from oil drums, lashed together, which the crew found on the beach.",
     "What was the raft made of?", "oil drums"),
    ("Walkers should cool the burn with running water, not ice, for ten minutes.",
     "What should a burn be cooled with?", "running water"),
    ("The council accused the contractor of negligence in a letter on Monday.",
     "What did the council accuse the contractor of?", "negligence"),
    ("Jobless claims are expected to fall to 3.4 per cent by June, the bureau said.",
     "What are jobless claims expected to fall to?", "3.4 per cent"),  # a decimal point ends no phrase
])
def test_the_object_of_the_stranded_preposition(sentence, question, said):
    assert said in [m.text for m in stranded_mentions(sentence, parse(question))]


def test_no_object_when_the_question_ends_on_no_preposition():
    assert stranded_mentions("The raft was made from oil drums.", parse("What was the raft?")) == []


def test_the_material_answers_what_it_was_made_of():
    story = ("Two men crossed the Skelna estuary on Sunday. They used a raft made from oil drums, 4 metres long, "
             "which was found on the far bank. Both were unhurt.")
    assert Corpus.from_texts({"a": story}).ask("What was the raft made of?").answer == "oil drums"
