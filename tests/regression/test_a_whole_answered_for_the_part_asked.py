"""Regression (issue #11, found on tests/data/fresh_news9 and fresh_news18): "How many of the people who fell ill were
children?" was answered 112, the count of all who fell ill, and "How many of the affected staff are qualified
pharmacists?" with the 3,100 staff a union represents, though no article says how many were children or pharmacists.
A "how many of the <whole> ..." question asks for a part, and says what the part is after its last auxiliary ("were
children"); a count in a sentence that says nothing of that counts the whole, or another part, never the one asked."""
import pytest

from summarize import Corpus
from summarize.qa.answer import part_told
from summarize.qa.question import parse

# Each story: a part question, the count its articles give of the whole only, and the articles, which speak of the
# part elsewhere without a count (invented; other topics and outlets' wording).
WHOLES = {
    "ferry": ("How many of the passengers were children?", "212", {
        "a": "The Islay Wren had 212 on board when she struck rocks off Carrow Point on Saturday evening.",
        "b": "Coastguards said children and elderly passengers were taken off first, and everyone was ashore by "
             "midnight."}),
    "plant": ("How many of the workers at the plant are agency staff?", "640", {
        "a": "The Dunholm plant, which makes brake parts for carmakers, employs about 640 people, the company said.",
        "b": "Union officials said agency staff would be the first to go when the night shift ends in March."}),
    "school": ("How many of the pupils who fell ill were taken to hospital?", "41", {
        "a": "The number of pupils who fell ill after eating lunch at Brookfield primary school rose to 41 on "
             "Wednesday, the council said.",
        "b": "The hospital in Marlow said it had treated some children for dehydration."}),
    "drivers": ("How many of the striking drivers are women?", "1,200", {
        "a": "The Transport Workers' Guild, which represents about 1,200 of the company's drivers, called the strike "
             "after talks broke down on Friday.",
        "b": "Women drivers on the picket line said the new rotas made childcare impossible."}),
    # a name's possessive opens the whole as "the" does ("of Marden's staff")
    "insurer": ("How many of Marden's staff work from home?", "900", {
        "a": "Marden Insurance employs 900 staff at its offices in Leeds and Hull.",
        "b": "Staff who work from home have been told to come in three days a week from June."}),
}
# Each story: a part question whose articles tell the part, in the question's words or others of one sense.
PARTS = {
    "blaze": ("How many of the injured were firefighters?", "three", {
        "a": "Nine people were injured in the warehouse blaze on Friday, three of them firefighters.",
        "b": "The fire service said the building had no sprinklers."}),
    "gallery": ("How many of the stolen paintings have been recovered?", "four", {
        "a": "Police have recovered four of the 11 paintings stolen from the Hartwell gallery in April.",
        "b": "The gallery has offered a reward for information about the rest."}),
    "outbreak": ("How many of the cases have been confirmed by laboratory tests?", "31", {
        "a": "Of the 45 cases reported since Sunday, 31 have been confirmed by laboratory tests, officials said."}),
}


@pytest.mark.parametrize("name", sorted(WHOLES))
def test_the_count_of_the_whole_does_not_answer_the_part(name):
    question, whole, articles = WHOLES[name]
    assert Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer != whole


@pytest.mark.parametrize("name", sorted(PARTS))
def test_a_part_told_still_answers(name):
    question, part, articles = PARTS[name]
    assert Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer == part


def test_the_part_is_told_after_the_last_auxiliary():
    assert part_told(parse("How many of the people who fell ill were children?")) == ("children",)
    assert part_told(parse("How many of the stolen coins have been found?")) == ("found",)
    assert part_told(parse("How many of Acme's 400 staff will move to Leeds?")) == ("move", "leeds")
    assert part_told(parse("How many people were injured?")) == ()
