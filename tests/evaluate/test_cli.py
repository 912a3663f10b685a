"""`summarize eval` through typer's CliRunner on a gold folder written by the test."""
import json

from typer.testing import CliRunner

from summarize.cli.main import app
from summarize.qa.retrieve import RETRIEVER_NAMES
from summarize.summary.rankers import RANKER_NAMES

runner = CliRunner()


def test_eval_help():
    r = runner.invoke(app, ["eval", "--help"])
    assert r.exit_code == 0 and "--gold" in r.stdout and "--words" in r.stdout


def test_eval_json_on_a_user_gold_folder(tiny_gold, tmp_path):
    out = tmp_path / "out"
    r = runner.invoke(app, ["eval", "--gold", str(tiny_gold), "--json", "--out", str(out), "--words", "20"])
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) >= {"settings", "clusters", "summaries", "answers", "retrieval", "dedup"}
    assert data["settings"]["words"] == 20 and data["clusters"][0]["name"] == "tiny"
    summaries = data["summaries"]
    assert summaries["settings"]["words"] == 20
    assert list(summaries["clusters"]["tiny"]["rankers"]) == list(RANKER_NAMES)
    for ranker in summaries["clusters"]["tiny"]["rankers"].values():
        assert set(ranker["best"]) == {"rouge1", "rouge2", "rougeL", "rougeLsum"} == set(ranker["mean"])
        assert ranker["words"] <= 20
    assert list(data["answers"]["clusters"]["tiny"]["retrievers"]) == list(RETRIEVER_NAMES)
    assert {q["id"] for q in data["answers"]["clusters"]["tiny"]["questions"]} == {"q1", "q2"}
    bm25 = data["retrieval"]["clusters"]["tiny"]["retrievers"]["bm25"]
    assert set(bm25["all"]) >= {"recall@1", "recall@3", "recall@5", "mrr"}
    assert data["dedup"]["clusters"]["tiny"]["pairs"] == 2
    assert {p.name for p in out.iterdir()} == {"results.json", "report.md", "rankers.png"}
    assert json.loads((out / "results.json").read_text()) == data
    assert "| tiny |" in (out / "report.md").read_text()


def test_eval_is_deterministic_and_prints_tables(tiny_gold, tmp_path):
    args = ["eval", "--gold", str(tiny_gold), "--out", str(tmp_path / "o")]
    first, second = runner.invoke(app, args + ["--json"]), runner.invoke(app, args + ["--json"])
    assert first.stdout == second.stdout
    r = runner.invoke(app, args)
    assert r.exit_code == 0 and "Summaries: ROUGE per ranker" in r.stdout and "Deduplication" in r.stdout


def test_bad_gold_path_is_one_line_and_exit_1(tmp_path):
    r = runner.invoke(app, ["eval", "--gold", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert r.exit_code == 1
    assert r.stderr.startswith("error: gold folder not found") and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr and not (tmp_path / "o").exists()


def test_bad_budget_is_a_usage_error(tiny_gold, tmp_path):
    r = runner.invoke(app, ["eval", "--gold", str(tiny_gold), "--words", "0", "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and "--words" in r.stderr
