"""A broadcast transcript's speaker labels: read at a paragraph's start, never a page's mark, a stamp or a fact line."""
import pytest

from summarize.text.speakers import alone, speaker_label, turns


@pytest.mark.parametrize("text, speaker, parts", [
    ("ODA VENN (HEAD GARDENER, MILLBRAE PARK): We lost every tree.", "ODA VENN", ("HEAD GARDENER", "MILLBRAE PARK")),
    ("DR PIM ASHOLT (COASTAL SURVEY): The cliff moved.", "DR PIM ASHOLT", ("COASTAL SURVEY",)),
    ("TEO MARSH, ANCHOR: Good evening.", "TEO MARSH", ("ANCHOR",)),
    ("ANCHOR: Good evening.", "ANCHOR", ()),
    ("CORRESPONDENT (Lina Okafor): Thanks, Teo.", "Lina Okafor", ("CORRESPONDENT",)),
    ("RUTH BAYLE (FERRY PASSENGER, RECORDED): It was cold.", "RUTH BAYLE", ("FERRY PASSENGER",)),
    ("KESSLER: That is not right.", "KESSLER", ()),
])
def test_a_speakers_label_is_read_with_its_role_and_body(text, speaker, parts):
    label = speaker_label(text)
    assert label is not None and (label.speaker, label.parts) == (speaker, parts)
    assert text[label.end:label.end + 1].isupper()


@pytest.mark.parametrize("text", [
    "UPDATE: The road has reopened.", "LIVE: Flood waters rise in the valley", "14:05: Crews reached the pier.",
    "- Barns flattened: 170", "Roads shut: 26", "Ann Venn said: \"We lost every tree.\"",
])
def test_a_pages_mark_a_stamp_or_a_fact_line_is_no_speaker(text):
    assert speaker_label(text) is None


def test_labels_are_a_transcripts_only_when_two_turns_open_with_one():
    one = ["OSLO: The harbour froze overnight.", "Ferries were held in port."]
    assert turns(one) == [None, None]
    paragraphs = ["TEO MARSH (PRESENTER): Good evening.", "RUTH BAYLE:", "It was cold on the deck.", "Then it sank."]
    found = turns(paragraphs)
    assert [f.speaker if f else None for f in found] == ["TEO MARSH", "RUTH BAYLE", "RUTH BAYLE", None]
    assert alone(found[1], paragraphs[1]) and not alone(found[2], paragraphs[2]) and found[2].end == 0
