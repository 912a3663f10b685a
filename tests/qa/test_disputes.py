from dataclasses import replace

import pytest

from summarize.corpus import Corpus
from summarize.model import Conflict, Group, Scored, Sentence, Side
from summarize.qa.answer import FEATURES, Candidate
from summarize.qa.disputes import (
    _written_out,
    aligned_conflict,
    asked_claim,
    candidate_conflict,
    course_asked,
    dated_elsewhere,
    dated_update,
    disputed_answer,
    inside_a_side,
    named_elsewhere,
    side_of,
    restated_elsewhere,
    running_count,
    stated_elsewhere,
    told_exactly,
    value_kind,
)
from summarize.qa.question import parse


def candidate(text, key, docs, probability, *, exact=1.0, cover=0.8, names=1.0):
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("type_exact")] = exact
    x[FEATURES.index("sentence_cover")] = cover
    x[FEATURES.index("names")] = names  # the answerer's share of the question's names: 1 when it names none
    return Candidate(text, key, tuple(x), docs, probability, f"The figure was {text}.")  # a bare number: no measure


QUESTION = parse("How many people died in the fire?")


def test_rivals_from_other_outlets_become_sides_most_sources_first():
    found = [candidate("40", "count:40", ("a",), 0.6), candidate("45", "count:45", ("b", "c"), 0.5)]
    conflict = candidate_conflict(QUESTION, found)
    assert [s.value for s in conflict.sides] == ["45", "40"]
    assert conflict.sides[0].sources == ("b", "c") and conflict.kind == "quantity"


def test_values_the_same_outlet_gives_are_no_disagreement():
    found = [candidate("40", "count:40", ("a",), 0.6), candidate("45", "count:45", ("a", "b"), 0.5)]
    assert candidate_conflict(QUESTION, found) is None


def test_weak_or_other_kinds_of_candidates_are_no_rivals():
    weak = [candidate("40", "count:40", ("a",), 0.6), candidate("45", "count:45", ("b",), 0.2)]
    money = [candidate("40", "count:40", ("a",), 0.6), candidate("$45", "money:45", ("b",), 0.5)]
    off_topic = [candidate("40", "count:40", ("a",), 0.6), candidate("45", "count:45", ("b",), 0.5, cover=0.1)]
    assert all(candidate_conflict(QUESTION, f) is None for f in (weak, money, off_topic))


def test_the_seeds_journey_answers_the_majority_and_flags_the_other_side(seeds):
    answer = seeds.ask("How long is the train journey expected to take?")
    assert answer.answer == "24 hours"
    assert any(s.value == "20 hours" for c in answer.conflicts for s in c.sides)


UPDATE = Conflict("number of people: killed flooding", "updated",
                  (Side("157", "Flooding has killed 157 people.", ("a",)),
                   Side("173", "Flooding has killed 173 people.", ("b",))),
                  dates=("2024-05-01", "2024-05-03"))


def test_an_update_states_quantities():
    assert value_kind(UPDATE) == "quantity"


def test_the_side_an_answer_states_in_an_update():
    assert side_of(UPDATE, "173 people").value == "173"
    assert side_of(UPDATE, "160") is None


def test_a_vague_figure_that_only_overlaps_a_bound_states_no_side():
    # "injuring dozens" is no report of "at least 14" killed: the intervals overlap, neither holds the other
    toll = Conflict("number of people: killed quake", "updated",
                    (Side("at least 14", "The quake killed at least 14 people.", ("a",)),
                     Side("21", "The toll has risen to 21.", ("b",))), dates=("2026-05-11", "2026-05-12"))
    assert side_of(toll, "dozens") is None
    assert side_of(toll, "at least 14").value == "at least 14" and side_of(toll, "21 people").value == "21"


def test_a_figure_far_below_an_upper_bound_states_no_side_of_it():
    # "96 micrograms", a limit told beside the readings, is no report of "up to 240 micrograms"; "230" is
    levels = Conflict("mass: found levels", "quantity",
                      (Side("310 micrograms", "Tests found 310 micrograms in the worst wells.", ("a",)),
                       Side("up to 240 micrograms", "Tests found up to 240 micrograms.", ("b",))))
    assert side_of(levels, "96 micrograms") is None
    assert side_of(levels, "230 micrograms").value == "up to 240 micrograms"


def scored(doc, index, text, score):
    sentence = Sentence(doc, index, text, 0, len(text))
    return Scored(Group(index, sentence, (sentence,)), score)


AGENCY = parse("Which agency inspected the dam?")
EVIDENCE = [scored("a", 0, "Engineers inspected the dam on Monday.", 3.0),
            scored("b", 1, "The Water Safety Board inspected the dam.", 2.5),
            scored("c", 2, "The Dam Review Office inspected the dam.", 2.0)]
AGENCIES = Conflict("name of the agency: dam", "name",
                    (Side("Water Safety Board", EVIDENCE[1].group.text, ("b",), (("b", 1),)),
                     Side("Dam Review Office", EVIDENCE[2].group.text, ("c",), (("c", 2),))))


def test_without_an_answer_a_conflict_in_the_next_best_evidence_is_shown():
    assert disputed_answer(AGENCY, None, EVIDENCE, [AGENCIES]) == [AGENCIES]


def test_an_answer_on_neither_side_keeps_a_conflict_of_later_evidence_out():
    assert disputed_answer(AGENCY, "Engineers Guild", EVIDENCE, [AGENCIES]) == []
    assert disputed_answer(AGENCY, None, EVIDENCE[:1], [AGENCIES]) == []


CRATE = parse("Where was the crate of rifles found?")
STATEMENTS = [scored("a", 0, "Customs officers found a crate of 60 rifles near Harlow Quay on Friday.", 3.0),
              scored("b", 1, "Officers found a crate of 60 rifles near Dunmore Quay, the agency said.", 2.5),
              scored("c", 2, "A crate of 60 rifles was found near Harlow Quay, police said.", 2.0),
              scored("d", 3, "Police at Kelby Quay said the rifles came from a crate near the docks.", 1.5)]


def test_the_same_statement_with_another_value_in_another_outlet_is_a_side():
    best = Candidate("Harlow Quay", "harlow quay", (0.0,) * len(FEATURES), ("a",), 0.7, STATEMENTS[0].group.text)
    conflict = aligned_conflict(CRATE, best, STATEMENTS)
    assert [(s.value, s.sources) for s in conflict.sides] == [("Harlow Quay", ("a", "c")), ("Dunmore Quay", ("b",))]


def test_a_value_in_other_wording_is_no_side():
    best = Candidate("Harlow Quay", "harlow quay", (0.0,) * len(FEATURES), ("a",), 0.7, STATEMENTS[0].group.text)
    assert aligned_conflict(CRATE, best, [STATEMENTS[0], STATEMENTS[3]]) is None


def test_an_aligned_count_of_the_same_thing_is_a_side_and_an_equal_one_is_not():
    storm = parse("How many homes lost power?")
    said = [scored("a", 0, "The storm left 1,200 homes without power across the county.", 2.0),
            scored("b", 1, "The storm left 3,400 homes without power across the county.", 1.0),
            scored("c", 2, "The storm left about 1,200 homes without power across the county.", 1.0)]
    best = Candidate("1,200", "count:1200", (0.0,) * len(FEATURES), ("a",), 0.7, said[0].group.text)
    conflict = aligned_conflict(storm, best, said)
    assert [s.value for s in conflict.sides] == ["1,200", "3,400"] and conflict.kind == "quantity"


CROSSING = Conflict("duration: crossing ferry", "quantity",
                    (Side("9 hours", "The ferry crossing takes 9 hours.", ("a",), (("a", 0),)),
                     Side("7 hours", "The ferry crossing takes 7 hours.", ("b",), (("b", 0),))))


PARADE = Conflict("number of personnel: march square", "quantity",
                  (Side("Thousands", "Thousands of soldiers will march through the square.", ("b",), (("b", 2),)),
                   Side("tens of thousands", "The parade will feature tens of thousands of soldiers marching through "
                        "the square.", ("c",), (("c", 1),))))


def test_an_answer_that_counts_another_thing_than_a_side_falls_in_its_range_but_stands_in_no_conflict():
    sent = "Around 15,000 sailors were sent to the port, the navy said."
    evidence = [scored("a", 0, sent, 3.0), scored("c", 1, PARADE.sides[1].text, 2.0)]
    question = parse("How many sailors were sent to the port?")
    best = said("15,000", "count:15000", ("a",), 0.7, sent)
    assert disputed_answer(question, "15,000", evidence, [PARADE], [best]) == []
    soldiers = said("15,000", "count:15000", ("a",), 0.7, "Around 15,000 soldiers will march through the square.")
    assert disputed_answer(parse("How many soldiers will march?"), "15,000", evidence, [PARADE], [soldiers]) == [PARADE]

def test_an_answer_stands_in_a_conflict_only_of_what_the_question_measures():
    evidence = [scored("a", 0, CROSSING.sides[0].text, 2.0)]
    how_long = parse("How long does the ferry crossing take?")
    assert disputed_answer(how_long, "9 hours", evidence, [CROSSING]) == [CROSSING]
    assert disputed_answer(parse("How fast does the ferry sail?"), "9 hours", evidence, [CROSSING]) == []


PILOT = Conflict("name of the person: pilot plane", "name",
                 (Side("Mara Dene", "The plane was flown by Mara Dene.", ("a",), (("a", 0),)),
                  Side("Tom Vell", "The plane was flown by Tom Vell.", ("b",), (("b", 0),))))


def test_a_person_question_without_an_answer_stands_in_a_conflict_of_persons_named():
    evidence = [scored("a", 0, PILOT.sides[0].text, 2.0)]
    assert disputed_answer(parse("Who flew the plane?"), None, evidence, [PILOT]) == [PILOT]
    assert disputed_answer(parse("Where did the plane land?"), None, evidence, [PILOT]) == []


def test_an_answer_of_another_kind_stands_in_a_conflict_whose_sides_it_ranks_below():
    evidence = [scored("c", 0, "The Orvell Air plane was late.", 2.0), scored("a", 1, PILOT.sides[0].text, 1.0)]
    found = [candidate("Orvell Air", "orvell air", ("c",), 0.4, exact=0.0),  # an airline for "who"
             candidate("Mara Dene", "mara dene", ("a",), 0.3), candidate("Tom Vell", "tom vell", ("b",), 0.2)]
    flew = parse("Who flew the plane?")
    assert disputed_answer(flew, "Orvell Air", evidence, [PILOT], found) == [PILOT]
    person = [replace(found[0], features=found[1].features), *found[1:]]  # a person of no side: another fact
    assert disputed_answer(flew, "Orvell Air", evidence, [PILOT], person) == []


def test_a_range_that_only_touches_a_side_is_not_that_side():
    crowd = Conflict("number of people: crowd", "quantity",
                     (Side("thousands", "Thousands gathered.", ("a",)),
                      Side("tens of thousands", "Tens of thousands gathered.", ("b",))))
    assert side_of(crowd, "hundreds") is None
    assert side_of(crowd, "tens of thousands").value == "tens of thousands"
    assert side_of(UPDATE, "up to 157").value == "157"


def test_an_answer_of_another_value_than_either_side_is_about_another_fact():
    crowd = Conflict("number of people: crowd square", "quantity",
                     (Side("thousands", "Thousands crowded the square.", ("a",), (("a", 0),)),
                      Side("tens of thousands", "Tens of thousands crowded the square.", ("b",), (("b", 0),))))
    question, evidence = parse("How many people crowded the square?"), [scored("a", 0, crowd.sides[0].text, 2.0)]
    assert disputed_answer(question, None, evidence, [crowd]) == [crowd]
    assert disputed_answer(question, "hundreds", evidence, [crowd]) == []


