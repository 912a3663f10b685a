"""Regression: "Who denied ...?" was answered with a country when no person was named: a name
the text layer types firmly as a place is no answer to a person question."""
from summarize import Corpus


def test_who_is_not_answered_with_a_country():
    corpus = Corpus.from_texts({
        "wire": "Norway denied the report on Friday. The report said fishing quotas were broken in March.",
        "daily": "The report on fishing quotas was denied by Norway, which called it unfounded.",
    })
    answer = corpus.ask("Who denied the report on fishing quotas?")
    assert answer.answer is None and answer.evidence
    named = Corpus.from_texts({"wire": "Norway's fisheries minister, Ola Brekke, denied the report on Friday."})
    assert named.ask("Who denied the report?", min_confidence=0.0).answer == "Ola Brekke"
