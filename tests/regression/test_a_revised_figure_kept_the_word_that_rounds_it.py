"""Regression: a figure revised over days answers with its latest side of the update, which kept the word that rounds
it ("around 72,000 tonnes": fresh_news20) where a candidate read from a sentence drops it ("about 640" -> "640"): the
answer to a number question is its figure either way (``answer.as_asked``); a bound ("more than 2,000") stays.
Invented stories over two days, each revised with another rounding word: the latest figure answers, bare."""
from pathlib import Path

import pytest

from summarize import Corpus
from summarize.qa.answer import as_asked
from summarize.qa.question import parse

STORIES = {
    "quarry": [("Valley Wire, Tarn, 3 March 2044",
                "About 40,000 tonnes of rock fell from the quarry face on Sunday, the operator said. Nobody was hurt."),
               ("Tarn Courier, Tarn, 9 March 2044",
                "Surveyors now say around 55,000 tonnes of rock fell from the quarry face, more than first thought.")],
    "oil": [("Coast Radio, Penwick, 2 June 2045",
             "Some 300 litres of diesel leaked from the fishing boat after it sank in the harbour, the coastguard said."),
            ("Penwick Times, Penwick, 6 June 2045",
             "The coastguard now estimates that roughly 1,200 litres of diesel leaked from the fishing boat.")],
    "march": [("City Post, Orlen, 1 May 2046", "About 20,000 people joined the march through Orlen on Saturday, police said."),
              ("Orlen Echo, Orlen, 4 May 2046",
               "Police have revised their count: approximately 35,000 people joined the march through Orlen.")],
}


def _cluster(tmp_path: Path, name: str) -> Corpus:
    for k, (dateline, body) in enumerate(STORIES[name], 1):
        (tmp_path / f"a{k}.txt").write_text(f"{name.title()} report\n{dateline}\n\n{body}\n", encoding="utf-8")
    return Corpus.from_paths(sorted(tmp_path.glob("*.txt")))


@pytest.mark.parametrize("name, question, latest", [
    ("quarry", "According to the latest estimate, how much rock fell from the quarry face?", "55,000 tonnes"),
    ("oil", "According to the latest estimate, how much diesel leaked from the fishing boat?", "1,200 litres"),
    ("march", "According to the latest figure, how many people joined the march?", "35,000"),
])
def test_the_latest_figure_answers_without_its_rounding_word(tmp_path, name, question, latest):
    assert _cluster(tmp_path, name).ask(question).answer == latest


@pytest.mark.parametrize("said", ["more than 1,800", "at least £40m", "between 5 and 10 per cent", "hundreds"])
def test_a_bound_a_range_or_a_vague_figure_keeps_its_words(said):
    assert as_asked(parse("How many people were moved out?"), said) == said


def test_a_phrase_question_keeps_its_answer_s_words():
    assert as_asked(parse("Why was the road closed?"), "about 40 tonnes of rock") == "about 40 tonnes of rock"
