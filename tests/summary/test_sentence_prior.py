import numpy as np
import pytest

from summarize.model import Group, Sentence
from summarize.summary.rankers.coverage import CoverageRanker
from summarize.summary.rankers.sentence_prior import FEATURES, SentenceModel, oracle_labels, sentence_features
from summarize.summary.select import Budget


def group(gid: int, text: str, *docs: str, index: int = 0) -> Group:
    members = tuple(Sentence(d, index, text, 0, len(text)) for d in docs)
    return Group(gid, members[0], members)


def only(feature: str, weight: float) -> SentenceModel:
    """A model that looks at one feature alone."""
    n = len(FEATURES)
    return SentenceModel((0.0,) * n, (1.0,) * n, tuple(weight * (f == feature) for f in FEATURES), 0.0)


def test_oracle_takes_what_the_references_say_within_the_budget():
    texts = ["Storm winds toppled power lines across the northern valley overnight.",
             "The county fair opened with a pie contest and a tractor parade.",
             "Crews restored power lines to most homes in the northern valley by noon."]
    reference = ["Storm winds toppled power lines in the northern valley; crews restored power by noon."]
    assert oracle_labels(texts, reference, 25).tolist() == [1.0, 0.0, 1.0]
    # The budget leaves room for one sentence: the one with more reference bigrams per word.
    assert oracle_labels(texts, reference, 12).tolist() == [1.0, 0.0, 0.0]
    assert oracle_labels(texts, [], 100).tolist() == [0.0, 0.0, 0.0]


def test_features_read_position_numbers_quotes_and_support():
    groups = [group(0, "The ferry carried 212 passengers when it ran aground.", "a", "b", index=0),
              group(1, '"We heard a loud bang and then the lights went out," a passenger said.', "a", index=3)]
    rows = dict(zip(FEATURES, sentence_features(groups, [g.text for g in groups]).T))
    assert rows["first"].tolist() == [1.0, 0.0]
    assert rows["inverse_position"].tolist() == [1.0, 0.25]
    assert rows["number"].tolist() == [1.0, 0.0]
    assert rows["quoted"][0] == 0.0 and rows["quoted"][1] > 0.7
    assert rows["doc_share"].tolist() == [1.0, 0.5]
    assert rows["reported"].tolist() == [0.0, 1.0]


def test_sentence_prior_chooses_what_its_model_prefers():
    # The late sentence states one concept more (11 against 10); a model that weighs up a sentence
    # opening its article makes the lead worth more, one that weighs it down does not.
    late = group(0, "Harbour cranes stood idle as dock workers left their posts at dawn.", "a", index=3)
    lead = group(1, "Freight trains sat empty while rail staff stayed home on strike.", "b", index=0)

    def chosen(**settings) -> str:
        ranker = CoverageRanker(min_docs=1, salience=0.0, position=0.0, **settings)
        return ranker.choose([late, lead], Budget(sentences=1))[0].text

    assert chosen() == late.text
    assert chosen(sentences=1.0, sentence_model=only("first", 2.0)) == lead.text
    assert chosen(sentences=1.0, sentence_model=only("first", -2.0)) == late.text
    assert np.allclose(only("first", 2.0).chances([late, lead], [late.text, lead.text]), [0.5, 1 / (1 + np.exp(-2))])
    with pytest.raises(ValueError, match="sentence_model"):
        CoverageRanker(sentences=1.0)
    with pytest.raises(ValueError, match="sentences"):
        CoverageRanker(sentences=-1.0, sentence_model=only("first", 1.0))