def test_a_claim_and_its_denial_on_a_tie_answer_as_the_statement_that_matches_best():
    texts = ["2025-03-04\nThe mayor signed the harbour dredging contract with Keel Marine on Friday, officials said.\n",
             "2025-03-04\nThe mayor did not sign the harbour contract, her spokeswoman told the city council.\n"]
    for question, said in (("Did the mayor sign the dredging contract with Keel Marine?", "yes"),
                           ("Did the mayor sign the contract, according to her spokeswoman?", "no")):
        answer = Corpus.from_texts(texts).ask(question)
        assert [s.value for s in answer.conflicts[0].sides] == ["affirms", "denies"]  # one source each
        assert answer.answer == said


def test_an_answer_read_beside_a_side_of_another_fact_shows_that_facts_sides_not_the_others():
    # both sentences give the year the pool opened (a disagreement) and the day it shuts: asked when
    # it shuts, the answer is the sentence's other value, and the sides shown are the days'
    texts = ["2026-03-02\nThe swimming pool, which opened in 1971, will shut at the end of June, the council said.\n",
             "2026-03-02\nThe swimming pool opened in 1973 and will shut for good on May 31, the council said.\n"]
    corpus = Corpus.from_texts(texts)
    shut = corpus.ask("When will the swimming pool shut?")
    assert shut.answer == "end of June" and [[s.value for s in c.sides] for c in shut.conflicts] == [["end of June", "May 31"]]
    opened = corpus.ask("In what year did the swimming pool open?")
    assert [[s.value for s in c.sides] for c in opened.conflicts] == [["1971", "1973"]]


def test_a_figure_later_articles_updated_is_answered_with_its_latest_value():
    texts = ["2026-02-10\nThe operator said 38 containers had been lost overboard from the ship.\n",
             "2026-02-10\nSome 38 containers had been lost overboard by Tuesday, the operator said.\n",
             "2026-02-12\nThe operator said 46 containers had been lost overboard from the ship.\n"]
    answer = Corpus.from_texts(texts).ask("How many containers were lost overboard?")
    (update,) = answer.conflicts
    assert update.kind == "updated" and [s.value for s in update.sides] == ["38", "46"]
    assert answer.answer == "46"  # though more articles gave 38, earlier



@pytest.mark.parametrize("first_day", ["2026-06-01", "2026-06-05"])
@pytest.mark.parametrize("change, latest", [
    ("On Friday the cordon around the depot was widened from 400 metres to 900 metres.", "900 metres"),
    ("The cordon around the depot has been widened from 400 metres to 900 metres.", "900 metres"),
    ("The cordon around the depot will be widened from 400 metres to 900 metres on Monday.", "400 metres"),
])
def test_a_change_a_sentence_tells_as_done_is_answered_with_its_new_value_though_a_source_is_undated(
        change, latest, first_day):
    texts = {"a": f"{first_day}\nPolice closed roads near the depot after the leak. Residents within 400 metres were "
                  "told to stay indoors.\n",
             "b": "FACTS\n- Leak reported: Monday morning\n- Residents told to stay indoors: within 400 metres\n",  # undated
             "c": f"2026-06-05\n{change} Tests of the air continue.\n"}
    answer = Corpus.from_texts(texts).ask("How wide is the cordon around the depot?")
    assert answer.answer == latest
    assert [s.value for c in answer.conflicts for s in c.sides] == (["400 metres", "900 metres"] if latest == "900 metres" else [])

def test_a_question_that_pins_the_time_of_an_updated_figure_takes_one_point_of_it_and_shows_no_sides():
    texts = ["2026-02-10\nThe operator said 38 containers had been lost overboard from the ship.\n",
             "2026-02-10\nSome 38 containers had been lost overboard by Tuesday, the operator said.\n",
             "2026-02-12\nThe operator said 46 containers had been lost overboard from the ship.\n"]
    corpus = Corpus.from_texts(texts)
    for question, said in (("In the end, how many containers were lost overboard?", "46"),
                           ("How many containers were lost overboard at first?", "38")):
        answer = corpus.ask(question)
        assert answer.answer == said and not answer.conflicts

FLOOD = {"a": "Riverside Gazette, 3 March 2027\nFloodwater swept through the valley town of Marlow Cross on Sunday, "
              "killing at least four people, police said. About 300 people were evacuated from homes by the river.\n"
              "In 2009 a smaller flood further downstream killed two people.\n",
         "b": "Valley Radio, 4 March 2027\nThe death toll from the Marlow Cross flood has risen to seven, the police "
              "said on Tuesday. Officials say 650 residents have now been moved out of their homes.\n"
              "In a separate flood at Kettleby on Monday night, one person died, police there said.\n",
         "c": "The Northern Herald, 7 March 2027\nAs the water fell, a week after the flood, divers recovered two more "
              "bodies, bringing the death toll to nine. More than 1,000 people are now out of their homes.\n"
              "Seven of the dead were pensioners, the coroner said.\n"}


@pytest.mark.parametrize("question, latest", [
    ("How many people were killed by the Marlow Cross flood?", "nine"),
    ("How many people died in the flood?", "nine"),
    ("Altogether, how many people were forced to leave their homes by the flood?", "More than 1,000"),
])
def test_a_toll_revised_over_three_dated_articles_is_answered_with_its_latest_value(question, latest):
    answer = Corpus.from_texts(FLOOD).ask(question)
    assert answer.answer == latest  # not another year's flood, nor the count before a change
    timeline = [c for c in answer.conflicts if c.kind == "updated"]
    assert not timeline or timeline[0].sides[-1].value == latest and len(timeline[0].sides) == 3


@pytest.mark.parametrize("question, said", [
    ("How many people died in the Kettleby flood?", "one"),  # a place one article names: another event
    ("How many people did the 2009 flood kill?", "two"),  # a year asked: one point, not the running toll
])
def test_a_toll_of_another_event_is_no_point_of_the_running_toll(question, said):
    answer = Corpus.from_texts(FLOOD).ask(question)
    assert answer.answer == said and all(c.kind != "updated" for c in answer.conflicts)


OUTBREAK = {"a": "Dunhallow Courier, 2 March 2061\nThere are now 14 confirmed cases of mumps in Dunhallow, the health "
                 "board said on Monday.\n",
            "b": "Dunhallow Courier, 16 March 2061\nThe mumps outbreak in Dunhallow has spread to a third college, and "
                 "the number of confirmed cases has risen to 29.\n",
            "c": "West Shore Radio, 30 April 2061\nHealth officials in Dunhallow declared the mumps outbreak over on "
                 "Tuesday. The final count was 37 confirmed cases.\n"}


@pytest.mark.parametrize("question, said", [
    ("How many confirmed mumps cases were there in the Dunhallow outbreak in the end?", "37"),
    ("How many confirmed mumps cases were first reported in Dunhallow?", "14"),
])
def test_a_later_article_that_leaves_the_story_s_own_place_unsaid_still_updates_its_figure(question, said):
    # every article names the town, so the last one's "The final count was 37" is no other place's count
    answer = Corpus.from_texts(OUTBREAK).ask(question)
    assert answer.answer == said and not answer.conflicts


def test_an_update_of_what_a_question_of_no_noun_asks_is_answered_with_its_latest_value():
    # "How much ... offered to repair" names no noun a sum measures, so no candidate fits exactly; the update's topic
    # holds the deed and its object, and the answer states its first side
    texts = {"a": "Quayside Courier, 4 May 2062\nThe council has offered £2 million to repair the pier at Selham, the "
                  "council leader, Rhona Vail, said.\n",
             "b": "Selham Live, 6 May 2062\n10:40 The council leader, Rhona Vail, has just announced that the "
                  "council's repair fund for the pier at Selham will be raised to £3.5 million, up from the £2 million "
                  "offered on Tuesday.\n"}
    answer = Corpus.from_texts(texts).ask("How much has the council offered to repair the pier?")
    assert answer.answer == "£3.5 million"
    assert [(c.kind, [s.value for s in c.sides]) for c in answer.conflicts] == [("updated", ["£2 million", "£3.5 million"])]


def test_counts_of_the_latest_day_that_agree_are_answered_with_the_narrowest():
    texts = {"a": "Island Wire, 1 June 2028\nAbout 2,000 people were evacuated from villages below the volcano.\n",
             "b": "Harbour News, 2 June 2028\nMore than 3,500 people have now been evacuated from the slopes of the "
                  "volcano, officials said.\n",
             "c": "Live: volcano eruption, 2 June 2028\n16:05 - The number of evacuees has reached 4,000, the civil "
                  "defence office says.\n"}
    answer = Corpus.from_texts(texts).ask("How many people were evacuated because of the volcano?")
    assert answer.answer == "4,000"


CARGO = {"a": "Shipping Times, 5 May 2028\nEight containers fell from the deck of the Nordvik Star in the storm, the "
                 "owner said. About 300 homes along the coast were evacuated.\n",
         "b": "Coastal Echo, 6 May 2028\nThe owner now says 19 containers have been lost overboard from the Nordvik "
              "Star. Around 120 homes were flooded, the council said.\n",
         "c": "Marine Weekly, 9 May 2028\nA survey has found that 26 containers have been lost overboard from the "
              "Nordvik Star in all. The fire service said 450 homes had been evacuated at the height of the flooding.\n"}


@pytest.mark.parametrize("question, said", [
    ("How many containers have been lost overboard so far?", "26"),
    ("How many homes were flooded?", "120"),  # homes evacuated later are another count of homes
])
def test_a_count_of_another_noun_runs_with_the_verb_the_question_asks_for(question, said):
    assert Corpus.from_texts(CARGO).ask(question).answer == said


def test_a_later_sentence_that_revises_a_count_it_restates_is_answered_with_its_new_value():
    texts = {"a": "Civic Post, 3 April 2028\nBetween January 2027 and March 2028, inspectors found faulty wiring in 120 flats "
                  "in the Eastgate tower blocks, the council said.\n",
             "b": "Eastgate Star, 8 April 2028\nThe council said a full survey had found faulty wiring in 175 flats in "
                  "the Eastgate tower blocks, revising upwards the 120 it gave last week.\n",
             "c": "Civic Post, 10 April 2028\nTenants of the Eastgate tower blocks met council officers on Tuesday to "
                  "ask when the repairs will start.\n"}  # a month read as a name ("Between January") names no side event
    answer = Corpus.from_texts(texts).ask("How many flats had faulty wiring?")
    assert answer.answer == "175"
    assert [(s.value, s.sources) for s in answer.conflicts[0].sides] == [("120", ("a",)), ("175", ("b",))]


@pytest.mark.parametrize("later, update", [
    ("The union says 1,900 pilots have joined the strike. The airline's operations chief said 1,350 pilots "
     "had now joined it.", False),  # one article gives both: two sides, no update
    ("The airline's operations chief said 1,350 pilots had now joined the strike.", True),
])
def test_a_count_whose_later_article_also_gives_the_earlier_one_is_no_running_count(later, update):
    corpus = Corpus.from_texts({"a": "Air Desk, 3 June 2028\nThe union said 1,900 pilots had joined the strike.\n",
                                "b": f"Travel Wire, 5 June 2028\n{later}\n"})
    found = [said("1,900", "count:1900", ("a",), 0.6, "The union said 1,900 pilots had joined the strike.")]
    counted = running_count(parse("How many pilots joined the strike?"), found, corpus.groups, corpus.dates)
    assert (counted is not None and [s.value for s in counted.sides] == ["1,900", "1,350"]) is update


def test_a_part_of_the_dead_is_not_answered_with_the_running_toll():
    answer = Corpus.from_texts(FLOOD).ask("How many of those killed in the flood were pensioners?")
    assert answer.answer != "nine" and all(c.kind != "updated" for c in answer.conflicts)


def test_a_question_for_the_first_reported_toll_keeps_the_earliest_value():
    answer = Corpus.from_texts(FLOOD).ask("How many people were initially reported killed in the flood?")
    assert answer.answer == "at least four"


