"""The conflicts and support sections on a small planted cluster whose figures can be checked by hand."""
import json
from pathlib import Path

import pytest

from summarize.evaluate import runner
from summarize.evaluate.gold import read_gold
from summarize.evaluate.section import Settings
from summarize.evaluate.sections.short_answers import shows_sides
from summarize.model import Answer, Conflict, Side

from .conftest import write_docs, write_jsonl

SMALL = Settings(rankers=("lead",), retrievers=("bm25",))
DOCS = {
    "a": "The ferry crossing from Dover to Calais takes 90 minutes, the operator said.\n"
         "Kim left Pyongyang for China on Monday and crossed into China early Tuesday morning.\n",
    "b": "The ferry crossing from Dover to Calais takes 2 hours, the operator said.\n"
         "Kim left the capital Pyongyang for Beijing on Monday and crossed the Chinese border first thing on Tuesday.\n",
    "c": "The new pipeline runs 100 km from the coast to the capital.\n"
         "Engineers expect the work to finish next spring.\n",
    "d": "The new pipeline runs 80 miles from the coast to the capital.\n",
}


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    root = tmp_path / "planted"
    write_docs(root / "docs", DOCS)
    ferry = lambda d: DOCS[d].splitlines()[0]  # noqa: E731
    write_jsonl(root / "conflicts.jsonl", [
        {"topic": "ferry time", "kind": "quantity",
         "sides": [{"value": "90 minutes", "docs": ["a"], "text": ferry("a")},
                   {"value": "2 hours", "docs": ["b"], "text": ferry("b")}]},
        {"topic": "a conflict nobody can find", "kind": "date",
         "sides": [{"value": "1999", "docs": ["c"], "text": "x"}, {"value": "2001", "docs": ["d"], "text": "y"}]}])
    write_jsonl(root / "non_conflicts.jsonl", [
        {"topic": "pipeline length", "kind": "quantity",
         "sides": [{"value": "100 km", "docs": ["c"], "text": DOCS["c"].splitlines()[0]},
                   {"value": "80 miles", "docs": ["d"], "text": DOCS["d"].strip()}]}])
    write_jsonl(root / "support.jsonl", [
        {"doc": "a", "text": DOCS["a"].splitlines()[1], "sources": ["a", "b"]},
        {"doc": "c", "text": DOCS["c"].splitlines()[1], "sources": ["c"]}])
    return root


def test_conflicts_section_counts_hits_misses_and_false_alarms(planted):
    results = runner.evaluate(read_gold(planted), SMALL)
    c = results["conflicts"]["clusters"]["planted"]
    # Predicted: the ferry (matches gold) and the pipeline (100 km vs 80 miles = 129 km, listed as a
    # non-conflict by this gold, so a false alarm). No split in the files: line 1 is dev, line 2 test.
    every = c["splits"]["all"]
    assert (every["predicted"], every["gold"], every["good"], every["found"]) == (2, 2, 1, 1)
    assert every["precision"] == 0.5 and every["recall"] == 0.5
    assert c["missed"] == [{"topic": "a conflict nobody can find", "kind": "date", "split": "test"}]
    assert every["false_alarms"]["count"] == 1 and every["false_alarms"]["by_kind"]["quantity"] == {"count": 1, "n": 1}
    assert [[g["topic"] for g in x["matches_gold"]] for x in c["conflicts"]] == [["ferry time"], []]
    # dev: the ferry is found; the pipeline, matching no gold, still counts against precision
    dev, test = c["splits"]["dev"], c["splits"]["test"]
    assert (dev["predicted"], dev["good"], dev["recall"]) == (2, 1, 1.0)
    # test: the ferry matches only dev gold, so it is set aside; the pipeline is wrong here too
    assert (test["predicted"], test["good"], test["gold"], test["recall"]) == (1, 0, 1, 0.0)
    assert test["false_alarms"]["n"] == 0
    assert every["by_kind"]["quantity"]["recall"] == 1.0 and every["by_kind"]["date"]["recall"] == 0.0
    assert every["by_kind"]["quantity"]["precision"] == 0.5 and every["by_kind"]["polarity"]["gold"] == 0
    titles = [t.title.split(":")[0] for t in runner.tables(results)]
    assert "Conflicts" in titles and "Conflicts by kind" in titles and "Conflicts found" in titles


