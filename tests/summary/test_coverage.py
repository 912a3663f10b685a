import itertools
import json
import math
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import scipy.optimize
import scipy.stats
from typer.testing import CliRunner

from summarize.cli.main import app
from summarize.corpus import Corpus
from summarize.model import Group, Sentence
from summarize.summary.rankers import RANKER_NAMES, coverage
from summarize.summary.rankers.base import minmax, percentile
from summarize.summary.rankers.coverage import (
    CoverageRanker,
    after_antecedents,
    Problem,
    concept_weights,
    concepts,
    content_concepts,
    facts,
    fill_up,
    shared,
    solve_exact,
    solve_greedy,
    words,
)
from summarize.summary.select import Budget, word_count

from ..conftest import SEEDS, make_groups

COVER = CoverageRanker(min_docs=1)


def group(gid: int, text: str, *docs: str, index: int = 0) -> Group:
    """One group stated by every document in ``docs`` (the first one's sentence shown)."""
    members = tuple(Sentence(d, index, text, 0, len(text)) for d in docs)
    return Group(gid, members[0], members)


def brute_force(problem: Problem) -> float:
    n = len(problem.costs)
    best = 0.0
    for r in range(n + 1):
        for chosen in itertools.combinations(range(n), r):
            if problem.costs[list(chosen)].sum() > problem.budget:
                continue
            if any(len(set(members) & set(chosen)) > 1 for members in problem.exclusive):
                continue
            if any(i in chosen and j not in chosen for i, j in problem.requires):
                continue
            if any(i in chosen and not set(js) & set(chosen) for i, js in problem.needs_one):
                continue
            best = max(best, problem.value(chosen))
    return best


def random_problem(seed: int) -> Problem:
    rng = np.random.default_rng(seed)
    n, m = 8, 10
    covers = tuple(tuple(sorted(rng.choice(m, size=rng.integers(1, 5), replace=False).tolist())) for _ in range(n))
    return Problem(costs=rng.integers(5, 30, n).astype(float), covers=covers, weights=rng.integers(1, 6, m).astype(float),
                   bonus=np.zeros(n), budget=float(rng.integers(20, 60)), exclusive=((0, 1), (1, 6, 7)),
                   requires=((2, 3), (4, 3)), needs_one=((5, (6, 7)),))


@pytest.mark.parametrize("seed", range(12))
def test_exact_is_optimal_and_greedy_within_its_bound(seed):
    problem = random_problem(seed)
    optimum = brute_force(problem)
    exact = solve_exact(shared(problem))
    assert problem.value(exact) == pytest.approx(optimum)
    assert problem.value(solve_exact(problem)) == pytest.approx(optimum)
    greedy = solve_greedy(problem)
    assert problem.costs[greedy].sum() <= problem.budget
    assert all(j in chosen for chosen in (exact, greedy) for i, j in problem.requires if i in chosen)
    assert all(set(js) & set(chosen) for chosen in (exact, greedy) for i, js in problem.needs_one if i in chosen)
    assert problem.value(greedy) >= (1 - 1 / math.e) / 2 * optimum - 1e-9


def test_greedy_best_singleton_beats_many_cheap_items():
    # Cost-scaled greedy alone takes the cheap item and then has no room for the big one.
    problem = Problem(costs=np.array([1.0, 10.0]), covers=((0,), (1,)), weights=np.array([2.0, 10.0]),
                      bonus=np.zeros(2), budget=10.0)
    assert solve_greedy(problem) == [1]


def test_shared_folds_single_candidate_concepts_into_bonus():
    problem = Problem(costs=np.ones(2), covers=((0, 1), (1, 2)), weights=np.array([1.0, 2.0, 4.0]),
                      bonus=np.zeros(2), budget=1.0)
    small = shared(problem)
    assert list(small.weights) == [2.0] and small.covers == ((0,), (0,)) and list(small.bonus) == [1.0, 4.0]


def test_concepts_are_adjacent_word_bigrams_less_two_stop_words():
    assert concepts("The storm hit the coast of Florida.") == {
        "the storm", "storm hit", "hit the", "the coast", "coast of", "of florida"}
    assert "in the" not in concepts("Rain fell in the hills.")


