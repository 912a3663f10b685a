import json

import pytest

from summarize.errors import InputError
from summarize.ingest.readers.records import read_json, read_jsonl


def test_one_object():
    (doc,) = read_json(json.dumps({"title": "Porto floods", "text": "Floods closed the road on Monday.",
                                   "date": "2024-03-11T18:30:00Z", "url": "https://e.x/1"}), stem="a", path="a.json")
    assert (doc.id, doc.title, doc.date, doc.source, doc.path) == ("a", "Porto floods", "2024-03-11",
                                                                   "https://e.x/1", "a.json")
    assert doc.text == "Floods closed the road on Monday."


def test_list_ids_fall_back_to_stem_and_position():
    items = [{"text": "First story here."}, {"id": 7, "text": "Second story here."}, {"text": "Third story."}]
    docs = read_json(json.dumps(items), stem="dump", path="dump.json")
    assert [d.id for d in docs] == ["dump-000", "7", "dump-002"]


def test_source_field_beats_url():
    (doc,) = read_json('{"text": "Rain fell.", "source": "Agency", "url": "https://e.x"}', stem="a", path="a.json")
    assert doc.source == "Agency"


def test_jsonl_skips_blank_lines_and_names_bad_lines():
    docs = read_jsonl('{"text": "One story."}\n\n{"text": "Two story."}\n', stem="f", path="f.jsonl")
    assert [d.id for d in docs] == ["f-000", "f-001"]
    with pytest.raises(InputError, match=r"f.jsonl: not valid JSON at line 3"):
        read_jsonl('{"text": "One story."}\n\n{"text": \n', stem="f", path="f.jsonl")


@pytest.mark.parametrize("text,message", [
    ('{"title": "x"', "not valid JSON at line 1"),
    ('{"title": "No text"}', 'has no "text"'),
    ('{"text": "   "}', 'has no "text"'),
    ('{"text": 5}', "field 'text' must be a string"),
    ('{"text": "Ok.", "date": 2024}', "field 'date' must be a string"),
    ('{"text": "Ok.", "id": [1]}', "field 'id' must be a string or an integer"),
    ('[1, 2]', "item 0 is not an article object"),
    ('"just a string"', "is not an article object"),
    ('[]', "the JSON list is empty"),
    ('[{"id": "a", "text": "One."}, {"id": "a", "text": "Two."}]', "item 0 and item 1 have the same id 'a'"),
    ("[" * 100000 + "]" * 100000, "nested too deeply"),
])
def test_malformed_json_is_named(text, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace("[", r"\[")):
        read_json(text, stem="a", path="a.json")