def test_support_section_compares_with_and_without_paraphrase(planted):
    results = runner.evaluate(read_gold(planted), SMALL)
    variants = results["support"]["clusters"]["planted"]["variants"]
    assert variants["near-duplicates only"]["accuracy"] == 0.5      # the Kim paraphrase is missed
    assert variants["with paraphrase support"]["accuracy"] == 1.0
    assert variants["near-duplicates only"]["jaccard"] == pytest.approx(0.75)
    assert json.loads(json.dumps(results))  # JSON-ready


def test_sections_are_in_the_report_order():
    assert [s.name for s in runner.SECTIONS][-3:] == ["conflicts", "support", "pairs"]


def test_answers_section_scores_the_evidence_shown_with_each_answer(planted):
    write_jsonl(planted / "questions.jsonl", [
        {"id": "q1", "question": "How long does the ferry crossing from Dover to Calais take?",
         "answers": ["90 minutes", "2 hours"], "docs": ["a", "b"], "type": "number"},
        {"id": "q2", "question": "When do engineers expect the work to finish?", "answers": ["next spring"],
         "docs": ["c"], "type": "date"},
        {"id": "q3", "question": "Who built the pipeline?", "answers": [], "docs": [], "type": "person"}])
    results = runner.evaluate(read_gold(planted), SMALL)
    every = results["answers"]["clusters"]["planted"]["retrievers"]["bm25"]["all"]
    # both answerable questions have their answer in the evidence; the unanswerable one counts for none
    assert every["answerable"]["evidence@3"] == 1.0 and "evidence@3" not in every["unanswerable"]
    assert every["all"]["evidence@3"] == 1.0


def test_answers_section_counts_answers_given_and_sides_shown(planted):
    write_jsonl(planted / "questions.jsonl", [
        {"id": "q1", "question": "How long does the ferry crossing from Dover to Calais take?",
         "answers": ["90 minutes", "2 hours"], "docs": ["a", "b"], "type": "number",
         "conflict": {"sides": [{"answers": ["90 minutes"], "docs": ["a"]}, {"answers": ["2 hours"], "docs": ["b"]}]}},
        {"id": "q2", "question": "When do engineers expect the work to finish?", "answers": ["next spring"],
         "docs": ["c"], "type": "date"},
        {"id": "q3", "question": "Who built the pipeline?", "answers": [], "docs": [], "type": "person"}])
    results = runner.evaluate(read_gold(planted), SMALL)
    cluster = results["answers"]["clusters"]["planted"]
    every = cluster["retrievers"]["bm25"]["all"]
    assert every["two sides"]["n"] == 1 and every["one side"]["n"] == 1
    assert "sides" not in every["unanswerable"]
    # abstaining on the unanswerable question is the same event as not answering it
    assert every["unanswerable"]["answered"] == 1 - every["unanswerable"]["em"]
    given = {q["id"]: q["predicted"]["bm25"] is not None for q in cluster["questions"]}
    assert every["answerable"]["answered"] == (given["q1"] + given["q2"]) / 2


def test_sides_are_shown_only_when_two_gold_sides_are_stated():
    def answer(*values: str) -> Answer:
        sides = tuple(Side(v, f"It took {v}.", (f"doc{k}",)) for k, v in enumerate(values))
        return Answer("How long?", values[0], (), (Conflict("crossing time", "quantity", sides),))

    gold = (("90 minutes", "an hour and a half"), ("2 hours",))
    assert shows_sides(answer("90 minutes", "2 hours"), gold)
    assert not shows_sides(answer("90 minutes", "3 hours"), gold)  # the second side is not the gold's
    assert not shows_sides(Answer("How long?", "90 minutes", ()), gold)  # no disagreement shown
    claim = (("yes",), ("no",))
    polar = Answer("Did it sink?", "yes", (), (Conflict("sank", "polarity", (
        Side("affirms", "It sank.", ("a",)), Side("denies", "It did not sink.", ("b",)))),))
    assert shows_sides(polar, claim)
