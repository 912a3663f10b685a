"""Regression (issue #11, found on tests/data/fresh_news19): "Why did engineers switch off the council's whole network?"
was answered "stop the attack spreading", without the "to" readers write a purpose with; "Why do poultry have to be kept
inside?" with a bare "as" clause of another sentence, though "... must be kept indoors to keep them away from wild birds"
tells it; and "How did the attackers get into the network?" with "by Civic IT Review", the outlet a report was seen by,
though the sentence says "got into its network using a stolen password". News tells a purpose with "to" and a verb right
after the deed and its object, and a means with "using" and a noun phrase; "by" and a capital names an agent, not a way."""
import pytest

from summarize import Corpus
from summarize.qa.answer import purpose_mentions
from summarize.qa.question import parse

# Each story: the question, the purpose or means that answers it, and its articles (invented; other topics and
# outlets' wording).
STORIES = {
    "ferry": ("Why did the harbour master close the port?", "to let divers search the wreck of a sunken trawler", {
        "a": "The harbour master closed the port of Dunmarrow on Sunday to let divers search the wreck of a sunken "
             "trawler, which went down in heavy seas.",
        "b": "Fishing crews said they had lost two days of landings."}),
    "reservoir": ("Why did the water company lower the reservoir?", "to take pressure off the cracked dam wall", {
        "a": "Anglemere Water lowered the Holt reservoir by four metres overnight to take pressure off the cracked dam "
             "wall, a spokeswoman said.",
        "b": "Villagers below the dam were told they did not need to leave their homes."}),
    "museum": ("Why were the paintings moved out of the gallery?", "to protect them from the damp", {
        "a": "Curators say forty paintings were moved out of the east gallery to protect them from the damp after a "
             "pipe burst above the ceiling."}),
    "burglary": ("How did the burglars get into the pharmacy?", "using a copied key", {
        "a": "Police said the burglars got into the Redcliff pharmacy using a copied key taken from a cleaner's bag, "
             "according to a statement seen by Borough Gazette."}),
    "fraud": ("How did the gang empty the pensioners' accounts?", "using cloned bank cards", {
        "a": "Detectives say the gang emptied the pensioners' accounts using cloned bank cards bought online, a "
             "finding first reported by Western Courier."}),
    "hack": ("How did the hackers break into the hospital's systems?", "using a fake login page", {
        "a": "The hackers broke into the hospital's systems using a fake login page sent to staff by email, the "
             "trust's report says."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_purpose_with_its_to_or_a_means_with_using_answers(name):
    question, said, articles = STORIES[name]
    assert Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer == said


def test_a_to_after_a_verb_or_before_a_noun_is_no_purpose():
    question = parse("Why did the union reject the offer?")
    # "voted to reject": what was done, not what for; "an offer to members": a noun after "to"
    assert not purpose_mentions("The union voted overwhelmingly to reject the offer on Monday.", question)
    assert not purpose_mentions("The firm made an improved offer to members of the union.", question)
    # the deed asked about must be told before "to", not a light verb alone
    assert not purpose_mentions("I have got the signed letters to prove it.", parse("Why did the van get too hot?"))
