"""Properties of the command line over files: any cluster gives output or one clean error;
output is verbatim, order-free and repeatable; thousands of tiny files load."""
import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from summarize import Corpus
from summarize.cli.main import app
from summarize.ingest.load import load_paths

from .strategies import cluster, examples

runner = CliRunner()
FORMAT = st.sampled_from([".txt", ".md", ".json", ".jsonl"])


def write(folder: Path, texts: dict, suffix: str) -> None:
    for name, text in texts.items():
        path = folder / f"{name}{suffix}"
        if suffix == ".json":
            path.write_text(json.dumps({"text": text}), encoding="utf-8")
        elif suffix == ".jsonl":
            path.write_text(json.dumps({"id": name, "text": text}) + "\n", encoding="utf-8")
        else:
            path.write_text(text, encoding="utf-8", newline="")


@examples(30)
@given(cluster, FORMAT, st.sampled_from(["summary", "dedup", "ask"]), st.booleans())
def test_cli_gives_output_or_one_clean_error(texts, suffix, command, use_output):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        write(folder, texts, suffix)
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
        out = Path(tmp) / "out.json"
        args = ["ask", "When did the storm hit the bridge?"] if command == "ask" else [command]
        args += [str(folder), "--json"] + (["-o", str(out)] if use_output else [])
        r = runner.invoke(app, args)
        assert r.exit_code in (0, 1), r.stdout + r.stderr + repr(r.exception)
        assert "Traceback" not in r.stderr and isinstance(r.exception, (SystemExit, type(None)))
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
        if r.exit_code == 1:
            errors = [line for line in r.stderr.splitlines() if line.startswith("error: ")]
            assert len(errors) == 1 and r.stdout == "" and not out.exists()
            return
        data = json.loads(out.read_text(encoding="utf-8") if use_output else r.stdout)
        if command == "summary":
            docs = {d.id: d for d in Corpus.from_paths([folder]).documents}
            for s in data["sentences"]:
                assert any(s["text"] in docs[src].text for src in s["sources"])
            assert len(data["sentences"]) <= 5


@examples(20)
@given(cluster, st.randoms(use_true_random=False))
def test_cli_output_does_not_depend_on_path_order(texts, rnd):
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp), texts, ".txt")
        files = sorted(str(p) for p in Path(tmp).iterdir())
        shuffled = files[:]
        rnd.shuffle(shuffled)
        a = runner.invoke(app, ["summary", *files, "--json"])
        b = runner.invoke(app, ["summary", *shuffled, "--json"])
        assert (a.exit_code, a.stdout) == (b.exit_code, b.stdout)


def test_thousands_of_tiny_files(tmp_path):
    n = 3000
    for i in range(n):
        suffix = (".txt", ".md", ".json")[i % 3]
        text = f"Rain fell in town {i % 50} on Monday. Road {i} was shut."
        (tmp_path / f"f{i:04d}{suffix}").write_text(json.dumps({"text": text}) if suffix == ".json" else text)
    (tmp_path / "empty.txt").write_text("")
    notes = []
    docs = load_paths([tmp_path], notice=notes.append)
    assert len(docs) == n and notes == [f"skipped {tmp_path / 'empty.txt'}: the file is empty"]
    r = runner.invoke(app, ["summary", str(tmp_path), "--json", "-n", "3"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert len(data["documents"]) == n and 1 <= len(data["sentences"]) <= 3