def test_a_toll_two_outlets_give_apart_on_one_day_stays_a_disagreement():
    texts = {"a": "Coast Daily, 9 May 2027\nThe fire at the Harwick paint works killed 12 workers, the fire "
                  "brigade said.\n",
             "b": "Morning Post, 9 May 2027\nThe fire at the Harwick paint works killed 15 workers, the union said.\n",
             "c": "City Wire, 9 May 2027\nA union official said the fire at the Harwick paint works killed 15 workers.\n"}
    answer = Corpus.from_texts(texts).ask("How many workers were killed in the fire at the paint works?")
    assert answer.answer == "15"  # the side more sources take
    assert [sorted(s.sources) for c in answer.conflicts for s in c.sides] == [["b", "c"], ["a"]]
    assert all(c.kind != "updated" for c in answer.conflicts)


CREW = Conflict("number of crew: aboard vessel", "quantity",
                (Side("31", "The trawler had 31 crew aboard.", ("a",), (("a", 5),)),
                 Side("35", "The trawler had 35 crew aboard, the owner said.", ("b",), (("b", 6),))))


def test_a_conflict_in_deeper_evidence_is_shown_when_two_candidates_state_its_sides():
    question = parse("How many sailors were aboard the trawler?")
    shown = [scored("c", 0, "The trawler sank in a gale off the cape.", 3.0)]
    found = [candidate("31", "count:31", ("a",), 0.2), candidate("35", "count:35", ("b",), 0.1)]
    assert disputed_answer(question, None, shown, [CREW], found) == [CREW]
    assert disputed_answer(question, "31", shown, [CREW], found) == [CREW]
    assert disputed_answer(question, None, shown, [CREW], found[:1]) == []  # one candidate takes one side only
    assert disputed_answer(question, "12", shown, [CREW], found) == []  # the answer is another fact
    assert disputed_answer(parse("How many sailors were rescued?"), None, shown, [CREW], found) == []


def said(text, key, docs, probability, sentence, *, names=1.0, exact=1.0):
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("type_exact")], x[FEATURES.index("names")] = exact, names
    return Candidate(text, key, tuple(x), docs, probability, sentence)


JOBS = parse("How many jobs will the closure cost?")
AGE = parse("How old is Ruth Anning?")
LOSS = said("1,200", "count:1200", ("a",), 0.6, "The mill will shut next year with the loss of 1,200 jobs.")


def test_a_weaker_count_of_the_same_noun_in_other_wording_is_a_rival():
    rival = said("900", "count:900", ("b",), 0.15, "Union leaders say 900 jobs are at risk at the mill.")
    conflict = candidate_conflict(JOBS, [LOSS, rival])
    assert [(s.value, s.sources) for s in conflict.sides] == [("1,200", ("a",)), ("900", ("b",))]


def test_counts_of_other_nouns_parts_of_a_whole_or_other_subjects_are_no_rivals():
    others = [said("900", "count:900", ("b",), 0.15, "Union leaders say 900 contractors are at risk at the mill."),
              said("45,000", "count:45000", ("b",), 0.3, "The region has lost 45,000 jobs since 2010."),
              said("900", "count:900", ("b",), 0.15, "Union leaders say 900 jobs are at risk at the mill.", names=0.0),
              said("900", "count:900", ("b",), 0.08, "Union leaders say 900 jobs are at risk at the mill.")]
    assert all(candidate_conflict(JOBS, [LOSS, other]) is None for other in others)


def stated(text, key, sentence, doc, probability):
    return replace(candidate(text, key, (doc,), probability), sentence=sentence)


# A question; the best candidate, stated with the question's words; rivals stated of another event;
# rivals stated of the same fact (a date its sentence does not write out gives no words to read).
STATED = [
    ("How many people does the refinery employ?",
     ("820", "count:820", "The owners said the refinery employs 820 people and has run since 1981."),
     [("About 4,000", "count:4000", "About 4,000 people were ordered out of their homes when a tank at the refinery "
                                    "caught fire."),
      ("some 2,500", "count:2500", "By noon some 2,500 people from two villages had gathered in a school gym.")],
     [("900", "count:900", "A union official said the refinery employs 900 people.")]),
    ("How many days of mourning were declared?",
     ("three days", "duration:259200", "The president declared three days of national mourning."),
     [("Two days", "duration:172800", "Two days after the flood, families slept in tents.")],
     [("five days", "duration:432000", "Parliament declared five days of mourning on Friday.")]),
    ("How many climbers were found alive?",
     ("three", "count:3", "Rescuers found three of the climbers alive near the summit on Monday."),
     [("seven", "count:7", "Searchers said seven climbers had been missing since Saturday night.")],
     [("five", "count:5", "Five of the climbers were found alive, the guide told reporters.")]),
    ("How long did the evacuation take?",  # a subject beyond the window, in the figure's clause (sides_news10)
     ("about three hours", "duration:10800", "The evacuation took about three hours, the coastguard said."),
     [("40 minutes", "duration:2400", "The evacuation of the harbour's three ferries was a drill of 40 minutes "
                                      "with a 2-hour briefing.")],
     [("just over 90 minutes", "duration:5400", "The evacuation of the vessel was completed in just over 90 minutes.")]),
    ("When will voters go to the polls?",
     ("May 9", "2026-05-09/2026-05-09/", "The president set May 9 for voters to go to the polls."),
     [("Monday", "2026-03-02/2026-03-02/", "The cabinet resigned on Monday after losing a confidence vote in parliament.")],
     [("May 16", "2026-05-16/2026-05-16/", "Voters go to the polls on May 16, the electoral board said."),
      ("May 16", "2026-05-16/2026-05-16/", "Officials said voting would take place next Saturday.")]),
]


@pytest.mark.parametrize("question, best, other_events, same_fact", STATED)
def test_a_value_stated_with_the_question_s_words_has_no_rival_stated_of_another_event(question, best, other_events,
                                                                                       same_fact):
    asked, best = parse(question), stated(*best, "a", 0.6)
    assert all(candidate_conflict(asked, [best, stated(*other, "b", 0.4)]) is None for other in other_events)
    for text, key, sentence in same_fact:
        conflict = candidate_conflict(asked, [best, stated(text, key, sentence, "b", 0.4)])
        assert conflict is not None and {s.value for s in conflict.sides} == {best.text, text}


def test_the_value_before_a_change_is_no_rival():
    turnout = parse("What was the turnout?")
    now = said("60.8 percent", "percent:60.8", ("a",), 0.6, "Turnout was 60.8 percent, the commission said.")
    was = said("67%", "percent:67", ("b",), 0.3, "Turnout was 61%, down from 67% at the last election.")
    assert candidate_conflict(turnout, [now, was]) is None
    differs = said("67%", "percent:67", ("b",), 0.3, "Turnout was 67% at the election, the commission said.")
    assert candidate_conflict(turnout, [now, differs]) is not None  # the same figure stated, not changed from


def test_a_rival_of_a_rival_is_a_side_when_the_best_spans_both():
    jobs = parse("How many jobs will go?")
    wide = stated("500 to 1,000", "count:750", "A further 500 to 1,000 jobs will go at suppliers.", "a", 0.5)
    about = stated("320", "count:320", "The closure will see about 320 jobs go at the plant.", "b", 0.4)
    over = stated("350", "count:350", "More than 350 jobs will go at the plant, the union said.", "c", 0.3)
    assert candidate_conflict(jobs, [wide, over]) is None  # "more than 350" may be 750
    conflict = candidate_conflict(jobs, [wide, about, over])
    assert conflict is not None and {s.value for s in conflict.sides} == {"500 to 1,000", "about 320", "More than 350"}


def test_rivals_that_agree_with_each_other_are_one_side_with_their_sources():
    waves = parse("How high were the waves?")
    found = [said("50 feet", "distance:0.01524", ("a",), 0.3, "Waves reached 50 feet overnight."),
             said("40 feet", "distance:0.012192", ("b",), 0.15, "Forecasters said waves of 40 feet hit the coast."),
             said("up to 12 metres", "distance:0.012", ("c",), 0.1, "Waves of up to 12 metres were recorded.")]
    conflict = candidate_conflict(waves, found)
    assert [(s.value, s.sources) for s in conflict.sides] == [("40 feet", ("b", "c")), ("50 feet", ("a",))]


def test_a_claim_and_its_denial_deeper_than_the_evidence_shown_still_answer_a_yes_no_question():
    texts = ["2025-03-04\nThe mayor signed the dredging contract on Friday, officials said.\n",
             "2025-03-04\nThe mayor did not sign the dredging contract, her spokeswoman told the city council.\n",
             "2025-03-04\nKeel Marine, the harbour dredging firm, and the mayor meet on Monday about the harbour "
             "dredging contract.\n"]
    answer = Corpus.from_texts(texts).ask("Did the mayor sign the harbour dredging contract with Keel Marine?", top_k=1)
    assert not answer.evidence[0].text.startswith("The mayor")  # the one sentence shown takes no side
    assert answer.answer == "yes" and [s.value for s in answer.conflicts[0].sides] == ["affirms", "denies"]


ALARM = [scored("a", 0, "The smoke alarm in the boiler room worked as designed, the caretaker said.", 3.0),
         scored("b", 1, "Inspectors said the smoke alarm in the boiler room failed when the fire spread.", 2.5)]


def test_a_failure_verb_after_what_a_yes_no_question_asks_about_denies_it():
    claim = asked_claim(parse("Did the smoke alarm in the boiler room work?"), ALARM)
    assert claim is not None and [(s.value, s.sources) for s in claim.sides] == [("affirms", ("a",)),
                                                                                   ("denies", ("b",))]


def test_a_failure_denied_affirms_the_claim():
    evidence = [ALARM[1], scored("c", 2, "The smoke alarm in the boiler room never failed, the caretaker said.", 2.0)]
    claim = asked_claim(parse("Did the smoke alarm in the boiler room work?"), evidence)
    assert claim is not None and [(s.value, s.sources) for s in claim.sides] == [("affirms", ("c",)),
                                                                                   ("denies", ("b",))]


def test_a_question_that_asks_about_the_failure_is_affirmed_by_it():
    assert asked_claim(parse("Did the smoke alarm in the boiler room fail?"), ALARM) is None


INQUEST = parse("Did the driver testify at the inquest?")


def test_a_denial_in_a_side_clause_denies_the_claim_but_not_under_a_condition():
    affirms = scored("a", 0, "The driver testified at the inquest for two hours on Monday.", 3.0)
    relative = scored("b", 1, "The driver, who did not testify at the inquest, was fined 500 pounds.", 2.5)
    condition = scored("c", 2, "The coroner said she would adjourn if the driver did not testify at the inquest.", 2.0)
    claim = asked_claim(INQUEST, [affirms, relative])
    assert claim is not None and [(s.value, s.sources) for s in claim.sides] == [("affirms", ("a",)),
                                                                                   ("denies", ("b",))]
    assert asked_claim(INQUEST, [relative, condition]) is None  # the condition states no claim


def test_a_claim_reported_with_a_denial_of_it_by_another_states_the_claim():
    evidence = [scored("a", 0, "Union officials said the council sold the bus depot, a claim the council denies.", 3.0),
                scored("b", 1, "The council did not sell the bus depot, its leader told reporters.", 2.5)]
    claim = asked_claim(parse("Did the council sell the bus depot?"), evidence)
    assert claim is not None and [(s.value, s.sources) for s in claim.sides] == [("affirms", ("a",)),
                                                                                   ("denies", ("b",))]


def test_a_statement_in_the_first_person_states_the_claim_of_the_subject_it_stands_for():
    evidence = [scored("a", 0, "The water company drained the reservoir last spring, residents said.", 3.0),
                scored("b", 1, "\"We never drained the reservoir,\" its chief executive told reporters.", 2.5)]
    claim = asked_claim(parse("Did the water company drain the reservoir?"), evidence)
    assert claim is not None and [(s.value, s.sources) for s in claim.sides] == [("affirms", ("a",)),
                                                                                   ("denies", ("b",))]


