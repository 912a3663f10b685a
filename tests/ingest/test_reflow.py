"""Hard-wrapped news (the collections' SGML, plain-text wire copy) is read as whole paragraphs."""
import textwrap

from summarize.corpus import Corpus
from summarize.ingest.readers.plain import read_text
from summarize.ingest.readers.sgml import read_sgml
from summarize.ingest.reflow import is_wrapped, typeset, unwrap, wire_paragraphs

WRAPPED_SGML = """<DOC>
<DOCNO> APW20010302.0042 </DOCNO>
<TEXT>
   HALDEN, Ore. (AP) _ A freight train carrying grain left the tracks
near a river bridge on Friday, spilling about 40 cars down an embankment,
railroad officials said.
   ``We were lucky nobody was standing there,'' said Sheriff Ada
Morrow, who closed the highway for six hours.
   The railroad, which runs 12 trains a day on the line, said track
crews would work through the weekend.
</TEXT>
</DOC>
"""

PARAGRAPH_PER_LINE = """Council approves new budget
The city council approved a budget of $4.2 million on Tuesday after a debate that lasted most of the evening.
Members voted 7-2 in favour.
Two members said the plan cut too deeply into library hours and would hurt students.
"""


def test_a_wrapped_collection_article_is_read_as_whole_sentences_with_its_quotes():
    (doc,) = read_sgml(WRAPPED_SGML, stem="x", path="x")
    body = doc.text[doc.body_start:]
    assert body.count("\n") == 2  # three paragraphs, each on one line
    assert "“We were lucky nobody was standing there,” said Sheriff Ada Morrow" in body
    sentences = [s.text for s in Corpus([doc]).sentences]
    assert "The railroad, which runs 12 trains a day on the line, said track crews would work through the weekend." in sentences
    assert all(s[-1] in ".”" for s in sentences)  # no sentence is cut at a line's end


def test_a_wrapped_plain_text_keeps_its_headline_and_joins_its_paragraphs():
    body = ("The regional water board voted on Thursday to raise rates by 9 percent from July, "
            "the first increase in six years, after a dry winter cut its revenue from sales.\n\n"
            "Board chair Lena Voss said the rise would cost a typical household about $3 a month "
            "and pay for repairs to two pumping stations that date from the 1960s.")
    wrapped = "Water rates to rise\n\n" + "\n\n".join(textwrap.fill(p, 70) for p in body.split("\n\n"))
    assert is_wrapped(wrapped)
    (doc,) = read_text(wrapped, stem="water", path="water.txt")
    assert doc.title == "Water rates to rise"
    assert doc.text == "Water rates to rise\n\n" + body.replace("\n\n", "\n")
    (given,) = Corpus.from_texts({"water": wrapped}).documents  # the API reads a text as a file is read
    assert given.text == doc.text


def test_text_written_one_paragraph_per_line_is_left_as_it_is():
    assert not is_wrapped(PARAGRAPH_PER_LINE)
    (doc,) = read_text(PARAGRAPH_PER_LINE, stem="budget", path="budget.txt")
    assert doc.text == PARAGRAPH_PER_LINE
    results = "Results\nAnna Berg, Sweden 2:21:04\nMaria Lutz, Austria 2:21:40\nJo Kline, Canada 2:22:13\nEva Holm, Norway 2:23:50\n"
    assert not is_wrapped(results)  # short unpunctuated lines are a list, not wrapped prose
    captions = ("Subscribe to our newsletter and support us today.\nA man waves a flag (Photo: Jane Doe via Reuters)\n"
                "Crowds gather outside the station before dawn (AP)\nSubscribe to our newsletter and support us today.")
    assert not is_wrapped(captions)  # unpunctuated lines that each open with a capital are lines of their own


def test_unwrap_ends_a_paragraph_at_a_blank_or_indented_line():
    text = "   First line of one\nparagraph goes on.\n   A second paragraph\nends here.\n\nA third one."
    assert unwrap(text).split("\n") == ["First line of one paragraph goes on.", "A second paragraph ends here.", "A third one."]


def test_only_the_collections_quote_and_dash_conventions_are_typeset():
    assert typeset("``Yes,'' he said.") == "“Yes,” he said."
    assert typeset("the players'' union") == "the players'' union"  # no `` : left alone
    assert typeset("The figure _ 1,200 _ was disputed.") == "The figure — 1,200 — was disputed."
    assert typeset("a file_name and _private") == "a file_name and _private"
    assert typeset("``He told me, `Wait here,' and left,'' she said.") == "“He told me, ‘Wait here,' and left,” she said."
    assert typeset("run `make' first") == "run `make' first"  # no `` : left alone
    assert typeset("He faces two charges:\n_ Two counts of fraud.\n_ One of perjury.") == (
        "He faces two charges:\nTwo counts of fraud.\nOne of perjury.")


def test_wire_copy_run_together_is_broken_at_its_dateline_instructions_and_rules():
    text = ("Eds: ADDS quotes. By LEE PARK Associated Press Writer ST. CLAIR, Mich. (AP) _ A dam broke. "
            "The NAACP (civil rights group) _ spoke. (STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.) "
            "Water rose (NOT SO) fast. ___ On the Net: http://example.org")
    assert wire_paragraphs(text).split("\n") == [
        "Eds: ADDS quotes. By LEE PARK Associated Press Writer",
        "ST. CLAIR, Mich. (AP) _ A dam broke. The NAACP (civil rights group) _ spoke.",
        "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)", "Water rose (NOT SO) fast.", "___",
        "On the Net: http://example.org"]


def test_a_byline_copyright_list_item_and_transmission_line_run_on_are_set_off():
    text = ("A dam broke. By ANN LEE c.1998 N.Y. Times News Service The river rose. The charges: _ Two counts "
            "of fraud. _ One of perjury. NYT-10-21-98 1942EDT")
    assert wire_paragraphs(text).split("\n") == [
        "A dam broke.", "By ANN LEE c.1998 N.Y. Times News Service", "The river rose. The charges:",
        "_ Two counts of fraud.", "_ One of perjury.", "NYT-10-21-98 1942EDT"]


def test_a_compound_broken_at_its_hyphen_is_joined_whole():
    assert unwrap("the profit-\nsharing plan and the mayor --\nwho left\nat 5-\n6 pm") == (
        "the profit-sharing plan and the mayor -- who left at 5- 6 pm")


def test_a_wrapped_text_without_a_headline_keeps_its_first_line_in_its_first_sentence():
    body = ("The regional water board voted on Thursday to raise rates by 9 percent from July, "
            "the first increase in six years, after a dry winter cut its revenue from sales. "
            "Board chair Lena Voss said the rise would cost a typical household about $3 a month.")
    (doc,) = read_text(textwrap.fill(body, 70), stem="water", path="water.txt")
    assert doc.title == "" and doc.text == body
