import datetime

import pytest

from summarize.text.values import (befell, clock_hedge, person_kind, same_name, set_aside, swapped_name, swapped_pairs,
                                    values, wholes)


def test_quantities_dates_and_names_with_offsets():
    text = "Officials said 2,000 protesters marched in Port Ardley on 3 May 2024."
    found = values(text)
    assert [(v.kind, v.dimension) for v in found] == [("quantity", "count"), ("name", "place"), ("date", "date")]
    assert all(text[v.start:v.end] == v.text for v in found)
    assert found[0].label == "2,000" and found[0].noun == "protest"


def test_relative_dates_resolve_against_the_anchor():
    (v,) = [v for v in values("The vote was held on Tuesday.", datetime.date(2025, 2, 14)) if v.kind == "date"]
    assert v.low == v.high == datetime.date(2025, 2, 11).toordinal()
    assert not [v for v in values("The vote was held on Tuesday.") if v.kind == "date"]  # unresolved: no value


@pytest.mark.parametrize("a, b, agree", [
    ("a speed of 8 mph", "a speed of 12 km/h", True),
    ("more than 250,000 refugees", "about 275,000 refugees", True),
    ("about 250,000 refugees", "more than 275,000 refugees", False),
    ("at least three weeks", "three to four weeks", True),
    ("$21 billion", "$24 billion", False),
    ("2 billion euros", "$2.2 billion", False),  # another currency is never the same amount
])
def test_values_compare_in_normalised_form(a, b, agree):
    (x,), (y,) = values(a), values(b)
    assert x.compatible(y) is agree


@pytest.mark.parametrize("text, dimension", [
    ("The truck was loaded with 44,000 pounds of steel pipe.", "mass"),
    ("The barge carried 3,500 pounds of grain when it sank.", "mass"),
    ("The council spent 44,000 pounds of public money on the study.", "money"),
    ("She repaid 300 pounds of the fund.", "money"),
    ("The club paid 44,000 pounds for the land.", "money"),
])
def test_pounds_of_a_thing_weigh_and_pounds_of_money_are_money(text, dimension):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert v.dimension == dimension


@pytest.mark.parametrize("text, ages", [
    ("The law raises the pension age from 62 to 64.", ["62", "64"]),
    ("Voters backed lowering the voting age to 16.", ["16"]),
    ("The age of the 45 members was not given.", []),  # a count after "age of the": no age
])
def test_a_bare_number_after_the_word_age_is_an_age(text, ages):
    assert [v.label for v in values(text) if v.dimension == "age"] == ages


def test_a_load_in_pounds_and_in_tons_compare_as_one_weight():
    (pounds,), (near,), (more,) = (values(t) for t in ("44,000 pounds of cargo", "nearly 22 tons", "24 tons"))
    assert pounds.compatible(near) and not pounds.compatible(more)


@pytest.mark.parametrize("text, noun", [
    ("The number of people killed had reached 2,870.", "toll"),  # people killed: the toll
    ("The number of people evacuated had reached 2,870.", "evacuated"),
    ("The number of people attending had reached 2,870.", "peopl"),
    ("The number of cars sold had reached 2,870.", "car"),
])
def test_counts_of_a_number_of_something(text, noun):
    (v,) = values(text)
    assert v.noun == noun and v.label == "2,870"


@pytest.mark.parametrize("text, noun", [
    ("- Homes flooded: 240", "home"),  # a fact box's label says what its count counts
    ("Field engineers deployed: 1,250", "engin"),
    ("• Injured: 17", "injured"),  # a fate: who it befell
    ("Deaths: 3", "toll"),
    ("Personnel: 655", ""),  # no plural noun: counts nothing said
    ("He said: 240", ""),
])
def test_a_count_after_a_fact_box_label_counts_its_noun(text, noun):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert v.noun == noun


@pytest.mark.parametrize("text, noun", [
    ("The minister travelled with an entourage of 1,200.", "peopl"),
    ("A crowd of about 1,200 gathered in the square.", "peopl"),
    ("The bill passed with a majority of 1,200.", ""),  # a majority counts votes or seats, not people
])
def test_a_bare_count_of_a_body_of_people_counts_people(text, noun):
    (v,) = values(text)
    assert v.noun == noun


