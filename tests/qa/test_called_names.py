"""A name asked for by a common noun ("Which union ...?", "Which ferry ...?"), on invented news: the
name whose own words or the noun beside it call it what is asked is picked over other names, a person noun WordNet
lacks ("scaffolder") still asks for a person, a noun an owner narrows ("its parent company") does not pick, and a
name called another kind of body, or a place or a site when a body is asked, does not outrank one called what is
asked; below it, it still counts among the candidates."""
import pytest

from summarize.corpus import Corpus
from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import Answerer
from summarize.qa.question import parse
from summarize.text.names import other_bodies
from summarize.text.senses import is_site, light_stem


def _answer(text: str, question: str) -> str | None:
    return Corpus.from_texts({"a1.txt": text}).ask(question).answer


_FERRY = ("Ferry grounded off Brisholt Point\nHarbour Post, Kelsby, 4 May 2033\n\n"
          "The passenger ferry Morwen Glide ran aground off Brisholt Point on Tuesday, the coastguard said. All 312 "
          "people on board were taken off by lifeboats to Pier 4 at Kelsby. The vessel is operated by Dunvale Ferries.")
_WATER = ("Water samples show toxin\nValley Courier, Brenholt, 9 June 2034\n\n"
          "The Brenholt Water Board said on Friday that tests by the Orrin Regional Testing Laboratory had found an "
          "algal toxin in the Marsh Lane reservoir. The board told 40,000 households to boil tap water.")
_RATINGS = ("Ratings firm warns on port debt\nFinance Daily, Corrow, 15 October 2037\n\n"
            "The Corrow Port Authority (CPA) faces a possible downgrade after Merriline Ratings put its bonds on review "
            "on Monday. The credit rating agency said falling cargo volumes had weakened the authority's finances.")
_HAULIER = ("Haulier collapses\nFreight Weekly, Corbridge, 12 April 2041\n\n"
            "The haulage firm Pelham Transport went into administration on Thursday, putting 600 jobs at risk. Its "
            "parent company, Aldous Holdings, said it could no longer fund the firm's losses.")


@pytest.mark.parametrize("text, question, answer", [
    (_FERRY, "Which ferry ran aground?", "Morwen Glide"),
    (_FERRY, "Which ferry company operates the vessel?", "Dunvale Ferries"),
    (_WATER, "Which lab found the toxin?", "Orrin Regional Testing Laboratory"),
    (_RATINGS, "Which credit rating agency put the port authority's bonds on review?", "Merriline Ratings"),
    (_HAULIER, "Which company went into administration?", "Pelham Transport"),
])
def test_a_name_called_what_is_asked_answers(text, question, answer):
    assert _answer(text, question) == answer


def test_a_doer_noun_made_from_a_known_word_asks_for_a_person():
    assert parse("What was the name of the kayaker rescued off the pier?").kind == "person"
    assert parse("What is the name of the inspector the crew say they called?").kind == "person"
    assert parse("What is the name of the container left on the quay?").kind != "person"  # WordNet knows a container


def test_a_which_phrase_ends_at_a_verb_before_an_article():
    assert parse("Which bus line serves the new estate?").focus == parse("Which line?").focus


_VIADUCT = {
    "a1.txt": ("Viaduct section falls\nHill Gazette, Penlow, 14 May 2043\n\n"
               "A section of walkway fell from the Penlow Viaduct on Monday, injuring two painters. A rail union said on "
               "Tuesday that staff had warned managers about corroded bolts at the Penlow Viaduct site days before the "
               "section fell. Lead contractor Mardale Civil Works (MCW) did not answer the union's claim. \"They were "
               "told to carry on,\" said RMU branch secretary Owen Leck. The Rail Maintenance Union (RMU) says its "
               "members warned managers about the bolts on 2 May."),
}
_SURGEON = {
    "a1.txt": ("Surgeon disputes waiting figures\nCoast Record, Harby, 3 June 2044\n\n"
               "A surgeon who works on the region's busiest orthopaedic ward says the health board's waiting figures "
               "are wrong. The surgeon said patients were waiting twice as long as the board reported. The board "
               "said its figures were checked every month. The row began when the surgeon spoke at a public meeting "
               "on Friday. \"Some of my patients have waited two years,\" said Dr Lena Foyle, a consultant at "
               "Westmere General Hospital in Harby."),
}
_FERRY = {
    "a1.txt": ("Island ferry stuck in harbour\nIsles Post, Tolsey, 8 April 2045\n\n"
               "The island ferry Marram Belle has been stuck in Tolsey harbour since Sunday with a broken rudder. "
               "Sam Okoro, who runs the Lockside Pantry cafe on the quay, said trade from the line's passengers had "
               "fallen by half. Islanders say the line had known about the rudder for weeks. The line's next sailing is "
               "not due until May. Kelso Island Ferries (KIF) said the rudder had been inspected in March."),
}

