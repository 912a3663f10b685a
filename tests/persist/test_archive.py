"""The archive: grows by add, skips duplicates, filters by date and topic, answers as the paths do,
and survives a killed add."""
from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarize
from summarize.cli.main import app
from summarize.errors import InputError
from summarize.corpus import Corpus
from summarize.persist.archive import QUESTION_LIMIT, Archive

from ..conftest import REPO, SEEDS

runner = CliRunner()
QUESTIONS = [json.loads(line)["question"] for line in (REPO / "eval" / "seeds" / "questions.jsonl").open()]


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def article(folder: Path, name: str, date: str, headline: str, *sentences: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(f"date {date} {headline}\n" + "\n".join(sentences) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive") / "news.db"
    with Archive(path) as archive:
        archive.add([SEEDS])
    return path


@pytest.fixture()
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    article(folder, "flood", "2025-03-01", "River floods the old town",
            "The river rose four metres overnight and flooded the old town.",
            "About 300 people were moved to a school on the hill.")
    article(folder, "budget", "2025-03-09", "Council passes the budget",
            "The city council passed a budget of 40 million euros on Monday.",
            "The vote was 21 to 9 after a long debate.")
    article(folder, "flood2", "2025-03-10", "Flood waters recede",
            "The flood waters began to recede on Tuesday as the river fell.",
            "Engineers inspected the bridge before it reopened.")
    return folder


def test_add_stores_every_sentence_with_its_offsets(seeded, seeds):
    db = sqlite3.connect(seeded)
    rows = db.execute("SELECT d.id, d.text, s.idx, s.start, s.end, s.text FROM sentences s "
                      "JOIN documents d ON d.rowid = s.doc ORDER BY d.id, s.idx").fetchall()
    assert all(text[start:end] == sentence for _, text, _, start, end, sentence in rows)
    assert [(d, i, t) for d, _, i, _, _, t in rows] == [(s.doc_id, s.index, s.text) for s in seeds.sentences]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_same_text_is_skipped_and_reported(tmp_path, news):
    path = tmp_path / "a.db"
    with Archive(path) as archive:
        first = archive.add([news])
        copy = tmp_path / "copy"
        copy.mkdir()
        (copy / "flood-again.txt").write_bytes((news / "flood.txt").read_bytes())
        again = archive.add([news, copy])
        assert first.added == ("budget", "flood", "flood2") and first.sentences == 6
        assert again.added == ()
        assert [(s.id, s.duplicate_of) for s in again.skipped] == [
            ("budget", "budget"), ("flood", "flood"), ("flood-again", "flood"), ("flood2", "flood2")]
        assert len(archive) == 3


def test_an_id_taken_by_other_text_stores_nothing(tmp_path, news):
    path = tmp_path / "a.db"
    with Archive(path) as archive:
        archive.add([news / "flood.txt"])
        later = tmp_path / "later"
        later.mkdir()
        article(later, "aaa", "2025-04-01", "Fresh news", "A new bridge opened on Friday.")
        article(later, "flood", "2025-04-02", "Another flood", "A different river flooded a village.")
        with pytest.raises(InputError, match="different article with the id 'flood'"):
            archive.add([later])
        assert archive.ids() == ["flood"]


def test_since_and_topic_choose_the_documents(tmp_path, news):
    with Archive(tmp_path / "a.db") as archive:
        archive.add([news])
        assert [d.id for d in archive.corpus(since="2025-03-09").documents] == ["budget", "flood2"]
        assert [d.id for d in archive.corpus(topic="flooding river").documents] == ["flood", "flood2"]
        assert [d.id for d in archive.corpus(topic="river", since="2025-03-05").documents] == ["flood2"]
        assert [d.id for d in archive.corpus(limit=1).documents] == ["flood2"]  # the most recent
        with pytest.raises(InputError, match="no document"):
            archive.corpus(topic="volcano")
        with pytest.raises(InputError, match="--since"):
            archive.corpus(since="March 2025")


def test_a_question_reads_the_documents_that_answer_it(tmp_path, news):
    with Archive(tmp_path / "a.db") as archive:
        archive.add([news])
        corpus = archive.corpus(question="How much was the council budget?", limit=1)
        assert [d.id for d in corpus.documents] == ["budget"]
        assert corpus.ask("How much was the council budget?").answer.startswith("40")


def test_every_seed_question_gets_the_answer_the_paths_give(seeded, seeds):
    """A question reads only the documents that share a word with it (all five seeds for most),
    and the answer is the one the whole cluster gives."""
    with Archive(seeded, create=False) as archive:
        for question in QUESTIONS:
            corpus = archive.corpus(question=question)
            assert set(corpus.documents) <= set(seeds.documents)
            assert corpus.ask(question).answer == seeds.ask(question).answer, question


@pytest.mark.parametrize("args", [["ask", "How long is Kim's armoured train journey to Beijing expected to take?"],
                                  ["ask", "Who greeted Kim at the station?"], ["summary"], ["conflicts"]])
def test_the_cli_answers_through_an_archive_as_through_paths(seeded, args):
    through_paths = run(*args, SEEDS, "--json")
    through_archive = run(*args, "--archive", seeded, "--json")
    assert through_paths.exit_code == 0 and through_archive.exit_code == 0, through_archive.output
    assert through_archive.stdout == through_paths.stdout


def test_cli_add_prints_each_added_id(tmp_path, news):
    db = tmp_path / "cli.db"
    first = run("add", news, "--archive", db)
    assert first.exit_code == 0, first.output
    assert first.stdout.split() == ["budget", "flood", "flood2"]
    again = run("add", news / "flood.txt", "--archive", db)
    assert again.exit_code == 0 and again.stdout == ""
    assert "skipped flood" in again.stderr


@pytest.mark.parametrize("args", [
    ["ask", "Who?", SEEDS, "--archive", "{db}"],
    ["summary", "--index", "{db}", "--archive", "{db}"],
    ["summary", "--since", "2025-01-01"],
    ["conflicts", "--topic", "train"],
    ["summary", "--archive", "{db}", "--since", "yesterday"],
    ["summary", "--archive", "{db}", "--topic", "of the"],
    ["summary", "--archive", "{db}", "--limit", "0"],
    ["add", "--archive", "{db}"],
    ["add", SEEDS, "--archive", "{new}", "--max-file-mb", "0"],
])
def test_usage_errors_exit_2(seeded, tmp_path, args):
    new = tmp_path / "new.db"
    result = run(*[{"{db}": str(seeded), "{new}": str(new)}.get(a, a) for a in args])
    assert result.exit_code == 2, result.output
    assert not new.exists()


def test_a_file_that_is_not_an_archive_is_refused(tmp_path):
    other = tmp_path / "notes.db"
    other.write_text("not a database at all, just text " * 100)
    result = run("summary", "--archive", other)
    assert result.exit_code == 1 and "cannot open as a summarize archive" in result.stderr
    missing = run("summary", "--archive", tmp_path / "missing.db")
    assert missing.exit_code == 1 and "no such archive" in missing.stderr
    assert not (tmp_path / "missing.db").exists()


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"summarize {summarize.__version__}\n"
    declared = re.search(r'^version = "(.+)"', (REPO / "pyproject.toml").read_text(), re.M).group(1)
    assert summarize.__version__ == declared


_CHILD = """
import sys
from summarize.corpus import Corpus
from summarize.persist.archive import QUESTION_LIMIT, Archive
archive = Archive(sys.argv[1])
print("ready", flush=True)
for folder in sys.argv[2:]:
    for doc_id in archive.add([folder]).added:
        print(doc_id, flush=True)
"""


def _batches(root: Path, rng: random.Random, tag: str) -> list[Path]:
    words = "river council bridge school storm vote court harbour train market road police".split()
    folders = []
    for b in range(8):
        folder = root / f"{tag}-{b}"
        folder.mkdir()
        for k in range(3):
            sentences = [f"The {rng.choice(words)} report number {rng.randrange(10**9)} was read on day {i}."
                         for i in range(rng.randint(3, 30))]
            article(folder, f"{tag}-{b}-{k}", "2025-05-01", f"Story {tag} {b} {k}", *sentences)
        folders.append(folder)
    return folders


def _adder(db: Path, folders: list[Path]) -> subprocess.Popen:
    """A process adding each folder in its own ``add`` call, printing the ids after each commit;
    returns once it is ready to add."""
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(db), *map(str, folders)], cwd=REPO,
                             env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline() == "ready\n"
    return child


def test_a_killed_add_never_loses_or_half_writes_an_article(tmp_path):
    """SIGKILL at random moments of an adding process, 20 times into one archive: it always opens,
    passes the integrity check, holds every id the process printed (after its commit), and every
    document it holds is whole; each add call's articles are all there or none."""
    rng = random.Random(14)
    db = tmp_path / "killed.db"
    batches: list[set[str]] = []
    # One run to the end sets the window the kills fall in, whatever the machine's speed.
    folders = _batches(tmp_path, rng, "whole")
    whole_run = _adder(db, folders)
    started = time.perf_counter()
    out, _ = whole_run.communicate()
    window = time.perf_counter() - started
    reported = set(out.split())
    assert reported == {p.stem for f in folders for p in f.iterdir()}
    for attempt in range(20):
        folders = _batches(tmp_path, rng, f"t{attempt}")
        batches += [{p.stem for p in f.iterdir()} for f in folders]
        child = _adder(db, folders)
        time.sleep(rng.uniform(0.0, window))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        reported |= set(out.split())
        db_conn = sqlite3.connect(db)
        try:
            assert db_conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            held = {r[0] for r in db_conn.execute("SELECT id FROM documents")}
            assert reported <= held
            whole = db_conn.execute("SELECT d.id, d.sentences, count(s.rowid) FROM documents d "
                                    "LEFT JOIN sentences s ON s.doc = d.rowid GROUP BY d.rowid").fetchall()
            assert all(expected == found for _, expected, found in whole)
            assert db_conn.execute("SELECT count(*) FROM sentence_terms").fetchone() == \
                db_conn.execute("SELECT count(*) FROM sentences").fetchone()
            assert db_conn.execute("SELECT count(*) FROM document_terms").fetchone()[0] == len(held)
            assert all(batch <= held or not batch & held for batch in batches)
        finally:
            db_conn.close()
    with Archive(db, create=False) as archive:
        assert set(archive.ids()) >= reported


def test_a_question_with_since_reads_only_recent_documents(tmp_path, news):
    with Archive(tmp_path / "a.db") as archive:
        archive.add([news])
        corpus = archive.corpus(question="When did the flood waters recede?", since="2025-03-05")
        assert [d.id for d in corpus.documents] == ["flood2"]


def test_a_question_reads_fewer_documents_than_a_summary(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for k in range(QUESTION_LIMIT + 4):
        article(folder, f"storm{k:02d}", f"2025-04-{k + 1:02d}", "Storm report",
                f"The storm cut power to {1000 + k} homes in the valley.", "Crews worked through the night.")
    with Archive(tmp_path / "a.db") as archive:
        archive.add([folder])
        assert len(archive.corpus(question="How many homes lost power in the storm?").documents) == QUESTION_LIMIT
        assert len(archive.corpus(topic="storm").documents) == QUESTION_LIMIT + 4
        assert len(archive.corpus(question="How many homes lost power?", limit=3).documents) == 3


def test_the_archive_corpus_reads_the_sentences_stored_at_add(seeded, seeds):
    with Archive(seeded, create=False) as archive:
        corpus = archive.corpus(limit=len(seeds.documents))
    assert "sentences" in vars(corpus)  # filled from the archive, not split again
    assert [(s.key, s.text, s.start, s.end) for s in corpus.sentences] == \
        [(s.key, s.text, s.start, s.end) for s in seeds.sentences]
    assert corpus.summarize(words=80) == seeds.summarize(words=80)


def test_sentences_given_must_belong_to_the_documents_and_fit_the_limit(seeds):
    sentences = seeds.sentences
    with pytest.raises(InputError, match="none of the documents"):
        Corpus.from_sentences(seeds.documents[:1], sentences)
    with pytest.raises(InputError, match="over the limit of 3"):
        Corpus.from_sentences(seeds.documents, sentences, max_sentences=3)
