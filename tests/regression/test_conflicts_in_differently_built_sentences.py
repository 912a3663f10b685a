"""Regression (issue 12, recall): disagreements told in differently built sentences, on clusters
written before the toolkit ran on them. tests/data/fresh_news5 lists in each cluster's gold.json
what outlets disagree on ("disagree") and look-alikes ("agree"); tests/data/conflict_news20 (its
README) holds eleven disagreements and 50 look-alikes. Floors at what the stage reached when these
were fixed: an appositive between a verb and its value ("sentenced Viktor Amsel, the former chief
executive ..., to nine years" / "nine and a half years"), a lawyer's "would appeal" / "would not
appeal" reported two ways, a sum repaid that is no sum lost ("cost depositors 310 million euros" /
"has so far repaid about 260 million euros to depositors"), a group's staff "worldwide" against
one plant's."""
import json
from functools import lru_cache
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.gold import read_cluster
from summarize.evaluate.metrics import conflict_matches, values_match
from summarize.model import Conflict, Side

DATA = Path(__file__).parent.parent / "data"


@lru_cache(maxsize=None)
def _fresh(cluster: str) -> tuple[Conflict, ...]:
    return tuple(Corpus.from_paths(sorted((DATA / "fresh_news5" / cluster).glob("*.txt"))).conflicts())


def _states(side: Side, value: str) -> bool:
    """Does a reported side state a gold value: a claim or denial by its sentence's words, any
    other value by ``values_match``?"""
    if side.value in ("affirms", "denies"):
        return value.lower() in side.text.lower()
    return values_match(side.value, value)


def _reported(cluster: str, row: list[str]) -> bool:
    """Is the gold row (topic, one value, another value) reported as one conflict?"""
    return any(any(_states(s, row[1]) for s in c.sides) and any(_states(s, row[2]) for s in c.sides)
               for c in _fresh(cluster))


def _rows(cluster: str, label: str) -> list[list[str]]:
    return json.loads((DATA / "fresh_news5" / cluster / "gold.json").read_text(encoding="utf-8"))["conflicts"][label]


def test_fresh_news5_disagreements_are_found_and_no_look_alike_is_reported():
    clusters = ("mine", "merger", "trial")
    found = {r[0] for c in clusters for r in _rows(c, "disagree") if _reported(c, r)}
    assert {"Amsel's sentence", "appeal"} <= found  # 2 of 6 when fixed; a floor, not a target
    assert [r[0] for c in clusters for r in _rows(c, "agree") if _reported(c, r)] == []


def test_a_sum_repaid_is_no_update_of_the_sum_lost():
    assert not any(c.kind == "updated" for c in _fresh("trial"))


@pytest.mark.parametrize("cluster, expected", [
    ("bridge", {"people taken to hospital"}),
    ("plant", {"jobs cut at Kessling", "end of the consultation"}),
    ("trial", {"Oskel's prison term", "whether Oskel appeals"}),
    ("tunnel", {"people treated for smoke"}),
])
def test_conflict_news20_reports_only_gold_and_finds_the_expected(cluster, expected):
    gold = read_cluster(DATA / "conflict_news20" / cluster)
    reported = Corpus.from_paths([gold.docs]).conflicts()
    assert all(any(conflict_matches(p, g.conflict) for g in gold.conflicts) for p in reported)
    assert not [g.conflict.topic for g in gold.non_conflicts if any(conflict_matches(p, g.conflict) for p in reported)]
    found = {g.conflict.topic for g in gold.conflicts if any(conflict_matches(p, g.conflict) for p in reported)}
    assert expected <= found