def test_measured_rivals_need_no_type_the_question_reads_but_a_question_for_a_quantity():
    found = [said("50 feet", "distance:0.01524", ("a",), 0.3, "Waves reached 50 feet overnight.", exact=0.0),
             said("40 feet", "distance:0.012192", ("b",), 0.15, "Forecasters said waves of 40 feet battered the coast.",
                  exact=0.0)]
    conflict = candidate_conflict(parse("How big were the waves?"), found)
    assert [s.value for s in conflict.sides] == ["50 feet", "40 feet"]
    assert candidate_conflict(parse("Which storm brought the waves?"), found) is None


def test_a_running_count_of_the_dead_is_no_measured_rival():
    found = [said("150", "count:150", ("a",), 0.6, "The death toll passed 150 on Friday."),
             said("80", "count:80", ("b",), 0.2, "The death toll rose to 80, officials said.")]
    assert candidate_conflict(parse("How many people died in the floods?"), found) is None


def test_an_outlet_that_supports_both_sentences_without_writing_out_a_figure_keeps_them_rivals():
    loss = said("1,200", "count:1200", ("a", "b"), 0.6, "The mill will shut next year with the loss of 1,200 jobs.")
    risk = said("900", "count:900", ("b", "c"), 0.15, "Union leaders say 900 jobs are at risk at the mill.")
    evidence = [scored("a", 0, loss.sentence, 2.0), scored("c", 1, risk.sentence, 1.5),
                scored("b", 2, "The mill will shut next year, the owners said.", 1.0)]
    assert candidate_conflict(JOBS, [loss, risk]) is None  # by their sources, outlet b gives both
    conflict = candidate_conflict(JOBS, [loss, risk], evidence)
    assert [(s.value, s.sources) for s in conflict.sides] == [("1,200", ("a", "b")), ("900", ("b", "c"))]


def test_an_outlet_that_supports_a_sentence_but_writes_out_the_other_figure_is_on_that_side_only():
    older = said("61", "count:61", ("b", "c"), 0.6, "Ruth Anning, 61, is in a stable condition in hospital.")
    younger = said("62", "count:62", ("b",), 0.3, "Ruth Anning, 62, was lifted from the ridge by helicopter.")
    evidence = [scored("c", 0, older.sentence, 2.0), scored("b", 1, younger.sentence, 1.5),
                scored("b", 2, "She was flown to hospital, where she is stable.", 1.0)]
    conflict = candidate_conflict(AGE, [older, younger], evidence)
    assert [(s.value, s.sources) for s in conflict.sides] == [("61", ("c",)), ("62", ("b",))]


def test_days_that_overlap_are_one_side_and_no_rivals():
    day = parse("On what day was the suspect arrested?")
    monday = candidate("Monday", "2026-05-18/2026-05-18/", ("a",), 0.6)
    night = candidate("Monday night", "2026-05-18/2026-05-18/night", ("b",), 0.5)
    tuesday = candidate("Tuesday", "2026-05-19/2026-05-19/", ("c",), 0.4)
    assert candidate_conflict(day, [monday, night]) is None
    conflict = candidate_conflict(day, [tuesday, monday, night])
    assert [(s.value, s.sources) for s in conflict.sides] == [("Monday", ("a", "b")), ("Tuesday", ("c",))]


def test_two_values_of_one_sentence_are_two_facts_and_no_rivals():
    polls = parse("On what day will voters go to the polls?")
    vote = candidate("Tuesday", "2026-04-14/2026-04-14/", ("a",), 0.5)
    called = "The president on Thursday called an election for June 21."
    june = replace(candidate("June 21", "2026-06-21/2026-06-21/", ("b",), 0.4), sentence=called)
    thursday = replace(candidate("Thursday", "2026-04-16/2026-04-16/", ("b",), 0.3), sentence=called)
    assert candidate_conflict(polls, [vote, june]) is not None
    assert candidate_conflict(polls, [vote, june, thursday]) is None


def test_a_day_read_from_this_morning_is_compared_as_an_agreeing_candidate_writes_it():
    alarm = parse("On what day did the alarm sound aboard the station?")
    best = told("August 1, 1999", "1999-08-01/1999-08-01/morning", "a", 0.6,
                "An alarm sounded aboard the station early this morning.")
    sunday = told("early on Sunday", "1999-08-01/1999-08-01/early", "b", 0.5,
                  "The alarm sounded aboard the station early on Sunday.")
    monday = told("Monday", "1999-08-02/1999-08-02/", "c", 0.25, "An alarm sounded aboard the station on Monday.")
    assert candidate_conflict(alarm, [best, monday]) is None  # nothing writes the best out to tell it with
    conflict = candidate_conflict(alarm, [best, sunday, monday])
    assert [(s.value, s.sources) for s in conflict.sides] == [("August 1, 1999", ("a", "b")), ("Monday", ("c",))]


def test_an_answer_an_outlet_of_a_side_gives_in_other_words_stands_in_that_side():
    paid = Conflict("money: ordered pay restitution", "quantity",
                    (Side("$6 million", "The judge ordered him to pay $6 million in restitution.", ("a",), (("a", 0),)),
                     Side("$7.5 million", "She ordered him to pay $7.5 million in restitution.", ("b",), (("b", 0),))))
    repay = parse("How much must the banker repay?")
    said = "The banker must serve 12 years and repay $6 million, the judge ruled."
    shown = [scored("a", 3, said, 2.0)]
    best = replace(candidate("$6 million", "money:6e+06", ("a",), 0.7), sentence=said)
    assert disputed_answer(repay, "$6 million", shown, [paid], [best]) == [paid]
    elsewhere = replace(best, documents=("c",))  # an outlet on neither side: its figure may be of another fact
    assert disputed_answer(repay, "$6 million", [scored("c", 3, said, 2.0)], [paid], [elsewhere]) == []


def test_a_count_of_others_is_a_part_unless_the_question_asks_for_others():
    nine = replace(candidate("Nine", "count:9", ("a",), 0.5), sentence="Nine officers are being held.")
    eight = replace(candidate("eight", "count:8", ("b",), 0.4),
                    sentence="The colonel and eight other officers are being held.")
    assert candidate_conflict(parse("How many officers are being held?"), [nine, eight]) is None
    assert candidate_conflict(parse("How many officers besides the colonel are held?"), [nine, eight]) is not None
    held = Conflict("number of officers: held", "quantity",
                    (Side("Nine", nine.sentence, ("a",), (("a", 0),)), Side("eight", eight.sentence, ("b",), (("b", 0),))))
    evidence = [scored("a", 0, nine.sentence, 2.0)]
    assert disputed_answer(parse("How many officers are being held?"), "Nine", evidence, [held], [nine, eight]) == []
    assert disputed_answer(parse("How many other officers are being held?"), "Nine", evidence, [held],
                           [nine, eight]) == [held]


def test_an_aligned_amount_restated_in_another_unit_is_one_side():
    far = parse("How far from the prison was the escapee found?")
    said = [scored("a", 0, "The escapee was found hiding some 40 km from the prison farm gates.", 2.0),
            scored("b", 1, "The escapee was found hiding about 40 miles (64 km) from the prison farm gates.", 1.0)]
    best = Candidate("some 40 km", "distance:40", (0.0,) * len(FEATURES), ("a",), 0.7, said[0].group.text)
    conflict = aligned_conflict(far, best, said)
    assert [(s.value, s.sources) for s in conflict.sides] == [("some 40 km", ("a",)), ("about 40 miles", ("b",))]


LEAK = parse("Had the pilot been drinking before the crash?")


def test_a_denial_worded_apart_from_its_claim_is_a_side_of_the_claim_a_question_asks_about():
    said = [scored("a", 0, "Investigators said the pilot, a veteran flier, had been drinking before the crash.", 3.0),
            scored("b", 1, "Regulators said there was no sign that the pilot had been drinking.", 2.0)]
    conflict = asked_claim(LEAK, said)
    assert [(s.value, s.sources) for s in conflict.sides] == [("affirms", ("a",)), ("denies", ("b",))]


def test_a_negation_of_something_else_or_one_stance_or_an_outlet_on_both_sides_is_no_claim_and_denial():
    claim = scored("a", 0, "Investigators said the pilot had been drinking before the crash.", 3.0)
    other_negation = scored("b", 1, "The pilot had been drinking, and the airline did not comment.", 2.0)
    agrees = scored("c", 2, "The pilot had been drinking hours before the crash, police said.", 2.0)
    both = scored("a", 3, "Regulators said there was no sign that the pilot had been drinking.", 1.0)
    few_terms = scored("d", 4, "The airline said its crews were not tested before flights.", 1.0)
    for evidence in ([claim, other_negation], [claim, agrees], [claim, both], [claim, few_terms]):
        assert asked_claim(LEAK, evidence) is None


def test_a_yes_no_question_answers_with_both_sides_of_a_denial_the_conflict_finder_does_not_pair():
    texts = ["2025-06-02\nInvestigators said the pilot, a veteran flier, had been drinking before the crash.\n",
             "2025-06-02\nRegulators said there was no sign that the pilot had been drinking.\n"]
    answer = Corpus.from_texts(texts).ask("Had the pilot been drinking before the crash?")
    assert [s.value for s in answer.conflicts[0].sides] == ["affirms", "denies"]
    assert answer.answer == "yes"  # a tie: the statement that matches best


HALL = parse("How many guests were at the gala in the museum?")


def groups_of(*said):
    return [Group(k, s, (s,)) for k, s in enumerate(Sentence(doc, k, text, 0, len(text)) for k, (doc, text) in
                                                    enumerate(said))]


def best_of(text, sentence, doc="a", key="count:0"):
    """The best candidate ``text``, stated in ``sentence`` of document ``doc``."""
    return Candidate(text, key, (0.0,) * len(FEATURES), (doc,), 0.7, sentence)


def test_a_rival_figure_anywhere_in_the_articles_is_a_side_when_stated_with_the_question_s_words():
    first = "About 900 guests attended the gala at the museum on Friday."
    groups = groups_of(("a", first),
                       ("b", "The museum said 1,400 guests had come to the gala."),
                       ("c", "A crowd of 1,350 packed the museum for the gala."),
                       ("d", "Ticket sales raised $90,000 for the museum."))
    conflict = stated_elsewhere(HALL, best_of("About 900 guests", first), groups)
    assert [(s.value, s.sources) for s in conflict.sides] == [("1,400 guests", ("b", "c")),
                                                              ("About 900 guests", ("a",))]
    assert conflict.kind == "quantity"


def test_a_figure_of_another_thing_subject_or_event_or_a_part_is_no_side_found_in_the_articles():
    first = "About 900 guests attended the gala at the museum on Friday."
    others = [("b", "The museum said 1,400 volunteers had come to the gala."),  # another noun
              ("c", "About 1,400 guests attended the opening of the library."),  # without the question's words
              ("d", "Of the guests at the gala in the museum, 40 were children."),  # a part
              ("c", "At the museum gala 400 guests stayed to dance, and the 500 others left early."),  # a part
              ("b", "The museum said 900 guests came, though 1,400 guests had tickets to the gala at the museum."),
              ("a", "The museum said 1,400 guests had come to the gala.")]  # the same outlet
    for other in others:
        assert stated_elsewhere(HALL, best_of("About 900 guests", first), groups_of(("a", first), other)) is None
    named = parse("How many guests were at the gala in the Harlow Museum?")
    first = ("The Harlow Museum, which reopened this spring after a long renovation, "
             "said about 900 guests attended its gala.")
    other = ("b", "The Kelby Museum said 1,400 guests attended its gala.")  # another subject than the question names
    assert stated_elsewhere(named, best_of("about 900 guests", first), groups_of(("a", first), other)) is None


