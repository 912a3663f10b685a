"""Four invented clusters of late-1990s wire copy as the news collections give it
(tests/data/collection_news: DUC 2004 AP and NYT files, AQUAINT NYT files; see each README.md for
the summary, questions and disagreements written before the toolkit read them). Reading them must
leave only the news: every note to editors, instruction, typesetting code, byline, table row and
transmission line dropped, every sentence whole, every article dated by its own day."""
import re
import shutil
import textwrap
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.ingest.load import load_paths

CLUSTERS = Path(__file__).parent.parent / "data" / "collection_news"
NAMES = ("stocks", "strike", "volcano", "spytrial", "avalanche")
# What is not news, or not a whole sentence, as it would show if read wrong.
_FURNITURE_RE = re.compile(r"^(?:Eds\b|EDITOR|CORRECTION|Correction|With AP|AP Photo|On the Net|Here is how|_ |\()|"
                           r"&[A-Za-z]\w*;|NYT-\d|contributed|STORY CAN|Writer\b|^\d")


def _folder(name: str) -> Path:
    return next(p for p in (CLUSTERS / name).iterdir() if p.is_dir())


@pytest.mark.parametrize("name", NAMES)
def test_only_news_is_read_from_a_collection_cluster(name):
    corpus = Corpus(load_paths([_folder(name)]))
    assert corpus.sentences
    assert [s.text for s in corpus.sentences if _FURNITURE_RE.search(s.text)] == []
    assert all(s.text[-1] in ".!?:”\"" for s in corpus.sentences)


def test_each_article_is_dated_by_its_own_day():
    docs = load_paths([_folder("strike")])
    assert {d.id: d.date for d in docs} == {
        "APW19990412.0101": "1999-04-12", "APW19990413.0055": "1999-04-13",
        "NYT19990412.0233": "1999-04-12", "NYT19990414.0311": "1999-04-14"}


def test_an_article_with_no_paragraph_marks_reads_as_the_same_news(tmp_path):
    source = _folder("stocks") / "APW19981021.0412"
    text = source.read_text(encoding="utf-8")
    body = text[text.index("<TEXT>") + 6:text.index("</TEXT>")]
    flat = text.replace(body, "\n" + textwrap.fill(" ".join(body.split()), 72) + "\n")
    (tmp_path / "flat").mkdir()
    shutil.copy(source, tmp_path / source.name)
    (tmp_path / "flat" / source.name).write_text(flat, encoding="utf-8")
    indented = [s.text for s in Corpus(load_paths([tmp_path / source.name])).sentences]
    run_on = [s.text for s in Corpus(load_paths([tmp_path / "flat" / source.name])).sentences]
    assert run_on == indented
    assert indented[0].startswith("Stocks tumbled Wednesday")
