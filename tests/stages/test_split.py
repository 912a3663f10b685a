import pytest

from summarize.model import Document
from summarize.stages.split import blocks, sentence_spans, split_blocks


@pytest.mark.parametrize("text,expected", [
    ("Mr. Kim arrived. He waved.", ["Mr. Kim arrived.", "He waved."]),
    ("The U.S. Senate voted on Sep 2. It passed.", ["The U.S. Senate voted on Sep 2.", "It passed."]),
    ("Thrust is 1,960 kN. Speed is 3.5 km per hour.", ["Thrust is 1,960 kN.", "Speed is 3.5 km per hour."]),
    ('He said "we are ready." Then he left.', ['He said "we are ready."', "Then he left."]),
    ("J. R. R. Tolkien wrote it. Dr. Smith read it.", ["J. R. R. Tolkien wrote it.", "Dr. Smith read it."]),
    ("It ended at 5 p.m. Monday. Nobody came.", ["It ended at 5 p.m. Monday.", "Nobody came."]),
    ("“We will win,” she said. “Soon.”", ["“We will win,” she said.", "“Soon.”"]),
])
def test_punkt_keeps_abbreviations_initials_decimals_quotes(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_line_breaks_always_end_sentences_and_offsets_hold():
    d = Document("d", "First line without a stop\nSecond line. Third one.\n\n  Indented fourth.  ")
    sents = split_blocks(blocks(d))
    assert [s.text for s in sents] == ["First line without a stop", "Second line.", "Third one.", "Indented fourth."]
    assert [s.index for s in sents] == [0, 1, 2, 3]
    assert all(d.text[s.start:s.end] == s.text for s in sents)


def test_seed_sentences_survive_intact(seeds):
    by_id = {d.id: d for d in seeds.documents}
    assert seeds.sentences
    for s in seeds.sentences:
        assert by_id[s.doc_id].text[s.start:s.end] == s.text
    texts = [s.text for s in seeds.sentences]
    assert any(t.startswith('"Maximum propulsion of the new solid-type engine using carbon fibre composites is 1,960 kN')
               for t in texts)
    assert any("(Sep 2)" in t for t in texts)


def test_a_sentence_does_not_end_at_a_title_before_a_name():
    text = "“We will rebuild,” said Gov. Ann Reese, who toured the site. Sgt. Carl Fenn and Lt. Gov. Bo Li came. He lives in Gary, Ind. The plant closed."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "“We will rebuild,” said Gov. Ann Reese, who toured the site.", "Sgt. Carl Fenn and Lt. Gov. Bo Li came.",
        "He lives in Gary, Ind.", "The plant closed."]


def test_a_sentence_does_not_end_at_an_abbreviation_before_a_number():
    text = "The Blackwater No. 3 mine was shut. Flight No. 447 landed. They said no. 5 people left."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The Blackwater No. 3 mine was shut.", "Flight No. 447 landed.", "They said no.", "5 people left."]


def test_a_sentence_does_not_end_at_a_month_before_its_day():
    text = "The photo was taken Jul. 21, 1999. It ran Sept. 4 and in Jan. 1929. Nobody expects a deal."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The photo was taken Jul. 21, 1999.", "It ran Sept. 4 and in Jan. 1929.", "Nobody expects a deal."]


def test_a_quotation_opened_after_an_abbreviation_opens_a_sentence():
    text = "He drove from Fargo, N.D. “Nobody told us.” It was 3 p.m. \"We waited,\" she said."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "He drove from Fargo, N.D.", "“Nobody told us.”", "It was 3 p.m.", "\"We waited,\" she said."]


def test_a_quoted_nickname_after_a_title_or_initial_stays_in_its_sentence():
    text = "Gen. “Stormy” Lee and John F. “Jack” Ray spoke."
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]
