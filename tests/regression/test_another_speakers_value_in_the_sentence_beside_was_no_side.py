"""Regression: an outlet that set one party's figure or day against another's in the sentence beside it ("The airport
talks about a 400-metre extension. Campaigners, who studied the drawings, say they show a 650-metre extension.")
showed only one with the answer: the other, told in the speaker's own words, shares too few of the question's."""
import pytest

from summarize import Corpus

STORIES = [
    ({"wire": "The council plans a new flood wall along the Lune embankment. The council talks about a 900-metre "
              "wall. The Riverside Residents' Group, which has studied the plans lodged in March, says they show a "
              "1,400-metre wall, running past the old mill.",
      "daily": "Work on the 900-metre wall along the Lune embankment is due to start in June."},
     "How long is the flood wall that the council wants to build?", {"900-metre", "1,400-metre"}),
    ({"wire": "Halden Gas wants to lay a pipeline across the moor. The company talks about a 40-kilometre pipeline. "
              "The farmers' union, which has mapped the route, says it would be a 65-kilometre pipeline crossing "
              "three valleys.",
      "radio": "The 40-kilometre pipeline across the moor would carry gas to the coast, Halden Gas said."},
     "How long is the pipeline that Halden Gas wants to lay?", {"40-kilometre", "65-kilometre"}),
    ({"wire": "The port authority has published plans to deepen the harbour channel. The authority puts the dredging "
              "at a 12-metre channel. A fishermen's association, whose divers surveyed the seabed, says the plans "
              "need a 16-metre channel for the new ships.",
      "daily": "Dredging for the 12-metre channel would take two years, the authority said."},
     "How deep a channel does the port authority plan to dredge?", {"12-metre", "16-metre"}),
]


@pytest.mark.parametrize("texts, question, values", STORIES)
def test_another_speakers_figure_in_the_next_sentence_is_a_side(texts, question, values):
    answer = Corpus.from_texts(texts).ask(question, min_confidence=0.0)
    assert answer.answer in values
    assert any({side.value for side in c.sides} == values for c in answer.conflicts)


def test_the_same_speakers_further_figure_in_the_next_sentence_is_no_side():
    corpus = Corpus.from_texts({
        "wire": "The council plans a new flood wall along the Lune embankment. The council talks about a 900-metre "
                "wall. It says a further 200-metre wall would follow later.",
        "daily": "Work on the 900-metre wall along the Lune embankment is due to start in June.",
    })
    answer = corpus.ask("How long is the flood wall that the council wants to build?", min_confidence=0.0)
    assert answer.answer == "900-metre" and not answer.conflicts


def dated(headline: str, outlet: str, day: str, body: str) -> str:
    """An article as the fresh sets write one: headline, outlet line with its date, body."""
    return f"{headline}\n{outlet}, Carrow, {day}\n\n{body}"


DAYS = [
    ({"wire": dated("Checks ordered", "Wire News", "14 April 2041",
                    "Two officials told the agency that the regulator had first ordered the checks on 3 March, well "
                    "before the date the airline gave. The airline said the order was made on 19 March and was acted "
                    "on at once."),
      "daily": dated("Checks ordered", "Daily News", "14 April 2041",
                     "Engineers began the checks the following week, the airline said.")},
     "On what date did the regulator order the checks?", ("3 March", "19 March")),
    ({"wire": dated("Leak row", "Wire News", "14 April 2043",
                    "A former manager says the board first learned of the leak on 2 June, weeks before it told the "
                    "public. The company said the board was told of the leak on 24 June."),
      "radio": dated("Leak row", "Radio News", "14 April 2043",
                     "The company's board was told of the leak on 24 June, according to its statement.")},
     "When was the board told about the leak?", ("24 June", "2 June")),
    ({"wire": dated("Contract dispute", "Wire News", "14 April 2045",
                    "According to court papers, the council had signed the contract on 11 January. The mayor's office "
                    "said the contract was signed on 2 February, after the vote."),
      "daily": dated("Contract dispute", "Daily News", "14 April 2045",
                     "The contract was signed on 2 February, the mayor's office confirmed.")},
     "On what date did the council sign the contract?", ("2 February", "11 January")),
]


@pytest.mark.parametrize("texts, question, days", DAYS)
def test_another_speakers_day_in_the_sentence_beside_is_a_side_most_sources_first(texts, question, days):
    answer = Corpus.from_texts(texts).ask(question, min_confidence=0.0)
    sides = [side.value for c in answer.conflicts for side in c.sides]
    assert len(sides) == 2 and all(any(v.startswith(day) for v in sides) for day in days)
    assert answer.answer.startswith(answer.conflicts[0].sides[0].value.split(" (")[0])


def test_the_same_speakers_next_day_is_no_side():
    texts = {"wire": dated("Checks ordered", "Wire News", "14 April 2041",
                           "The regulator ordered the checks on 3 March. It said a second round of checks would "
                           "start on 19 March."),
             "daily": dated("Checks ordered", "Daily News", "14 April 2041",
                            "The regulator ordered the checks on 3 March, the airline said.")}
    answer = Corpus.from_texts(texts).ask("On what date did the regulator order the checks?", min_confidence=0.0)
    assert answer.answer.startswith("3 March") and not answer.conflicts


def test_a_day_told_after_an_attribution_that_closed_its_clause_is_no_side():
    texts = {"wire": dated("Valley fire", "Wire News", "17 August 2039",
                           "More than 2,000 people have left their homes, the district said, and about 300 of them "
                           "spent last night in the hall of Orlen Park School. The school's new term, due to begin "
                           "next Monday, has been put back by a week."),
             "daily": dated("Valley fire", "Daily News", "17 August 2039",
                            "Orlen Park School's new term was due to begin next Monday.")}
    answer = Corpus.from_texts(texts).ask("When was the school term due to begin?", min_confidence=0.0)
    assert answer.answer is not None and "Monday" in answer.answer and not answer.conflicts


def test_a_count_of_another_noun_in_the_sentence_beside_is_no_side():
    texts = {"wire": dated("Trip illness", "Wire News", "22 June 2038",
                           "The number of people who fell ill after a school trip to Hallam Zoo has risen to 40, "
                           "health officials confirmed yesterday. Norovirus has now been confirmed in nine pupils, "
                           "health officials at the county said."),
             "daily": dated("Trip illness", "Daily News", "21 June 2038",
                            "Parents said the children began to feel sick on the coach home.")}
    answer = Corpus.from_texts(texts).ask("How many people fell ill?", min_confidence=0.0)
    assert answer.answer == "40" and not answer.conflicts
