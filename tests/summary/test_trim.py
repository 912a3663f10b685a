import pytest

from summarize.model import Group, Sentence
from summarize.summary.trim import trimmed, trimmed_text


@pytest.mark.parametrize("text, kept", [
    ("The ferry sank near the harbour early on Tuesday, police said.", "The ferry sank near the harbour early on Tuesday"),
    ("The ferry sank near the harbour early on Tuesday, the coast guard said in a statement on Monday.",
     "The ferry sank near the harbour early on Tuesday"),
    ("The ferry sank near the harbour early on Tuesday, he told reporters.",
     "The ferry sank near the harbour early on Tuesday"),
    ("The ferry sank near the harbour early on Tuesday, according to state media.",
     "The ferry sank near the harbour early on Tuesday"),
])
def test_trailing_attribution_is_cut_and_the_rest_is_a_prefix(text, kept):
    assert trimmed_text(text) == kept and text.startswith(kept)


@pytest.mark.parametrize("text", [
    "The ferry sank near the harbour, officials said that the crew was safe.",  # a clause follows
    "\"We will raise the ferry from the harbour floor,\" he said.",            # closes a quotation
    "The ferry sank, police said.",                                             # too little would stay
    "The crew of the ferry was rescued after the captain called for help.",     # no attribution
])
def test_sentences_without_a_mere_trailing_attribution_stay_whole(text):
    assert trimmed_text(text) == text


def test_trimmed_group_keeps_provenance_and_offsets():
    doc = "Intro line. The ferry sank near the harbour early on Tuesday, police said. More."
    text = "The ferry sank near the harbour early on Tuesday, police said."
    start = doc.index(text)
    members = (Sentence("a", 1, text, start, start + len(text)), Sentence("b", 4, text, 0, len(text)))
    group = Group(7, members[0], members)
    short = trimmed(group)
    s = short.representative
    assert (s.doc_id, s.index, s.start) == ("a", 1, start) and doc[s.start:s.end] == s.text
    assert s.text == "The ferry sank near the harbour early on Tuesday"
    assert short.members == group.members and short.sources == ("a", "b") and short.id == 7