def test_a_count_of_people_is_no_side_of_a_count_of_things():
    # "how many lorries": people who fell are no count of lorries; for "how many drivers" they are
    first = "Eight lorries fell into the canal when the embankment gave way on Monday."
    groups = groups_of(("a", first), ("b", "Three people fell into the canal, the council said."))
    assert stated_elsewhere(parse("How many lorries fell into the canal?"), best_of("Eight lorries", first),
                            groups) is None
    drivers = "Eight drivers fell into the canal when the embankment gave way on Monday."
    conflict = stated_elsewhere(parse("How many drivers fell into the canal?"), best_of("Eight drivers", drivers),
                                groups_of(("a", drivers), ("b", groups[1].text)))
    assert [s.value for s in conflict.sides] == ["Eight drivers", "Three people"]
    people = groups[1].text  # "how many people": a count of lorries is none of them either
    assert stated_elsewhere(parse("How many people fell into the canal?"), best_of("Three people", people, doc="b"),
                            groups_of(("b", people), ("a", first))) is None


def test_a_running_count_or_a_question_for_no_quantity_finds_no_side_in_the_articles():
    first = "The flood has killed 40 people in the valley."
    groups = groups_of(("a", first), ("b", "The flood has killed 55 people in the valley."))
    assert stated_elsewhere(parse("How many people has the flood killed in the valley?"),
                            best_of("40 people", first), groups) is None
    first = "About 900 guests attended the gala at the museum."
    groups = groups_of(("a", first), ("b", "The museum said 1,400 guests had come to the gala."))
    who = parse("Who came to the gala at the museum?")
    assert stated_elsewhere(who, best_of("About 900 guests", first), groups) is None


SKIPPER = parse("Who is the captain of the trawler?")


def test_another_person_given_the_role_the_question_asks_about_is_a_side_an_abbreviated_title_too():
    first = "Police said the captain, Ivo Marek, was asleep when the trawler struck the pier."
    groups = groups_of(("a", first),
                       ("b", "The trawler's master, Capt. Leon Varga, was questioned on Friday."),
                       ("c", "Captain Leon Varga said the trawler's engine failed."),
                       ("d", "Deckhand Tom Reyes swam to shore."),
                       ("e", "Captain Leon Varga said the engine failed."))  # not told of the trawler
    conflict = named_elsewhere(SKIPPER, best_of("Ivo Marek", first, key="ivo marek"), groups)
    assert [(s.value, s.sources) for s in conflict.sides] == [("Leon Varga", ("b", "c")), ("Ivo Marek", ("a",))]
    assert conflict.kind == "name"


def test_a_person_of_another_role_an_outlet_naming_the_best_too_or_a_question_for_no_role_has_no_side():
    first = "Police said the captain, Ivo Marek, was asleep when the trawler struck the pier."
    for other in [("b", "Deckhand Tom Reyes swam to shore."),  # another role
                  ("b", "Captain Leon Varga and Ivo Marek were both aboard.")]:  # an outlet naming the best
        assert named_elsewhere(SKIPPER, best_of("Ivo Marek", first, key="ivo marek"), groups_of(("a", first), other)) is None
    other = ("b", "Captain Leon Varga said the trawler's engine failed.")
    who = parse("Who was asleep when the trawler struck the pier?")
    assert named_elsewhere(who, best_of("Ivo Marek", first, key="ivo marek"), groups_of(("a", first), other)) is None
    crew = parse("Which of the four captains was asleep on the trawler?")  # a role many hold
    assert named_elsewhere(crew, best_of("Ivo Marek", first, key="ivo marek"), groups_of(("a", first), other)) is None
    port = parse("Who is the captain of the Harlow trawler?")  # another subject than the question names
    first = "Police said the Harlow trawler's captain, Ivo Marek, was asleep."
    other = ("b", "The Kelby trawler's captain, Leon Varga, said the engine failed.")
    assert named_elsewhere(port, best_of("Ivo Marek", first, key="ivo marek"), groups_of(("a", first), other)) is None


def test_a_chair_named_past_a_title_and_one_untyped_are_rival_sides():
    chair = parse("Who chairs the ethics panel?")  # "chairs" is the verb, not many chairs
    first = "The ethics panel, chaired by retired judge Ana Ruiz, will report in May."
    groups = groups_of(("a", first), ("b", "The ethics panel will be chaired by former ombudsman Piet Haan."))
    conflict = named_elsewhere(chair, best_of("Ana Ruiz", first, key="ana ruiz"), groups)
    assert [(s.value, s.sources) for s in conflict.sides] == [("Ana Ruiz", ("a",)), ("Piet Haan", ("b",))]


def test_a_person_of_another_post_of_the_same_title_or_whom_the_question_names_is_no_side():
    first = "The cuts will save $900 million, Finance Minister Paul Derain said."
    other = ("b", "Prime Minister Louis Tessier staked his government on the cuts.")
    minister = parse("Who is the finance minister?")
    assert named_elsewhere(minister, best_of("Paul Derain", first, key="paul derain"),
                           groups_of(("a", first), other)) is None
    first = "Aldane's lawyer, Sharon Wu, said her client acted in good faith."
    other = ("b", "It cost Gregory Aldane, the lawyer who led the bid, his job.")
    lawyer = parse("Who is Aldane's lawyer?")
    assert named_elsewhere(lawyer, best_of("Sharon Wu", first, key="sharon wu"), groups_of(("a", first), other)) is None


def told(text, key, doc, probability, sentence, *, exact=1.0):
    return replace(candidate(text, key, (doc,), probability, exact=exact), sentence=sentence)


LANDED = parse("What day did the airship land?")
THURSDAY = told("Thursday", "2003-06-12/2003-06-12/", "a", 0.7,
                "Organizers called off the show after Thursday's landing of the airship on a golf course.")


def test_a_weaker_day_told_with_the_question_s_words_in_other_wording_is_a_rival():
    # Stop words do not count toward the reach: "landed" is five content words before the day.
    rival = told("June 11", "2003-06-11/2003-06-11/", "b", 0.25,
                 "The airship landed on the sand beside the old pier in the June 11 accident, police said.")
    conflict = candidate_conflict(LANDED, [THURSDAY, rival], dates={"a": "2003-06-13", "b": "2003-06-13"})
    assert [(s.value, s.sources) for s in conflict.sides] == [("Thursday", ("a",)), ("June 11", ("b",))]


def test_a_day_told_apart_from_the_question_s_words_its_own_report_day_or_far_weaker_is_no_rival():
    dates = {"a": "2003-06-13", "b": "2003-06-13"}
    others = [told("June 11", "2003-06-11/2003-06-11/", "b", 0.3,
                   "Ticket sales for the air show began on June 11."),
              told("Friday", "2003-06-13/2003-06-13/", "b", 0.3,
                   "The airship landed on a beach, and on Friday police closed it to visitors."),
              told("June 11", "2003-06-11/2003-06-11/", "b", 0.05,
                   "The airship landed on the sand beside the old pier in the June 11 accident, police said.")]
    assert all(candidate_conflict(LANDED, [THURSDAY, other], dates=dates) is None for other in others)


SIREN = parse("At what time did the flood siren sound?")
SOUNDED = told("4:10 a.m.", "4:10 a.m.", "a", 0.6, "The flood siren sounded at about 4:10 a.m., the council said.")


def test_a_weaker_clock_time_of_another_outlet_told_with_the_question_s_words_is_a_rival():
    # a sixth of the best's probability, and a sentence holding fewer of the question's terms than half
    rival = replace(candidate("4.45am", "4.45am", ("b",), 0.1, cover=0.45),
                    sentence="Residents said the siren only went at 4.45am.")
    conflict = candidate_conflict(SIREN, [SOUNDED, rival])
    assert [(s.value, s.sources) for s in conflict.sides] == [("4:10 a.m.", ("a",)), ("4.45am", ("b",))]


def test_clock_times_of_one_minute_or_whole_hours_apart_are_no_rivals():
    same = told("4.10am", "4.10am", "b", 0.3, "The siren sounded at 4.10am, residents said.")
    zone = told("09:10 GMT", "09:10 gmt", "b", 0.3, "The siren sounded at 09:10 GMT, the agency said.")
    weak = told("4.45am", "4.45am", "b", 0.05, "Residents said the siren only went at 4.45am.")
    assert all(candidate_conflict(SIREN, [SOUNDED, other]) is None for other in (same, zone, weak))


def test_clock_times_a_whole_hour_apart_with_no_zone_named_are_rivals():
    later = told("5.10am", "5.10am", "b", 0.3, "The siren sounded at 5.10am, residents said.")
    assert [s.value for s in candidate_conflict(SIREN, [SOUNDED, later]).sides] == ["4:10 a.m.", "5.10am"]


def test_a_clock_time_inside_another_outlet_s_hedge_is_no_rival_and_the_exact_time_answers():
    """"at about 4:10 a.m." holds a quarter of an hour either way: "4.20am" is the same moment (4.45am, another, is a
    rival above); "just before 5am" holds the half hour before it, where "4.52am" tells it exactly and "5am" itself
    is the hedge's mark, no exact time inside it."""
    inside = told("4.20am", "4.20am", "b", 0.3, "The siren sounded at 4.20am, residents said.")
    assert candidate_conflict(SIREN, [SOUNDED, inside]) is None
    hedged = told("just before 5am", "just before 5am", "a", 0.6,
                  "The flood siren sounded just before 5am, police said.")
    exact = told("4.52am", "4.52am", "b", 0.3, "The siren sounded at 4.52am, residents said.")
    mark = told("5am", "5am", "b", 0.3, "The siren sounded at 5am, residents said.")
    assert told_exactly(hedged, [hedged, exact]) is exact
    assert told_exactly(hedged, [hedged, mark]) is None and told_exactly(exact, [exact, hedged]) is None


def test_a_name_told_with_the_question_s_words_is_a_rival_and_one_beside_the_question_s_names_is_not():
    asked = parse("Who is leading the inquiry into the Halberd mine fire?")
    best = told("Joan Avery", "joan avery", "a", 0.6, "The inquiry is led by engineer Joan Avery, the state said.",
                exact=0.0)
    rival = told("Mark Tully", "mark tully", "b", 0.2,
                 "Mark Tully, the official leading the inquiry, said the fire began in a pump room.", exact=0.0)
    assert [s.value for s in candidate_conflict(asked, [best, rival]).sides] == ["Joan Avery", "Mark Tully"]
    listed = told("Mark Tully", "mark tully", "b", 0.2, "Halberd and Mark Tully were named.", exact=0.0)
    assert candidate_conflict(asked, [best, listed]) is None


def test_an_answer_read_beside_another_side_s_value_does_not_stand_in_that_conflict():
    # The conflict finder misread "killed two riders" as a third count of riders; the answer "two"
    # is read from the sentence that states "eight" riders: it counts the dead, another fact.
    riders = Conflict("number of riders: gondola cable", "quantity",
                      (Side("eight", "A cable car carrying eight riders fell, killing two people.", ("a",), (("a", 0),)),
                       Side("11", "The cable car had 11 riders aboard.", ("b",), (("b", 0),)),
                       Side("two", "The fall killed two riders, police said.", ("c",), (("c", 0),))))
    question = parse("How many people died when the cable car fell?")
    best = replace(candidate("two", "count:2", ("a",), 0.5), sentence=riders.sides[0].text)
    shown = [scored("a", 0, riders.sides[0].text, 2.0), scored("c", 0, riders.sides[2].text, 1.0)]
    assert disputed_answer(question, "two", shown, [riders], [best]) == []
    told = replace(best, sentence=riders.sides[2].text)  # read from the side it takes: it stands in it
    assert disputed_answer(question, "two", shown, [riders], [told]) == [riders]


def test_a_name_an_other_question_asks_for_has_rivals_and_a_phrase_has_none():
    asked = parse("Under which bridge did the barge sink?")
    best = told("Kell Bridge", "kell bridge", "a", 0.6, "The barge sank under Kell Bridge on Monday night.")
    rival = told("Orme Bridge", "orme bridge", "b", 0.2, "A barge went down beneath Orme Bridge, the harbor master said.")
    assert asked.kind == "other"
    assert [s.value for s in candidate_conflict(asked, [best, rival]).sides] == ["Kell Bridge", "Orme Bridge"]
    phrase = told("under a low arch", "under a low arch", "a", 0.6, "The barge sank under a low arch on Monday night.")
    other = told("beside a quay", "beside a quay", "b", 0.5, "A barge went down beside a quay, the harbor master said.")
    assert candidate_conflict(asked, [phrase, other]) is None


