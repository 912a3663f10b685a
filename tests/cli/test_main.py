import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli.main import app

from ..conftest import SEEDS

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_help_on_every_command():
    for cmd in ([], ["summary"], ["ask"], ["dedup"], ["conflicts"]):
        r = run(*cmd, "--help")
        assert r.exit_code == 0 and "Usage" in r.stdout


def test_summary_text_lists_sources():
    r = run("summary", "--sentences", "3")
    assert r.exit_code == 0
    numbered = [line for line in r.stdout.strip().splitlines() if not line.startswith("    ")]
    assert len(numbered) == 3 and all(line.strip()[0].isdigit() and line.rstrip().endswith("]") for line in numbered)


def test_summary_json_contract():
    r = run("summary", str(SEEDS), "--words", "80", "--json")
    data = json.loads(r.stdout)
    assert {d["id"] for d in data["documents"]} == {p.stem for p in SEEDS.glob("*.txt")}
    assert set(data["documents"][0]) >= {"id", "title", "date", "path"}
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for s in data["sentences"]:
        assert set(s) >= {"text", "sources", "score"}
        assert any(s["text"] in texts[d] for d in s["sources"])
    assert sum(len(s["text"].split()) for s in data["sentences"]) <= 80


def test_ask_json_contract():
    r = run("ask", "How many carriages does the train have?", "--json", "--top-k", "3")
    data = json.loads(r.stdout)
    assert set(data) >= {"question", "answer", "evidence"} and len(data["evidence"]) <= 3
    assert all(set(e) >= {"text", "sources", "score"} for e in data["evidence"])


def test_ask_says_when_there_is_no_answer():
    r = run("ask", "How much did the submarine cost?")
    assert r.exit_code == 0 and "no answer" in r.stdout


def test_dedup_json_contract():
    data = json.loads(run("dedup", "--json").stdout)
    assert data["groups"] and all(len(g["members"]) >= 2 for g in data["groups"])
    assert all(set(m) >= {"doc", "text"} for g in data["groups"] for m in g["members"])


def _bad(tmp_path: Path, kind: str) -> list[str]:
    if kind == "missing":
        return ["summary", str(tmp_path / "nope")]
    if kind == "empty dir":
        return ["summary", str(tmp_path)]
    if kind == "no txt":
        (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
        return ["summary", str(tmp_path)]
    if kind == "empty file":
        (tmp_path / "a.txt").write_text("")
        return ["summary", str(tmp_path / "a.txt")]
    if kind == "whitespace file":
        (tmp_path / "a.txt").write_text(" \n\t \n")
        return ["summary", str(tmp_path / "a.txt")]
    if kind == "binary file":
        (tmp_path / "a.txt").write_bytes(bytes(range(256)) * 4)
        return ["summary", str(tmp_path / "a.txt")]
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["missing", "empty dir", "no txt", "empty file", "whitespace file", "binary file"])
def test_bad_input_files(tmp_path, kind):
    r = run(*_bad(tmp_path, kind))
    assert r.exit_code == 1
    assert r.stderr.startswith("error: ") and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr + r.stdout and r.stdout == ""


@pytest.mark.parametrize("args", [
    ["ask", ""], ["ask", "the and of"], ["summary", "--sentences", "0"], ["summary", "--words", "-5"],
    ["summary", "--ranker", "magic"], ["summary", "--sentences", "2", "--words", "20"],
    ["ask", "Who?", "--top-k", "0"], ["dedup", "--threshold", "1.5"],
])
def test_usage_errors_exit_2(args):
    r = run(*args)
    assert r.exit_code == 2, r.stdout + r.stderr
    assert "error" in r.stderr.lower() and "Traceback" not in r.stderr


def test_other_encoding_is_read(tmp_path):
    (tmp_path / "a.txt").write_bytes("Le café a rouvert lundi à Paris après des travaux.".encode("cp1252"))
    r = run("summary", str(tmp_path), "--json")
    assert r.exit_code == 0 and "café" in json.loads(r.stdout)["sentences"][0]["text"]


def test_same_output_twice():
    assert run("summary", "--json").stdout == run("summary", "--json").stdout


