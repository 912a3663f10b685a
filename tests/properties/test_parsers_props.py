"""Every reader and every value parser on random bytes and hostile text: a result or an
``InputError``, never another exception (issue 15: no traceback from any input).

`HYPOTHESIS_PROFILE=deep pytest tests/properties/test_parsers_props.py` runs 25x more examples.
"""
import json

from hypothesis import given
from hypothesis import strategies as st

from summarize.errors import InputError
from summarize.ingest.header import leading_date, parse_document
from summarize.ingest.load import decode_input
from summarize.ingest.readers import read_documents, sniff_stdin
from summarize.text.dates import month_number
from summarize.text.quantities import number_value, quantities
from summarize.text.values import values

from .strategies import FEW, VOCAB, examples, unicode_text

NUMBER_WORDS = ("one two three ten twelve twenty ninety hundred thousand million billion trillion and a an "
                "dozens hundreds thousands of about over up to nearly some").split()
MARKUP = ["`", "``", "```", "[", "]", "(", ")", "![", "*", "**", "_", "__", "~~", "<", ">", "<!--", "-->", "#",
          "# ", "---\n", "title: ", "\n", "\n\n", "    ", "|", "- ", "1. ", "\\", "&amp;", "<http:", "’s", "“", "‘",
          "<meta charset=rot13>", "<p>", "</p>", "1,000", "3.5", "9" * 20, "2024-03-11", "Monday", "km", "%"]
tokens = st.one_of(st.sampled_from(NUMBER_WORDS), st.sampled_from(VOCAB), st.sampled_from(MARKUP),
                   st.text(max_size=4))
hostile_text = st.one_of(unicode_text, st.lists(tokens, max_size=120).map(" ".join),
                         st.lists(tokens, max_size=120).map("".join))
json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40), hostile_text),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(
        st.sampled_from(["title", "text", "date", "source", "url", "id", "x"]), inner, max_size=6)),
    max_leaves=12)
json_text = st.one_of(json_value.map(json.dumps),
                      st.lists(json_value.map(json.dumps), max_size=5).map("\n".join),
                      st.builds(lambda n, t: '{"text": %s, "n": %s}' % (json.dumps(t), "9" * n),
                                st.integers(4200, 4400), hostile_text))
SUFFIXES = [".txt", ".md", ".json", ".jsonl"]


def _only_input_errors(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except InputError as exc:
        assert str(exc)  # a message for the user, never an empty one
        return None


@examples(60)
@given(st.one_of(hostile_text, json_text), st.sampled_from(SUFFIXES + ["-"]))
def test_text_readers_give_documents_or_input_errors(text, suffix):
    suffix = sniff_stdin(text) if suffix == "-" else suffix
    docs = _only_input_errors(read_documents, text, suffix=suffix, stem="x", path="x")
    for doc in docs or ():
        assert 0 <= doc.body_start <= len(doc.text)


@FEW
@given(st.one_of(hostile_text, hostile_text.map(lambda t: f"<html><body><p>{t}</p></body></html>")))
def test_html_reader_gives_documents_or_input_errors(text):
    _only_input_errors(read_documents, text, suffix=".html", stem="x", path="x.html")


@examples(60)
@given(st.binary(max_size=3000), st.sampled_from(SUFFIXES + [".html"]))
def test_decoding_random_bytes_gives_text_or_input_errors(data, suffix):
    text = _only_input_errors(decode_input, data, name="x", suffix=suffix, notice=lambda note: None)
    assert text is None or isinstance(text, str)


@examples(80)
@given(hostile_text)
def test_value_parsers_never_raise(text):
    for number in quantities(text):
        assert 0 <= number.start < number.end <= len(text) and number.low <= number.high
    for value in values(text):
        assert 0 <= value.start <= value.end <= len(text) and value.low <= value.high
    iso, end = leading_date(text)
    assert 0 <= end <= len(text) and (iso == "" or len(iso) == 10)
    doc = parse_document("x", text)
    assert 0 <= doc.body_start <= len(doc.text)
    number_value(text)
    month_number(text)
