"""Reading gold folders: one cluster, a folder of clusters, the MultiLing layout, bad files."""
import json

import pytest

from summarize.errors import InputError
from summarize.evaluate.gold import read_gold

from ..conftest import REPO


def test_reads_a_user_cluster(tiny_gold):
    (cluster,) = read_gold(tiny_gold)
    assert cluster.name == "tiny"
    assert cluster.docs == (tiny_gold / "articles").resolve()
    assert [r.name for r in cluster.references] == ["A"]
    assert [q.id for q in cluster.questions] == ["q1", "q2"]
    assert cluster.questions[0].answerable and not cluster.questions[1].answerable
    assert [p.duplicate for p in cluster.pairs] == [True, False]
    assert cluster.conflicts == () and cluster.support == ()


def test_folder_of_clusters_and_multiling_layout(tmp_path, tiny_gold):
    ml = tmp_path / "M007"
    (ml / "docs").mkdir(parents=True)
    (ml / "refs").mkdir()
    (ml / "docs" / "x.txt").write_text("Some news.\n")
    (ml / "refs" / "A.txt").write_text("News.\n")
    (tmp_path / "not-a-cluster").mkdir()
    clusters = read_gold(tmp_path)
    assert [c.name for c in clusters] == ["M007", "tiny"]
    assert clusters[0].docs == (ml / "docs").resolve() and clusters[0].questions == ()


def test_the_repository_gold_meets_the_issue():
    (cluster,) = read_gold(REPO / "eval" / "seeds")
    assert cluster.name == "seeds" and cluster.docs == (REPO / "seeds").resolve()
    assert len(cluster.questions) >= 40 and any(not q.answerable for q in cluster.questions)
    assert len(cluster.references) >= 2 and len(cluster.pairs) >= 30
    docs = {p.stem for p in cluster.docs.glob("*.txt")}
    assert all(set(q.docs) <= docs for q in cluster.questions)


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "gold folder not found"),
    (lambda p: p.write_text("x"), "got a file"),
    (lambda p: p.mkdir(), "no gold cluster"),
])
def test_bad_gold_paths(tmp_path, setup, message):
    path = tmp_path / "gold"
    setup(path)
    with pytest.raises(InputError, match=message):
        read_gold(path)


def test_bad_lines_are_reported_with_file_and_line(tiny_gold):
    path = tiny_gold / "questions.jsonl"
    path.write_text(path.read_text() + "{not json\n")
    with pytest.raises(InputError, match=r"questions.jsonl:3: not valid JSON"):
        read_gold(tiny_gold)
    path.write_text(json.dumps({"id": "q", "question": "Why?"}) + "\n")
    with pytest.raises(InputError, match=r"questions.jsonl:1: missing key 'answers'"):
        read_gold(tiny_gold)
    path.write_text(json.dumps({"id": "q", "question": "Why?", "answers": "because"}) + "\n")
    with pytest.raises(InputError, match=r"'answers' must be a list of strings"):
        read_gold(tiny_gold)


def test_missing_documents_folder(tiny_gold):
    (tiny_gold / "cluster.json").write_text(json.dumps({"name": "tiny", "docs": "nowhere"}))
    with pytest.raises(InputError, match="documents folder not found"):
        read_gold(tiny_gold)


def test_gold_conflicts_are_toolkit_conflicts_and_score_themselves_perfectly():
    from summarize.evaluate.metrics import conflict_prf

    (cluster,) = read_gold(REPO / "eval" / "seeds")
    conflicts = [g.conflict for g in cluster.conflicts]
    assert conflicts and all(len(c.sides) >= 2 and all(s.sources for s in c.sides) for c in conflicts)
    score = conflict_prf(conflicts, conflicts)
    assert (score.precision, score.recall) == (1.0, 1.0)
    # the tempting non-conflicts do not match any real one
    assert conflict_prf([g.conflict for g in cluster.non_conflicts], conflicts).precision == 0.0


def test_support_facts_quote_their_document():
    (cluster,) = read_gold(REPO / "eval" / "seeds")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in cluster.docs.glob("*.txt")}
    assert cluster.support and all(f.quote.text in texts[f.quote.doc] for f in cluster.support)
    assert all(f.quote.doc in f.sources for f in cluster.support)
