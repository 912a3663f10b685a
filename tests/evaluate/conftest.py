"""A tiny user-written gold cluster: 2 documents, 2 questions, 1 reference, 2 pairs."""
import json
from pathlib import Path

import pytest

DOCS = {
    "a": "Rain hit Paris on Monday. The storm felled 90 trees along the river, officials said.\n"
         "The mayor closed the parks until Friday.\n",
    "b": "Rain hit Paris on Monday. City workers cleared roads in the east.\n"
         "The mayor said the parks will stay shut until Friday.\n",
}


def write_jsonl(path: Path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def write_docs(folder: Path, docs: dict[str, str]) -> None:
    """One ``<id>.txt`` article per entry of ``docs``."""
    folder.mkdir(parents=True)
    for doc, text in docs.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")


@pytest.fixture
def tiny_gold(tmp_path: Path) -> Path:
    """A cluster folder in the documented format, written from scratch."""
    root = tmp_path / "tiny"
    write_docs(root / "articles", DOCS)
    (root / "cluster.json").write_text(json.dumps({"name": "tiny", "docs": "articles"}), encoding="utf-8")
    (root / "refs").mkdir()
    (root / "refs" / "A.txt").write_text("Rain hit Paris on Monday and felled 90 trees.\n"
                                         "The parks are closed until Friday.\n", encoding="utf-8")
    write_jsonl(root / "questions.jsonl", [
        {"id": "q1", "question": "How many trees did the storm fell?", "answers": ["90", "90 trees"],
         "docs": ["a"], "type": "number", "conflict": None},
        {"id": "q2", "question": "Who was the mayor's deputy?", "answers": [], "docs": [], "type": "person",
         "conflict": None}])
    write_jsonl(root / "pairs.jsonl", [
        {"a": {"doc": "a", "text": "Rain hit Paris on Monday."}, "b": {"doc": "b", "text": "Rain hit Paris on Monday."},
         "duplicate": True, "kind": "wire"},
        {"a": {"doc": "a", "text": "The storm felled 90 trees along the river, officials said."},
         "b": {"doc": "b", "text": "City workers cleared roads in the east."}, "duplicate": False,
         "kind": "same-topic"}])
    return root