@pytest.mark.parametrize("text, noun", [
    ("The refugees now number more than 90,000, aid workers said.", "refuge"),
    ("Pledges totalled 1,200 by Friday.", "pledg"),
    ("The number rose to 1,200 by Friday.", ""),  # no plural noun before the verb: counts nothing named
])
def test_a_bare_count_after_a_plural_and_the_verb_number_counts_that_noun(text, noun):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert v.noun == noun


@pytest.mark.parametrize("text, befell_", [
    ("Two miners were killed in the collapse.", True),
    ("The blast killed 14 workers.", True),
    ("Two miners were trapped in the collapse.", False),
    ("The final was watched by 61,000 people.", False),
    # care named by what it treats befell them, as care in a hospital does
    ("Six firefighters were treated for smoke inhalation at the scene.", True),
    ("Eleven walkers have been treated for hypothermia since Friday.", True),
    ("The clinic treated 400 patients last year.", False),
])
def test_a_count_tells_what_befell_what_it_counts(text, befell_):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert befell(text, v) is befell_


@pytest.mark.parametrize("text, noun", [
    ("Nine people were still missing late on Friday.", "missing"),
    ("Four people remain unaccounted for.", "missing"),
    ("Three people are now known to have died in the collapse.", "toll"),
    ("Twelve people were hurt when the stand gave way.", "injured"),
    ("Twelve people watched the stand give way.", "peopl"),
    ("The roof fell in, injuring 14 people, the fire service said.", "injured"),
    ("Lifeboats went out, rescuing at least 30 people.", "rescued"),
    ("The band played on, delighting 14 people.", "peopl"),
    ("The wall fell, injuring more than 200, officials said.", "injured"),  # a bare count, its participle before it
])
def test_what_befell_the_people_counted_is_the_measure(text, noun):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert v.noun == noun


def test_a_bare_counts_own_fate_comes_before_a_number_of_said_earlier():
    text = "The number of people killed has risen to 112, the agency said, with 540 injured and 9 missing."
    assert [v.noun for v in values(text) if v.kind == "quantity"] == ["toll", "injured", "missing"]


def test_a_magnitude_put_at_a_figure_is_a_magnitude():
    (v,) = [v for v in values("The agency put the magnitude at 6.1.") if v.kind == "quantity"]
    assert v.dimension == "magnitude"


@pytest.mark.parametrize("a, b, same", [
    ("National Intelligence Service", "NIS", True), ("Maria Velde", "Velde", True),
    ("Maria Velde", "Alan Brooker", False), ("Ann", "Annette Coley", False)])
def test_same_name(a, b, same):
    assert same_name(a, b) is same


@pytest.mark.parametrize("a, b, swapped", [
    ("Grant Russel", "Russell Grant", True), ("Dana Merritt", "Merrit Dana", True),
    # one name in two orders spelled alike is a convention (family name first), not a slip
    ("Wei Tanaka", "Tanaka Wei", False),
    ("Ann Grant", "Russell Grant", False), ("Grant Russel", "Grant Russel", False),
    ("Grant Russel", "Russell Grant Jr", False), ("Grant Russel", "Rossi Gant", False)])
def test_swapped_name(a, b, swapped):
    assert swapped_name(a, b) is swapped


def test_swapped_pairs_finds_every_pair_swapped_name_finds():
    names = ["Grant Russel", "Russell Grant", "Ann Grant", "Wei Tanaka", "Tanaka Wei", "Dana Merritt",
             "Merrit Dana", "Merritt Dane", "Lindsey Germaine", "Jermaine Lindsay", "Ann", "Lee Ann Moss"]
    assert swapped_pairs(names) == sorted((a, b) for a in names for b in names if a < b and swapped_name(a, b))
    assert ("Grant Russel", "Russell Grant") in swapped_pairs(names)


@pytest.mark.parametrize("text, noun", [
    ("The death toll from the landslide passed 3,400 on Sunday.", "toll"),
    ("Officials put the toll at 212.", "toll"),
    ("The confirmed death count is above 9,000.", "toll"),
    ("The cyclone claimed 640 lives.", "toll"),
    ("At least 38 people were killed in the blast.", "toll"),
    ("Rescuers said 21 people had died in the collapse.", "toll"),
    ("Police arrested 38 people at the march.", "peopl"),
    ("The toll road carries 40,000 cars a day.", "car"),
    ("The tally of injured rose to 190.", "injured"),  # the injured, not the dead
])
def test_a_count_of_the_dead_is_one_measure_however_worded(text, noun):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert v.noun == noun


