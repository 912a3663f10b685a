"""BM25 read the units of time and measures of every text it indexed (``grains_stated``: dates and quantities) and the
stems of its words when fitted, though most questions name no unit and a passage retriever's documents never look
for either: ``BM25Retriever.grains_`` and ``by_stem_`` are read when first needed, and give what they gave before."""
import json

import numpy as np
import pytest

from summarize import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import BM25Retriever, grains_stated, stem_terms

# Invented stories: a question that names no unit, and one that names the year or the measure it asks for.
STORIES = [
    ({"a": "The lighthouse was built in 1868 and restored by volunteers last spring.",
      "b": "Volunteers restored the lighthouse, which stands on the northern cape."},
     "Who restored the lighthouse?", "In which year was the lighthouse built?"),
    ({"a": "The melon weighed 41kg when it was judged at the county show on Saturday.",
      "b": "A grower from the coast won the prize for the heaviest melon at the county show."},
     "Who won the prize at the county show?", "How heavy was the melon at the county show?"),
    ({"a": "The ferry left the harbour at 6.15am with 40 passengers aboard.",
      "b": "Passengers said the ferry left the harbour late because of fog."},
     "Why did the ferry leave late?", "At what time did the ferry leave the harbour?"),
]


@pytest.mark.parametrize("texts, plain, with_unit", STORIES)
def test_units_are_read_when_a_question_names_one(texts, plain, with_unit):
    corpus = Corpus.from_texts(texts)
    corpus.ask(plain)
    bm25, documents = corpus.retriever("bm25"), corpus.retriever("passage").documents_
    assert "grains_" not in vars(bm25) and "grains_" not in vars(documents) and "by_stem_" not in vars(documents)
    asked = parse(with_unit)
    assert bm25.grain_scores(asked).any()  # the sentence that states the unit asked is raised
    assert bm25.grains_ == [grains_stated(g.text) for g in corpus.groups]


@pytest.mark.parametrize("texts, plain, with_unit", STORIES)
def test_a_saved_index_holds_what_fitting_read(texts, plain, with_unit):
    sentences = [g.text for g in Corpus.from_texts(texts).groups]
    files = BM25Retriever().fit(sentences).to_state()
    assert json.loads(files["grains.json"]) == [grains_stated(t) for t in sentences]
    assert json.loads(files["stems.json"]) == {k: sorted(v) for k, v in sorted(stem_terms(sentences).items())}
    restored = BM25Retriever.from_state(files, len(sentences))
    asked = parse(with_unit)
    assert np.array_equal(restored.grain_scores(asked), BM25Retriever().fit(sentences).grain_scores(asked))
