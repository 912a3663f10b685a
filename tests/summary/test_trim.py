import pytest

from summarize.model import Group, Sentence
from summarize.summary.trim import opening_cut, trimmed, trimmed_text


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


@pytest.mark.parametrize("text, kept", [
    ("On Monday, the army said the bridge had collapsed into the river.",
     "the army said the bridge had collapsed into the river."),
    ("Late last week, the army said the bridge had collapsed into the river.",
     "the army said the bridge had collapsed into the river."),
    ("On Sunday, January 16, rescue crews reached stranded families in three villages.",
     "rescue crews reached stranded families in three villages."),
    ("In June 2004, the navy seized eight sailors in the same waters.", "the navy seized eight sailors in the same waters."),
    # Not a mere date: a source (cut off, the claim would read as the summary's own), a place, a
    # clause, or too little would stay.
    ("According to state media, the leader crossed the border by train on Monday.", None),
    ("In the capital, the army said the bridge had collapsed into the river.", None),
    ("After the storm passed, the army said the bridge had collapsed.", None),
    ("Early on Monday, counting resumed in the district.", None),
    ("The army said on Monday, after a long night, that the bridge had gone.", None),
])
def test_an_opening_date_is_cut_and_the_rest_is_a_suffix(text, kept):
    assert text[opening_cut(text):] == (kept or text)


def test_both_ends_trimmed_keep_offsets():
    doc = "Intro. On Tuesday, the ferry sank near the harbour in heavy fog, police said. More."
    text = "On Tuesday, the ferry sank near the harbour in heavy fog, police said."
    start = doc.index(text)
    sentence = Sentence("a", 1, text, start, start + len(text))
    s = trimmed(Group(3, sentence, (sentence,)), opening=True).representative
    assert s.text == "the ferry sank near the harbour in heavy fog" and doc[s.start:s.end] == s.text
    assert trimmed(Group(3, sentence, (sentence,)), ending=False, opening=True).representative.text.endswith("police said.")
