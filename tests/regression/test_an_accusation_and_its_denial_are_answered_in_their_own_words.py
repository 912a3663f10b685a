"""Regression (issue #11, found on tests/data/fresh_news16): "What did the residents' group accuse the airport of?"
was answered "a ruler to settle": the claim ('its chair claims the airport "knew about the cracks ... and left
them"') was written with "claims", not the question's "accuse", so retrieval ranked it below the few sentences read
for a phrase, and its clause kept the accused and a second deed. "What did the operator say about the claim that the
sprinklers were off?" was answered with the claim itself, not what the operator called it ("unfounded"). News words
an accusation with any verb of claiming and answers one by calling it something ('calling it "baseless"', "the
suggestion that ... is untrue")."""
import pytest

from summarize import Corpus

# Each story: the question, the words the answer is, words it may not hold, and its articles.
STORIES = {
    "landlord": ("What did the tenants' association accuse the landlord of?", "ignored the damp", ("landlord", "blamed"), {
        "a": "The tenants' association at Pellow Court met on Tuesday night to discuss the damp in the tower.",
        "b": "The tenants' association said the landlord would be invited to the next meeting.",
        "c": "Its secretary, Dora Finch, alleges the landlord \"ignored the damp for two winters and blamed the "
             "tenants\"."}),
    "club": ("What did the fans' trust accuse the club's owners of?", "hid the debts", ("owners", "sold"), {
        "a": "The fans' trust at Harbour Town held an open meeting about the club's owners on Friday.",
        "b": "The fans' trust wants a seat on the board, the club's owners were told.",
        "c": "The trust claims the owners hid the debts from the league and sold the training ground."}),
}

DENIALS = {
    "school": ("What did the council say about the claim that the school roof was unsafe?", "baseless", {
        "a": "Parents said the school roof was unsafe after a tile fell into the playground on Monday.",
        "b": "The council rejected the allegation on Tuesday, calling it \"baseless\"."}),
    "bank": ("What did the bank say about the reports that it would close 40 branches?", "premature", {
        "a": "Reports that the bank would close 40 branches spread on Monday.",
        "b": "A spokesman for the bank said the reports were premature."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_an_accusation_is_answered_by_the_deed_claimed(name):
    question, deed, never, articles = STORIES[name]
    answer = Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer
    assert answer is not None and answer.lower().startswith(deed)
    assert not any(w in answer.lower() for w in never)


@pytest.mark.parametrize("name", sorted(DENIALS))
def test_a_response_to_a_claim_is_answered_by_what_it_calls_the_claim(name):
    question, called, articles = DENIALS[name]
    answer = Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer
    assert answer is not None and answer.lower() == called
