"""Regression: "How many library branches does <city> have?" was answered "six" from "Originally six of the 19
branches were due to close": for a question that asks how many there are, the whole is the count, the part only what
befell some of them; the part still answers when the clause says whose it is, or when a deed is asked."""
import pytest

from summarize import Corpus


@pytest.mark.parametrize("story, question, answer", [
    ({"a": "Under the first plan, four of the 23 fire stations were to close.",
      "b": "Firefighters marched through Dunmore on Saturday."},
     "How many fire stations does Dunmore have?", "23"),
    ({"a": "In the end only three of the 40 Kessock ferries were sold, the port authority said.",
      "b": "The Kessock company runs the crossings."},
     "How many ferries does the Kessock company have?", "40"),
    ({"a": "Last year nine of the 120 care homes had failed an inspection.",
      "b": "The region's health board publishes the results each spring."},
     "How many care homes are there in the region?", "120"),
])
def test_the_whole_answers_how_many_there_are(story, question, answer):
    assert Corpus.from_texts(story).ask(question).answer == answer


@pytest.mark.parametrize("story, question, answer", [
    ({"a": "The Farmers' Party now holds 41 of the 210 seats after the by-election.",
      "b": "Turnout was low."},
     "How many seats does the Farmers' Party hold?", "41"),
    ({"a": "Under the first plan, four of the 23 fire stations were to close.",
      "b": "Firefighters marched through Dunmore on Saturday."},
     "How many fire stations were to close under the first plan?", "four"),
])
def test_the_part_answers_whose_it_is_or_what_befell_it(story, question, answer):
    assert Corpus.from_texts(story).ask(question).answer == answer