def test_input_without_news_sentences_says_so(tmp_path):
    (tmp_path / "a.txt").write_text("Open image in gallery Crowds gather (Photo: AFP via Getty Images)\n")
    r = run("summary", str(tmp_path), "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["sentences"] == []
    assert "no news sentences" in r.stderr


JOURNEY = "How long is Kim's armoured train journey to Beijing expected to take?"


def test_conflicts_help_and_text():
    assert run("conflicts", "--help").exit_code == 0
    r = run("conflicts")
    assert r.exit_code == 0
    assert "24 hours [000, 002, 003]" in r.stdout and "20 hours [002]" in r.stdout


def test_conflicts_json_contract():
    data = json.loads(run("conflicts", str(SEEDS), "--json").stdout)
    assert set(data) == {"conflicts"} and data["conflicts"]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for c in data["conflicts"]:
        assert set(c) >= {"topic", "sides"} and len(c["sides"]) >= 2
        for side in c["sides"]:
            assert set(side) >= {"value", "text", "sources"}
            assert any(side["text"] in texts[d] for d in side["sources"])
        assert len({s["value"] for s in c["sides"]}) == len(c["sides"])


def test_conflicts_on_a_planted_cluster(tmp_path):
    (tmp_path / "a.txt").write_text("The ferry crossing from Dover to Calais takes 90 minutes, the operator said.\n")
    (tmp_path / "b.txt").write_text("The ferry crossing from Dover to Calais takes 2 hours, the operator said.\n")
    data = json.loads(run("conflicts", str(tmp_path), "--json").stdout)
    (c,) = data["conflicts"]
    assert {s["value"]: s["sources"] for s in c["sides"]} == {"90 minutes": ["a"], "2 hours": ["b"]}


def test_ask_json_flags_the_journey_time_conflict():
    data = json.loads(run("ask", JOURNEY, "--json").stdout)
    assert data["answer"] == "24 hours"  # the side most sources take
    (c,) = data["conflicts"]
    sides = {s["value"]: s["sources"] for s in c["sides"]}
    assert set(sides) == {"24 hours", "20 hours"} and sides["20 hours"] == ["002_cba6d34d82d475d0"]


def test_ask_text_says_sources_disagree():
    r = run("ask", JOURNEY)
    assert "sources disagree: 24 hours [000, 002, 003] vs 20 hours [002]" in r.stdout


def test_ask_json_has_no_conflicts_for_an_undisputed_fact():
    data = json.loads(run("ask", "On what day did Putin arrive in China?", "--json").stdout)
    assert data["conflicts"] == []


def test_summary_shows_both_sides_of_a_contested_figure():
    data = json.loads(run("summary", "--sentences", "10", "--json").stdout)
    contested = [s for s in data["sentences"] if "conflicts" in s]
    assert contested
    for s in contested:
        for c in s["conflicts"]:
            assert len(c["sides"]) >= 2
            # the sentence states one of the sides' values
            assert any(side["text"] == s["text"] or set(side["sources"]) & set(s["sources"]) for side in c["sides"])
    assert all(s["support"] == len(s["sources"]) for s in data["sentences"])
    text = run("summary", "--sentences", "10").stdout
    assert "    sources disagree: " in text


def test_dedup_json_shows_support():
    data = json.loads(run("dedup", "--all", "--json").stdout)
    assert all(g["support"] == len(g["sources"]) for g in data["groups"])
    assert any(g["supporters"] for g in data["groups"])


def test_conflicts_bad_input_is_one_line_and_exit_1(tmp_path):
    r = run("conflicts", str(tmp_path / "nope"))
    assert r.exit_code == 1 and "Traceback" not in r.output


def test_a_mistyped_choice_fails_before_any_input_is_read(tmp_path):
    missing = str(tmp_path / "no-such-folder")
    for args in (["summary", missing, "--ranker", "lexrnk"], ["ask", "Who?", missing, "--retriever", "bm52"],
                 ["batch", missing, "--out", str(tmp_path / "o.jsonl"), "--engine", "spork"]):
        r = run(*args)
        assert r.exit_code == 2 and "is not one of" in r.output and "no-such-folder" not in r.output