@pytest.mark.parametrize("text, absent, present", [
    ("Rain fell, then the river rose.", "fell then", "river rise"),        # a comma breaks a run
    ('He said "floods" were likely.', "said flood", "were like"),          # so does a quote
    ("Kim Jong-Un's train left.", "jong-un train", "un train"),             # hyphen split, 's dropped
    ("Prices rose 3.5 percent.", "3 5", "3.5 percent"),                     # numbers kept as written
])
def test_concept_runs_follow_punctuation_and_rouge_tokens(text, absent, present):
    found = concepts(text)
    assert present in found and absent not in found


def test_concept_threshold_scales_with_the_cluster():
    # Eight documents: a concept needs min(3, ceil(8 / 4)) = 2 of them.
    groups = [group(0, "Flood waters rose overnight.", "a", "b"), group(1, "Bakeries reopened today.", "c"),
              *[group(k, "Elsewhere.", d) for k, d in enumerate("defgh", 2)]]
    weights = concept_weights(groups, min_docs=3, position=0.0)
    assert weights == {"flood water": 2.0, "water rise": 2.0, "rise overnight": 2.0}
    # One document: nothing would survive a threshold, so every concept counts.
    assert set(concept_weights(groups[1:2], min_docs=3)) == {"bakeri reopen", "reopen today"}


def test_position_prior_weighs_lead_statements_more():
    early = concept_weights([group(0, "Flood waters rose overnight.", "a", index=0)], position=1.0)
    late = concept_weights([group(0, "Flood waters rose overnight.", "a", index=3)], position=1.0)
    assert early["flood water"] == pytest.approx(2.0) and late["flood water"] == pytest.approx(1.25)


@pytest.mark.parametrize("decay, weight", [(1.0, 1.25), (0.5, 1.5), (2.0, 1.0625), (0.0, 2.0)])
def test_decay_shapes_how_fast_the_position_prior_falls(decay, weight):
    # The fourth sentence of its article (p = 3): 1 + 1 / (1 + 3) ** decay.
    late = [group(0, "Flood waters rose overnight.", "a", index=3)]
    assert concept_weights(late, position=1.0, decay=decay)["flood water"] == weight
    with pytest.raises(ValueError, match="decay"):
        CoverageRanker(decay=-1.0)


def test_power_favours_what_more_documents_state():
    # Two outlets report the flood; one alone has a long sentence with more concepts in it.
    flood = "Flood waters rose overnight along the old river bridge."
    bakery = ("A late bakery reopened its doors downtown after months, serving fresh bread, warm pastries, "
              "strong coffee and cheap soup to hungry commuters queuing outside.")
    groups = [group(0, flood, "a", "b"), group(1, bakery, "c")]
    assert concept_weights(groups, position=0.0, power=2.0)["flood water"] == 4.0

    def chosen(power: float) -> str:
        ranker = CoverageRanker(salience=0.0, position=0.0, power=power)
        return ranker.choose(groups, Budget(sentences=1))[0].text

    assert chosen(1.0) == bakery and chosen(2.0) == flood
    with pytest.raises(ValueError, match="power"):
        CoverageRanker(power=-1.0)


def test_stops_weighs_down_bigrams_with_a_stop_word():
    # Both stated by two outlets: thirteen bigrams, each with a stop word, against six content
    # bigrams and two with a stop word.
    wordy = "Officials from the city said on Monday that work on the road to the port is now under way again."
    flood = "Flood waters rose overnight along the old river bridge."
    groups = [group(0, wordy, "a", "b"), group(1, flood, "c", "d")]
    assert not content_concepts(wordy) and len(concepts(wordy)) == 13 and len(content_concepts(flood)) == 6

    def ranker(stops: float) -> CoverageRanker:
        return CoverageRanker(min_docs=1, salience=0.0, position=0.0, stops=stops)

    weights = ranker(0.5)._weights(groups)
    assert weights["the citi"] == 1.0 and weights["flood water"] == 2.0 and weights["along the"] == 1.0
    assert [ranker(s).choose(groups, Budget(sentences=1))[0].text for s in (1.0, 0.25)] == [wordy, flood]
    with pytest.raises(ValueError, match="stops"):
        CoverageRanker(stops=-0.5)


def test_same_fact_in_two_wordings_is_not_picked_twice():
    groups = [group(0, "Police arrested three men in Leeds on Tuesday morning.", "a"),
              group(1, "Police have arrested three men in Leeds on Tuesday morning.", "b"),
              group(2, "The governor declared an emergency in twelve counties on Monday.", "c")]
    assert len(concepts(groups[0].text) & concepts(groups[1].text)) >= 7
    picked = COVER.choose(groups, Budget(sentences=2))
    assert sorted(p.group.id for p in picked) in ([0, 2], [1, 2])