@pytest.mark.parametrize("texts, question, answers", [
    # a place the top sentence names ("the Penlow Viaduct site") is no union once one is called so; nor a contractor
    (_VIADUCT, "Which union says staff warned managers about the bolts?", {"Rail Maintenance Union", "RMU"}),
    # a name headed by the noun asked, told below the sentences that describe the one who works there
    (_SURGEON, "At which hospital does the surgeon who disputes the figures work?", {"Westmere General Hospital"}),
    # a name called by the question's words for the noun ("Ferries" for "ferry line"), told further down, beats a cafe
    (_FERRY, "Which ferry line runs the stuck ferry?", {"Kelso Island Ferries", "KIF"}),
])
def test_a_name_called_what_is_asked_is_picked_over_names_of_other_kinds(texts, question, answers):
    assert Corpus.from_texts(texts).ask(question).answer in answers


@pytest.mark.parametrize("noun, asked, other", [
    ("union", "manufacturer", True), ("contractor", "union", True), ("charity", "company", True),
    ("maker", "company", False), ("consultancy", "firm", False), ("group", "union", False), ("ferry", "union", False),
])
def test_bodies_of_two_classes(noun, asked, other):
    assert other_bodies(noun, asked) == other


_JURY = {
    "a1.txt": ("Jury shown robbery video\nValley Echo, Corran, 12 March 2040\n\n"
               "A court in Wales has been shown footage of the gang that robbed a bullion van near Corran in 2039. The "
               "footage, which was shown to Pellow Crown Court, was described by the Valley Echo as 'shocking'. The jury "
               "heard that the film, taken by a bus camera, was shot two days before the robbery. Last month a "
               "recording of the gang's driver, Tam Hewer, was played in the court."),
}
_DEPOT = {
    "a1.txt": ("Drivers warned of brake faults\nCity Wire, Harrowby, 2 July 2041\n\n"
               "A drivers' union said on Monday that staff at the Harrowby Bus Depot had raised fears about worn brakes "
               "a week before the crash. The Bus Drivers Union (BDU) says its members raised the fears in writing. "
               "\"We warned them,\" said Nia Pell, a BDU steward. The operator, Greyline Buses, said the brakes had "
               "passed their last check."),
}
_QUARRY = {
    "a1.txt": ("Blasting halted at quarry\nDales Courier, Morrow, 20 August 2042\n\n"
               "Blasting at the quarry above Morrow was halted on Tuesday after cracks appeared in houses in Morrow. "
               "Residents said the cracks had widened all summer. The quarry is run by Hallam Aggregates, the firm "
               "said in a statement, and blasting will stay halted until engineers report."),
}


@pytest.mark.parametrize("texts, question, answers", [
    (_JURY, "Which court was shown the footage of the gang?", {"Pellow Crown Court"}),
    # a site headed by a building ("Harrowby Bus Depot") is no union once one is called so
    (_DEPOT, "Which union says staff raised fears about the brakes?", {"Bus Drivers Union", "BDU"}),
    # a town the top sentence names ("in Morrow") is no firm once one is called so
    (_QUARRY, "Which firm runs the quarry?", {"Hallam Aggregates"}),
])
def test_a_place_or_site_does_not_outrank_a_name_called_what_is_asked(texts, question, answers):
    assert Corpus.from_texts(texts).ask(question).answer in answers


@pytest.mark.parametrize("noun, site", [
    ("arena", True), ("kitchen", True), ("bridge", True), ("court", True), ("depot", True),
    ("union", False), ("company", False), ("charity", False), ("newspaper", False),
])
def test_a_site_is_a_place_or_building_in_wordnet(noun, site):
    assert is_site(light_stem(noun)) == site


def _picked(texts: list[str], question: str) -> list[str]:
    """The candidates the answerer reads for ``question`` in ``texts``, each a sentence of its own, best first."""
    sentences = [Sentence(f"a{i}", i, t, 0, len(t)) for i, t in enumerate(texts)]
    evidence = [Scored(Group(i, s, (s,)), 5.0 - i) for i, s in enumerate(sentences)]
    return [c.text for c in Answerer(texts).pick(parse(question), evidence).candidates]


@pytest.mark.parametrize("texts, question, called, rival", [
    (["A court in Wales was shown footage of the gang on Monday.",
      "The footage, shown to Pellow Crown Court, was described by the Valley Echo as shocking."],
     "Which court was shown the footage?", "Pellow Crown Court", "Valley Echo"),
    (["Staff at the Harrowby Bus Depot raised fears about the brakes, the Bus Drivers Union said.",
      "The Bus Drivers Union said its members had warned the operator."],
     "Which union says staff raised fears?", "Bus Drivers Union", "Harrowby Bus Depot"),
    (["Blasting at the quarry near Morrow was halted after cracks appeared in Morrow's houses.",
      "The quarry's owner, the mining firm Hallam Aggregates, said blasting would resume in May."],
     "Which firm owns the quarry?", "Hallam Aggregates", "Morrow"),
])
def test_a_rival_below_a_name_called_what_is_asked_still_counts(texts, question, called, rival):
    # a name no rival to the one called what is asked is dropped only where it would outrank it: below it, it
    # still counts among the candidates, whose number the confidence reads
    found = _picked(texts, question)
    assert found[0] == called and rival in found
