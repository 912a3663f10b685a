"""The pairs section on a small hand-made pairs folder: verdicts per pair, rates per label, kind and split."""
from pathlib import Path

import pytest

from summarize.evaluate import runner
from summarize.evaluate.gold import Dated, LabelledPair, read_gold
from summarize.evaluate.section import Settings
from summarize.evaluate.sections.pairs import article, expected_kind
from summarize.ingest.header import parse_document

from .conftest import write_jsonl

SMALL = Settings(rankers=("lead",), retrievers=("bm25",))
FLOOD = "Officials said {} homes were destroyed by the flood in the northern valley on Monday."
BUDGET = "The regional council {} the new budget for schools on Tuesday evening."


def side(text: str, date: str = "2024-05-06") -> dict:
    return {"text": text, "date": date, "outlet": "A Paper"}


@pytest.fixture
def pairs_gold(tmp_path: Path) -> Path:
    root = tmp_path / "hard"
    root.mkdir()
    write_jsonl(root / "pairs.jsonl", [
        {"id": "c1", "a": side(FLOOD.format(300)), "b": side(FLOOD.format(120)), "label": "conflict",
         "kind": "quantity", "split": "dev"},
        {"id": "s1", "a": side(FLOOD.format(300)), "b": side(FLOOD.format(300), "2024-05-07"), "label": "same",
         "kind": "paraphrase", "split": "dev"},
        {"id": "d1", "a": side(FLOOD.format(300)), "b": side(BUDGET.format("approved")), "label": "different",
         "kind": "different-subject", "split": "test"},
        {"id": "n1", "a": side(BUDGET.format("approved")), "b": side(BUDGET.format("rejected")), "label": "polarity",
         "kind": "denial", "split": "test"}])
    return root


def test_a_pairs_folder_is_gold_without_articles(pairs_gold):
    (gold,) = read_gold(pairs_gold)
    assert gold.name == "hard" and gold.docs is None and gold.questions == ()
    assert [(p.id, p.label, p.split) for p in gold.labelled][:2] == [("c1", "conflict", "dev"), ("s1", "same", "dev")]
    assert gold.labelled[1].b == Dated(FLOOD.format(300), "2024-05-07", "A Paper")


def test_each_side_is_an_article_with_its_date():
    doc = parse_document("a", article(Dated(FLOOD.format(5), "2024-05-06")))
    assert doc.date == "2024-05-06" and doc.text[doc.body_start:].strip() == FLOOD.format(5)


@pytest.mark.parametrize("label, kind, expected", [
    ("conflict", "money", "quantity"), ("conflict", "place", "name"), ("conflict", "relative-date", "date"),
    ("update", "quantity", "update"), ("polarity", "denial", "polarity"), ("same", "paraphrase", None),
    ("compatible", "rounding", None),
])
def test_expected_kind(label, kind, expected):
    pair = LabelledPair("x", Dated("a", "2024-01-01"), Dated("b", "2024-01-01"), label, kind, "dev")
    assert expected_kind(pair) == expected


def test_pairs_section_scores_every_pair(pairs_gold):
    labels = []
    results = runner.evaluate(read_gold(pairs_gold), SMALL, advance=labels.append)
    assert set(results) == {"settings", "clusters", "pairs"} and len(labels) == 1 + 4
    figures = results["pairs"]["sets"]["hard"]
    verdicts = {v["id"]: v for v in figures["pairs"]}
    assert verdicts["c1"]["conflicts"] == ["quantity"] and verdicts["c1"]["right_kind"] is True
    assert verdicts["s1"]["merged"] and verdicts["s1"]["credited"] and verdicts["s1"]["conflicts"] == []
    assert not verdicts["d1"]["merged"] and not verdicts["d1"]["credited"] and verdicts["d1"]["right_kind"] is None
    dev, test = figures["headline"]["dev"], figures["headline"]["test"]
    assert (dev["disagree"], dev["agree"], dev["recall"], dev["false_alarm_rate"]) == (1, 1, 1.0, 0.0)
    assert (test["disagree"], test["agree"], test["polarity"]) == (1, 1, 1)
    polarity = figures["labels"]["polarity"]
    assert polarity["test"]["n"] == 1 and polarity["dev"]["n"] == 0
    assert test["polarity_merged"] == polarity["test"]["merged"] == float(verdicts["n1"]["merged"])
    assert figures["kinds"]["conflict"]["quantity"]["all"]["conflict"] == 1.0
    titles = [t.title.split(":")[0] for t in runner.tables(results)]
    assert titles == ["Pairs", "Pairs by label and kind"]