def test_a_conflict_whose_side_the_best_candidate_is_read_from_stands_in_however_the_question_words_it():
    far = Conflict("distance: harbour", "quantity",
                   (Side("some 30 km", "The boat was found some 30 km from the harbour.", ("a",), (("a", 0),)),
                    Side("about 30 miles", "It drifted about 30 miles from the harbour.", ("b",), (("b", 0),))))
    question = parse("How far from Kestrel Point was the drifting boat found?")
    best = replace(candidate("some 30 km", "distance:30", ("a",), 0.1), sentence=far.sides[0].text)
    shown = [scored("a", 0, far.sides[0].text, 2.0)]
    assert disputed_answer(question, None, shown, [far], [best]) == [far]
    elsewhere = replace(best, sentence="Some 30 km of coast was closed.")  # the same value read from another sentence
    assert disputed_answer(question, None, shown + [scored("c", 1, elsewhere.sentence, 1.0)], [far], [elsewhere]) == []
    assert disputed_answer(parse("When was the drifting boat found?"), None, shown, [far], [best]) == []


def test_with_no_answer_a_conflict_whose_side_one_of_the_best_candidates_is_read_from_stands_in():
    crew = Conflict("number of crew: ship board", "quantity",
                    (Side("22", "The Halvard, with 22 crew aboard, is under tow.", ("a",), (("a", 0),)),
                     Side("24", "All 24 crew were safe.", ("b",), (("b", 0),))))
    question = parse("How many seafarers were on the disabled Halvard?")
    part = replace(candidate("eight", "count:8", ("c",), 0.04), sentence="Eight were airlifted ashore.")
    side = replace(candidate("22", "count:22", ("a",), 0.02), sentence=crew.sides[0].text)
    shown = [scored("c", 0, part.sentence, 2.0), scored("a", 0, side.sentence, 1.0)]
    assert disputed_answer(question, None, shown, [crew], [part, side]) == [crew]
    assert disputed_answer(question, "eight", shown, [crew], [part, side]) == []  # an answer of another fact


def test_with_no_answer_a_side_read_apart_from_the_question_s_words_and_names_is_of_another_fact():
    moved = Conflict("number of people: homes river", "quantity",
                     (Side("275,000", "More than 275,000 people have left their homes.", ("a",), (("a", 0),)),
                      Side("250,000", "About 250,000 people have been displaced by the flood.", ("b",), (("b", 0),))))
    question = parse("How many people live in Kessel?")
    side = replace(candidate("250,000", "count:250000", ("b",), 0.3, names=0.0), sentence=moved.sides[1].text)
    shown = [scored("b", 0, side.sentence, 2.0)]
    assert disputed_answer(question, None, shown, [moved], [side]) == []
    told = parse("How many people have been displaced in Kessel?")  # told with "displaced": it stands in
    assert disputed_answer(told, None, shown, [moved], [side]) == [moved]


def test_a_name_told_only_with_the_subject_the_best_is_told_with_needs_a_sentence_holding_half_the_question():
    asked = parse("Who called the strike reckless?")
    best = replace(candidate("Ana Ruiz", "ana ruiz", ("a",), 0.6, cover=1.0),
                   sentence="Labour Minister Ana Ruiz called the strike reckless on Friday.")
    subject = replace(candidate("Tom Ade", "tom ade", ("b",), 0.2, cover=0.45),
                      sentence="Union chief Tom Ade said the strike would end at midnight.")
    assert candidate_conflict(asked, [best, subject]) is None
    assert candidate_conflict(asked, [best, replace(subject, features=best.features)]) is not None  # holds it all



def test_an_outlet_that_opens_a_sentence_with_a_figure_writes_it_out():
    # "Six workers were trapped" writes out the candidate "six": that outlet's other figure ("a
    # dozen other workers ran to safety") is one outlet's second fact, no rival side.
    members = [Sentence("a", 0, "Six workers were trapped for hours.", 0, 35),
               Sentence("b", 0, "The six trapped workers were freed.", 0, 35),
               Sentence("c", 0, "Officials sixty metres away watched.", 0, 36)]
    six = Candidate("six", "count:6", (0.0,) * len(FEATURES), ("b",), 0.9, "The six trapped workers were freed.")
    assert _written_out(six, members).documents == ("a", "b")


def test_an_open_bound_is_stated_by_a_figure_near_it_not_by_any_larger_one():
    jobs = Conflict("number of jobs", "quantity", (Side("about 640", "about 640 jobs at risk", ("a",)),
                                                  Side("more than 700", "the loss of more than 700 jobs", ("b",))))
    assert side_of(jobs, "720").value == "more than 700"
    assert side_of(jobs, "1.8 million") is None  # the brake assemblies the factory makes, not its jobs


DETAINED = parse("On which day was the union leader detained?")
DAYS = {"a": "2024-03-07", "b": "2024-03-07", "c": "2024-03-07"}


def test_another_outlet_restating_the_answer_s_sentence_with_another_day_is_a_side():
    first = "Union leader Ana Vold was detained by police this morning at her office in the capital, her deputy said."
    groups = groups_of(("a", first),
                       ("b", "Union leader Ana Vold, who called the strike, was detained by police on Tuesday."),
                       ("c", "A police van left the capital on Monday with the union's files."))
    conflict = restated_elsewhere(DETAINED, best_of("March 7, 2024", first, key="2024-03-07/2024-03-07/morning"),
                                  groups, DAYS)
    assert conflict is not None and [(s.value, s.sources) for s in conflict.sides] == [
        ("March 7, 2024", ("a",)), ("Tuesday", ("b",))]


def test_a_day_beside_other_words_or_in_a_sentence_of_another_fact_is_no_side():
    first = "Union leader Ana Vold was detained by police this morning at her office in the capital, her deputy said."
    best = best_of("March 7, 2024", first, key="2024-03-07/2024-03-07/morning")
    others = [("b", "Union leader Ana Vold returned to work on Tuesday, her deputy said."),  # another verb
              ("b", "Union leader Ana Vold, detained by police this morning, had spoken on Tuesday."),  # agrees too
              ("b", "Ticket prices in the capital rose on Tuesday.")]  # another fact
    for other in others:
        assert restated_elsewhere(DETAINED, best, groups_of(("a", first), other), DAYS) is None


def test_a_rival_figure_naming_what_the_question_names_is_a_side_told_in_other_words():
    deal = parse("How much is the Norden deal worth?")
    best = stated("$6.1 billion", "money:6.1e+09", "Workers learned that Norden is being sold in a $6.1 billion deal.",
                  "a", 0.6)
    other = "{} board accepted an offer of $52 a share, valuing the company at about $5.8 billion."
    named = stated("$5.8 billion", "money:5.8e+09", other.format("Norden's"), "b", 0.3)
    conflict = candidate_conflict(deal, [best, named])
    assert conflict is not None and {s.value for s in conflict.sides} == {"$6.1 billion", "about $5.8 billion"}
    assert candidate_conflict(deal, [best, replace(named, sentence=other.format("The supplier's"))]) is None


def test_a_guessed_answer_stands_in_no_conflict_of_the_value_it_guesses():
    # no candidate is of the type asked (a multiple, not a toll): the toll that answers is a guess,
    # and the outlets' disagreement over the toll is not over what was asked (issue #11, a false side)
    toll = Conflict("number of the dead: toll", "quantity",
                    (Side("2,300", "The death toll passed 2,300.", ("a",), (("a", 0),)),
                     Side("1,900", "The death toll passed 1,900.", ("b",), (("b", 0),))))
    evidence = [scored("a", 0, toll.sides[0].text, 2.0), scored("b", 1, toll.sides[1].text, 1.5)]
    question = parse("How much larger was the death toll in the delta than in the hills?")
    guess = [candidate("2,300", "count:2300", ("a",), 0.3, exact=0.0), candidate("1,900", "count:1900", ("b",), 0.2, exact=0.0)]
    assert disputed_answer(question, "2,300", evidence, [toll], guess) == []
    fits = [replace(guess[0], features=candidate("2,300", "count:2300", ("a",), 0.3).features), guess[1]]
    assert disputed_answer(parse("What was the death toll?"), "2,300", evidence, [toll], fits) == [toll]


def test_a_count_of_people_that_nearly_fits_a_how_many_question_stands_in_its_disagreement():
    # "a crowd of 48,210" only nearly fits "how many fans": a count still, no guess of another kind
    crowd = Conflict("number of people: crowd", "quantity",
                     (Side("48,210", "The match drew a crowd of 48,210.", ("a",), (("a", 0),)),
                      Side("more than 52,000", "More than 52,000 people packed the ground.", ("b",), (("b", 0),))))
    evidence = [scored("a", 0, crowd.sides[0].text, 2.0), scored("b", 1, crowd.sides[1].text, 1.5)]
    near = [0.0] * len(FEATURES)
    near[FEATURES.index("type_near")], near[FEATURES.index("names")] = 1.0, 1.0
    found = [replace(candidate("48,210", "count:48210", ("a",), 0.5, exact=0.0), features=tuple(near),
                     sentence=crowd.sides[0].text)]
    assert disputed_answer(parse("How many fans watched the match at the ground?"), "48,210", evidence, [crowd],
                           found) == [crowd]
    guessed = [replace(found[0], features=candidate("48,210", "count:48210", ("a",), 0.5, exact=0.0).features)]
    assert disputed_answer(parse("How many fans watched the match at the ground?"), "48,210", evidence, [crowd],
                           guessed) == []


def test_a_guessed_kind_of_answer_still_stands_in_the_update_of_what_the_question_measures():
    texts = {"a": "River desk\nMarch 9, 2026\n\nAn estimated 40,000 litres of diesel spilled into the River Wenn when the "
                  "freight train derailed, the operator said.",
             "b": "Wire\nMarch 10, 2026\n\nThe agency now estimates that 55,000 litres of diesel spilled into the River "
                  "Wenn, up from its first figure."}
    found = Corpus.from_texts(texts).ask("How much diesel was spilled?")  # "how much" reads no volume: no exact type
    assert found.answer == "55,000 litres"
    assert [(c.kind, [s.value for s in c.sides]) for c in found.conflicts] == [
        ("updated", ["An estimated 40,000 litres", "55,000 litres"])]


def test_a_rate_stated_with_what_it_measures_has_no_rival_that_states_another_rate():
    texts = {"a": "Wire\nJune 18, 2026\n\nThe central bank of Osterland raised its main interest rate by a quarter of a "
                  "point to 4.5 percent on Thursday, its third increase this year, saying inflation was falling more "
                  "slowly than it had expected.",
             "b": "Paper\nJune 18, 2026\n\nGovernor Ann Holt told reporters that the bank would bring inflation, now "
                  "5.1%, back to its 2% goal.",
             "c": "Markets\nJune 19, 2026\n\nOsterland's inflation rate, 5.1% in May, is more than twice the bank's target."}
    found = Corpus.from_texts(texts).ask("What was inflation in May?")  # "inflation" is what 5.1% measures
    assert found.answer == "5.1%" and found.conflicts == ()


def named(text, sentence, doc, probability):
    return replace(candidate(text, text.lower(), (doc,), probability, cover=1.0), sentence=sentence)


def test_a_name_told_with_every_word_of_the_question_is_a_rival_at_a_figure_s_share():
    asked = parse("Who is leading the search?")
    best = named("Dana Oyelaran", "The search is being led by county fire chief Dana Oyelaran.", "a", 0.6)
    every = named("Piet Vennick", "Rescue coordinator Piet Vennick, who is leading the search, said crews "
                                  "worked through the night.", "b", 0.15)
    conflict = candidate_conflict(asked, [best, every])
    assert conflict is not None and {s.value for s in conflict.sides} == {"Dana Oyelaran", "Piet Vennick"}
    some = named("Piet Vennick", "Piet Vennick said the search would resume at dawn.", "b", 0.15)
    assert candidate_conflict(asked, [best, some]) is None  # told with one of its words: the share of a day or a name
    weaker = replace(every, probability=0.06)
    assert candidate_conflict(asked, [best, weaker]) is None


