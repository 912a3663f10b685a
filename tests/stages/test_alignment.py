"""The learned alignment of two outlets' statements (``conflicts.pair_features``, ``alignment.json``)
backs the rules: it takes, when sure, a clash every test of the rules passes but for how alike the
sentences are; it never overrides a test (another place, time or subject), nor touches agreeing
values or the rules' own clashes."""
import pytest

from summarize.stages import conflicts as conflicts_stage
from summarize.stages.conflicts import Alignment, alignment, find_conflicts, pair_features, told

from ..conftest import make_groups

# Invented stories, each told by two outlets in their own words.
QUARRY = (("a", "Rescuers pulled 14 miners from the flooded quarry near Dunhallow on Tuesday."),
          ("b", "Rescuers pulled 17 miners from the flooded quarry near Dunhallow on Tuesday."))
APPEAL = (("a", "The appeal to restore the town's lido has raised £40,000, its organisers said."),
          ("b", "The appeal to restore the town's lido has raised £65,000, its organisers said."))
ORCHARD = (("a", "Frost destroyed 1,200 apple trees in the valley's orchards overnight, growers said."),
           ("b", "Frost destroyed 900 apple trees in the valley's orchards overnight, growers said."))
STORIES = (QUARRY, APPEAL, ORCHARD)


def pairs(*texts_by_doc):
    """Every candidate statement pair of two articles' sentences, with its features."""
    rows = conflicts_stage._rows(make_groups(*texts_by_doc), {})
    found, at = conflicts_stage._statements(rows)
    counts = told(found)
    candidates = conflicts_stage._Candidates(rows, found, at)
    unique = {cid: (a, b, cos) for k in range(len(found)) for cid, a, b, cos in candidates.of(k)}
    return [(found[a], found[b], pair_features(found[a], found[b], rows[found[a].row], rows[found[b].row], cos, counts))
            for a, b, cos in unique.values() if cos is not None and found[a].doc_id != found[b].doc_id]


def model(intercept: float) -> Alignment:
    """A model sure of one answer for every pair, at the shipped bars."""
    return Alignment({}, intercept, alignment().rescue)


def test_the_shipped_model_weighs_features_the_pairs_have():
    shipped = alignment()
    assert 0.5 < shipped.rescue <= 1.0
    named = {name for story in STORIES for _, _, f in pairs(*story) for name in f}
    assert {n for n in shipped.weights if not n.startswith("dimension=")} <= named
    for story in STORIES:
        for _, _, f in pairs(*story):
            assert 0.0 <= shipped.probability(f) <= 1.0


@pytest.mark.parametrize("story", STORIES)
def test_features_read_how_each_article_states_the_measure(story):
    (a, b, f), = [p for p in pairs(*story) if p[0].value.kind == "quantity"]
    assert f["one_each"] == 1.0 and f["inv_na"] == f["inv_nb"] == 1.0  # each article states the measure once
    assert f["same_verb"] == 1.0 and f["same_noun"] == 1.0
    assert f["agree"] == 0.0 and f["log_ratio"] > 0.0


def test_a_measure_an_article_states_twice_counts_less():
    found = [f for a, _, f in pairs(
        ("a", "Rescuers pulled 14 miners from the flooded quarry on Tuesday and 3 miners on Wednesday."),
        ("b", "Rescuers pulled 17 miners from the flooded quarry near Dunhallow on Tuesday.")) if a.value.kind == "quantity"]
    assert found and all(min(f["inv_na"], f["inv_nb"]) == 0.5 and f["one_each"] == 0.0 for f in found)


@pytest.mark.parametrize("story", STORIES)
def test_the_rules_clear_clashes_are_kept(story):
    (c,) = find_conflicts(make_groups(*story))
    assert len(c.sides) == 2


@pytest.mark.parametrize("story", STORIES)
def test_a_model_sure_of_two_facts_keeps_a_clash_the_rules_align(story, monkeypatch):
    monkeypatch.setattr(conflicts_stage, "alignment", lambda: model(-50.0))
    (c,) = find_conflicts(make_groups(*story))
    assert len(c.sides) == 2


@pytest.mark.parametrize("a, b", [
    ("The cyclone killed 140 people in Norland, officials said.", "The cyclone killed 38 people in Osterby, officials said."),
    ("The striker has scored 12 goals this season.", "The striker scored 31 goals last season."),
    ("The first bomb killed 31 people at a market on Monday.", "A second bomb killed 12 people at a bus depot on Monday."),
])
def test_a_model_sure_of_one_fact_overrides_no_test_of_the_rules(a, b, monkeypatch):
    monkeypatch.setattr(conflicts_stage, "alignment", lambda: model(50.0))
    assert find_conflicts(make_groups(("a", a), ("b", b))) == []


def test_a_model_sure_of_one_fact_takes_a_clash_the_rules_leave(monkeypatch):
    # Worded apart: no term beside the figures in common, so the rules leave the two counts unaligned.
    story = (("a", "Stewards said 4,000 fans were turned away at the gates before kick-off on Saturday."),
             ("b", "Only 2,500 fans were refused entry, the club insisted in a statement."))
    assert find_conflicts(make_groups(*story)) == []
    monkeypatch.setattr(conflicts_stage, "alignment", lambda: model(50.0))
    (c,) = find_conflicts(make_groups(*story))
    assert {s.value for s in c.sides} == {"4,000", "2,500"}


def test_agreeing_values_are_the_rules_alone(monkeypatch):
    story = (("a", "Frost destroyed 1,200 apple trees in the valley's orchards overnight, growers said."),
             ("b", "Frost destroyed about 1,200 apple trees in the valley's orchards overnight, growers said."),
             ("c", "Frost destroyed 900 apple trees in the valley's orchards overnight, growers said."))
    kept = find_conflicts(make_groups(*story))
    monkeypatch.setattr(conflicts_stage, "alignment", lambda: model(50.0))
    assert [sorted(s.sources for s in c.sides) for c in find_conflicts(make_groups(*story))] == \
        [sorted(s.sources for s in c.sides) for c in kept]
