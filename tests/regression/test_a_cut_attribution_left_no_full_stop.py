"""Regression: a summary sentence shown without its trailing attribution (``compress`` "asides")
ended without a full stop ("... three villages" for "... three villages, police said."), and
``trim`` kept ", according to ..." after a closing quotation mark. The shown text is closed; the
span stays verbatim. A longer source (an appositive, a clause) stays: who made the claim is then
part of what the sentence says (cutting it cost the seeds' summary R-2 17.6 -> 12.8 at 100 words)."""
import pytest

from summarize.model import Group, Scored, Sentence
from summarize.summary.trim import shorter_forms, span_of, trimmed_text


def _cut(text: str) -> Group:
    """A group of one sentence whose representative is cut to its first form without the ending."""
    whole = Sentence("a", 3, text, 100, 100 + len(text))
    start, end = shorter_forms(text, clauses=False, opening=False)[0]
    return span_of(Group(1, whole, (whole,)), start, end)


@pytest.mark.parametrize("text, shown", [
    ("The storm flooded low roads in three villages, police said.", "The storm flooded low roads in three villages."),
    ('The mayor called the storm "the worst in a century," according to the council.',
     'The mayor called the storm "the worst in a century."'),
    ("The mayor called the storm ``the worst in a century,'' according to the council.",
     "The mayor called the storm ``the worst in a century.''"),
    ("The mayor called the storm “the worst in a century”, according to the council.",
     "The mayor called the storm “the worst in a century”."),
    ("The storm flooded low roads in three villages (the second time this year).",
     "The storm flooded low roads in three villages."),
])
def test_a_cut_sentence_is_shown_closed_and_its_span_stays_verbatim(text, shown):
    group = _cut(text)
    rep = group.representative
    assert group.shown == shown and text.startswith(rep.text) and rep.end - rep.start == len(rep.text) < len(text)


def test_a_whole_sentence_is_shown_as_written():
    text = "Floodwater reached the second floor of the old hospital"
    whole = Sentence("a", 0, text, 0, len(text))
    assert Group(1, whole, (whole,)).shown == text


@pytest.mark.parametrize("text, kept", [
    ('The mayor called the storm "the worst in a century," according to the council.',
     'The mayor called the storm "the worst in a century,"'),
    ("The mayor called the storm “the worst in a century”, according to the council.",
     "The mayor called the storm “the worst in a century”"),
    ("The mayor called the storm “the worst in a century,” officials said.",
     "The mayor called the storm “the worst in a century,”"),
])
def test_according_to_is_cut_after_a_quoted_phrase(text, kept):
    assert trimmed_text(text) == kept


@pytest.mark.parametrize("text", [
    '"We will rebuild every house in the three villages," according to the mayor.',  # the sentence is the quotation
    "The storm flooded low roads, according to a report that the council released.",  # a clause follows
    "The storm flooded roads, according to the council.",                               # too little would stay
    "The storm flooded low roads in three villages, according to Jan Novak, a council spokesman.",  # an appositive
    "The storm flooded low roads in three villages, according to figures the regional council released late on Monday.",
])
def test_a_quotation_or_clause_keeps_its_attribution(text):
    assert trimmed_text(text) == text


def test_the_json_record_keeps_the_verbatim_span_and_adds_what_is_shown():
    record = Scored(_cut("The storm flooded low roads in three villages, police said."), 1.0).to_dict()
    assert record["text"] == "The storm flooded low roads in three villages"
    assert record["shown"] == "The storm flooded low roads in three villages."