def test_a_figure_in_a_relative_aside_about_another_thing_is_no_rival():
    asked = parse("How many people attended the rally?")
    best = said("4,000", "count:4000", ("a",), 0.3, "Some 4,000 people were counted by police in the square at the rally.")
    aside = said("9,000", "count:9000", ("b",), 0.2, "The union, whose branch in the next town counts 9,000 people, "
                                                     "said the day had gone well.")
    assert candidate_conflict(asked, [best, aside]) is None
    plain = replace(aside, sentence="Some 9,000 people were counted by police in the square at the rally.")
    assert candidate_conflict(asked, [best, plain]) is not None  # the same figure outside an aside is a side
    paid = parse("How much did the club pay for Ferro?")
    best = said("£38 million", "money:3.8e+07", ("a",), 0.4, "The club signed Ferro for £38 million.")
    hung = said("£35 million", "money:3.5e+07", ("b",), 0.2, "The club confirmed the arrival of Ferro, who "
                                                                  "joins for a fee of £35 million.")
    assert candidate_conflict(paid, [best, hung]) is not None  # the aside hangs on the name the question asks about


def test_a_year_beside_a_day_dates_another_event():
    asked = parse("When did the walkout begin?")
    best = named("Thursday", "Nurses began their walkout on Thursday morning.", "a", 0.6)
    best = replace(best, key="2026-03-19/2026-03-19/", sentence="Nurses began their walkout on Thursday.")
    day = replace(named("Wednesday", "The walkout began on Wednesday, union officials said.", "b", 0.3),
                  key="2026-03-18/2026-03-18/")
    year = replace(named("2019", "The walkout began the first strike there since 2019.", "b", 0.3),
                   key="2019-01-01/2019-12-31/")
    assert [s.value for s in candidate_conflict(asked, [best, day]).sides] == ["Thursday", "Wednesday"]
    assert candidate_conflict(asked, [best, year]) is None


def test_a_name_told_with_a_word_of_the_question_s_sense_is_a_rival():
    asked = parse("Who is leading the investigation?")
    best = named("Mara Lind", "Inspector Mara Lind, who is leading the investigation, appealed for witnesses.", "a", 0.3)
    other = replace(named("Tom Brae", "Chief Inspector Tom Brae is leading the inquiry.", "b", 0.09), features=tuple(
        0.39 if n == FEATURES.index("sentence_cover") else v for n, v in enumerate(best.features)))
    assert {s.value for s in candidate_conflict(asked, [best, other]).sides} == {"Mara Lind", "Tom Brae"}
    apart = replace(other, sentence="Chief Inspector Tom Brae is leading the patrol.")
    assert candidate_conflict(asked, [best, apart]) is None


def test_a_figure_told_with_a_word_of_the_best_s_sense_elsewhere_is_a_side():
    asked = parse("How long will the strike last?")
    first = "Nurses are taking part in a 48-hour strike, the union said."
    conflict = stated_elsewhere(asked, best_of("48-hour", first, key="duration:172800"),
                                groups_of(("a", first), ("b", "Nurses began a three-day walkout on Thursday.")))
    assert conflict is not None and [s.value for s in conflict.sides][:1] == ["48-hour"]
    assert stated_elsewhere(asked, best_of("48-hour", first, key="duration:172800"),
                            groups_of(("a", first), ("b", "Nurses began a three-day course on Thursday."))) is None


ROSE_UP = parse("When did the prisoners at Halden first rise up?")
# 2031-05-07 is a Wednesday: "Monday night" is May 5, "Sunday" May 4.
WEEK = {"a": "2031-05-07", "b": "2031-05-07", "c": "2031-05-07"}


def test_a_day_another_outlet_tells_the_deed_with_in_words_of_its_sense_is_a_side():
    first = "The prisoners who took over the Halden jail on Sunday freed two guards this morning."
    best = best_of("Sunday", first, key="2031-05-04/2031-05-04/")
    groups = groups_of(("a", first),
                       ("b", "The revolt at the jail began on Monday night, when prisoners broke into the kitchens."),
                       ("c", "Prisoners at the jail were moved to other prisons on Tuesday."))  # another deed
    conflict = dated_elsewhere(ROSE_UP, best, groups, WEEK)
    assert conflict is not None and conflict.kind == "date"
    assert [(s.value, s.sources) for s in conflict.sides] == [
        ("Sunday", ("a",)), ("Monday night (= 2031-05-05)", ("b",))]


def test_a_day_said_of_another_deed_or_the_day_it_was_said_is_no_side():
    first = "The prisoners who took over the Halden jail on Sunday freed two guards this morning."
    best = best_of("Sunday", first, key="2031-05-04/2031-05-04/")
    others = [("b", "Prisoners at the jail were moved to other prisons on Monday."),  # another deed
              ("b", "The governor said on Monday that the revolt began when prisoners broke into the kitchens."),
              ("b", "The revolt at the jail began on Sunday, when prisoners broke into the kitchens."),  # agrees
              ("a", "The revolt at the jail began on Monday night, when prisoners broke into the kitchens.")]  # same outlet
    for other in others:
        assert dated_elsewhere(ROSE_UP, best, groups_of(("a", first), other), WEEK) is None, other


def test_a_clock_time_is_no_rival_of_a_day_and_two_times_are_one_family():
    asked = parse("When did the alarm sound?")
    day = stated("Monday", "2031-05-05/2031-05-05/", "The alarm sounded on Monday, the warden said.", "a", 0.6)
    clock = stated("13:50", "13:50", "The alarm sounded at 13:50, the warden said.", "b", 0.5)
    assert candidate_conflict(asked, [day, clock]) is None
    other = stated("14:15", "14:15", "The alarm sounded at 14:15, the union said.", "c", 0.5)
    conflict = candidate_conflict(asked, [clock, other])
    assert conflict is not None and {s.value for s in conflict.sides} == {"13:50", "14:15"}


def test_a_count_of_men_told_with_the_question_s_verb_rivals_a_count_of_the_kind_asked():
    asked = parse("How many hikers were stranded?")
    best = stated("eight", "count:8", "Rescuers reached eight hikers stranded on the ridge overnight.", "a", 0.6)
    men = stated("nine", "count:9", "The club said nine men had been stranded, not eight.", "b", 0.4)
    men = replace(men, features=candidate("nine", "count:9", ("b",), 0.4, exact=0.0).features)  # only nearly fits
    conflict = candidate_conflict(asked, [best, men])
    assert conflict is not None and {s.value for s in conflict.sides} == {"eight", "nine"}
    other_deed = replace(men, sentence="The club said nine men had joined the search.")
    assert candidate_conflict(asked, [best, other_deed]) is None


def test_an_outlet_writes_out_no_value_it_rejects_or_that_is_part_of_a_time():
    said = [Sentence("b", 0, "The club said nine men had been stranded, not eight.", 0, 52),
            Sentence("c", 1, "08:15 - The eight-hour search goes on.", 0, 38),
            Sentence("d", 2, "Rescuers reached eight climbers.", 0, 32)]
    assert _written_out(candidate("eight", "count:8", ("a",), 0.5), said).documents == ("c", "d")
    assert _written_out(candidate("15", "count:15", ("a",), 0.5), said[1:]).documents == ("a",)  # "08:15" writes no 15


def test_a_conflict_stands_in_for_a_kind_only_expected_of_the_noun_where_its_topic_names_the_noun():
    # "value" names no kind in the wording, though news mostly gives a value in money: the sum paid for the shares is
    # another figure than the deal's headline value, and the outlets' disagreement over it is not over what was asked
    paid = Conflict("money: Brellan Tosk", "updated",
                    (Side("$1.9 billion", "Brellan agreed a $1.9 billion takeover of Tosk.", ("a",), (("a", 0),)),
                     Side("$1.6 billion", "Brellan is paying $1.6 billion for Tosk's shares.", ("b",), (("b", 0),))))
    evidence = [scored("a", 0, paid.sides[0].text, 2.0), scored("b", 1, paid.sides[1].text, 1.5)]
    found = [candidate("$1.9 billion", "money:1.9e+09", ("a",), 0.4), candidate("$1.6 billion", "money:1.6e+09", ("b",), 0.2)]
    question = parse("What was the stated value of the deal?")
    assert question.expects == "money" and disputed_answer(question, "$1.9 billion", evidence, [paid], found) == []
    valued = replace(paid, topic="money: value of Brellan Tosk")
    assert disputed_answer(question, "$1.9 billion", evidence, [valued], found) == [valued]


@pytest.mark.parametrize("question, rival, sides", [
    # no noun asked: staff and people count one team
    ("How big is the hospital's cleaning team?", "the cleaning unit had grown to 120 people, the union said.", True),
    # vehicles are no people
    ("How big is the hospital's cleaning team?", "the cleaning unit had grown to 120 vehicles, the union said.", False)])
def test_a_count_of_people_rivals_a_count_of_a_group_of_people_when_no_noun_is_asked(question, rival, sides):
    best = stated("85", "count:85", "The cleaning team, which numbered 85 staff, was short of money.", "a", 0.6)
    other = stated("120", "count:120", "By spring " + rival, "b", 0.3)
    conflict = candidate_conflict(parse(question), [best, other])
    assert (conflict is not None and {s.value for s in conflict.sides} == {"85", "120"}) == sides


@pytest.mark.parametrize("later, kind", [
    ("The cleaning unit has grown to 120 people at the end of 2029, the union said.", "quantity"),  # one point of time
    ("The cleaning unit has grown to 120 people, the union said.", "updated")])  # a figure told as running
def test_sides_that_date_their_figures_at_one_time_are_no_update(later, kind):
    dates = {"a": "2030-03-02", "b": "2030-03-05"}
    sides = (Side("85", "The cleaning unit had 85 people at the end of last year, the council said.", ("a",)),
             Side("120", later, ("b",)))
    asked = parse("How many people work in the cleaning unit?")
    assert dated_update(asked, Conflict("staff", "quantity", sides), dates).kind == kind


@pytest.mark.parametrize("rival, sides", [
    ("The port said the union served notice of the strike on May 22.", True),  # the same deed, led by its words
    ("The port said the union held its strike ballot on May 22.", False)])  # another deed
def test_two_days_led_by_the_same_words_are_rivals_at_a_lower_share(rival, sides):
    asked = parse("On what date did the union formally give notice of the strike?")
    best = stated("May 24", "2031-05-24/2031-05-24/", "The union served formal strike notice on May 24, a copy shows.", "a", 0.7)
    other = stated("May 22", "2031-05-22/2031-05-22/", rival, "b", 0.2)
    other = replace(other, features=tuple(0.46 if f == "sentence_cover" else x for f, x in zip(FEATURES, other.features)))
    assert (candidate_conflict(asked, [best, other]) is not None) == sides


@pytest.mark.parametrize("rival, sides", [
    ("The council says households will pay $96 a year more; the opposition says the real figure is $121.", True),
    ("The council says households will pay $96 a year more and says the figure could reach $121.", False)])
def test_one_outlet_giving_two_speakers_figures_shows_both_sides(rival, sides):
    asked = parse("How much more will each household pay a year?")
    best = replace(candidate("$96", "money:96", ("a", "b"), 0.6), sentence="For each household this means $96 a year more.")
    other = replace(candidate("$121", "money:121", ("a", "b"), 0.2), sentence=rival)
    conflict = candidate_conflict(asked, [best, other])
    assert (conflict is not None and {s.value for s in conflict.sides} == {"$96", "$121"}) == sides


