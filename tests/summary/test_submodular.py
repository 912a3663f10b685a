import itertools

import numpy as np
import pytest

from summarize.corpus import Corpus
from summarize.summary.rankers.coverage import CoverageRanker
from summarize.summary.rankers.submodular import Objective, greedy, objective
from summarize.summary.select import Budget, word_count

from ..conftest import SEEDS, make_groups


def _objective(sims, parts, *, caps=None, reward=None) -> Objective:
    sims = np.asarray(sims, dtype=float)
    return Objective(sims, np.ones(sims.shape[1]), np.full(sims.shape[1], 9.0) if caps is None else np.asarray(caps, float),
                     sims.mean(axis=1) if reward is None else np.asarray(reward, float), np.asarray(parts))


def test_coverage_saturates_at_its_cap():
    obj = _objective([[1.0, 0.0], [1.0, 0.0], [0.0, 0.4]], [0, 1, 2], caps=[1.0, 1.0])
    # A second candidate saying what the first said adds only its diversity reward.
    assert obj.value([0, 1], diversity=0) == pytest.approx(obj.value([0], diversity=0)) == 1.0
    assert obj.value([0, 2], diversity=0) == pytest.approx(1.4)


def test_diversity_rewards_a_second_cluster_over_a_second_pick_from_one():
    obj = _objective([[0.5, 0.5], [0.5, 0.5], [0.4, 0.4]], [0, 0, 1], caps=[0.1, 0.1], reward=[0.5, 0.5, 0.4])
    costs = np.ones(3)
    assert greedy(obj, costs, 2, diversity=0.0, scaling=0.0) == [0, 1]
    assert greedy(obj, costs, 2, diversity=6.0, scaling=0.0) == [0, 2]


@pytest.mark.parametrize("seed", range(8))
def test_budget_exclusive_pairs_and_barred_candidates_are_kept(seed):
    rng = np.random.default_rng(seed)
    obj = _objective(rng.random((7, 5)), rng.integers(0, 3, 7), caps=rng.random(5) * 2)
    costs = rng.integers(1, 6, 7).astype(float)
    chosen = greedy(obj, costs, 9.0, exclusive=[(0, 1), (2, 3)], barred=frozenset({4}))
    assert costs[chosen].sum() <= 9.0 and 4 not in chosen
    assert not {0, 1} <= set(chosen) and not {2, 3} <= set(chosen)
    # No candidate left out fits and is free: the greedy spends the budget it can.
    free = [i for i in range(7) if i not in chosen and i != 4
            and not any({i, j} in ({0, 1}, {2, 3}) for j in chosen)]
    assert all(costs[i] > 9.0 - costs[chosen].sum() for i in free) or len(chosen) == 1


def test_greedy_is_near_the_best_choice_on_small_problems():
    rng = np.random.default_rng(3)
    for _ in range(10):
        obj = _objective(rng.random((6, 4)), rng.integers(0, 2, 6), caps=rng.random(4) * 1.5)
        costs = rng.integers(1, 5, 6).astype(float)
        best = max(obj.value(s) for r in range(1, 7) for s in itertools.combinations(range(6), r)
                   if costs[list(s)].sum() <= 6)
        assert obj.value(greedy(obj, costs, 6.0)) >= 0.5 * (1 - 1 / np.e) * best


def test_objective_reads_similarity_and_weighs_repeated_sentences():
    sentences = ["The ferry sank near the harbour on Tuesday.", "Rescuers pulled twelve people from the water.",
                 "The harbour reopened to traffic on Friday."]
    obj = objective(["The ferry sank near the harbour.", "Twelve people were pulled from the water."],
                    sentences, [3, 1, 1])
    assert obj.sims.shape == (2, 3) and obj.sims[0, 0] > obj.sims[0, 1] and obj.sims[1, 1] > obj.sims[1, 0]
    # The first candidate restates the sentence three outlets carried, so it is more representative.
    assert obj.reward[0] > obj.reward[1]


@pytest.mark.parametrize("words", [30, 100])
def test_lin_bilmes_summaries_are_verbatim_and_within_budget(words):
    corpus = Corpus.from_paths([SEEDS])
    picked = CoverageRanker(objective="lin-bilmes").choose(corpus.groups, Budget(words=words), dates=corpus.dates)
    texts = {d.id: d.text for d in corpus.documents}
    assert picked and sum(word_count(p.text) for p in picked) <= words
    assert all(texts[p.group.representative.doc_id][p.group.representative.start:p.group.representative.end] == p.text
               for p in picked)
    assert len({p.group.id for p in picked}) == len(picked)


def test_lin_bilmes_handles_one_sentence_and_rejects_unknown_objectives():
    groups = make_groups(("a", "The ferry sank near the harbour early on Tuesday morning."))
    assert [p.text for p in CoverageRanker(objective="lin-bilmes").choose(groups, Budget(words=100))] == [groups[0].text]
    with pytest.raises(ValueError, match="objective"):
        CoverageRanker(objective="centroid")
