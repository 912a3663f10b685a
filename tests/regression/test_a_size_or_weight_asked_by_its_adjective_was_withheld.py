"""Regression: "How heavy is the recovered bell?", "How large is the cash part of the offer?" (fresh_news20,
fresh_news5): the adjective of size or weight after "how" was a key term, which
no sentence that answers it repeats ("The bell weighs 180kg"), so the answer's sentence covered too little of the
question and it was withheld, or a sentence that used the word of something else answered. It names the measure asked,
as "long" and "far" do; "deep" and "high", which news says again after the figure ("30ft deep"), stay key terms.
Invented stories: the weight or the sum answers."""
import pytest

from summarize import Corpus
from summarize.qa.question import parse

from .conftest import dated

STORIES = [
    ("Divers have raised the anchor of the sunken trawler, which went down off the headland in 1952.\n\nThe iron anchor "
     "weighs 650kg and is marked with the name of the yard that forged it in the town, which historians say closed in "
     "1938.\n\nThe museum hopes to put it on show next spring.\n", "How heavy is the raised anchor?", "650kg"),
    ("Engineers have lifted the old turbine out of the dam.\n\nThe steel turbine weighs 38 tonnes and had turned for 60 "
     "years, according to the water authority that runs the plant.\n\nA new one will be fitted in June.\n",
     "How heavy is the old turbine?", "38 tonnes"),
    ("The county has found a gap in its pension scheme.\n\nThe pension gap stands at £31m, according to the annual report "
     "published by the scheme's trustees on Thursday.\n\nMembers will be written to.\n", "How big is the pension gap?",
     "£31m"),
]


@pytest.mark.parametrize("text, question, figure", STORIES)
def test_the_figure_answers(text, question, figure):
    assert Corpus.from_texts({"a": dated("2041-05-02", "News", text)}).ask(question).answer == figure


@pytest.mark.parametrize("question, dropped, kept", [
    ("How heavy is the anchor?", "heavi", "anchor"),
    ("How large was the crowd at the final?", "larg", "crowd"),
    ("How big is the hole in the budget?", "big", "hole"),
])
def test_an_adjective_of_size_or_weight_frames_the_question(question, dropped, kept):
    asked = parse(question).terms
    assert kept in asked and dropped not in asked


@pytest.mark.parametrize("question, kept", [("How deep is the hole?", "deep"), ("How high is the dam?", "high"),
                                            ("Which heavy lorries were banned?", "heavi")])
def test_a_way_adjective_or_one_not_after_how_stays_a_key_term(question, kept):
    assert kept in parse(question).terms
