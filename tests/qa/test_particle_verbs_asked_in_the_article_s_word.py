"""A reader asks with a particle verb ("When was the firm set up?") where the articles write one word ("Founded in
1987"): the question is asked in the articles' word (``Answerer.resolved``, ``text.senses.particle_verb``), and the
founding year, not another year of the story, answers (invented stories)."""
from summarize import Corpus
from summarize.qa.answer import Answerer
from summarize.qa.question import parse
from summarize.text.senses import particle_verb

STORY = [
    "Tarnwick Ferries went into administration on Monday after talks with a buyer collapsed.",
    "A £12m loss in 2019 left the operator with little cash as fuel prices rose.",
    "Founded in 1987 with a single boat, the company grew to run nine routes across the estuary.",
    "About 400 staff have been told their jobs are at risk.",
]


def test_a_particle_verb_means_its_one_word_verbs():
    assert {"establish", "found"} <= set(particle_verb("set", "up"))
    assert "founder" in particle_verb("fell", "through")  # an irregular form of the verb
    assert particle_verb("pay", "for") == ()  # a verb and its preposition


def test_the_question_is_asked_in_the_articles_word():
    asked = Answerer(STORY).resolved(parse("In which year was Tarnwick Ferries set up?"))
    assert "found" in asked.terms and "set" not in asked.terms
    assert "found" in asked.referents  # retrieval reads it too


def test_the_founding_year_answers():
    corpus = Corpus.from_texts(["\n".join(STORY)])
    assert corpus.ask("In which year was Tarnwick Ferries set up?").answer == "1987"


def test_a_particle_verb_the_articles_write_is_kept():
    told = [*STORY, "The company was set up by two brothers who ran a boatyard."]
    asked = Answerer(told).resolved(parse("In which year was Tarnwick Ferries set up?"))
    assert "set" in asked.terms


def test_a_preposition_before_a_noun_phrase_is_no_particle():
    # "fell in the valley": "in" governs a place, so "fell in" is not "collapse"
    story = ["Heavy rain fell in the valley on Tuesday.", "The roof collapsed under 40mm of water."]
    asked = Answerer(story).resolved(parse("How much rain fell in the valley?"))
    assert "collaps" not in asked.terms


def test_a_particle_before_a_name_is_a_preposition():
    # "live on Skelna": "on" governs the island's name, so "live on" is not "survive"
    story = ["About 900 people live on Skelna all year.", "Only two of the crew survived the storm."]
    asked = Answerer(story).resolved(parse("How many people live on Skelna?"))
    assert "surviv" not in asked.terms and "live" in asked.terms
