"""Properties of the front end: decode, readers, parse_document, blocks, clean, split."""
import html
import json
import textwrap

from hypothesis import assume, given
from hypothesis import strategies as st

from summarize.errors import InputError
from summarize.ingest.header import parse_document
from summarize.ingest.load import decode, from_texts
from summarize.ingest.readers import read_documents
from summarize.ingest.readers.markdown import strip_markdown
from summarize.ingest.readers.records import read_json, read_jsonl
from summarize.ingest.readers.sgml import read_sgml
from summarize.ingest.reflow import is_wrapped, typeset
from summarize.stages.clean import clean
from summarize.stages.split import blocks, split_blocks

from .strategies import FEW, cluster, document, sentence, unicode_text


def _offsets_hold(docs):
    by_id = {d.id: d for d in docs}
    all_blocks = [b for d in docs for b in blocks(d)]
    for b in all_blocks:
        assert by_id[b.doc_id].text[b.start:b.end] == b.text != "" and b.text == b.text.strip()
    kept, dropped = clean(all_blocks)
    assert len(kept) + len(dropped) == len(all_blocks)
    for b in kept:  # kept paragraphs may lose a leading dateline, never their offsets
        assert by_id[b.doc_id].text[b.start:b.end] == b.text
    sentences = split_blocks(kept)
    last = {}
    for s in sentences:
        assert by_id[s.doc_id].text[s.start:s.end] == s.text and s.text.strip()
        assert s.start >= last.get(s.doc_id, 0), "sentences overlap or go backwards"
        last[s.doc_id] = s.end
    for doc_id in by_id:
        indexes = [s.index for s in sentences if s.doc_id == doc_id]
        assert indexes == list(range(len(indexes)))
    return sentences


@given(st.binary(max_size=2000))
def test_decode_gives_text_or_input_error(data):
    try:
        assert isinstance(decode(data, name="x"), str)
    except InputError as exc:
        assert "binary" in str(exc) or "UTF-16" in str(exc)


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=500))
def test_decode_round_trips_utf8_and_utf16(text):
    if text.startswith("\ufeff"):
        text = text[1:]
    assert decode(text.encode("utf-8"), name="x") == text
    assert decode(text.encode("utf-16"), name="x") == text


@given(unicode_text)
def test_parse_document_never_fails_and_keeps_offsets(text):
    doc = parse_document("x", text)
    assert 0 <= doc.body_start <= len(doc.text)
    _offsets_hold([doc])


@given(cluster)
def test_pipeline_front_end_keeps_provenance(texts):
    try:
        docs = from_texts(texts)
    except InputError:
        assert all(not t.strip() for t in texts.values())
        return
    _offsets_hold(docs)


@given(st.sampled_from([".txt", ".md", ".json", ".jsonl"]), unicode_text)
def test_readers_on_arbitrary_text_raise_only_input_error(suffix, text):
    try:
        docs = read_documents(text, suffix=suffix, stem="f", path="f" + suffix)
    except InputError:
        return
    assert docs and len({d.id for d in docs}) == len(docs)
    _offsets_hold(docs)


@given(document)
def test_markdown_stripping_keeps_one_line_per_line(text):
    out = strip_markdown(text)
    assert out.count("\n") <= text.replace("\r\n", "\n").replace("\r", "\n").count("\n")


@given(st.lists(st.fixed_dictionaries({"text": document}, optional={
    "title": unicode_text, "date": st.sampled_from(["2024-03-11", "2024-03-11T08:00:00Z", "March 11, 2024", "soon"]),
    "url": unicode_text, "id": st.one_of(st.integers(0, 50), st.from_regex(r"[a-z]{1,5}", fullmatch=True))}),
    min_size=1, max_size=6))
def test_json_and_jsonl_round_trip(items):
    for reader, text in ((read_json, json.dumps(items)), (read_jsonl, "\n".join(json.dumps(i) for i in items))):
        try:
            docs = reader(text, stem="f", path="f")
        except InputError as exc:
            assert "no \"text\"" in str(exc) or "same id" in str(exc)
            continue
        assert len(docs) == len(items)
        for d, item in zip(docs, items):
            assert d.text == item["text"].replace("\r\n", "\n").replace("\r", "\n")
            if item.get("date", "soon") != "soon":  # a readable date in the record wins
                assert d.date == "2024-03-11"
        _offsets_hold(docs)


@FEW
@given(st.one_of(unicode_text, st.lists(document, min_size=1, max_size=6).map(
    lambda ps: "<html><head><title>T</title></head><body><article>"
               + "".join(f"<p>{html.escape(p)}</p>" for p in ps) + "</article></body></html>")))
def test_html_reader_raises_only_input_error_and_keeps_offsets(page):
    try:
        docs = read_documents(page, suffix=".html", stem="p", path="p.html")
    except InputError:
        return
    assert len(docs) == 1 and docs[0].path == "p.html"
    _offsets_hold(docs)


@given(st.lists(sentence, min_size=4, max_size=20), st.integers(min_value=40, max_value=90))
def test_a_hard_wrapped_article_reads_as_its_words_in_order(sentences, width):
    """However an article is wrapped, the collections' SGML gives back its words in order (none
    lost, none run together across a line end) with offsets that hold. (In SGML "<", ">" and "&"
    are markup: the collections escape them in text.)"""
    article = " ".join(sentences)
    assume(not set("<>&") & set(article))
    wrapped = textwrap.fill(article, width, break_on_hyphens=False, break_long_words=False)
    (doc,) = read_sgml(f"<DOC>\n<DOCNO> X1 </DOCNO>\n<TEXT>\n{wrapped}\n</TEXT>\n</DOC>\n", stem="x", path="x")
    words = article.split()
    assert doc.text[doc.body_start:].split() == typeset(" ".join(words)).split() or not is_wrapped(wrapped)
    _offsets_hold([doc])