@pytest.mark.parametrize("later, update", [
    ("Two walkers were still in hospital on Thursday, the ambulance service said.", False),  # those left, not all
    ("The ambulance service said 16 walkers had now been taken to hospital.", True),
])
def test_a_count_of_those_still_so_is_no_point_of_the_count_of_all_once_so(later, update):
    first = "The ambulance service said 11 walkers were taken to hospital after the hill race."
    corpus = Corpus.from_texts({"a": f"Fell News, 3 June 2028\n{first}\n", "b": f"Dale Post, 6 June 2028\n{later}\n"})
    found = [said("11", "count:11", ("a",), 0.6, first)]
    counted = running_count(parse("How many walkers were taken to hospital?"), found, corpus.groups, corpus.dates)
    assert (counted is not None) is update


def test_a_toll_runs_on_though_the_answers_candidates_count_the_dead_by_what_they_were():
    first = "A fire swept through a sawmill near Brockhurst on Friday, killing two workers, the fire service said."
    corpus = Corpus.from_texts({
        "a": f"Valley Times, 2 May 2028\n{first}\n",
        "b": "Brockhurst Echo, 4 May 2028\nThe death toll from the sawmill fire has risen to three, the hospital "
             "said on Sunday.\n",
        "c": "Brockhurst Echo, 9 May 2028\nThe death toll from the sawmill fire rose to four on Thursday when a "
             "second injured man died in hospital.\n"})
    found = [said("two", "count:2", ("a",), 0.6, first)]  # retrieval found the first report only
    counted = running_count(parse("How many people have died in the sawmill fire?"), found, corpus.groups, corpus.dates)
    assert counted is not None and counted.sides[-1].value == "four"


def test_a_figure_whose_sentence_names_another_party_instead_of_the_one_asked_is_no_rival():
    best = said("52", "count:52", ("a",), 0.7, "The Farmers' League, the largest party in the assembly with 52 seats, "
                                                 "said it would talk to all groups.", names=1.0)
    other = said("14", "count:14", ("b", "c"), 0.6, "The Harbour Party, which holds 14 seats, walked out of the talks.")
    question = parse("How many seats does the Farmers' League hold?")
    assert candidate_conflict(question, [best, other]) is None
    # a rival told of the party asked, in its own words, stays one
    other = said("50", "count:50", ("b",), 0.6, "The Farmers' League now holds 50 seats after two members left.")
    assert candidate_conflict(question, [best, other]) is not None


TALLY = "The council passed the budget by nine votes to six."


@pytest.mark.parametrize("answer, whole", [("six", "nine votes to six"), ("nine votes to six", None), ("budget", None)])
def test_a_piece_of_a_disputed_value_answers_with_the_whole_value(answer, whole):
    """"six" read inside "nine votes to six" while another outlet says "10-5": the answer is the
    whole tally and the conflict stands; the whole value itself, or a word that is no value, is no piece."""
    conflict = Conflict("number of votes: budget", "quantity",
                        (Side("10-5", "Councillors voted 10-5 to pass the budget.", ("a",)),
                         Side("nine to six", TALLY, ("b",))))
    best = replace(candidate(answer, answer, ("b",), 0.4), sentence=TALLY)
    got = inside_a_side(best, answer, [conflict])
    assert (got and got[1]) == whole and (got is None or got[0] is conflict)


def test_an_answer_that_states_its_side_is_no_piece_of_it():
    """"31" read in "31 other mayors" states the side "31" already: the answer stays as read."""
    said = "The summit drew 31 other mayors from across the region."
    conflict = Conflict("number of mayors", "quantity", (Side("31", said, ("b",)),
                                                         Side("34", "Some 34 mayors attended the summit.", ("a",))))
    assert inside_a_side(replace(candidate("31", "count:31", ("b",), 0.4), sentence=said), "31", [conflict]) is None
MOVED = {"a": "Town Wire, Velden, 4 March 2031\nThe new water tariffs take effect on 1 April, the utility said.\n",
         "b": "Velden Courier, Velden, 11 March 2031\nThe water tariffs will now kick in on 14 April instead of the start "
              "of the month, because bills must be reprinted.\n"}


def test_a_day_a_later_article_says_moved_answers_with_its_timeline():
    answer = Corpus.from_texts(MOVED).ask("From what date do the new water tariffs apply?")
    assert answer.answer == "14 April"
    assert [(c.kind, [s.value for s in c.sides]) for c in answer.conflicts][:1] == [("updated", ["1 April", "14 April"])]


@pytest.mark.parametrize("later", [
    "The new water tariffs, which take effect on 1 April, will add 4 crowns to a typical bill; a review is due on "
    "14 April.",  # another day of another act: no move told
    "The utility now says the new water tariffs took effect on 14 February, not on 1 April.",  # a day already past
])
def test_a_later_day_not_told_as_moved_or_already_past_does_not_answer(later):
    texts = {"a": MOVED["a"], "b": f"Velden Courier, Velden, 11 March 2031\n{later}\n"}
    answer = Corpus.from_texts(texts).ask("From what date do the new water tariffs apply?")
    assert answer.answer == "1 April"


@pytest.mark.parametrize("text, answer", [
    ("The trust had planned to reopen the Grell Road clinic in May, but now says it will not open before August.",
     "August"),  # the planned day, then the move
    ("The Grell Road clinic will reopen in May, and now the trust's new dental unit will open in August too.",
     "May"),  # another thing's day after "now": no plan told, no move
])
def test_a_planned_day_moved_in_its_own_sentence_answers_with_the_later_day(text, answer):
    corpus = Corpus.from_texts({"a": f"Health Wire, Grell, 2 March 2032\n{text}\n"})
    assert corpus.ask("When will the Grell Road clinic reopen?").answer == answer


CAMP = {"a": "Hill Wire, Dunmere, 3 July 2033\nBy Monday 90 children at the Dunmere scout camp had fallen ill with a "
             "stomach bug, health officials said.\n",
        "b": "Dunmere Post, 6 July 2033\nThe number of children who have fallen ill at the Dunmere scout camp has "
             "risen to 131, officials said.\n",
        "c": "Valley Times, 21 July 2033\nThe final count is 148 children ill at the Dunmere scout camp. That is about "
             "20 per cent of the 740 children at the camp.\n"}


def test_a_running_count_of_a_kind_of_person_asked_ends_at_its_latest_value_not_at_the_whole():
    assert Corpus.from_texts(CAMP).ask("How many children at the scout camp fell ill in total?").answer == "148"


GRANT = parse("What was the research council's grant to the clinic worth?")


def test_a_figure_told_as_fully_as_the_best_is_a_side_at_a_lower_share():
    best = said("$4.2m", "money:4.2e+06", ("a",), 0.6,
                "The clinic's biggest source of money is a grant from the research council worth $4.2m.")
    aside = "The research council, whose five-year, $3.8m grant paid for the clinic, said it would review {}."
    rival = said("$3.8m", "money:3.8e+06", ("b",), 0.07, aside.format("the accounts"))
    conflict = candidate_conflict(GRANT, [best, rival])
    assert conflict is not None and [s.value for s in conflict.sides] == ["$4.2m", "$3.8m"]
    # the same share of a figure told with fewer of the question's words is no side
    fewer = said("$3.8m", "money:3.8e+06", ("b",), 0.07, "The clinic later received $3.8m, its director said.")
    assert candidate_conflict(GRANT, [best, fewer]) is None


def test_of_two_figures_in_one_sentence_the_one_told_with_the_questions_words_is_the_side():
    best = said("$4.2m", "money:4.2e+06", ("a",), 0.6,
                "The clinic's biggest source of money is a grant from the research council worth $4.2m.")
    both = "The research council, whose five-year, $3.8m grant paid for the clinic, will ask for $1.1m back."
    rivals = [said("$3.8m", "money:3.8e+06", ("b",), 0.4, both), said("$1.1m", "money:1.1e+06", ("b",), 0.35, both)]
    conflict = candidate_conflict(GRANT, [best, *rivals])
    assert conflict is not None and [s.value for s in conflict.sides] == ["$4.2m", "$3.8m"]
    # two figures told alike in one sentence are two facts: neither is a side
    alike = "The research council's two grants to the clinic were worth $3.8m and $1.1m."
    rivals = [said("$3.8m", "money:3.8e+06", ("b",), 0.4, alike), said("$1.1m", "money:1.1e+06", ("b",), 0.35, alike)]
    assert candidate_conflict(GRANT, [best, *rivals]) is None


@pytest.mark.parametrize("question, texts", [
    ("How much wool did the mill spin last year?",  # another year
     ["2035-04-05\nThe Hatherby mill spun 4,000 tonnes of wool last year, its owners said.\n",
      "2035-04-05\nIn 2029 the Hatherby mill spun 3,100 tonnes of wool. It now plans to hire 40 more workers.\n"]),
    ("How much did the eastern pier cost?",  # another thing of the kind asked
     ["2036-03-03\nThe eastern pier at Saltby cost €40 million and opened to walkers on Monday.\n",
      "2036-03-03\nThe western pier, finished in 2029, cost €25 million. The new pier opened on Monday.\n"]),
])
def test_a_figure_of_another_year_or_another_thing_of_the_kind_is_no_side(question, texts):
    assert Corpus.from_texts(texts).ask(question).conflicts == ()


def test_two_outlets_figures_of_the_same_year_and_thing_are_sides():
    texts = ["2035-04-05\nThe Hatherby mill spun 4,000 tonnes of wool last year, its owners said.\n",
             "2035-04-05\nThe union says the Hatherby mill spun only 3,100 tonnes of wool last year.\n"]
    answer = Corpus.from_texts(texts).ask("How much wool did the mill spin last year?")
    assert {s.value for c in answer.conflicts for s in c.sides} >= {"4,000 tonnes", "3,100 tonnes"}


def test_a_figure_s_course_is_no_dispute_where_the_question_asks_where_it_ended():
    """Sides first stated on days apart are the course of a figure a question for its end ("in total", "now")
    asks about; asked without a moment, or stated on one day, they stay a dispute."""
    dates = {"a": "2031-05-01", "b": "2031-05-09"}
    course = Conflict("raised appeal", "quantity", (Side("£90,000", "The appeal has raised £90,000.", ("a",)),
                                                   Side("£410,000", "The appeal raised £410,000.", ("b",))))
    assert course_asked(parse("How much did the appeal raise in total?"), course, dates)
    assert not course_asked(parse("How much did the appeal raise?"), course, dates)
    one_day = {"a": "2031-05-01", "b": "2031-05-01"}
    assert not course_asked(parse("How much did the appeal raise in total?"), course, one_day)


# A bakery's output told per day by one outlet and per week by two (the side more sources take would answer).
OUTPUT = {
    "a": "Vale Wire, Ostby, 4 May 2052\nA fire closed a bakery near Ostby on Monday. The bakery, run by Hallow Foods, "
         "bakes about 12,000 loaves a day for shops in the county.\n",
    "b": "Ostby Courier, Ostby, 5 May 2052\nThe Hallow Foods bakery near Ostby was supplying around 70,000 loaves a "
         "week before the fire.\n",
    "c": "County Radio, Ostby, 6 May 2052\nThe Hallow Foods bakery was supplying around 70,000 loaves a week to shops, "
         "the firm said.\n",
}


@pytest.mark.parametrize("question, answer", [
    ("How many loaves a day did the bakery bake?", "12,000"),
    ("How many loaves a week was the bakery supplying?", "70,000"),
])
def test_rates_per_other_periods_are_no_sides_of_one_figure(question, answer):
    said = Corpus.from_texts(OUTPUT).ask(question)
    assert said.answer == answer and said.conflicts == ()


def test_two_outlets_rates_per_the_same_period_are_still_sides():
    texts = {**OUTPUT, "b": OUTPUT["b"].replace("70,000 loaves a week", "15,000 loaves a day"),
             "c": OUTPUT["c"].replace("70,000 loaves a week", "15,000 loaves a day")}
    said = Corpus.from_texts(texts).ask("How many loaves a day did the bakery bake?")
    shown = " | ".join(s.value for c in said.conflicts for s in c.sides)
    assert "15,000" in shown and "12,000" in shown
