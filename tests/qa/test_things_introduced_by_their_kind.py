"""A thing's name introduced once by its kind noun and then written bare (invented stories): news writes "a children's
painkiller, Dolvexa Junior" in one place and "blamed Dolvexa Junior" in another, so a "what <noun>" question ("What
painkiller did parents blame ...?") is answered by the name wherever the articles called it that noun."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import described_names, mentions
from summarize.qa.question import parse

_PAINKILLER = {
    "a1.txt": ("Painkiller recalled\nHealth Desk, Orlby, 3 March 2039\n\n"
               "The regulator has recalled a children's painkiller, Dolvexa Junior, after dozens of reports of rashes. "
               "It was sold in supermarkets and chemists for two years."),
    "a2.txt": ("Parents angry over recall\nOrlby Echo, Orlby, 4 March 2039\n\n"
               "Parents who blamed Dolvexa Junior for their children's rashes say they were ignored for months. "
               "One mother said her son was ill for a week.")}
_FERTILISER = {
    "a1.txt": ("River fish deaths\nValley Post, Ardley, 4 November 2043\n\n"
               "Inspectors are testing a farm fertiliser, Granovex Plus, after thousands of fish died in the river Ard. "
               "The product is made by a firm in Wenmoor."),
    "a2.txt": ("Anglers demand answers\nArdley Times, Ardley, 6 November 2043\n\n"
               "Anglers say Granovex Plus washed off the fields in last week's storm and killed the fish. "
               "The river will be closed to fishing until spring.")}
_WEEDKILLER = {
    "a1.txt": ("Hedges die in village\nCity Voice, Harle, 12 June 2042\n\n"
               "The parish council sprayed a new weedkiller, Thornex Clear, along the lanes of Upper Harle in May. "
               "It cost £3,100."),
    "a2.txt": ("Gardeners count the cost\nHarle Courier, Harle, 14 June 2042\n\n"
               "Gardeners blamed Thornex Clear for the dead hedges and asked the council to pay for new ones. "
               "The council says it is looking into the complaints.")}

KINDS = [(_PAINKILLER, "What painkiller did parents blame for the rashes?", "Dolvexa Junior"),
         (_FERTILISER, "What fertiliser do anglers say killed the fish?", "Granovex Plus"),
         (_WEEDKILLER, "What weedkiller did gardeners blame for the dead hedges?", "Thornex Clear")]


@pytest.mark.parametrize("texts, question, expected", KINDS)
def test_a_name_introduced_by_the_noun_asked_answers_where_it_is_bare(texts, question, expected):
    assert Corpus.from_texts(texts).ask(question).answer == expected


@pytest.mark.parametrize("texts, question, expected", KINDS)
def test_the_bare_name_fits_the_noun_asked_once_an_article_introduced_it_so(texts, question, expected):
    bare = next(line for line in texts["a2.txt"].splitlines() if expected in line)
    described = described_names(list(texts.values()))
    fits = {m.text: m.fit for m in mentions(bare, parse(question), described=described)}
    assert fits.get(expected) == 1.0
    # with nothing the articles call it, the bare name is no candidate of the noun asked
    assert {m.text: m.fit for m in mentions(bare, parse(question))}.get(expected) != 1.0
