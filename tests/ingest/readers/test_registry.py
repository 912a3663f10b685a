import pytest

from summarize.errors import InputError
from summarize.ingest.header import make_document
from summarize.ingest.readers import SUFFIXES, get_reader, read_documents, sniff_stdin


def test_every_suffix_has_a_reader():
    assert {".txt", ".md", ".html", ".htm", ".json", ".jsonl"} <= set(SUFFIXES)
    for suffix in SUFFIXES:
        assert callable(get_reader(suffix))
    assert get_reader(".MD") is get_reader(".md")


def test_unknown_suffix_lists_the_valid_ones():
    with pytest.raises(ValueError, match=r"unknown input format '\.pdf'.*\.txt, \.md"):
        get_reader(".pdf")


@pytest.mark.parametrize("text,suffix", [
    ('{"text": "A storm hit."}', ".json"),
    ('[{"text": "A storm hit."}]', ".json"),
    ('{"text": "A storm hit."}\n{"text": "Rain fell."}\n', ".jsonl"),
    ("[Reuters] A storm hit the coast.", ".txt"),
    ("{not json at all", ".txt"),
    ("A storm hit the coast.", ".txt"),
])
def test_sniff_stdin(text, suffix):
    assert sniff_stdin(text) == suffix


def test_metadata_wins_over_the_text_header():
    d = make_document("x", "date 2020-01-01 Old title\nA storm hit the coast on Friday.", path="p",
                      title="  New   title ", date="2024-03-12T08:00:00Z", source=" https://e.x/1 ")
    assert (d.title, d.date, d.source, d.path) == ("New title", "2024-03-12", "https://e.x/1", "p")
    # no metadata: the text's own header is kept
    d = make_document("x", "date 2020-01-01 Old title\nA storm hit the coast on Friday.", path="p")
    assert (d.title, d.date) == ("Old title", "2020-01-01")


def test_unparseable_date_is_dropped_not_guessed():
    assert make_document("x", "Rain fell on the town.", path="p", date="last Tuesday").date == ""


def test_empty_or_markup_only_input_is_an_error():
    with pytest.raises(InputError, match="empty"):
        read_documents(" \n\t", suffix=".txt", stem="a", path="a.txt")
    with pytest.raises(InputError, match="no article text"):
        read_documents("![only a picture](x.png)\n\n---\n", suffix=".md", stem="a", path="a.md")
