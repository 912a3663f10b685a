"""Dedup split "It is the first time X since T" from "No X since T" (and merged it with the
plain claim "X since T"): "first ... since" is an implicit negation, so both are -1."""
from summarize.model import Sentence
from summarize.stages.dedup import group_sentences


def test_first_since_groups_with_its_plain_negation_not_with_the_claim():
    texts = {"x": "It is the first time a sitting premier has toured the copper mine since 2004.",
             "y": "No sitting premier has toured the copper mine since 2004.",
             "z": "A sitting premier has toured the copper mine since 2004."}
    groups = group_sentences([Sentence(doc, 0, text, 0, len(text)) for doc, text in texts.items()])
    assert [[m.doc_id for m in g.members] for g in groups] == [["x", "y"], ["z"]]
