"""Regression: DUC names an article file by its DOCNO ("APW19981016.0240"); the numeric tail was
taken for a file suffix, so two AP articles of the same day both got the id "APW19981016" and the
input was refused. Now an unknown suffix stays in the id. Also checked on wire copy: the AP
dateline is cut off, and a quotation opening with two backticks (read as “) is not a summary candidate."""
from summarize.corpus import Corpus
from summarize.summary.rankers.coverage import CoverageRanker
from summarize.summary.select import Budget

AP = ("WASHINGTON (AP) _ The Senate voted 62-38 on Thursday to approve a spending bill that includes "
      "$1.2 billion for flood relief in the Midwest. ``We have done what the people asked us to do,'' "
      "said the majority leader, speaking to reporters after the vote.\n")
AP2 = ("WASHINGTON (AP) _ Farm groups welcomed the $1.2 billion flood relief bill the Senate approved on "
       "Thursday. They said the aid would reach farmers in the Midwest before the spring planting.\n")


def test_two_wire_articles_of_one_day_keep_apart(tmp_path):
    for name, text in (("APW19981016.0240", AP), ("APW19981016.0241", AP2)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = Corpus.from_paths([tmp_path / "APW19981016.0240", tmp_path / "APW19981016.0241"])
    assert sorted(d.id for d in corpus.documents) == ["APW19981016.0240", "APW19981016.0241"]
    texts = [g.text for g in corpus.groups]
    assert texts[0].startswith("The Senate voted 62-38") and not any("(AP)" in t for t in texts)
    assert "“We have done what the people asked us to do,” said the majority leader, speaking to reporters " \
           "after the vote." in texts    # the quotation, its marks typeset, is one whole sentence
    picked = CoverageRanker().choose(corpus.groups, Budget(words=100), dates=corpus.dates)
    assert picked and not any(p.text.startswith("“") for p in picked)
