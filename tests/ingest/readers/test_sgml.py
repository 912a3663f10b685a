from summarize.corpus import Corpus
from summarize.ingest.load import load_paths
from summarize.ingest.readers.plain import read_text
from summarize.ingest.readers.sgml import read_sgml

WIRE = """<DOC>
<DOCNO> APW19981016.0240 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 1998-10-16 08:25:00 </DATE_TIME>
<BODY>
<HEADLINE> Senate passes farm aid </HEADLINE>
<TEXT>
<P>
WASHINGTON (AP) _ The Senate voted 62-38 on Friday to approve a $12 billion aid package for farmers &amp; ranchers.
</P>
<P> ``This is a lifeline,'' said a senator from Iowa. </P>
</TEXT>
</BODY>
<TRAILER> AP-NY-10-16-98 0825EDT </TRAILER>
</DOC>
"""
SECOND = WIRE.replace("APW19981016.0240", "APW19981016.0241").replace("Friday", "Thursday")


def test_each_doc_element_is_an_article_with_its_number_date_and_headline():
    docs = read_sgml(WIRE + SECOND, stem="bundle", path="bundle")
    assert [d.id for d in docs] == ["APW19981016.0240", "APW19981016.0241"]
    first = docs[0]
    assert (first.date, first.title) == ("1998-10-16", "Senate passes farm aid")
    body = first.text[first.body_start:]
    assert "<" not in body and "farmers & ranchers" in body  # tags gone, entities read
    assert "TRAILER" not in first.text and "NEWS STORY" not in first.text  # only the text element


def test_a_plain_text_file_in_the_collections_sgml_is_read_as_such():
    (doc,) = read_text(WIRE, stem="APW19981016", path="x")
    assert doc.id == "APW19981016.0240" and doc.date == "1998-10-16"


def test_a_folder_of_collection_files_named_by_number_is_read(tmp_path):
    (tmp_path / "APW19981016.0240").write_text(WIRE, encoding="utf-8")
    (tmp_path / "APW19981016.0241").write_text(SECOND, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")  # a format we do not read stays skipped
    docs = load_paths([tmp_path])
    assert sorted(d.id for d in docs) == ["APW19981016.0240", "APW19981016.0241"]
    summary = Corpus.from_paths([tmp_path]).summarize(words=40)
    assert summary and all("<" not in s.text for s in summary)
