"""Regression: when the answer stood on one side of a disagreement that one outlet each takes,
`ask` swapped it for the other side (the first listed), though no side has more sources."""
from summarize import Corpus


def test_a_tie_between_outlets_keeps_the_answer():
    corpus = Corpus.from_texts({
        "wire": "The town council gave $10,000 to the Red Cross for flood relief on Monday.",
        "daily": "The town council gave $12,000 to the Red Cross on Monday, the mayor said.",
    })
    answer = corpus.ask("How much money did the town council give the Red Cross for flood relief?", min_confidence=0.0)
    sides = {side.value: side.sources for side in answer.conflicts[0].sides}
    assert sides == {"$10,000": ("wire",), "$12,000": ("daily",)} and answer.answer == "$10,000"


def test_the_side_more_outlets_take_replaces_the_answer():
    corpus = Corpus.from_texts({
        "wire": "The town council gave $10,000 to the Red Cross for flood relief on Monday.",
        "daily": "The town council gave $12,000 to the Red Cross on Monday, the mayor said.",
        "radio": "The town council handed $12,000 to the Red Cross on Monday.",
    })
    answer = corpus.ask("How much money did the town council give the Red Cross for flood relief?", min_confidence=0.0)
    assert answer.answer == "$12,000" and len(answer.conflicts[0].sides) == 2
