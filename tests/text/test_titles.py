"""A person's title in each construction news writes it in, apart from its article, its owner and "former"
(``text.titles``; invented sentences)."""
import pytest

from summarize.text.names import names
from summarize.text.titles import is_job, titles


def _titles(text: str, name: str) -> list[tuple[str, str, str]]:
    found = next(n for n in names(text) if name in n.text)
    return [(t.text, t.owner, t.tense) for t in titles(text, found.start, found.end)]


@pytest.mark.parametrize("text, name, told", [
    # apposition after the name, with an owner after the title or before it
    ("Sabine Fosdyke, the canal trust's director of moorings, said the pier was safe.", "Fosdyke",
     [("director of moorings", "the canal trust's", "")]),
    ("Sabine Fosdyke, a consultant in marine safety at the college, said so.", "Fosdyke",
     [("consultant in marine safety", "the college", "")]),
    # an age between the name and its title
    ("The men were named as Tavish Moone, 44, a welder on the rig.", "Moone", [("welder", "the rig", "")]),
    # apposition before the name, past a form of address; an owner told by a pronoun
    ("The review will be led by our chief surveyor, Dr Tavish Moone.", "Moone", [("chief surveyor", "our", "")]),
    ("Its bursar, Berit Saltash, has worked at the abbey for 12 years.", "Saltash", [("bursar", "Its", "")]),
    # the title split by its owner before the comma
    ("The talks were chaired by the chief executive of Ferrabee Water, Berit Saltash.", "Saltash",
     [("chief executive", "Ferrabee Water", "")]),
    # a title written before the name with no comma: lower case, capitalised, after an owner
    ("Chief surveyor Dr Tavish Moone said the cliff had moved.", "Moone", [("Chief surveyor", "", "")]),
    ("Chief Harbour Officer Sabine Fosdyke closed the slipway.", "Fosdyke", [("Chief Harbour Officer", "", "")]),
    ("Ferrabee finance director Berit Saltash said so.", "Saltash", [("finance director", "Ferrabee", "")]),
    # a capitalised title after the name, its complement kept
    ("Berit Saltash, Keeper of Manuscripts, said the loan was agreed.", "Saltash", [("Keeper of Manuscripts", "", "")]),
    # a relative clause, "former", a verb of taking up a post
    ("Tavish Moone, who was head of claims until May, left the firm.", "Moone", [("head of claims", "", "past")]),
    ("Tavish Moone, a former lifeboat mechanic, won the seat.", "Moone", [("lifeboat mechanic", "", "past")]),
    ("Sabine Fosdyke will take over as finance director in June.", "Fosdyke", [("finance director", "", "future")]),
    ("Sabine Fosdyke, head of claims at Ferrabee, will become its chief operating officer.", "Fosdyke",
     [("head of claims", "Ferrabee", ""), ("chief operating officer", "its", "future")]),
])
def test_a_title_is_read_in_each_construction(text, name, told):
    assert _titles(text, name) == told


@pytest.mark.parametrize("text, name", [
    ("Sabine Fosdyke, 61, said she had seen the smoke.", "Fosdyke"),          # an age alone
    ("In a statement, Sabine Fosdyke said so.", "Fosdyke"),                   # a phrase before the comma, no job
    ("Sabine Fosdyke, the first to arrive, raised the alarm.", "Fosdyke"),    # a description, no job
    ("Sabine Fosdyke was injured on Monday.", "Fosdyke"),                     # a verb, no title
    ("Flowers were left for our colleague Sabine Fosdyke.", "Fosdyke"),       # kin and circumstance are no job
    ("Sabine Fosdyke, you're head of claims now.", "Fosdyke"),                # a contraction opens no title
])
def test_no_title_where_none_is_told(text, name):
    assert _titles(text, name) == []


def test_a_job_noun_is_not_a_relation_nor_a_form_of_address():
    assert is_job("curator") and is_job("deckhand") and is_job("treasurer")
    assert not is_job("colleague") and not is_job("victim") and not is_job("Dr")
