from summarize.corpus import Corpus
from summarize.ingest.load import load_paths
from summarize.ingest.readers.plain import read_text
from summarize.ingest.readers.sgml import docno_date, is_sgml, read_sgml

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


# As DUC 2004 gives its articles: no date element, no paragraph marks, lines wrapped at a width.
UNMARKED = """<DOC>
<DOCNO> NYT19990412.0144 </DOCNO>
<DOCTYPE> NEWS </DOCTYPE>
<TEXT>
The county's two hospitals said on Monday that they would merge by the
end of the year, ending a rivalry of more than a century. The combined
hospital will keep both emergency rooms open, officials said, but about
300 administrative jobs will be cut over three years.
</TEXT>
</DOC>
"""


def test_an_unmarked_wrapped_article_is_dated_by_its_number_and_read_in_whole_sentences():
    (doc,) = read_sgml(UNMARKED, stem="x", path="x")
    assert doc.date == "1999-04-12"
    sentences = [s.text for s in Corpus([doc]).sentences]
    assert sentences[-1] == ("The combined hospital will keep both emergency rooms open, officials said, "
                             "but about 300 administrative jobs will be cut over three years.")
    assert len(sentences) == 2


def test_the_later_collections_doc_element_with_attributes_is_read():
    text = UNMARKED.replace("<DOC>", '<DOC id="APW_ENG_20041201.0001" type="story" >').replace(
        "<DOCNO> NYT19990412.0144 </DOCNO>\n", "")
    assert is_sgml(text)
    (doc,) = read_text(text, stem="file", path="x")
    assert (doc.id, doc.date) == ("APW_ENG_20041201.0001", "2004-12-01")


def test_a_number_gives_a_day_only_when_it_is_a_calendar_day():
    assert [docno_date(n) for n in ("AP880215-0044", "WSJ891102-0161", "APW19981399.0001", "FT911-3")] == [
        "1988-02-15", "1989-11-02", "", ""]


AQUAINT = """<DOC>
<DOCNO> NYT19970305.0101 </DOCNO>
<DATE_TIME> 03/05/1997 11:20:00 </DATE_TIME>
<HEADER>
A0101 &Cx1f; taf-z
</HEADER>
<BODY>
<TEXT>
<P>
&UR; The ferry line said its boats would run again on Monday. &LR;
</P>
<P>
Fares rise 10 percent at Smith &AMP; Lowe's landing.
</P>
<P>
NYT-03-05-97 1120EST &QL;
</P>
</TEXT>
</BODY>
</DOC>
"""


def test_a_slashed_date_time_is_read_month_first_and_typesetting_codes_are_dropped():
    (doc,) = read_sgml(AQUAINT, stem="x", path="x")
    assert doc.date == "1997-03-05"
    body = doc.text[doc.body_start:]
    assert "&" not in body.replace("Smith & Lowe", "")
    assert "Smith & Lowe's" in body
    assert [s.text for s in Corpus([doc]).sentences] == [
        "The ferry line said its boats would run again on Monday.", "Fares rise 10 percent at Smith & Lowe's landing."]


RUN_ON = """<DOC>
<DOCNO> APW19970305.0101 </DOCNO>
<TEXT>
Eds: UPDATES with mayor's comment By LEE PARK Associated Press Writer
DOVER, Del. (AP) _ The ferry line said its boats would run again on
Monday, after a strike that lasted nine days and stranded 2,000
commuters. The mayor said the city would cover the lost fares. ``It
is over,'' she said. (STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)
The union voted 312-40 to accept the offer.
</TEXT>
</DOC>
"""


def test_an_article_run_together_with_its_notes_keeps_its_news_and_no_headline_is_guessed():
    (doc,) = read_sgml(RUN_ON, stem="x", path="x")
    assert doc.title == ""
    corpus = Corpus([doc])
    assert [s.text for s in corpus.sentences] == [
        ("The ferry line said its boats would run again on Monday, after a strike that lasted nine days and "
         "stranded 2,000 commuters."), "The mayor said the city would cover the lost fares.", "“It is over,” she said.",
        "The union voted 312-40 to accept the offer."]
    assert {d.reason for d in corpus.dropped} == {"note to editors", "instruction in capitals"}
