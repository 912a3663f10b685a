"""An archive that grows: articles kept in one SQLite file, questions answered from the few that matter.

The file is an SQLite database in WAL mode (``FORMAT``, version ``FORMAT_VERSION`` in ``meta``):

* ``documents``: every ``Document``'s fields, the SHA-256 of its text (unique: the same article
  is stored once), its sentence count and when it was added;
* ``sentences``: ``(doc, idx, start, end, text)`` as the clean and split stages found them when the
  article was added, ``text == documents.text[start:end]``;
* ``sentence_terms`` and ``document_terms``: contentless FTS5 tables over the project's own stemmed
  content terms (``text.tokens.terms``) of each sentence, and of each document's title and sentences.

An ``add`` call is one transaction: a killed ``add`` leaves the archive as it was, and an article is
reported added only after its transaction committed (``synchronous=FULL``: also across a power cut).
Questions never load the whole archive: FTS5 ranks candidate sentences by ``bm25()``, and the best
documents become a small ``Corpus`` on which the usual exact pipeline (clean, split, dedup, support,
retrieval, answer) runs.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from ..corpus import Corpus
from ..errors import InputError
from ..ingest.load import Notice, load_paths
from ..limits import MAX_FILE_BYTES, MAX_QUESTION_CHARS, MAX_SENTENCES
from ..model import Block, Document, Sentence
from ..qa.question import key_terms
from ..stages.clean import clean
from ..stages.dedup import DEFAULT_THRESHOLD
from ..stages.split import blocks, split_blocks
from ..text.tokens import terms

FORMAT = "summarize-archive"
FORMAT_VERSION = 1
# One news event is told by a handful to a few dozen outlets: 30 documents hold it, and the exact
# pipeline on them (about 600 sentences) takes a fraction of a second.
DEFAULT_LIMIT = 30
# A question reads fewer: the documents holding its best sentences. On every gold question (365)
# pooled in one archive with 300 distractor articles (benchmarks/archive_answers.py), 6 documents
# answer as well as 8, 10 or 30 (EM 0.416, 0.414, 0.414, 0.414) at a fraction of the cost.
QUESTION_LIMIT = 6

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, path TEXT NOT NULL,
    body_start INTEGER NOT NULL, source TEXT NOT NULL, sentences INTEGER NOT NULL, added TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE TABLE IF NOT EXISTS sentences(
    rowid INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(rowid), idx INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, UNIQUE(doc, idx));
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_terms USING fts5(terms, content='', tokenize='unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS document_terms USING fts5(terms, content='', tokenize='unicode61');
"""
_DOC_FIELDS = ("id", "text", "title", "date", "path", "body_start", "source")


@dataclass(frozen=True)
class Skipped:
    """An article not added because the archive already holds the same text as ``duplicate_of``."""

    id: str
    path: str
    duplicate_of: str


@dataclass(frozen=True)
class AddReport:
    """What one ``Archive.add`` call stored: the ids added (committed) and the duplicates skipped."""

    added: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    sentences: int

    def to_dict(self) -> dict:
        return {"added": list(self.added), "sentences": self.sentences,
                "skipped": [{"id": s.id, "path": s.path, "duplicate_of": s.duplicate_of} for s in self.skipped]}


def content_hash(doc: Document) -> str:
    """SHA-256 of an article's text: the same article read from two files is one article."""
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def match_any(words: Iterable[str]) -> str:
    """An FTS5 query for rows holding any of ``words`` (each quoted, so none is an operator)."""
    return " OR ".join(_quoted(w) for w in dict.fromkeys(words))


def match_all(words: Iterable[str]) -> str:
    """An FTS5 query for rows holding every one of ``words``."""
    return " AND ".join(_quoted(w) for w in dict.fromkeys(words))


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def since_date(value: str) -> str:
    """``value`` as an ISO date (2025-09-01), or a usage error naming ``--since``."""
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"--since must be a date like 2025-09-01, got {value!r}", usage=True) from None