def test_concept_stated_by_more_documents_wins():
    groups = [group(0, "Local bakeries reopened on Wednesday with fresh bread for everyone.", "d"),
              group(1, "Flood waters rose along the river valley overnight, officials said.", "a", "b", "c")]
    (p,) = CoverageRanker(min_docs=1, salience=0.0).choose(groups, Budget(sentences=1))
    assert p.group.id == 1 and p.sources == ("a", "b", "c")


def test_ties_go_to_the_earlier_document_and_are_repeatable():
    groups = [group(0, "Alpha beta gamma delta epsilon zeta eta theta.", "b"),
              group(1, "Iota kappa lambda mu nu xi omicron pi.", "a")]
    runs = {tuple(p.group.id for p in COVER.choose(groups, Budget(sentences=1))) for _ in range(3)}
    assert runs == {(1,)}


def test_questions_quotations_and_short_sentences_are_not_candidates():
    groups = make_groups(("a", "Did the flood waters rise along the river valley overnight?"),
                         ("b", '"Flood waters rose along the river valley overnight," he said.'),
                         ("c", "Flood waters rose overnight."),
                         ("d", "Rescue teams searched the river valley after flood waters rose overnight."))
    picked = COVER.choose(groups, Budget(sentences=4))
    assert [p.group.representative.doc_id for p in picked] == ["d"]


@pytest.mark.parametrize("words", [8, 15, 30, 60, 100, 250])
def test_word_budget_is_never_exceeded_and_filled(seeds, words):
    picked = seeds.summarize(words=words, ranker="coverage")
    used = sum(word_count(p.text) for p in picked)
    assert used <= words
    assert sum(len(p.text.split()) for p in picked) <= words
    if words >= 100:
        assert used >= words - 15


def test_exact_and_greedy_settings_agree_on_budget(seeds):
    for limit in (0, 10**9):
        picked = CoverageRanker(exact_limit=limit).choose(seeds.groups, Budget(words=100), dates=seeds.dates)
        assert sum(word_count(p.text) for p in picked) <= 100


def test_bad_settings_name_the_argument():
    with pytest.raises(ValueError, match="min_docs"):
        CoverageRanker(min_docs=0)


# --- every ranker through the summary path: the same edge cases --------------------------

SENTENCE = "Flood waters rose along the river valley overnight, officials said on Monday."


@pytest.mark.parametrize("name", RANKER_NAMES)
def test_one_sentence(name):
    picked = Corpus.from_texts({"a": SENTENCE}).summarize(words=100, ranker=name)
    assert [p.text for p in picked] == [SENTENCE]


@pytest.mark.parametrize("name", RANKER_NAMES)
def test_same_sentence_in_two_documents_is_one_item_with_both_sources(name):
    picked = Corpus.from_texts({"a": SENTENCE, "b": SENTENCE}).summarize(sentences=3, ranker=name)
    assert len(picked) == 1 and picked[0].sources == ("a", "b")


@pytest.mark.parametrize("name", RANKER_NAMES)
def test_budget_larger_than_input(name):
    texts = {"a": SENTENCE + " Rescue teams searched the valley for survivors after the dam burst.",
             "b": "The governor declared an emergency in twelve counties on Tuesday morning."}
    picked = Corpus.from_texts(texts).summarize(words=1000, ranker=name)
    assert 2 <= len(picked) <= 3 and sum(word_count(p.text) for p in picked) <= 1000


@pytest.mark.parametrize("name", RANKER_NAMES)
def test_nothing_to_summarise(name):
    assert Corpus.from_texts({"a": "Subscribe now."}).summarize(words=50, ranker=name) == []


