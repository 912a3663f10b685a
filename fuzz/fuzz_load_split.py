"""Coverage-guided fuzzing of the loader and splitter with atheris.

Feeds arbitrary bytes through decode -> (plain | Markdown | JSON | JSON Lines reader) ->
parse_document -> blocks -> clean -> split and checks the invariants: only ``InputError``
may escape, and every block and sentence points at its own text in ``Document.text``.

    python fuzz/fuzz_load_split.py -max_total_time=300 [-runs=N] [CORPUS_DIR]

A crash writes ``crash-*`` beside the command and exits non-zero; turn each into a test
under tests/regression/.
"""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path

try:
    import atheris
except ImportError:  # `check` still runs without it (the test suite feeds it with hypothesis)
    atheris = None

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports(include=["summarize"]) if atheris else contextlib.nullcontext():
    from summarize.stages.clean import clean
    from summarize.errors import InputError
    from summarize.ingest.load import decode
    from summarize.ingest.readers import read_documents, sniff_stdin
    # Readers are imported on first use; import them here so atheris instruments them too.
    from summarize.ingest.readers import markdown, plain, records  # noqa: F401
    from summarize.stages.split import blocks, punkt_tokenizer, split_blocks

SUFFIXES = (".txt", ".md", ".json", ".jsonl", "-")


def check(data: bytes) -> None:
    """One input through the whole front end; raises on a broken invariant."""
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    try:
        text = decode(data[1:], name="fuzz")
        if suffix == "-":
            suffix = sniff_stdin(text)
        docs = read_documents(text, suffix=suffix, stem="fuzz", path="fuzz")
    except InputError:
        return
    by_id = {d.id: d for d in docs}
    assert len(by_id) == len(docs), "duplicate document ids"
    all_blocks = []
    for doc in docs:
        assert 0 <= doc.body_start <= len(doc.text)
        for b in blocks(doc):
            assert doc.text[b.start:b.end] == b.text and b.text.strip() == b.text and b.text
            all_blocks.append(b)
    kept, dropped = clean(all_blocks)
    assert len(kept) + len(dropped) == len(all_blocks)
    for b in kept:
        assert by_id[b.doc_id].text[b.start:b.end] == b.text
    sentences = split_blocks(kept)
    for s in sentences:
        assert by_id[s.doc_id].text[s.start:s.end] == s.text and s.text.strip()


def main() -> None:
    if atheris is None:
        sys.exit("atheris is not installed: pip install '.[fuzz]'")
    punkt_tokenizer()  # load the model once, outside the timed runs
    atheris.Setup(sys.argv, lambda data: check(bytes(data)))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