class Archive:
    """Articles kept in an SQLite file that grows with ``add`` and answers through ``corpus``.

    ``create=False`` refuses a path that does not exist yet (reading commands), instead of
    making an empty archive there.
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise InputError(f"{self.path}: no such archive file (make one with `summarize add FILES --archive "
                             f"{self.path}`)")
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._setup()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{self.path}: cannot open as a summarize archive ({exc})") from None

    def _setup(self) -> None:
        """Make the tables in a new (empty) file; check the format of an existing one. Readers
        take no write lock, so they never wait for a long ``add``."""
        if not self._has_meta():
            with _transaction(self._db):
                if not self._has_meta():
                    self._create()
        found = dict(self._db.execute("SELECT key, value FROM meta"))
        if found.get("format") != FORMAT:
            raise InputError(f"{self.path}: not a summarize archive")
        if found.get("version") != str(FORMAT_VERSION):
            raise InputError(f"{self.path}: archive format version {found.get('version')}, but this summarize "
                             f"reads version {FORMAT_VERSION}")

    def _has_meta(self) -> bool:
        return self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None

    def _create(self) -> None:
        if self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise InputError(f"{self.path}: an SQLite file of something else, not a summarize archive")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                self._db.execute(statement)
        self._db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", FORMAT), ("version", str(FORMAT_VERSION))])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def ids(self) -> list[str]:
        """Every document id in the archive, sorted."""
        return [r[0] for r in self._db.execute("SELECT id FROM documents ORDER BY id")]

    def add(self, paths: Iterable[str | Path], *, notice: Notice | None = None,
            max_file_bytes: int = MAX_FILE_BYTES,
            progress: Callable[[int, int], None] | None = None) -> AddReport:
        """Read, clean and split the articles under ``paths`` and store them in one transaction.

        Articles whose text is already stored are skipped (and reported); an article whose id is
        taken by a different text raises ``InputError`` and nothing is stored. ``progress`` gets
        ``(done, total)`` articles as they are split and written.
        """
        docs = load_paths(paths, notice=notice, max_file_bytes=max_file_bytes)
        # Cleaning looks across the articles given together (lines many of them repeat are page
        # furniture), as it does for a Corpus of the same files.
        kept, _ = clean([b for d in docs for b in blocks(d)])
        paragraphs: dict[str, list[Block]] = {}
        for block in kept:
            paragraphs.setdefault(block.doc_id, []).append(block)
        added: list[str] = []
        skipped: list[Skipped] = []
        seen: dict[str, str] = {}
        count = 0
        with _transaction(self._db):
            for n, doc in enumerate(docs, 1):
                digest = content_hash(doc)
                twin = seen.get(digest) or self._id_with_hash(digest)
                if twin is not None:
                    skipped.append(Skipped(doc.id, doc.path, twin))
                else:
                    count += self._insert(doc, digest, paragraphs.get(doc.id, []))
                    seen[digest] = doc.id
                    added.append(doc.id)
                if progress:
                    progress(n, len(docs))
        return AddReport(tuple(added), tuple(skipped), count)

    def _id_with_hash(self, digest: str) -> str | None:
        row = self._db.execute("SELECT id FROM documents WHERE sha256 = ?", (digest,)).fetchone()
        return row[0] if row else None

    def _insert(self, doc: Document, digest: str, paragraphs: Sequence[Block]) -> int:
        if self._db.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
            raise InputError(f"{doc.path or doc.id}: the archive already holds a different article with the id "
                             f"{doc.id!r}; rename the file (nothing was added)")
        sentences = split_blocks(paragraphs)
        cur = self._db.execute(
            f"INSERT INTO documents({', '.join(_DOC_FIELDS)}, sha256, sentences, added) "
            f"VALUES ({', '.join('?' * (len(_DOC_FIELDS) + 3))})",
            (*(getattr(doc, f) for f in _DOC_FIELDS), digest, len(sentences),
             _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")))
        doc_row = cur.lastrowid
        for s in sentences:
            row = self._db.execute("INSERT INTO sentences(doc, idx, start, end, text) VALUES (?, ?, ?, ?, ?)",
                                   (doc_row, s.index, s.start, s.end, s.text)).lastrowid
            self._db.execute("INSERT INTO sentence_terms(rowid, terms) VALUES (?, ?)", (row, " ".join(terms(s.text))))
        body = " ".join([doc.title] + [s.text for s in sentences])
        self._db.execute("INSERT INTO document_terms(rowid, terms) VALUES (?, ?)", (doc_row, " ".join(terms(body))))
        return len(sentences)

    def corpus(self, *, since: str | None = None, topic: str | None = None, question: str | None = None,
               limit: int | None = None, threshold: float | None = None,
               max_sentences: int = MAX_SENTENCES, max_question_chars: int = MAX_QUESTION_CHARS,
               notice: Notice | None = None) -> Corpus:
        """A ``Corpus`` over at most ``limit`` documents of the archive (default ``QUESTION_LIMIT``
        for a ``question``, else ``DEFAULT_LIMIT``): those dated ``since`` or later (ISO date),
        matching every content word of ``topic``, and, for a ``question``, holding the sentences
        FTS5 ranks best for it (BM25); without a question, the most relevant to ``topic``, else
        the most recent. The sentences are the ones stored when each article was added (not
        split again); the usual exact pipeline runs on them."""
        if limit is None:
            limit = DEFAULT_LIMIT if question is None else QUESTION_LIMIT
        if limit < 1:
            raise InputError(f"limit must be at least 1, got {limit}", usage=True)
        where, params, topic_match = self._filters(since, topic)
        rows: list[int] = []
        if question is not None:
            rows = self._question_documents(question, where, params, limit)
            if not rows and notice:
                notice("no sentence in the archive shares a word with the question")
        if not rows:
            rows = self._documents(where, params, limit, topic_match=topic_match)
        if not rows:
            raise InputError(f"{self.path}: no document in the archive matches"
                             + "".join(f" {o} {v!r}" for o, v in (("--since", since), ("--topic", topic)) if v))
        total = self._db.execute(f"SELECT count(*) FROM documents d WHERE {where}", params).fetchone()[0]
        if question is None and total > len(rows) and notice:
            notice(f"using {len(rows)} of the {total} matching documents "
                   f"({'best matches' if topic else 'most recent'}); narrow with --since/--topic or raise --limit")
        documents, sentences = self._load(rows)
        return Corpus.from_sentences(documents, sentences, max_sentences=max_sentences,
                                     max_question_chars=max_question_chars,
                                     threshold=DEFAULT_THRESHOLD if threshold is None else threshold)

    def _filters(self, since: str | None, topic: str | None) -> tuple[str, list, str | None]:
        """SQL condition on ``documents d``, its parameters, and the FTS5 query of ``topic``."""
        where, params, match = ["1"], [], None
        if since is not None:
            where.append("d.date >= ?")
            params.append(since_date(since))
        if topic is not None:
            words = terms(topic)
            if not words:
                raise InputError("--topic has no content words to search for", usage=True)
            match = match_all(words)
            where.append("d.rowid IN (SELECT rowid FROM document_terms WHERE document_terms MATCH ?)")
            params.append(match)
        return " AND ".join(where), params, match

    def _question_documents(self, question: str, where: str, params: list, limit: int) -> list[int]:
        """Documents holding the sentences FTS5 ranks best for ``question``, best first."""
        words = key_terms(question) or terms(question)
        if not words:
            raise InputError("the question has no content words to search for", usage=True)
        # Every matching sentence is scored (FTS5 must score them all to rank them anyway), so
        # --since and --topic never leave out a document that a cut-off list of sentences would.
        hits = self._db.execute(
            "SELECT s.doc, min(f.rank) AS best FROM (SELECT rowid, rank FROM sentence_terms "
            "WHERE sentence_terms MATCH ?) AS f JOIN sentences s ON s.rowid = f.rowid "
            f"JOIN documents d ON d.rowid = s.doc WHERE {where} GROUP BY s.doc ORDER BY best, s.doc LIMIT ?",
            [match_any(words), *params, limit])
        return [r[0] for r in hits]

    def _documents(self, where: str, params: list, limit: int, *, topic_match: str | None) -> list[int]:
        """The documents that pass ``where``: best topic matches first, else the most recent."""
        if topic_match is not None:
            sql = (f"SELECT d.rowid FROM document_terms t JOIN documents d ON d.rowid = t.rowid "
                   f"WHERE document_terms MATCH ? AND {where} ORDER BY t.rank, d.rowid LIMIT ?")
            return [r[0] for r in self._db.execute(sql, [topic_match, *params, limit])]
        sql = f"SELECT d.rowid FROM documents d WHERE {where} ORDER BY d.date DESC, d.rowid DESC LIMIT ?"
        return [r[0] for r in self._db.execute(sql, [*params, limit])]

    def _load(self, rows: Sequence[int]) -> tuple[list[Document], list[Sentence]]:
        """The documents at ``rows`` sorted by id, and their stored sentences in document then reading order."""
        marks = ", ".join("?" * len(rows))
        sql = f"SELECT {', '.join(_DOC_FIELDS)} FROM documents WHERE rowid IN ({marks}) ORDER BY id"
        documents = [Document(**dict(zip(_DOC_FIELDS, r, strict=True))) for r in self._db.execute(sql, list(rows))]
        sql = (f"SELECT d.id, s.idx, s.text, s.start, s.end FROM sentences s JOIN documents d ON d.rowid = s.doc "
               f"WHERE s.doc IN ({marks}) ORDER BY d.id, s.idx")
        return documents, [Sentence(*r) for r in self._db.execute(sql, list(rows))]


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back when the block raises."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
