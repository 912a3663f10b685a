"""Regression: readings the text layer got wrong on news styles it had not seen (an earnings
report, a medical study, a transport strike; tests/data/fresh_news/{earnings,study,strike}):
"1 in 4" was two counts ("1" and "4 patients"), "by about a third" nothing, "about 10:30 p.m." a
count of ten, a passive at the edge of the tense window ("will be accepted on Monday") and the
second weekday of "on Thursday and Friday" were read as past, "Monday next week" was last Monday, "Published 23 Oct 2026" left the
article undated, "10:15 a.m. ET." ended a sentence before its time zone ("approx. 3,000" before its number), and "the Amalgamated Rail
Drivers' Union" was read as "Union", "in Q3" as a place; "What earnings per share ..." asked for a percent, and "has yet to" denied nothing; an "Image caption:", a
bracketed "(Reporting by ...)", "Contact the reporter" and "This story has been updated" were kept as news."""
import datetime as dt
from pathlib import Path

import pytest

from summarize import Corpus
from summarize.ingest.header import leading_date
from summarize.qa.question import parse
from summarize.stages.clean import caption, credit, wire_note
from summarize.stages.split import sentence_spans
from summarize.text.dates import dates
from summarize.text.names import names
from summarize.text.polarity import contradicts, stance
from summarize.text.quantities import agree, quantities

FRESH = Path(__file__).parent.parent / "data" / "fresh_news"


@pytest.mark.parametrize("text, expected", [
    ("About 1 in 4 patients reported dizziness", [("About 1 in 4", "fraction", 0.25, "about")]),
    ("one in every five adults", [("one in every five", "fraction", 0.2, "")]),
    ("3 in 10 voters, against 1 in 10 last year", [("3 in 10", "fraction", 0.3, ""), ("1 in 10", "fraction", 0.1, "")]),
    ("cut the days by about a third, the trial found", [("about a third", "fraction", 1 / 3, "about")]),
    ("Sales fell by a quarter in March.", [("a quarter", "fraction", 0.25, "")]),
])
def test_a_share_is_one_fraction(text, expected):
    assert [(q.text, q.dimension, q.value, q.qualifier) for q in quantities(text)] == expected


@pytest.mark.parametrize("text", [
    "The striker scored 2 in 2020.",   # a year is no base of a share
    "He won a third term.",             # an ordinal before its noun
    "The files were taken by a third party.",
])
def test_no_share_where_none_is_stated(text):
    assert all(q.dimension != "fraction" for q in quantities(text))


def test_two_shares_of_different_sizes_disagree_and_equal_ones_agree():
    one_in_four, one_in_three, a_quarter = (quantities(t)[0] for t in ("one in four", "one in three", "a quarter of"))
    assert not agree(one_in_four, one_in_three) and agree(one_in_four, a_quarter)


@pytest.mark.parametrize("text", ["trains leave at about 10:30 p.m.", "between 7 a.m. and 7 p.m. on weekdays"])
def test_a_clock_time_after_a_qualifier_is_no_count(text):
    assert quantities(text) == []
    assert {w.kind for w in dates(text)} == {"time"}


@pytest.mark.parametrize("text, anchor, expected", [
    # a passive whose auxiliary sits just before the tense window
    ("Metro tickets will be accepted on city buses on Monday, the authority said.",
     dt.date(2026, 5, 15), [dt.date(2026, 5, 18)]),
    # the second of two coordinated weekdays shares the verb of the first
    ("The union said a walkout would take place on Thursday and Friday if no deal was reached.",
     dt.date(2026, 5, 18), [dt.date(2026, 5, 21), dt.date(2026, 5, 22)]),
    ("He was arrested on Friday and charged on Saturday.", dt.date(2026, 5, 18),
     [dt.date(2026, 5, 15), dt.date(2026, 5, 16)]),
    # a weekday with its week after it is that week's day, not the last one
    ("Talks resume on Monday next week.", dt.date(2026, 5, 14), [dt.date(2026, 5, 18)]),
    ("The board met on Tuesday last week.", dt.date(2026, 5, 14), [dt.date(2026, 5, 5)]),
])
def test_weekdays_take_the_tense_of_their_clause(text, anchor, expected):
    assert [w.low for w in dates(text, anchor)] == expected