def test_cli_reaches_coverage_by_name():
    r = CliRunner().invoke(app, ["summary", str(SEEDS), "--ranker", "coverage", "--words", "60", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["ranker"] == "coverage" and data["sentences"]
    assert sum(len(s["text"].split()) for s in data["sentences"]) <= 60


def test_content_words_leave_out_stop_words_and_weigh_a_share_of_the_bigrams():
    groups = [group(0, "Flood waters rose over the valley.", "a", "b"), group(1, "The valley flooded.", "c")]
    assert words(groups[0].text) == {"flood", "water", "rise", "valley"}
    counted = concept_weights(groups, min_docs=1, position=0.0, of=words)
    assert counted["valley"] == 3.0 and counted["water"] == 2.0
    weights = CoverageRanker(min_docs=1, position=0.0, unigrams=0.25)._weights(groups)
    assert weights["valley"] == 0.75 and weights["flood water"] == 2.0


def test_content_words_reward_the_sentence_that_adds_new_words():
    # Sentence 1 adds more bigram weight (two documents state it), sentence 2 words not yet covered.
    groups = [group(0, "alpha beta gamma delta epsilon zeta eta theta", "a", "b", "f"),
              group(1, "theta eta zeta epsilon delta gamma beta alpha", "c", "e"),
              group(2, "iota kappa lambda omega sigma tau upsilon omicron", "d")]
    plain = CoverageRanker(min_docs=1, salience=0.0).choose(groups, Budget(sentences=2))
    with_words = CoverageRanker(min_docs=1, salience=0.0, unigrams=1.5).choose(groups, Budget(sentences=2))
    assert [p.group.id for p in plain] == [0, 1] and [p.group.id for p in with_words] == [0, 2]


def test_trimming_frees_words_for_another_fact():
    groups = [group(0, "Flood waters rose across the whole river valley overnight, regional officials said.", "a", "b"),
              group(1, "Rescue crews reached stranded families in three villages on Tuesday.", "c", "d")]
    words_a, words_b = (word_count(g.text) for g in groups)
    budget = Budget(words=words_a + words_b - 1)
    # Whole sentences only: since round 10 the default may show the shorter form too (compress "asides").
    whole = CoverageRanker(min_docs=1, compress="off").choose(groups, budget)
    cut = CoverageRanker(min_docs=1, trim=True, compress="off").choose(groups, budget)
    assert [p.text for p in CoverageRanker(min_docs=1).choose(groups, budget)] == [p.text for p in cut]
    assert len(whole) == 1 and [p.group.id for p in cut] == [0, 1]
    shown = cut[0].group.representative
    assert shown.text == "Flood waters rose across the whole river valley overnight"
    assert groups[0].text.startswith(shown.text) and cut[0].sources == ("a", "b")
    assert sum(word_count(p.group.text) for p in cut) <= budget.words


def test_a_required_candidate_comes_with_what_it_requires():
    # Candidate 0 covers the most but needs 1; the budget fits 0 and 1 or 2 alone.
    problem = Problem(costs=np.array([5.0, 5.0, 8.0]), covers=((0,), (1,), (2,)), weights=np.array([10.0, 1.0, 6.0]),
                      bonus=np.zeros(3), budget=10.0, requires=((0, 1),))
    assert solve_exact(problem) == [0, 1] and sorted(solve_greedy(problem)) == [0, 1]
    tight = problem._replace(budget=8.0)
    assert solve_exact(tight) == [2] and solve_greedy(tight) == [2]


LEANING_GROUPS = make_groups(
    ("a", "Flood waters rose along the river valley on Monday night."),
    ("a", "They forced hundreds of families from their homes near the bridge."),
    ("b", "Rescue teams searched the river valley after flood waters rose on Monday."),
    ("b", "But no one was hurt when flood waters rose along the river valley."))


@pytest.mark.parametrize("leaning, allowed", [
    ("keep", {0, 1, 2, 3}),
    ("drop", {0, 2}),
    ("antecedent", {0, 1, 2}),     # b's "But" follows a sentence that is a candidate too: allowed
])
def test_leaning_sentences_are_kept_dropped_or_tied_to_their_antecedent(leaning, allowed):
    ranker = CoverageRanker(min_docs=1, leaning=leaning)
    picked, problem = ranker.problem(LEANING_GROUPS, Budget(words=100))
    assert set(picked) == allowed | ({3} if leaning == "antecedent" else set())
    if leaning == "antecedent":
        assert set(problem.requires) == {(picked.index(1), picked.index(0)), (picked.index(3), picked.index(2))}
        chosen = {p.group.id for p in ranker.choose(LEANING_GROUPS, Budget(words=12))}
        assert 1 not in chosen and 3 not in chosen   # 12 words fit one sentence, never a leaning one alone


def test_a_leaning_sentence_without_a_candidate_antecedent_is_dropped():
    groups = make_groups(("a", "Floods."), ("a", "They forced hundreds of families from their homes near the bridge."),
                         ("b", "Rescue teams searched the river valley after flood waters rose on Monday."))
    picked, problem = CoverageRanker(min_docs=1, leaning="antecedent").problem(groups, Budget(words=100))
    assert picked == [2] and problem.requires == ()


def test_mostly_quoted_sentences_are_left_out_when_asked():
    groups = make_groups(("a", 'Police said the fire was "a deliberate act of arson by someone who knew the site".'),
                         ("b", "Police said the fire at the warehouse was started deliberately on Monday."))
    assert CoverageRanker(min_docs=1).problem(groups, Budget(words=100))[0] == [0, 1]
    assert CoverageRanker(min_docs=1, quoted=0.5).problem(groups, Budget(words=100))[0] == [1]


def test_lead_weights_up_what_an_article_states_early():
    early = [group(0, "Flood waters rose overnight.", "a", index=2)]
    late = [group(0, "Flood waters rose overnight.", "a", index=3)]
    assert concept_weights(early, lead=1.0, position=0.0)["flood water"] == 2.0
    assert concept_weights(late, lead=1.0, position=0.0)["flood water"] == 1.0


def test_typed_facts_are_concepts_that_two_wordings_share():
    a = "Fifteen sailors were seized on Friday, March 23, 2007."
    b = "Iran seized 15 sailors on March 23, 2007."
    shared_facts = facts(a) & facts(b)
    assert any(f.startswith("#quantity count 15 15") for f in shared_facts)
    assert any(f.startswith("#date") for f in shared_facts)
    assert not concepts(a) & facts(a)
    groups = [group(0, a, "x"), group(1, b, "y")]
    weights = CoverageRanker(facts=0.5)._weights(groups)   # two documents: the threshold is one
    assert {k for k in weights if k.startswith("#")} == facts(a) | facts(b)
    assert {k for k, w in weights.items() if k.startswith("#") and w == 2.0} == shared_facts   # 0.5 x 2 x (1 + 1)


@pytest.mark.parametrize("bad", [dict(leaning="sometimes"), dict(quoted=-0.1), dict(redundant=-0.5), dict(facts=-1.0), dict(lead=-1.0),
                                 dict(prior="late"), dict(count="words"), dict(fill=-1),
                                 dict(scale="zscore")])
def test_bad_wire_settings_are_refused(bad):
    with pytest.raises(ValueError):
        CoverageRanker(**bad)


def test_a_leaning_sentence_is_shown_right_after_its_antecedent():
    # Reading order (date, position, document) would put b's first sentence between a's two.
    assert after_antecedents([0, 2, 1, 3], {1: 0}) == [0, 1, 2, 3]
    assert after_antecedents([0, 2, 1, 3], {1: 0, 3: 1}) == [0, 1, 3, 2]
    assert after_antecedents([2, 1], {1: 0}) == [2, 1]      # antecedent not shown: order kept


def test_by_default_a_leaning_sentence_comes_right_after_its_antecedent():
    kept = {p.group.id for p in CoverageRanker(min_docs=1, leaning="keep").choose(LEANING_GROUPS, Budget(words=100))}
    dropped = {p.group.id for p in CoverageRanker(min_docs=1, leaning="drop").choose(LEANING_GROUPS, Budget(words=100))}
    shown = [p.group.id for p in CoverageRanker(min_docs=1).choose(LEANING_GROUPS, Budget(words=100))]
    assert kept & {1, 3} and dropped and dropped <= {0, 2}
    assert 3 in shown and shown[shown.index(3) - 1] == 2
    assert all(shown[shown.index(k) - 1] == k - 1 for k in (1, 3) if k in shown)


def test_position_priors_weigh_the_first_sentence_or_the_place_in_the_article():
    # Document "a" has four sentences (indices 0-3); the concept is first stated in its second.
    groups = [group(0, "Flood waters rose overnight.", "a", index=1), group(1, "Elsewhere it was dry.", "a", index=3)]
    first = concept_weights(groups, position=1.0, prior="first")
    relative = concept_weights(groups, position=1.0, prior="relative")
    assert first["flood water"] == 1.0 and relative["flood water"] == pytest.approx(1.75)   # 1 + (1 - 1/4)
    lead = concept_weights([group(0, "Flood waters rose overnight.", "a", index=0)], position=1.0, prior="first")
    assert lead["flood water"] == 2.0


def test_counting_sentences_counts_a_document_that_repeats_a_concept():
    groups = [group(0, "Flood waters rose overnight.", "a", index=0), group(1, "The flood waters fell again.", "a", index=1)]
    assert concept_weights(groups, position=0.0)["flood water"] == 1.0
    assert concept_weights(groups, position=0.0, count="sentences")["flood water"] == 2.0


def test_bigrams_without_stop_words_leave_out_a_stop_word_pair():
    text = "The leader of North Korea arrived in Beijing."
    assert "leader of" in concepts(text) and "leader of" not in content_concepts(text)
    assert "north korea" in content_concepts(text) and content_concepts(text) < concepts(text)
    weights = CoverageRanker(min_docs=1, stop_bigrams=False)._weights([group(0, text, "a")])
    assert set(weights) == content_concepts(text)


def test_the_earliest_articles_first_candidate_is_chosen_when_asked():
    groups = [group(0, "Local bakeries reopened on Wednesday with fresh bread for everyone.", "a"),
              group(1, "Flood waters rose along the river valley overnight, officials said.", "b", "c", "d")]
    dates = {"a": "2024-01-01", "b": "2024-01-02", "c": "2024-01-02", "d": "2024-01-03"}
    budget = Budget(words=12)
    assert [p.group.id for p in CoverageRanker(min_docs=1).choose(groups, budget, dates=dates)] == [1]
    for limit in (0, 10**6):   # greedy and integer program alike
        first = CoverageRanker(min_docs=1, first=True, exact_limit=limit)
        assert [p.group.id for p in first.choose(groups, budget, dates=dates)] == [0]
    assert [p.group.id for p in first.choose(groups, budget, dates={**dates, "b": "2023-12-31"})] == [1]


def test_filling_spends_what_whole_sentences_leave_on_a_short_one():
    problem = Problem(costs=np.array([8.0, 5.0, 5.0]), covers=((0,), (1,), (0,)), weights=np.array([4.0, 1.0]),
                      bonus=np.zeros(3), budget=14.0, exclusive=((0, 2),))
    assert fill_up(problem, [0]) == [0, 1]
    assert fill_up(problem._replace(budget=12.0), [0]) == [0]
    groups = [group(0, "Flood waters rose along the river valley on Monday night.", "a", "b"),
              group(1, "Schools stayed closed on Tuesday.", "c", "d")]
    budget = Budget(words=word_count(groups[0].text) + 5)
    assert [p.group.id for p in CoverageRanker(min_docs=1).choose(groups, budget)] == [0]
    assert [p.group.id for p in CoverageRanker(min_docs=1, fill=5).choose(groups, budget)] == [0, 1]


def test_an_opening_date_is_cut_and_what_stays_is_a_verbatim_span():
    doc = "Intro. On Sunday, January 16, rescue crews reached stranded families in three villages. End."
    text = "On Sunday, January 16, rescue crews reached stranded families in three villages."
    start = doc.index(text)
    sentence = Sentence("a", 1, text, start, start + len(text))
    groups = [Group(0, sentence, (sentence,))]
    (p,) = CoverageRanker(min_docs=1, opening=True).choose(groups, Budget(words=100))
    shown = p.group.representative
    assert shown.text == "rescue crews reached stranded families in three villages."
    assert doc[shown.start:shown.end] == shown.text and (shown.doc_id, shown.index) == ("a", 1)


def test_two_outlets_leads_worded_apart_are_not_both_chosen_when_asked():
    groups = [group(0, "Soldiers evacuated 12,000 people from villages near the volcano on Wednesday after it erupted.",
                    "a", "b"),
              group(1, "Authorities evacuated about 15,000 people on Wednesday from towns around the volcano that erupted.",
                    "c", "d"),
              group(2, "The airport stayed closed and flights were diverted to the capital.", "a", "c")]
    budget = Budget(words=100)
    assert sorted(p.group.id for p in CoverageRanker(min_docs=1).choose(groups, budget)) == [0, 1, 2]
    assert sorted(p.group.id for p in CoverageRanker(min_docs=1, redundant=0.5).choose(groups, budget)) in ([0, 2], [1, 2])
    assert sorted(p.group.id for p in CoverageRanker(min_docs=1, redundant=0.9).choose(groups, budget)) == [0, 1, 2]


def test_by_default_an_opening_date_is_cut_and_an_opening_source_is_kept():
    dated = "On Sunday, January 16, rescue crews reached stranded families in three villages."
    sourced = "According to state media, the leader crossed the border by train on Monday."
    groups = [group(0, dated, "a"), group(1, sourced, "b", index=1)]
    shown = {p.group.id: p.group.representative.text for p in COVER.choose(groups, Budget(words=100))}
    assert shown == {0: "rescue crews reached stranded families in three villages.", 1: sourced}


def test_what_the_solver_prints_on_standard_output_does_not_reach_it(monkeypatch, capfd):
    # HiGHS writes a debug line to file descriptor 1 on some problems, even when silent; a
    # command's JSON on standard output must not carry it.
    real = scipy.optimize.milp

    def noisy(*args, **kwargs):
        os.write(1, b"HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(scipy.optimize, "milp", noisy)
    problem = Problem(costs=np.array([3.0, 4.0]), covers=((0,), (1,)), weights=np.array([1.0, 2.0]),
                      bonus=np.zeros(2), budget=5.0, exclusive=(), requires=(), needs_one=())
    print("before", flush=True)
    assert solve_exact(problem) == [1]
    print("after", flush=True)
    assert capfd.readouterr().out == "before\nafter\n"


def test_rank_scale_keeps_the_others_salience_when_the_top_sentence_moves():
    low = np.array([0.2, 0.5, 0.9, 1.6])
    high = np.array([0.2, 0.5, 0.9, 9.0])   # only the top score moved
    assert np.allclose(percentile(low), [0, 1 / 3, 2 / 3, 1]) and np.allclose(percentile(high), percentile(low))
    assert not np.allclose(minmax(high)[:3], minmax(low)[:3])
    assert np.allclose(percentile(np.array([3.0, 1.0, 3.0])), [0.75, 0.0, 0.75])   # ties share their rank
    assert percentile(np.array([7.0])).tolist() == [1.0] and percentile(np.array([])).size == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=2, max_size=40))
def test_rank_scale_is_the_mean_rank_of_ties(scores):
    # scipy's rankdata (ties share their mean rank), which the summary no longer imports for its memory
    values = np.asarray(scores, dtype=float)
    assert np.array_equal(percentile(values), (scipy.stats.rankdata(values) - 1.0) / (values.size - 1))


class _FixedSupport:
    """A support ranker whose scores are given, so a test can move one of them."""

    scores = np.zeros(0)

    def score(self, groups):
        return self.scores[:len(groups)]


def test_by_default_the_top_sentence_s_salience_does_not_move_the_others(monkeypatch):
    texts = ["Rescue crews reached three stranded villages near the flooded river on foot.",
             "The storm cut power to 40,000 homes in the northern port city on Tuesday.",
             "Schools across the province will stay closed until the roads are cleared.",
             "The regional governor asked the army to send boats and helicopters to help."]
    groups = [group(k, t, "a", "b", index=k) for k, t in enumerate(texts)]
    monkeypatch.setattr(coverage, "SupportRanker", _FixedSupport)
    bonuses = {}
    for top in (1.6, 9.0):   # only the top sentence's support moves
        _FixedSupport.scores = np.array([0.2, 0.5, 0.9, top])
        for name, ranker in (("default", CoverageRanker(min_docs=1)), ("minmax", CoverageRanker(min_docs=1, scale="minmax"))):
            bonuses[name, top] = ranker.problem(groups, Budget(words=40))[1].bonus
    assert np.allclose(bonuses["default", 1.6], bonuses["default", 9.0])
    assert not np.allclose(bonuses["minmax", 1.6][:3], bonuses["minmax", 9.0][:3])


def test_rank_scale_chooses_within_the_budget(seeds):
    for scale in ("minmax", "rank"):
        picked = CoverageRanker(scale=scale).choose(seeds.groups, Budget(words=100), dates=seeds.dates)
        assert picked and sum(word_count(p.text) for p in picked) <= 100


STORM = "The storm cut power to 40,000 homes in the northern port city, which had reopened its old harbour only last spring."
CREWS = "Rescue crews reached three stranded villages near the flooded river on foot."


def test_a_shorter_form_frees_words_for_another_fact():
    texts = {"a": f"{STORM} {CREWS}", "b": f"{STORM} {CREWS}", "c": f"{CREWS} {STORM}"}
    corpus = Corpus.from_texts(texts)
    whole = CoverageRanker(salience=0).choose(corpus.groups, Budget(words=26))
    short = CoverageRanker(salience=0, compress="ending").choose(corpus.groups, Budget(words=26))
    assert [p.text for p in whole] == [STORM]
    assert [p.text for p in short] == ["The storm cut power to 40,000 homes in the northern port city", CREWS]
    for p in short:
        s = p.group.representative
        doc = next(d for d in corpus.documents if d.id == s.doc_id)
        assert doc.text[s.start:s.end] == s.text and p.sources == ("a", "b", "c")


def test_at_most_one_form_of_a_sentence_is_chosen():
    corpus = Corpus.from_texts({"a": f"{STORM} {CREWS}", "b": STORM})
    for compress in ("asides", "ending", "opening", "both"):
        picked = CoverageRanker(compress=compress).choose(corpus.groups, Budget(words=200))
        keys = [p.group.representative.key for p in picked]
        assert len(keys) == len(set(keys)) == 2, compress


def test_concepts_only_forms_of_one_sentence_state_fold_into_their_bonuses():
    # Candidates 0 and 1 are forms of one sentence (never both chosen): concept 0 is theirs alone.
    problem = Problem(costs=np.array([4.0, 2.0, 3.0]), covers=((0, 1), (0,), (1, 2)), weights=np.array([3.0, 2.0, 1.0]),
                      bonus=np.zeros(3), budget=5.0, exclusive=((0, 1),), owners=(0, 0, 1))
    small = shared(problem)
    assert list(small.weights) == [2.0] and list(small.bonus) == [3.0, 3.0, 1.0]
    assert problem.value(solve_exact(small)) == pytest.approx(brute_force(problem)) == 6.0


def test_unknown_compression_is_refused():
    with pytest.raises(ValueError, match="compress"):
        CoverageRanker(compress="words")


def test_alike_candidates_exclude_one_another_as_one_set():
    """Near-copies (one sentence, a number changed, in 300 articles) state the same kept concepts
    and overlap in the rest: they make one exclusive set, not a pair per two of them (44,850
    pairs), and at most one of them is chosen."""
    groups = [group(i, f"Road {i} was shut by the council after the storm hit.", f"d{i:03d}") for i in range(300)]
    groups.append(group(300, "Ferries to the islands were cancelled for a second day.", "d000"))
    ranker = CoverageRanker()   # a number told in one article only is no kept concept
    _, problem = ranker.problem(groups, Budget(words=60))
    assert len(problem.exclusive) < 10 and max(len(members) for members in problem.exclusive) == 300
    chosen = [s.text for s in ranker.choose(groups, Budget(words=60))]
    assert sum(text.startswith("Road ") for text in chosen) == 1 and any(text.startswith("Ferries") for text in chosen)


def test_only_the_heaviest_candidates_enter_a_large_problem(monkeypatch):
    """Beyond ``CANDIDATE_LIMIT`` candidates, those whose concepts weigh most are kept: the sentence
    every outlet states stays a candidate, and the problem stays that small."""
    monkeypatch.setattr(coverage, "CANDIDATE_LIMIT", 5)
    shared_fact = "The flood barrier on the river failed on Sunday night after heavy rain."
    groups = [group(0, shared_fact, *(f"d{i:02d}" for i in range(12)))]
    groups += [group(i, f"Local shop number {i} in the old market square opened late today.", f"d{i % 12:02d}", index=i)
               for i in range(1, 30)]
    candidates, problem = CoverageRanker().problem(groups, Budget(words=40))
    assert len(candidates) <= 5 and 0 in candidates
    assert len(CoverageRanker().problem(groups[:5], Budget(words=40))[0]) == 5   # under the limit: all


def test_the_exact_solver_stops_after_a_count_of_nodes_not_a_time():
    """The fallback to the greedy is decided by HiGHS's node count, so a summary does not change with
    the machine's load: no node allowed gives no exact choice, the default count a choice within the
    budget worth at least the greedy's."""
    rng = np.random.default_rng(0)
    n, m = 40, 120
    covers = tuple(tuple(sorted(rng.choice(m, size=rng.integers(3, 9), replace=False).tolist())) for _ in range(n))
    problem = Problem(costs=rng.integers(5, 30, n).astype(float), covers=covers, weights=rng.integers(1, 6, m).astype(float),
                      bonus=np.zeros(n), budget=97.0, exclusive=(), requires=(), needs_one=())
    assert solve_exact(problem, node_limit=0) is None
    exact = solve_exact(problem)
    assert exact is not None and problem.costs[exact].sum() <= problem.budget
    assert problem.value(exact) >= problem.value(solve_greedy(problem))
