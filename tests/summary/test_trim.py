import pytest

from summarize.model import Group, Sentence
from summarize.summary.trim import opening_cut, shorter_forms, span_of, trimmed, trimmed_text


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


@pytest.mark.parametrize("text, forms", [
    # a trailing clause, then an attribution after it: each end is a form, the shortest last
    ("The storm cut power to 40,000 homes in the port city, which had reopened in spring, police said.",
     ["The storm cut power to 40,000 homes in the port city, which had reopened in spring",
      "The storm cut power to 40,000 homes in the port city"]),
    # a participle clause, an aside in brackets and one between dashes
    ("The plane crashed near the main airport at dawn, killing 12 people.", ["The plane crashed near the main airport at dawn"]),
    ("The company posted a loss of $2 billion (its first in a decade).", ["The company posted a loss of $2 billion"]),
    ("The storm hit the coast on Tuesday -- the third in a month -- as schools closed.",
     ["The storm hit the coast on Tuesday -- the third in a month", "The storm hit the coast on Tuesday"]),
    # an opening phrase, alone and with the trailing attribution
    ("After the vote on Monday, the ministry raised the toll to 45 dead, police said.",
     ["After the vote on Monday, the ministry raised the toll to 45 dead",
      "the ministry raised the toll to 45 dead, police said.", "the ministry raised the toll to 45 dead"]),
])
def test_shorter_forms_drop_whole_clauses_at_either_end(text, forms):
    assert [text[a:b] for a, b in shorter_forms(text)] == forms


@pytest.mark.parametrize("text", [
    "When police arrived, they found that the gunman had fled the building.",   # a pronoun would open it
    "According to state media, the leader crossed the border by train on Monday.",  # the claim would be ours
    "The plane, which carried 120 people, crashed.",                             # too little would stay
    'The minister said "the talks, which began in May, have failed" on Monday.',  # the cut is inside a quotation
    "Rescue crews reached three stranded villages near the flooded river on foot.",
])
def test_no_shorter_form_where_no_whole_clause_can_go(text):
    assert shorter_forms(text) == []


def test_each_kind_of_cut_is_its_own_switch():
    text = "After the vote on Monday, the ministry raised the toll to 45 dead, killing hopes (again), police said."
    assert shorter_forms(text, asides=False, clauses=False, opening=False) == []
    assert all(a == 0 for a, _ in shorter_forms(text, opening=False))
    assert all(b == len(text) for _, b in shorter_forms(text, asides=False, clauses=False))
    assert text[slice(*shorter_forms(text, clauses=False, opening=False)[-1])].endswith("killing hopes (again)")


def test_a_span_keeps_provenance_and_offsets():
    doc = "Intro line. The plane crashed near the main airport at dawn, killing 12 people. More."
    text = "The plane crashed near the main airport at dawn, killing 12 people."
    start = doc.index(text)
    members = (Sentence("a", 1, text, start, start + len(text)), Sentence("b", 4, text, 0, len(text)))
    (a, b), = shorter_forms(text)
    s = span_of(Group(7, members[0], members), a, b).representative
    assert (s.doc_id, s.index) == ("a", 1) and doc[s.start:s.end] == s.text == "The plane crashed near the main airport at dawn"
