"""The runner on a tiny hand-made cluster: every section's figures, progress steps, names, defaults."""
import json

import pytest

from summarize.evaluate import runner
from summarize.evaluate.align import locate
from summarize.evaluate.gold import Pair, Quote, folder, read_gold
from summarize.evaluate.section import Section, Settings
from summarize.evaluate.sections.duplicates import recall_by_kind
from summarize.evaluate.sections.evidence import is_hit
from summarize.model import Sentence

from ..conftest import make_groups

SMALL = Settings(rankers=("default", "lead"), retrievers=("bm25", "tfidf"))


def test_every_section_scores_the_tiny_cluster(tiny_gold):
    clusters = read_gold(tiny_gold)
    labels = []
    results = runner.evaluate(clusters, SMALL, advance=labels.append)
    assert len(labels) == runner.total_units(clusters, SMALL)
    assert [s.name for s in runner.SECTIONS] == ["summaries", "answers", "retrieval", "dedup", "conflicts", "support",
                                                   "pairs"]
    assert all(isinstance(s, Section) for s in runner.SECTIONS)

    summaries = results["summaries"]["clusters"]["tiny"]["rankers"]
    assert set(summaries) == {"default", "lead"}
    budget = results["summaries"]["clusters"]["tiny"]["budget"]
    refs = [r.text for r in clusters[0].references]
    assert budget == max(10, round(sum(len(r.split()) for r in refs) / len(refs) / 10) * 10)
    assert all(0 < r["best"]["rouge1"] <= 1 and r["words"] <= budget for r in summaries.values())
    at_100 = results["summaries"]["at_100"]["clusters"]["tiny"]
    assert at_100["budget"] == 100 and all(r["words"] <= 100 for r in at_100["rankers"].values())
    assert all(0 < r["recall"]["rouge1"] <= 1 for r in at_100["rankers"].values())

    answers = results["answers"]["clusters"]["tiny"]["retrievers"]["bm25"]
    assert answers["all"]["all"]["n"] == 2 and answers["all"]["unanswerable"]["n"] == 1
    assert answers["dev"]["all"]["n"] == answers["test"]["all"]["n"] == 1  # lines 1 and 2 of questions.jsonl

    retrieval = results["retrieval"]["clusters"]["tiny"]["retrievers"]["bm25"]
    assert retrieval["all"]["n"] == 1 and retrieval["all"]["recall@5"] == 1.0  # only the sentence with "90" counts
    assert retrieval["dev"] == retrieval["all"] and "test" not in retrieval  # the answerable question is on line 1

    dedup = results["dedup"]["clusters"]["tiny"]
    assert dedup["default"]["tp"] == 1 and dedup["default"]["fp"] == 0 and dedup["unmatched"] == []
    assert [r["threshold"] for r in dedup["sweep"]] == sorted(set(SMALL.sweep) | {SMALL.threshold})

    assert [t.title.split(":")[0] for t in runner.tables(results)] == ["Summaries", "Summaries", "Answers",
                                                                      "Retrieval", "Deduplication"]


