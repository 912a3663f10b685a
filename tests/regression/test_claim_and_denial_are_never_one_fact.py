"""A sentence and its denial share nearly every term ("not" is a stop word): they were one
dedup group, the denial was credited to both outlets, and a summary printed it as agreed."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli.main import app

PAIRS = json.loads((Path(__file__).parent.parent / "data" / "claims_and_denials.json").read_text(encoding="utf-8"))


def _articles(tmp_path: Path, claim: str, denial: str) -> list[str]:
    paths = []
    for name, sentence, other in (("wire", claim, "Officials gave no further details about the schedule."),
                                  ("paper", denial, "The announcement came after a week of speculation.")):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"2025-09-01\n{sentence}\n{other}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _json(*args: str) -> dict:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("claim, denial", PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_never_grouped_and_never_credited_to_each_other(tmp_path, claim, denial):
    paths = _articles(tmp_path, claim, denial)
    groups = _json("dedup", "--all", "--json", *paths)["groups"]
    for group in groups:
        texts = {m["text"] for m in group["members"]}
        assert not {claim, denial} <= texts
        if claim in texts or denial in texts:
            assert group["sources"] == [group["members"][0]["doc"]], group
    for sentence in _json("summary", "--json", "--sentences", "4", *paths)["sentences"]:
        if sentence["text"] in (claim, denial):
            assert sentence["sources"] == ["wire" if sentence["text"] == claim else "paper"]


@pytest.mark.parametrize("claim, denial", PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_reported_as_a_polarity_disagreement(tmp_path, claim, denial):
    found = _json("conflicts", "--json", *_articles(tmp_path, claim, denial))["conflicts"]
    polar = [c for c in found if c["kind"] == "polarity"]
    assert len(polar) == 1
    sides = {side["value"]: (side["text"], side["sources"]) for side in polar[0]["sides"]}
    assert sides == {"affirms": (claim, ["wire"]), "denies": (denial, ["paper"])}


def test_ask_shows_both_sides_of_a_claim_and_its_denial(tmp_path):
    claim, denial = PAIRS[0]
    result = _json("ask", "Will Putin attend the parade?", "--json", *_articles(tmp_path, claim, denial))
    [conflict] = result["conflicts"]
    assert conflict["kind"] == "polarity"
    assert {s["value"]: s["sources"] for s in conflict["sides"]} == {"affirms": ["wire"], "denies": ["paper"]}
    # One outlet each way: the answer is the side of the statement that matches the question best,
    # shown beside the other.
    best = result["evidence"][0]["sources"]
    assert result["answer"] == ("yes" if best == ["wire"] else "no")
