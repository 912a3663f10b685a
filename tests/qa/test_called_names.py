"""A name asked for by a common noun ("Which union ...?", "Which ferry ...?"), on invented news: the
name whose own words or the noun beside it call it what is asked is picked over other names, a person noun WordNet
lacks ("scaffolder") still asks for a person, and a noun an owner narrows ("its parent company") does not pick."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse


def _answer(text: str, question: str) -> str | None:
    return Corpus.from_texts({"a1.txt": text}).ask(question).answer


_FERRY = ("Ferry grounded off Tarrow Point\nHarbour Post, Kelsby, 4 May 2033\n\n"
          "The passenger ferry Morwen Glide ran aground off Tarrow Point on Tuesday, the coastguard said. All 312 "
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
