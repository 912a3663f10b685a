"""Crafted manifests and records (wrong types, missing keys, deep nesting, indexes out of
range) gave TypeError, KeyError, RecursionError or AttributeError tracebacks; each is now one
clear error, even when the crafted file carries matching hashes."""
import json

import pytest

from ._index import build, one_clear_error, rewrite, run


def _manifest(change):
    def apply(members):
        manifest = json.loads(members["manifest.json"])
        members["manifest.json"] = json.dumps(change(manifest)).encode()
    return apply


def _record(name, change):
    def apply(members):
        members[name] = json.dumps(change(json.loads(members[name]))).encode()
    return apply


def _set(key, value):
    def change(m):
        m[key] = value
        return m
    return change


def _drop(key):
    def change(m):
        del m[key]
        return m
    return change


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("change", [
    _manifest(lambda m: []),
    _manifest(_set("threshold", "0.5")),
    _manifest(_set("threshold", 7)),
    _manifest(_set("sources", {"path": 1})),
    _manifest(_set("sources", [{"path": 1, "bytes": 1, "mtime_ns": 1, "sha256": "x"}])),
    _manifest(_set("inputs", [{"path": "/", "files": "abc"}])),
    _manifest(_set("members", [])),
    _manifest(_set("members", {"../../etc/passwd": "0" * 64})),
    _manifest(_drop("members")),
    _manifest(_drop("sources")),
    _manifest(_drop("threshold")),
    _manifest(_set("counts", None)),
    lambda members: members.__setitem__("manifest.json", DEEP.encode()),
    lambda members: members.__setitem__("manifest.json", b"\xff\xfe not json"),
    lambda members: members.pop("groups.json"),
], ids=lambda c: getattr(c, "__qualname__", "case"))
def test_crafted_manifest(tmp_path, change):
    _, index = build(tmp_path)
    rewrite(index, change, rehash=False)
    one_clear_error(run("summary", "--index", index))


@pytest.mark.parametrize("name, change", [
    ("documents.json", lambda d: [{**d[0], "text": ["not", "text"]}] + d[1:]),
    ("documents.json", lambda d: [{**d[0], "extra": 1}] + d[1:]),
    ("documents.json", lambda d: []),
    ("sentences.json", lambda s: [[-1, 0, 0, 5]] + s[1:]),
    ("sentences.json", lambda s: [[0, 0, 0, 10 ** 9]] + s[1:]),
    ("sentences.json", lambda s: [[0, 0, 0]] + s[1:]),
    ("groups.json", lambda g: [{**g[0], "representative": 10 ** 6}] + g[1:]),
    ("groups.json", lambda g: [{**g[0], "members": -1}] + g[1:]),
    ("groups.json", lambda g: [{**g[0], "supporters": [1, 2]}] + g[1:]),
    ("conflicts.json", lambda c: [{"topic": "x", "kind": "quantity", "sides": [{"value": 1}]}]),
    ("paragraphs.json", lambda p: [[0, 5, 2, "x"]] + p[1:]),
], ids=lambda x: x if isinstance(x, str) else "")
def test_crafted_record_with_matching_hashes(tmp_path, name, change):
    _, index = build(tmp_path)
    rewrite(index, _record(name, change))
    one_clear_error(run("summary", "--index", index), "corrupt index", name)


def test_deeply_nested_record_with_matching_hash(tmp_path):
    _, index = build(tmp_path)
    rewrite(index, lambda members: members.__setitem__("groups.json", DEEP.encode()))
    one_clear_error(run("summary", "--index", index), "corrupt index", "nested too deeply")
