"""Shared builders: the seed corpus, small hand-made clusters, and paths to shared data."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

from summarize.corpus import Corpus
from summarize.evaluate.metrics import answer_scores
from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import Answerer
from summarize.qa.question import parse
from summarize.stages.conflicts import find_conflicts

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"

# The suite gates every landing, so each run tries the same examples; `HYPOTHESIS_PROFILE=deep`
# (tests/properties/strategies.py) searches afresh, which is how new failures are found.
settings.register_profile("gate", derandomize=True, deadline=None)
if os.environ.get("HYPOTHESIS_PROFILE") != "deep":
    settings.load_profile("gate")


def shared_dir() -> Path:
    """``../shared`` beside the repository (CI layout), or $SUMMARIZE_SHARED."""
    return Path(os.environ.get("SUMMARIZE_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def seeds() -> Corpus:
    return Corpus.from_paths([SEEDS])


@pytest.fixture(scope="session")
def multiling() -> Path:
    path = shared_dir() / "data" / "multiling2011"
    if not path.is_dir():
        pytest.skip("shared MultiLing data not found beside the repository")
    return path


def make_groups(*texts_by_doc: tuple[str, str]) -> list[Group]:
    """One single-member group per ``(doc_id, text)``, numbered in order within each doc."""
    counters: dict[str, int] = {}
    groups = []
    for k, (doc, text) in enumerate(texts_by_doc):
        i = counters.get(doc, 0)
        counters[doc] = i + 1
        s = Sentence(doc, i, text, 0, len(text))
        groups.append(Group(k, s, (s,)))
    return groups


def two_articles_conflicts(a: str, b: str, dates: dict[str, str],
                           filler: tuple[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    """The conflicts (kind, side values) found between article "a" (``a`` and ``filler[0]``) and article "b" (``b``
    and ``filler[1]``) of ``dates``: one sentence each, with a sentence of other matter beside it."""
    groups = make_groups(("a", a), ("a", filler[0]), ("b", b), ("b", filler[1]))
    return [(c.kind, tuple(s.value for s in c.sides)) for c in find_conflicts(groups, dates)]


def candidate_feature(sentences: tuple[str, ...], question: str, feature: str) -> dict[str, float]:
    """Each candidate's ``feature`` (``answer.FEATURES``) when ``question`` is asked of ``sentences``, one article's,
    read as evidence ranked in their order."""
    evidence = [Scored(Group(k, s, (s,)), 5.0 - k)
                for k, s in enumerate(Sentence("a1", k, t, 0, len(t)) for k, t in enumerate(sentences))]
    return {c.text: c.feature(feature) for c in Answerer(list(sentences)).pick(parse(question), evidence).candidates}


def exact_answers(cluster: Path) -> tuple[int, float]:
    """How many questions an invented cluster (``docs/`` and ``questions.jsonl``) holds, and how many
    of them ``Corpus.ask`` answers exactly (SQuAD EM; an unanswerable one scores for no answer)."""
    corpus = Corpus.from_paths([cluster / "docs"])
    rows = [json.loads(line) for line in (cluster / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    return len(rows), sum(answer_scores(corpus.ask(row["question"]).answer, row["answers"])["em"] for row in rows)