@pytest.mark.parametrize("line, expected", [
    ("Published 23 Oct 2026", "2026-10-23"),
    ("Last updated: Monday, May 4, 2025", "2025-05-04"),
    ("Posted on 4 May 2025", "2025-05-04"),
    ("Published by the council", ""),
])
def test_a_labelled_publication_date_dates_the_article(line, expected):
    assert leading_date(line)[0] == expected


@pytest.mark.parametrize("first, second", [
    ("Shares gained 6.9% in New York trading at 10:15 a.m. ET.", "The market closed higher."),
    ("Crowds of approx. 3,000 gathered.", "Police watched."),
])
def test_an_abbreviation_before_what_it_qualifies_ends_no_sentence(first, second):
    text = f"{first} {second}"
    assert [text[a:b] for a, b in sentence_spans(text)] == [first, second]


@pytest.mark.parametrize("text, expected", [
    ("the Amalgamated Rail Drivers' Union said on Thursday", "Amalgamated Rail Drivers' Union"),
    ("The National Farmers’ Union said prices fell.", "National Farmers’ Union"),
])
def test_a_plural_possessive_inside_an_organisation_name(text, expected):
    assert expected in [n.text for n in names(text)]


@pytest.mark.parametrize("text, expected", [
    ("Sales at Harlow Mining rose in Q3.", ["Harlow Mining"]),
    ("Profit fell in H1 and in FY2026.", []),
    ("The H1N1 virus spread in Q1.", ["H1N1"]),
])
def test_a_period_code_is_no_name(text, expected):
    assert [n.text for n in names(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The union has yet to decide whether to strike.", "denies"),
    ("Yet to the surprise of many, the union struck.", "affirms"),  # "yet" opening a clause is "but"
    ("The board has yet another plan.", "affirms"),
])
def test_yet_to_is_a_negation(text, expected):
    assert stance(text) == expected


def test_a_name_yet_to_be_given_contradicts_its_naming():
    assert contradicts("A new chief executive is yet to be named.", "A new chief executive was named.")


@pytest.mark.parametrize("asked, dimension", [
    ("What earnings per share had analysts expected?", "money"),
    ("What share of the vote did the party win?", "percent"),
])
def test_a_sum_per_share_is_money_and_a_share_a_percent(asked, dimension):
    assert parse(asked).dimension == dimension


@pytest.mark.parametrize("text", [
    "Image caption: Workers leave the plant at the end of a shift.",
    "(Reporting by Ann Ray; Editing by Tom Bell)",
    "Contact the reporter at ann.ray@example.com.",
    "This story has been updated to include the number of jobs.",
])
def test_page_furniture_is_no_news(text):
    assert caption(text) or credit(text) or wire_note(text)


@pytest.mark.parametrize("text", [
    "The report was updated in March, officials said.",
    "The caption on the mural was changed after complaints.",
])
def test_news_about_reports_and_captions_is_kept(text):
    assert not (caption(text) or credit(text) or wire_note(text))


def test_the_fresh_clusters_are_read_whole():
    earnings = Corpus.from_paths([FRESH / "earnings" / "docs"])
    assert earnings.dates["trade_3"] == "2026-10-23"  # "Published 23 Oct 2026"
    assert not any(s.text == "ET." for s in earnings.sentences)
    strike = Corpus.from_paths([FRESH / "strike" / "docs"])
    assert ("polarity", {"affirms", "denies"}) in [(c.kind, {s.value for s in c.sides}) for c in strike.conflicts()]
    study = Corpus.from_paths([FRESH / "study" / "docs"])
    shares = [(c.kind, {s.value for s in c.sides}) for c in study.conflicts()]
    assert ("quantity", {"one in four", "one in three"}) in shares