def test_sections_without_gold_are_left_out(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.txt").write_text("Rain hit Paris on Monday, officials said.\n")
    results = runner.evaluate(read_gold(tmp_path), SMALL)
    assert set(results) == {"settings", "clusters"}
    assert runner.tables(results) == []


def test_same_names_are_made_unique(tiny_gold):
    names = [c.name for c in runner.read_golds([tiny_gold, tiny_gold])]
    assert names == ["tiny", "tiny-2"]


def test_default_gold_is_seeds_multiling_written_and_pairs(tmp_path, monkeypatch):
    repo, gold = tmp_path / "repo", tmp_path / "repo" / "eval"
    (gold / "seeds").mkdir(parents=True)
    (gold / "pairs").mkdir()
    cluster = gold / "multiling2011" / "M000"
    cluster.mkdir(parents=True)
    (cluster / "cluster.json").write_text(json.dumps({"docs": "../../../../shared/data/multiling2011/M000/docs"}))
    monkeypatch.delenv("SUMMARIZE_SHARED", raising=False)
    notes = []
    assert runner.default_gold(cwd=repo, notice=notes.append) == [gold / "seeds", gold / "pairs"]
    assert len(notes) == 1 and "M000" in notes[0]
    (tmp_path / "shared" / "data" / "multiling2011" / "M000" / "docs").mkdir(parents=True)  # shared/ beside repo
    assert runner.default_gold(cwd=repo) == [gold / "seeds", cluster, gold / "pairs"]
    written = gold / "written" / "ferry"
    written.mkdir(parents=True)
    (written / "cluster.json").write_text(json.dumps({"docs": "docs"}))
    (gold / "written" / "README.md").write_text("not a cluster")
    assert runner.default_gold(cwd=repo) == [gold / "seeds", cluster, written, gold / "pairs"]
    later = gold / "written2" / "cargo"
    later.mkdir(parents=True)
    (later / "cluster.json").write_text(json.dumps({"docs": "docs"}))
    assert runner.default_gold(cwd=repo) == [gold / "seeds", cluster, written, later, gold / "pairs"]
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "data" / "multiling2011" / "M000" / "docs").mkdir(parents=True)
    monkeypatch.setenv("SUMMARIZE_SHARED", str(elsewhere))
    assert folder(cluster, "docs") == elsewhere / "data" / "multiling2011" / "M000" / "docs"


def test_settings_reject_a_bad_budget():
    from summarize.errors import InputError

    with pytest.raises(InputError, match="--words"):
        Settings(words=0)


def sentence(doc: str, index: int, text: str) -> Sentence:
    return Sentence(doc, index, text, 0, len(text))


def test_locate_by_text_then_containment():
    ours = [sentence("a", 0, "Rain hit Paris."), sentence("a", 1, "Trees fell."), sentence("b", 0, "Rain hit Paris.")]
    assert locate(Quote("b", "Rain  hit\nParis."), ours) == ours[2]
    assert locate(Quote("a", "Rain hit Paris. Trees fell."), ours) == ours[0]  # gold spans two of ours
    assert locate(Quote("a", "Trees"), ours) == ours[1]
    assert locate(Quote("c", "Rain hit Paris."), ours) is None


def test_recall_by_kind():
    q = Quote("a", "x")
    pairs = [Pair(q, q, True, "wire"), Pair(q, q, True, "paraphrase"), Pair(q, q, True, "paraphrase"),
             Pair(q, q, False, "same-topic")]
    assert recall_by_kind(pairs, [True, True, False, True]) == {"paraphrase": 0.5, "wire": 1.0}


def test_a_hit_needs_the_answer_and_a_supporting_source():
    from summarize.evaluate.gold import Question
    from summarize.model import Scored

    (group,) = make_groups(("a", "The storm felled 90 trees."))
    q = Question("q", "How many trees?", ("90",), ("a",))
    assert is_hit(Scored(group, 1.0), q)
    assert not is_hit(Scored(group, 1.0), Question("q", "How many trees?", ("90",), ("b",)))
    assert not is_hit(Scored(group, 1.0), Question("q", "How many?", ("9",), ("a",)))  # whole tokens only


def test_support_is_read_from_the_group_that_holds_the_sentence():
    from summarize import Corpus
    from summarize.evaluate.align import group_index
    from summarize.evaluate.metrics import support_scores

    corpus = Corpus.from_texts({"a": "Rain hit Paris on Monday. Trees fell in the park.",
                                "b": "Rain hit Paris on Monday. Roads were closed."})
    facts = [(Quote("a", "Rain hit Paris on Monday."), {"a", "b"}), (Quote("b", "Roads were closed."), {"a", "b"})]
    groups = group_index(corpus.groups)
    predicted = [groups[locate(q, corpus.sentences).key].sources for q, _ in facts]
    assert predicted == [("a", "b"), ("b",)]
    score = support_scores(list(zip(predicted, (gold for _, gold in facts))))
    assert (score.accuracy, score.jaccard) == (0.5, 0.75)
