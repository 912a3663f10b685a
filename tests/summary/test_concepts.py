"""Concepts: their occurrences, their features in a cluster, and the learned concept model."""
import importlib.util
import json
import math

import numpy as np
import pytest

from summarize.corpus import Corpus
from summarize.model import Group, Sentence
from summarize.summary.rankers.concepts import (
    FEATURES,
    ConceptModel,
    bigrams,
    concept_features,
    concept_weights,
    shipped_model,
)
from summarize.summary.rankers.coverage import CoverageRanker

from ..conftest import REPO

spec = importlib.util.spec_from_file_location("train_concepts", REPO / "scripts" / "train_concepts.py")
train_concepts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train_concepts)


def group(gid: int, text: str, *docs: str, index: int = 0) -> Group:
    members = tuple(Sentence(d, index, text, 0, len(text)) for d in docs)
    return Group(gid, members[0], members)


def feature(rows: np.ndarray, keys: list[str], key: str, name: str) -> float:
    return float(rows[keys.index(key), FEATURES.index(name)])


def test_bigram_flags_numbers_and_capitals_inside_the_sentence():
    found = {b.key: b for b in bigrams("Rescuers from Harwick pulled 14 people from the water.")}
    assert found["from harwick"].capitals == 1 and found["from harwick"].numbers == 0
    assert found["rescuer from"].capitals == 0  # the sentence's first word is capitalised anyway
    assert found["pull 14"].numbers == 1 and found["14 peopl"].numbers == 1
    assert "from the" not in found and "the water" in found  # two stop words are no concept


def test_features_count_documents_positions_and_kinds_by_hand():
    groups = [group(0, "Flood waters rose overnight.", "a", "b", index=0),
              group(1, "Flood waters reached the bridge.", "c", index=5),
              group(2, "Nothing else happened in 2024.", "d", index=1)]
    keys, rows = concept_features(groups)
    assert keys == sorted(keys) and rows.shape == (len(keys), len(FEATURES))
    assert feature(rows, keys, "flood water", "doc_share") == pytest.approx(3 / 4)
    assert feature(rows, keys, "flood water", "log_docs") == pytest.approx(math.log(3))
    assert feature(rows, keys, "flood water", "first") == pytest.approx(1.0)
    assert feature(rows, keys, "flood water", "lead_share") == pytest.approx(2 / 4)
    assert feature(rows, keys, "flood water", "mean_prior") == pytest.approx((1 + 1 + 1 / 6) / 4)
    assert feature(rows, keys, "reach the", "stop") == 1.0 and feature(rows, keys, "flood water", "stop") == 0.0
    assert feature(rows, keys, "in 2024", "number") == 1.0
    assert feature(rows, keys, "the bridg", "first") == pytest.approx(1 / 6)
    assert concept_features([])[0] == []


MODEL = ConceptModel(mean=(0.0,) * len(FEATURES), scale=(1.0,) * len(FEATURES),
                     coef=(2.0,) + (0.0,) * (len(FEATURES) - 1), intercept=-1.0)


def test_model_chance_rises_with_a_positive_feature_and_round_trips():
    rows = np.zeros((2, len(FEATURES)))
    rows[1, 0] = 1.0
    low, high = MODEL.predict(rows)
    assert 0 < low < high < 1 and low == pytest.approx(1 / (1 + math.e))
    assert ConceptModel.from_dict(json.loads(json.dumps(MODEL.to_dict()))) == MODEL


def test_model_rejects_other_features():
    data = {**MODEL.to_dict(), "features": ["doc_share"]}
    with pytest.raises(ValueError, match="doc_share"):
        ConceptModel.from_dict(data)
    with pytest.raises(ValueError, match="coefficients"):
        ConceptModel(mean=(0.0,), scale=(1.0,), coef=(1.0,), intercept=0.0)


def test_shipped_model_rates_a_widely_reported_lead_fact_above_a_lone_late_one():
    groups = [group(0, "The bridge collapsed on Monday.", "a", "b", "c", "d", index=0),
              group(1, "A bakery sold bread.", "e", index=9)]
    weights = shipped_model().weights(groups)
    assert weights["bridg collaps"] > weights["bakeri sell"] > 0


def test_learned_coverage_weighs_the_concepts_that_pass_the_threshold():
    groups = [group(0, "Flood waters rose overnight in the valley.", "a", "b"),
              group(1, "Bakeries reopened today in the town.", "c"),
              group(2, "Flood waters closed roads.", "d")]
    learned = CoverageRanker(model=shipped_model())._weights(groups)
    assert set(learned) == set(concept_weights(groups)) and all(0 < w < 1 for w in learned.values())


def test_training_is_deterministic_and_learns_what_references_state():
    texts = {"a": "The dam burst on Friday. Farmers counted their losses.",
             "b": "The dam burst after heavy rain. A school closed.",
             "c": "Officials said the dam burst at dawn. Roads were shut."}
    clusters = [train_concepts.make_cluster(name, Corpus.from_texts(texts), ["The dam burst on Friday."])
                for name in ("x", "y")]
    first, second = train_concepts.fit(clusters), train_concepts.fit(clusters)
    assert first == second
    weights = first.weights(clusters[0].corpus.groups)
    assert weights["dam burst"] > weights["school close"]
