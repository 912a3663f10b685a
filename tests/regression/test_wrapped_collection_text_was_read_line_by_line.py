"""The news collections (DUC, TREC, TAC) give articles hard-wrapped at about 72 columns with no
paragraph marks; each line was read as a paragraph, so sentences were cut at every line end and
summaries, answers and disagreements were made of fragments. Wire copy rewritten that way must
read as the same sentences and disagree the same; the seeds (web pages, whose captions now run
into the text) must answer the same."""
import textwrap
from pathlib import Path

from summarize.corpus import Corpus

ROOT = Path(__file__).resolve().parents[2]
SEEDS, WIRE = ROOT / "seeds", ROOT / "eval" / "written" / "ferry" / "docs"


def _as_collection(folder: Path, into: Path) -> Path:
    into.mkdir()
    for doc in Corpus.from_paths([folder]).documents:
        body = textwrap.fill(" ".join(doc.text[doc.body_start:].split()), 72, break_on_hyphens=False)
        dated = f"<DATE_TIME> {doc.date} </DATE_TIME>\n" if doc.date else ""
        (into / f"{doc.id}.sgml").write_text(
            f"<DOC>\n<DOCNO> {doc.id} </DOCNO>\n{dated}<TEXT>\n{body}\n</TEXT>\n</DOC>\n", encoding="utf-8")
    return into


def test_wire_copy_hard_wrapped_reads_as_the_same_sentences(tmp_path):
    plain, wrapped = Corpus.from_paths([WIRE]), Corpus.from_paths([_as_collection(WIRE, tmp_path / "docs")])
    assert [s.text for s in wrapped.sentences] == [s.text for s in plain.sentences]
    sides = {frozenset(s.value for s in c.sides) for c in plain.conflicts()}
    assert sides and {frozenset(s.value for s in c.sides) for c in wrapped.conflicts()} == sides


def test_the_seeds_hard_wrapped_answer_the_same(tmp_path):
    plain, wrapped = Corpus.from_paths([SEEDS]), Corpus.from_paths([_as_collection(SEEDS, tmp_path / "docs")])
    for question in ("How long is Kim's train journey to Beijing expected to take?",
                     "How many world leaders will attend the parade?"):
        assert wrapped.ask(question).answer == plain.ask(question).answer
