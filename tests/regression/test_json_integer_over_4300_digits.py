"""Regression: a JSON integer of over 4,300 digits raised ValueError out of the JSON reader, and
on standard input the raw JSON was then summarised as plain text."""
import json

import pytest

from .conftest import NEWS, assert_refused, files, invoke, snapshot

HUGE = "9" * 5000


def test_file_is_refused_with_one_line(tmp_path):
    (tmp_path / "a.json").write_text('{"text": %s, "n": %s}' % (json.dumps(NEWS), HUGE))
    before = snapshot(tmp_path)
    r = invoke(["summary", tmp_path / "a.json", "--output", tmp_path / "out.txt"])
    assert_refused(r, 1, "a.json: a number in the JSON is too long to read")
    assert files(tmp_path) == ["a.json"] and snapshot(tmp_path) == before


def test_jsonl_line_is_named(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": %s}\n{"n": %s}\n' % (json.dumps(NEWS), HUGE))
    assert_refused(invoke(["summary", tmp_path / "a.jsonl"]), 1, "a.jsonl: line 2: a number in the JSON")


@pytest.mark.parametrize("raw", ['{"text": %s, "n": %s}' % (json.dumps(NEWS), HUGE),
                                 '{"text": %s}\n{"n": %s}\n' % (json.dumps(NEWS), HUGE)])
def test_stdin_is_not_summarised_as_prose(raw):
    r = invoke(["summary", "-"], input=raw)
    assert_refused(r, 1, "a number in the JSON is too long to read")
