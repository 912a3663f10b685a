"""Every bad input the CLI can get: the message, the exit code, no traceback, nothing written,
inputs untouched; and every format through summary, ask and dedup."""
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli.main import app

from ..conftest import REPO

FORMATS = REPO / "tests" / "data" / "formats"
runner = CliRunner()

SNAPSHOT_SKIP = {"loop.txt"}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and mtime of every regular file under ``folder``."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_symlink() or not p.is_file():
            continue
        out[str(p)] = (p.read_bytes(), p.stat().st_mtime_ns)
    return out


def _case(tmp: Path, kind: str) -> tuple[list[str], str]:
    """Build the bad input ``kind`` in ``tmp``; the arguments naming it and the expected message."""
    if kind == "missing path":
        return [str(tmp / "nope.txt")], "nope.txt: no such file or directory"
    if kind == "binary":
        (tmp / "a.txt").write_bytes(bytes(range(256)) * 8)
        return [str(tmp / "a.txt")], "looks like a binary file"
    if kind == "malformed json":
        (tmp / "a.json").write_text('{"title": "Floods", "text": "Rain fell."')
        return [str(tmp / "a.json")], "a.json: not valid JSON at line 1"
    if kind == "malformed jsonl":
        (tmp / "a.jsonl").write_text('{"text": "Rain fell on Monday."}\n{"text": oops}\n')
        return [str(tmp / "a.jsonl")], "a.jsonl: not valid JSON at line 2"
    if kind == "json without text":
        (tmp / "a.json").write_text('[{"title": "Floods"}]')
        return [str(tmp / "a.json")], "item 0 has no \"text\""
    if kind == "malformed html":
        (tmp / "a.html").write_text("<html><head><title>Floods</title><body><div><script>var x = '<p>';</div>")
        return [str(tmp / "a.html")], "a.html: no article text found"
    if kind == "empty file":
        (tmp / "a.txt").write_text("")
        return [str(tmp / "a.txt")], "a.txt: the file is empty"
    if kind == "whitespace-only file":
        (tmp / "a.md").write_text(" \n\t\r\n  ")
        return [str(tmp / "a.md")], "a.md: the file is empty"
    if kind == "symlink loop":
        (tmp / "loop.txt").symlink_to(tmp / "loop.txt")
        return [str(tmp / "loop.txt")], "loop.txt: broken symbolic link or symlink loop"
    if kind == "folder without supported files":
        (tmp / "notes.pdf").write_bytes(b"%PDF-1.4")
        (tmp / "data.csv").write_text("a,b\n1,2\n")
        return [str(tmp)], "no supported files in this folder"
    if kind == "folder of unusable files":
        (tmp / "a.txt").write_text("")
        (tmp / "b.json").write_text("{broken")
        return [str(tmp)], "no usable articles in"
    if kind == "file over the size limit":
        (tmp / "a.txt").write_text("Rain fell on the town on Monday. " * 50)
        return [str(tmp / "a.txt"), "--max-file-mb", "0.001"], "over the file size limit of 1000 bytes"
    raise AssertionError(kind)


KINDS = ["missing path", "binary", "malformed json", "malformed jsonl", "json without text", "malformed html",
         "empty file", "whitespace-only file", "symlink loop", "folder without supported files",
         "folder of unusable files", "file over the size limit"]


@pytest.mark.parametrize("command", ["summary", "dedup", "ask", "conflicts"])
@pytest.mark.parametrize("kind", KINDS)
def test_bad_input(tmp_path, kind, command):
    data = tmp_path / "in"
    data.mkdir()
    args, message = _case(data, kind)
    before = snapshot(data)
    out = tmp_path / "out.json"
    lead = ["ask", "When did the floods close the road?"] if command == "ask" else [command]
    r = runner.invoke(app, [*lead, *args, "--json", "--output", str(out)])
    assert r.exit_code == 1, r.stdout + r.stderr
    errors = [line for line in r.stderr.splitlines() if not line.startswith("note: ")]
    assert len(errors) == 1 and errors[0].startswith("error: ") and message in errors[0], r.stderr
    assert "Traceback" not in r.stdout + r.stderr and isinstance(r.exception, (SystemExit, type(None)))
    assert r.stdout == ""
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    assert snapshot(data) == before


def test_permission_denied_on_a_file(tmp_path, monkeypatch):
    """Reading is refused by the system (simulated: these tests run as root, who may read anything)."""
    f = tmp_path / "a.txt"
    f.write_text("Rain fell on the town on Monday, officials said.")
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == f:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    out = tmp_path / "out.txt"
    r = runner.invoke(app, ["summary", str(f), "--output", str(out)])
    assert r.exit_code == 1 and r.stderr == f"error: {f}: cannot read (Permission denied)\n"
    assert not out.exists()


def test_permission_denied_on_a_folder(tmp_path, monkeypatch):
    d = tmp_path / "in"
    d.mkdir()
    real_iterdir = Path.iterdir

    def refuse(self):
        if self == d:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    r = runner.invoke(app, ["dedup", str(d)])
    assert r.exit_code == 1 and r.stderr == f"error: {d}: cannot read (Permission denied)\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their mode, so chmod 000 cannot make one unreadable")