@pytest.mark.parametrize("text, dimension", [
    ("Mara Velsky, 64, a retired teacher, chaired the inquiry.", "age"),
    ("The fire was reported by resident Tomas Brand, 37.", "age"),
    ("Mara Velsky, 64 and 3 others, chaired the inquiry.", "count"),  # no closing comma: a list
    ("The ward, 64, is closed.", "count"),  # after no person's name
    ("Velsky, 64, showed no emotion.", "age"),  # a surname alone opening the sentence
    ("Norway, 64, Sweden, 12.", "count"),  # a place opening it is no person
    ("However, 64, were hurt.", "count"),  # nor a word the sentence opens with
    ("The firm was set up by Mara Velsky, now 64, who still runs it.", "age"),  # the age she is now
    ("Tomas Brand, then 37, joined the crew in 1998.", "age"),  # the age she was then
    ("The ward, now 64, is closed.", "count"),
])
def test_a_number_between_commas_after_a_persons_name_is_an_age(text, dimension):
    (v,) = [v for v in values(text) if v.kind == "quantity" and v.text in ("64", "37")]
    assert v.dimension == dimension


@pytest.mark.parametrize("text, wanted", [
    ("A magnitude 6.4 earthquake struck the hills.", ("6.4", "magnitude")),
    ("An earthquake of magnitude 6.2 struck the hills.", ("6.2", "magnitude")),
    ("A 6.4-magnitude earthquake struck the hills.", ("6.4-magnitude", "magnitude")),
    ("The magnitude of the 12 fires surprised crews.", ("12 fires", "count")),  # no number right after it
])
def test_a_number_after_magnitude_is_a_magnitude(text, wanted):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert (v.text, v.dimension) == wanted


def test_the_number_of_people_still_missing_counts_the_missing():
    (v,) = values("The number of people still unaccounted for has fallen to 17.")
    assert v.noun == "missing"


def test_a_person_whose_surname_is_a_demonym_is_a_name_a_demonym_alone_is_not():
    assert [(v.text, v.dimension) for v in values("The governor, Reza Tehrani, said the search had ended.")] == [
        ("Reza Tehrani", "person")]
    assert values("North Korean troops crossed the border.") == []


@pytest.mark.parametrize("text, shown, noun", [
    ("The council passed the budget by 31 votes to 12 on Monday.", "31 to 12", "vote"),
    ("Councillors voted 29 to 14 to pass the budget.", "29 to 14", "vote"),
])
def test_a_tally_of_two_counts_is_one_value(text, shown, noun):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert (v.label, v.noun, v.low) == (shown, noun, float(shown.split()[0]))


@pytest.mark.parametrize("text, nouns", [
    ("The levy had 4,120 votes in favour and 3,870 against after the count.", ["vote", "vote"]),
    ("The motion drew 212 votes for, with 190 opposed.", ["vote", "vote"]),
    ("The club has 4,120 members in the city and 3,870 against the merger.", ["member", ""]),  # no votes counted
])
def test_a_bare_count_against_beside_counted_votes_counts_votes(text, nouns):
    assert [v.noun for v in values(text) if v.kind == "quantity"] == nouns


def test_a_change_from_one_count_to_another_is_no_tally():
    assert [v.label for v in values("Membership rose from 40 people to 50.") if v.kind == "quantity"] == ["40", "50"]


@pytest.mark.parametrize("text, shown", [
    ("The panel backed the ruling in a 7-2 vote on Friday.", "7-2"),  # a vote with a dash is a tally too
    ("It was approved by a vote of 214 to 190.", "214 to 190"),
])
def test_a_result_read_by_the_score_grammar_is_a_tally(text, shown):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert (v.label, v.noun, v.dimension, v.low) == (shown, "vote", "count", 7.0 if shown == "7-2" else 214.0)


def test_a_game_s_score_is_no_value():
    assert [v.label for v in values("The visitors won 4-0 in front of 9,000 fans.") if v.kind == "quantity"] == ["9,000"]


