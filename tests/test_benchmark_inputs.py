"""The benchmark's synthetic clusters: deterministic, the size asked for, with real duplicates."""
import sys
from pathlib import Path

from summarize.corpus import Corpus

from .conftest import REPO, SEEDS

sys.path.insert(0, str(REPO / "benchmarks"))
from synth import write_corpus  # noqa: E402
from wire_copy_loco import COLLECTION_NEWS, readme_summary  # noqa: E402


def _write(folder: Path, seed: int) -> dict[str, str]:
    texts = [s.text for s in Corpus.from_paths([SEEDS]).sentences]
    write_corpus(texts, folder, sentences=400, seed=seed)
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def test_same_seed_same_files_other_seed_other_files(tmp_path):
    first = _write(tmp_path / "a", 7)
    assert first == _write(tmp_path / "b", 7)
    assert first != _write(tmp_path / "c", 8)


def test_about_the_size_asked_with_duplicates_across_outlets(tmp_path):
    _write(tmp_path / "a", 7)
    corpus = Corpus.from_paths([tmp_path / "a"])
    assert 300 <= len(corpus.sentences) <= 500
    repeated = [g for g in corpus.groups if len({m.doc_id for m in g.members}) > 1]
    assert len(repeated) >= 20 and len(corpus.groups) < 0.8 * len(corpus.sentences)


def test_each_collection_news_readme_gives_its_hundred_word_summary():
    summaries = [s for r in sorted(COLLECTION_NEWS.glob("*/README.md")) if (s := readme_summary(r)) is not None]
    assert len(summaries) >= 4
    assert all(90 <= len(s.split()) <= 110 and "##" not in s and "Questions" not in s for s in summaries)