def test_unreadable_file_chmod_000(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Rain fell on the town on Monday, officials said.")
    f.chmod(0)
    try:
        r = runner.invoke(app, ["summary", str(f)])
        assert r.exit_code == 1 and "cannot read (Permission denied)" in r.stderr
    finally:
        f.chmod(0o644)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig"])
def test_other_encodings_decode_to_the_right_text(tmp_path, encoding):
    text = "Le café a rouvert lundi à Paris, après des travaux. Les clients étaient ravis de revenir."
    if encoding == "cp1252":
        text = "The café’s owner said “we are back” on Monday after the works. Customers were pleased."
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    r = runner.invoke(app, ["dedup", str(tmp_path), "--all", "--json"])
    assert r.exit_code == 0, r.stderr
    assert " ".join(g["text"] for g in json.loads(r.stdout)["groups"]) == text


@pytest.mark.parametrize("args,message", [
    (["summary", "--output", "{tmp}"], "--output is a folder"),
    (["summary", "--output", "{tmp}/no/such/dir/out.txt"], "the folder for --output does not exist"),
    (["summary", "{tmp}/in.txt", "--output", "{tmp}/in.txt"], "--output would overwrite an input file"),
    (["dedup", "{tmp}", "--output", "{tmp}/in.txt"], "--output would overwrite an input file"),
    (["summary", "--ranker", "magic", "--output", "{tmp}/out.txt"], "is not one of"),
    (["summary", "--max-file-mb", "0", "--output", "{tmp}/out.txt"], "--max-file-mb must be above 0"),
    (["summary", "--max-sentences", "-1", "--output", "{tmp}/out.txt"], "max_sentences must be above 0"),
])
def test_output_usage_errors_write_nothing(tmp_path, args, message):
    (tmp_path / "in.txt").write_text("Rain fell on the town on Monday, officials said. Roads were shut.")
    before = snapshot(tmp_path)
    r = runner.invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert r.exit_code == 2, r.stdout + r.stderr
    assert message in r.stderr and "Traceback" not in r.stderr
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", [["summary", "-n", "3"], ["ask", "How many people were moved?"],
                                     ["dedup", "--all"], ["conflicts"]])
@pytest.mark.parametrize("as_json", [True, False])
def test_output_file_holds_what_stdout_would(tmp_path, command, as_json):
    flags = ["--json"] if as_json else []
    shown = runner.invoke(app, [*command, str(FORMATS), *flags])
    out = tmp_path / "result"
    written = runner.invoke(app, [*command, str(FORMATS), *flags, "-o", str(out)])
    assert shown.exit_code == written.exit_code == 0
    assert written.stdout == "" and out.read_text(encoding="utf-8") == shown.stdout
    if as_json:
        json.loads(out.read_text(encoding="utf-8"))


def test_every_format_through_summary_ask_and_dedup():
    docs = {d.id: d for d in __import__("summarize").Corpus.from_paths([FORMATS]).documents}
    r = runner.invoke(app, ["summary", str(FORMATS), "--json", "-n", "10"])
    data = json.loads(r.stdout)
    assert {Path(d["path"]).suffix for d in data["documents"]} == {".txt", ".md", ".html", ".json", ".jsonl"}
    for s in data["sentences"]:
        assert any(s["text"] in docs[src].text for src in s["sources"])
        for p in s["positions"]:
            assert p["doc"] in docs
    r = runner.invoke(app, ["ask", "How many people were moved from their homes?", str(FORMATS), "--json"])
    data = json.loads(r.stdout)
    top = data["evidence"][0]
    assert "1,200 people" in top["text"] and {"page", "wire", "feed-001"} <= set(top["sources"])
    assert data["answer"].replace("About ", "") == "1,200" and data["conflicts"] == []
    r = runner.invoke(app, ["dedup", str(FORMATS), "--json"])
    groups = json.loads(r.stdout)["groups"]
    bridges = [g for g in groups if "Two bridges over the Douro" in g["text"]]
    assert bridges and {"wire", "blog", "radio"} <= set(bridges[0]["sources"])


def test_stdin_through_the_cli(tmp_path):
    text = "Floods closed the main road into Porto on Monday after heavy rain, police said."
    r = runner.invoke(app, ["dedup", "-", str(FORMATS / "wire.txt"), "--json"], input=text)
    assert r.exit_code == 0, r.stderr
    group = next(g for g in json.loads(r.stdout)["groups"] if "main road" in g["text"])
    assert group["sources"] == ["stdin", "wire"]
    feed = '{"id": "x", "text": "Two bridges over the Douro river were shut on Monday as the water rose."}'
    r = runner.invoke(app, ["summary", "-", "--json"], input=feed)
    assert r.exit_code == 0 and json.loads(r.stdout)["documents"][0]["id"] == "x"