def test_tallies_agree_only_on_both_counts():
    (a,), (b,), (c,) = ([v for v in values(t) if v.kind == "quantity"] for t in (
        "The board passed it in a 6-3 vote.", "The board passed it by 6 votes to 3.", "The board passed it by 6 votes to 2."))
    assert a.compatible(b) and not b.compatible(c) and not a.compatible(c)


@pytest.mark.parametrize("text, whole", [
    ("The jury convicted her on five of seven counts.", "seven counts"),
    ("The firm will cut 450 of the plant's 1,200 jobs.", "1,200 jobs"),
    ("The firm will cut 450 jobs at a plant with 1,200 staff.", None),  # no part taken from it
])
def test_the_whole_a_part_is_taken_from(text, whole):
    stated = [v for v in values(text) if v.kind == "quantity"]
    assert [v.text for v in stated if v.start in wholes(stated, text)] == ([whole] if whole else [])


def test_counts_listed_after_including_count_what_the_count_before_counts():
    text = "The storm killed at least 41 people, including 19 in Harlow and 12 in Brent, officials said."
    assert [(v.label, v.noun) for v in values(text) if v.kind == "quantity"] == [
        ("at least 41", "toll"), ("19", "toll"), ("12", "toll")]
    assert [v.noun for v in values("The storm caused 21 deaths in Harlow.") if v.kind == "quantity"] == ["toll"]
    # a count after "and" that follows no listed count keeps its own reading
    assert [v.noun for v in values("The storm killed 41 people and 12 cows.") if v.kind == "quantity"] == ["toll", "cow"]


@pytest.mark.parametrize("text, nouns", [
    ("The recall was extended from 38 batches to 52 on Friday.", ["batch", "batch"]),  # the change runs to 52 batches
    ("The firm cut its inspectors from 12 to five.", ["", ""]),  # no count of a noun to run from
    ("The fund paid 38 families, from 52 to 60 a week.", ["famili", "", ""]),  # "from" not before the counted one
    ("They went from 38 boats to the harbour.", ["boat"]),
])
def test_a_bare_count_a_change_runs_to_counts_the_noun_it_runs_from(text, nouns):
    assert [v.noun for v in values(text) if v.kind == "quantity"] == nouns


@pytest.mark.parametrize("text, noun", [
    ("The number of cancellations has risen to 140.", "cancel"),  # "has" is the verb, not the noun
    ("The number of ships waiting is now 40.", "ship"),
    ("The number of flood victims was 40.", "victim"),
])
def test_the_number_of_a_noun_counts_that_noun_whatever_verb_follows(text, noun):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert v.noun == noun


@pytest.mark.parametrize("text, noun", [
    ("About 1,150 people have been told to leave their homes.", "evacuated"),
    ("Everyone within a mile, about 1,150 people, has been ordered to leave.", "evacuated"),
    ("The leak forced about 600 people from their homes.", "evacuated"),
    ("The strike forced 600 workers to stay home.", "worker"),  # no people made to leave
    ("About 600 people have been told to wait.", "peopl"),
    ("The leak forced about 600 people to close their windows.", "peopl"),
    ("About 900 people were ordered out of the valley overnight.", "evacuated"),
    ("More than 2,000 people have now been moved out of the flood zone.", "evacuated"),
    ("The blaze forced 300 people of the hillside hamlet to leave their homes.", "evacuated"),
    ("Some 400 evacuees spent the night in a school gym.", "evacuated"),
    ("About 900 people moved to the coast last year.", "peopl"),  # moving is no evacuation
    ("The blaze forced 300 residents of the old quarter to close their shops.", "resid"),
    # people of a kind (senses.is_person) made to leave are the evacuated too; other fates keep the noun
    ("The mudslide forced about 2,500 villagers to leave their homes.", "evacuated"),
    ("Nearly 700 tenants were evacuated overnight.", "tenant"),  # a fate word after them keeps the noun
    ("About 1,300 residents have now left their homes.", "evacuated"),
    ("- Villagers evacuated: 950", "evacuated"),
    ("- Firefighters injured: 3", "firefight"),
    ("About 500 firefighters were sent to the hills.", "firefight"),
    ("About 300 shops were ordered to close.", "shop"),
])
def test_people_made_to_leave_their_homes_are_the_evacuated(text, noun):
    (v,) = [v for v in values(text) if v.kind == "quantity" and v.dimension == "count"]  # not "within a mile"
    assert v.noun == noun


