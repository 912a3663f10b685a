"""benchmarks/evidence_rank.py: where the evidence ranks the sentence that states a gold answer."""
import json
import sys

from .conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from evidence_rank import norm, ranks, report  # noqa: E402


def test_an_answer_is_found_inside_a_sentence_however_it_is_punctuated():
    assert norm("18,500") in norm("the 18,500-capacity ground")
    assert norm("Tarn Point") in norm("off Tarn Point, on Sunday")
    assert norm("85") not in norm("the 1985 season")


def test_ranks_of_an_invented_cluster(tmp_path):
    (tmp_path / "a.txt").write_text("The ferry Alder ran aground off Skarn on Monday. All 112 passengers were rescued.\n"
                                    "The harbour was closed for a day.", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"questions": [
        {"question": "How many passengers were rescued?", "answers": ["112"]},
        {"question": "Who owns the ferry?", "answers": []},
        {"question": "What was the captain's name?", "answers": ["Ilse Marr"]}]}), encoding="utf-8")
    found = ranks(tmp_path)
    assert [(q, r) for q, r, _ in found] == [("How many passengers were rescued?", 1)]
    assert "112 passengers" in found[0][2]
    assert report("x", [1, 4, None]) == "x: 3 r@1 0.333 r@3 0.333 r@5 0.667 r@10 0.667 missing 1"