@pytest.mark.parametrize("text, noun", [
    ("Two of them remain in hospital; neither is seriously ill.", "in hospit"),  # where the group named before is
    ("Two remain in hospital.", ""),  # a bare count alone still counts nothing
    ("Two of them were tankers.", ""),
    ("The crew fought the fire, and four of them were injured.", "injured"),  # what befell them, after "of them"
])
def test_a_count_of_a_group_named_before_counts_where_it_is(text, noun):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert v.noun == noun


@pytest.mark.parametrize("text, noun", [
    ("Four firemen were treated for smoke inhalation.", "firemen"),  # a "-men" compound is a plural
    ("Six gunmen held the embassy.", "gunmen"),
    ("The protesters demanded the release of 30 jailed activists.", "prison"),  # held people are prisoners
    ("The amnesty freed 30 imprisoned journalists.", "prison"),
    ("The amnesty freed 30 journalists.", "journalist"),
])
def test_counted_nouns_of_men_and_of_people_held(text, noun):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert v.noun == noun


def test_a_second_reading_of_a_text_is_the_first_whatever_the_caller_did_with_it():
    """The text layer keeps each text's quantity scan and date readings: a caller that changes the
    list it was given, or reads the text against another anchor, changes no later reading."""
    text = "Rescuers said 14 people died on Tuesday, and 61 votes to 54 backed the inquiry."
    anchor = datetime.date(2025, 2, 14)
    first = values(text, anchor)
    first.clear()
    unanchored = [v for v in values(text) if v.kind == "date"]
    again = values(text, anchor)
    assert [v.label for v in again if v.kind == "quantity"] == ["14", "61 to 54"]
    (day,) = [v for v in again if v.kind == "date"]
    assert day.low == day.high == datetime.date(2025, 2, 11).toordinal()
    assert not unanchored  # without its anchor "Tuesday" has no day, though it was resolved before


@pytest.mark.parametrize("text, aside", [
    ("The coastguard now says 14 people were taken to hospital, not 11 as first reported.", {"11"}),
    ("Police said 40 officers, rather than 25, were on duty.", {"25"}),
    ("The council will build 300 homes instead of 450.", {"450"}),
    ("Not 11 but 14 people were hurt.", {"11"}),
    ("Three are not yet home and 12 did not return.", set()),  # a negation of another word sets no figure aside
])
def test_a_figure_its_sentence_corrects_is_set_aside(text, aside):
    assert {v.text for v in values(text) if set_aside(text, v)} == aside


@pytest.mark.parametrize("text, noun, kind", [
    ("Twelve men were injured when the scaffolding collapsed.", "injured", "man"),
    ("Three girls were rescued from the river.", "rescued", "girl"),
    ("Twelve people were injured when the scaffolding collapsed.", "injured", ""),
    ("Twelve men signed the letter.", "men", "man"),  # no fate: still a count of men
])
def test_kinds_of_person_befall_what_people_befall_and_keep_their_kind(text, noun, kind):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert (v.noun, person_kind(v)) == (noun, kind)


@pytest.mark.parametrize("text, label", [
    ("The recall now covers about 1.8m packs.", "about 1.8 million"),  # "about 1.8m" alone reads as metres
    ("The app passed 250k downloads.", "250 thousand"),
    ("Nearly 3.1bn people live there.", "Nearly 3.1 billion"),
    ("The firm has 48 stores.", "48"),
])
def test_a_counts_glued_scale_is_written_out_when_its_noun_is_left_off(text, label):
    (v,) = [v for v in values(text) if v.kind == "quantity"]
    assert v.label == label


@pytest.mark.parametrize("text, slack", [
    ("The siren sounded at about 4:10 a.m.", (15.0, 15.0)),
    ("The siren sounded shortly before 5am.", (30.0, 0.0)),
    ("The siren sounded just after 5am.", (0.0, 30.0)),
    ("The siren sounded at 5am.", None),
])
def test_a_hedge_before_a_clock_time_gives_its_slack_in_minutes(text, slack):
    """"about" allows a quarter of an hour either way, "shortly before" / "just after" half an hour to one side."""
    hedge = clock_hedge(text, text.index("5am") if "5am" in text else text.index("4:10"))
    assert (None if hedge is None else hedge[1:]) == slack
