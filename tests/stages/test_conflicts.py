import json

import pytest
from typer.testing import CliRunner

from summarize.cli.main import app
from summarize.corpus import Corpus
from summarize.model import Sentence
from summarize.qa.question import parse
from summarize.stages import conflicts as conflicts_stage
from summarize.stages.conflicts import find_conflicts, touching
from summarize.text.values import values

from ..conftest import SEEDS, make_groups


def conflicts_of(*texts_by_doc):
    return find_conflicts(make_groups(*texts_by_doc))


def values_of(conflict):
    return {s.value: s.sources for s in conflict.sides}


def test_hours_against_minutes_conflict_and_list_every_side():
    (c,) = conflicts_of(("a", "The ferry crossing from Dover to Calais takes 90 minutes, the operator said."),
                        ("b", "The ferry crossing from Dover to Calais takes 2 hours, the operator said."),
                        ("c", "The ferry crossing from Dover to Calais takes 1.5 hours, a spokesman said."))
    assert c.kind == "quantity"
    assert values_of(c) == {"90 minutes": ("a", "c"), "2 hours": ("b",)}
    assert c.sides[0].value == "90 minutes"  # most support first
    assert all(s.text in {"The ferry crossing from Dover to Calais takes 90 minutes, the operator said.",
                          "The ferry crossing from Dover to Calais takes 2 hours, the operator said."} for s in c.sides)


def test_km_and_miles_agree_when_they_convert():
    agree = conflicts_of(("a", "The new pipeline runs 100 km from the coast to the capital."),
                         ("b", "The new pipeline runs 62 miles from the coast to the capital."))
    assert agree == []
    (c,) = conflicts_of(("a", "The new pipeline runs 100 km from the coast to the capital."),
                        ("b", "The new pipeline runs 80 miles from the coast to the capital."))
    assert set(values_of(c)) == {"100 km", "80 miles"}


def test_number_words_agree_with_digits():
    assert conflicts_of(("a", "Police said two thousand protesters marched through the city centre."),
                        ("b", "Police said 2,000 protesters marched through the city centre.")) == []
    (c,) = conflicts_of(("a", "Police said two thousand protesters marched through the city centre."),
                        ("b", "Police said 2,000 protesters marched through the city centre."),
                        ("c", "Organisers said 5,000 protesters marched through the city centre."))
    assert values_of(c) == {"two thousand": ("a", "b"), "5,000": ("c",)}


@pytest.mark.parametrize("a, b", [
    ("His armoured train reportedly has 90 carriages that include bedrooms.",
     "According to local media, the train boasts around 90 carriages, including bedrooms."),
    ("The journey is expected to take 24 hours, officials said.",
     "The journey is expected to take up to 24 hours, officials said."),
    ("Kim left Pyongyang for Beijing on Monday, state media reported.",
     "Kim left Pyongyang for Beijing late Monday, state media reported."),
])
def test_qualifiers_are_compatible_with_the_exact_value(a, b):
    assert conflicts_of(("a", a), ("b", b)) == []


def test_up_to_is_an_interval_but_not_a_licence_for_a_larger_value():
    assert conflicts_of(("a", "The train is expected to take up to 24 hours to reach the capital."),
                        ("b", "The train is expected to take 20 hours to reach the capital.")) == []
    (c,) = conflicts_of(("a", "The train is expected to take up to 24 hours to reach the capital."),
                        ("b", "The train is expected to take 30 hours to reach the capital."))
    assert set(values_of(c)) == {"up to 24 hours", "30 hours"}


def test_two_maxima_state_their_tops():
    (c,) = conflicts_of(("a", "Inspectors said the smelter released up to 410 tonnes of sulphur a day during the fault."),
                        ("b", "Inspectors said the smelter released up to 530 tonnes of sulphur a day during the fault."))
    assert set(values_of(c)) == {"up to 410 tonnes", "up to 530 tonnes"}
    assert conflicts_of(("a", "Inspectors said the smelter released up to 410 tonnes of sulphur a day during the fault."),
                        ("b", "Inspectors said the smelter released up to 410 tonnes of sulphur daily during the fault.")) == []


def test_a_figure_under_a_maximum_is_neither_its_fact_nor_a_side_of_it():
    # the target of 10 agrees with either maximum's interval, but states neither top: the two tops
    # still clash, and the target takes no side
    (c,) = conflicts_of(("a", "Tests found up to 40 pupils a day missed lessons at the school, against a target of 10 pupils."),
                        ("b", "The council said up to 55 pupils a day missed lessons at the school."),
                        ("c", "The target was 10 pupils a day missing lessons."))
    assert set(values_of(c)) == {"up to 40", "up to 55"}


def test_a_count_of_the_dead_runs_on_to_a_later_named_toll():
    dates = {"a": "2026-03-01", "b": "2026-03-02"}
    toll = ("b", "Mountain rescue teams recovered another body on Sunday, bringing the death toll to three.")
    (c,) = find_conflicts(make_groups(
        ("a", "Two people died when the snow bridge collapsed under their rope team, rescuers said."), toll), dates)
    assert c.kind == "updated" and [s.value for s in c.sides] == ["Two", "three"]
    # the dead of another year, of one place, or more dead are no count of this story's toll
    for other in ("Rescuers said 1,200 tourists had been flown out, and two people died on the same ridge in 2019.",
                  "Two people were killed overnight in the northern town of Vellary when the snow bridge collapsed.",
                  "Two more people died when the snow bridge collapsed under their rope team, rescuers said."):
        assert find_conflicts(make_groups(("a", other), toll), dates) == []


def test_an_including_aside_says_nothing_of_what_a_count_measures():
    # the aside between commas pushes the words that say what the count measures out of reach
    dates = {"a": "2026-03-02", "b": "2026-03-04"}
    (c,) = find_conflicts(make_groups(
        ("a", "Around 80 firefighters, including three specialist crews sent from the airport at Kelby, were tackling "
              "the blaze in shifts on Monday."),
        ("b", "Some 150 firefighters have tackled the blaze in rotating shifts since Monday, the fire service said.")),
        dates)
    assert c.kind == "updated" and [s.value for s in c.sides] == ["Around 80", "Some 150"]


@pytest.mark.parametrize("a, b", [
    # same unit, different facts
    ("North Korea has sent around 15,000 troops to Russia, officials said.",
     "Roughly 2,000 of the troops have died in combat, officials said."),
    ("The parade will last 70 minutes and feature new tanks.",
     "The train journey is expected to take 24 hours."),
    # years of different events
    ("It is the first time a North Korean leader has attended a Chinese parade since 1959.",
     "It is his first visit to China since 2019 and his fifth in total."),
    ("His attendance is an upgrade from China's last Victory Day parade in 2015.",
     "Kim will attend the 2025 Victory Day parade in Beijing on Wednesday."),
    # same vague word, different subjects
    ("Thousands of military personnel will march through Tiananmen Square.",
     "Kim agreed to send thousands of construction workers to the Kursk region."),
    # two slots of one copied sentence
    ("52 people were killed when four bombers attacked three trains and a bus.",
     "52 people were killed when four bombers attacked three trains and a bus, police said."),
])
def test_different_subjects_do_not_conflict(a, b):
    assert conflicts_of(("a", a), ("b", b)) == []


def test_one_document_does_not_conflict_with_itself():
    assert conflicts_of(("a", "The journey takes 24 hours, officials said."),
                        ("a", "The journey takes 20 hours, officials said.")) == []


def test_agency_named_differently_by_two_outlets():
    (c,) = conflicts_of(("a", "In a briefing, South Korea’s National Intelligence Service said the train entered China."),
                        ("b", "Yonhap reported, citing South Korea’s spy agency National Information Society Agency."))
    assert c.kind == "name"
    assert values_of(c) == {"National Intelligence Service": ("a",), "National Information Society Agency": ("b",)}


def test_empty_and_valueless_input():
    assert find_conflicts([]) == []
    assert conflicts_of(("a", "It rained."), ("b", "It was sunny.")) == []


def test_seed_conflicts(seeds):
    found = {c.topic: {s.value: s.sources for s in c.sides} for c in seeds.conflicts()}
    sides = sorted(tuple(sorted(x.lower() for x in v)) for v in found.values())
    assert ("20 hours", "24 hours") in sides
    assert ("25", "26") in sides
    assert ("tens of thousands", "thousands") in sides
    assert len(sides) == 4  # and no false alarm
    journey = next(v for v in found.values() if "24 hours" in v)
    assert journey["20 hours"] == ("002_cba6d34d82d475d0",)
    assert {"000_c10a78d90ce5a747", "003_614847e249fadb5d"} <= set(journey["24 hours"])


def test_output_is_deterministic(seeds):
    again = Corpus.from_paths([SEEDS])
    assert again.conflicts() == seeds.conflicts()


# One regression test per false-alarm family of issue 12, in sentences of our own.
@pytest.mark.parametrize("a, b", [
    # different measures of one subject: a threshold vs the outcome, a part vs the whole
    ("Candidates need 60% of the council vote to take the chair.",
     "Councillor Brandt took 54% of the council vote for the chair."),
    ("The landslide killed 64 people in the province, nine of them in the town of Eskerby.",
     "Nine people died in Eskerby when the landslide struck the province."),
    # different subjects
    ("The court jailed Tomas Ilves for 12 years for the armed robbery.",
     "The court jailed Mirek Sandoval for 8 years for the armed robbery."),
    ("The cyclone killed 140 people in Norland, officials said.",
     "The cyclone killed 38 people in Osterby, officials said."),
    # a change vs a level
    ("The reservoir rose 30 cm after the storm, the water board said.",
     "The reservoir stood at 4.5 metres after the storm, the water board said."),
    # a shared unit only
    ("The couple celebrated a 51-year marriage at the town hall.",
     "The council's 3-week-old coalition collapsed at the town hall."),
    # a different period
    ("The airline carried 4.1 million passengers in 2023.",
     "The airline carried 3.2 million passengers in 2022."),
])
def test_no_false_alarm_for_other_facts(a, b):
    assert conflicts_of(("a", a), ("b", b)) == []


@pytest.mark.parametrize("a, b", [
    # one amount in two units, in one sentence and across outlets
    ("Winds reached 8 mph (12 km/h) over the bay, forecasters said.",
     "Winds reached 12 km/h over the bay, forecasters said."),
    # compatible ranges
    ("Repairs to the bridge will take at least three weeks, engineers said.",
     "Repairs to the bridge will take three to four weeks, engineers said."),
    ("More than 250,000 people have fled the region, aid agencies said.",
     "About 275,000 people have fled the region, aid agencies said."),
])
def test_compatible_values_do_not_conflict(a, b):
    assert conflicts_of(("a", a), ("b", b)) == []


def test_intervals_that_exclude_each_other_conflict():
    (c,) = conflicts_of(("a", "About 250,000 people have fled the region, aid agencies said."),
                        ("b", "More than 275,000 people have fled the region, aid agencies said."))
    assert c.kind == "quantity" and set(values_of(c)) == {"About 250,000", "More than 275,000"}


def test_never_two_sides_from_one_sentence(seeds):
    assert conflicts_of(("a", "The ferry takes 90 minutes in summer and 2 hours in winter, the operator said."),
                        ("b", "The ferry takes 90 minutes in summer, the operator said.")) == []
    for c in seeds.conflicts():
        keys = [k for s in c.sides for k in s.positions]
        assert len(keys) == len(set(keys)), c.topic


def test_figure_changed_by_later_articles_is_an_update_with_a_timeline():
    groups = make_groups(("a", "Flooding in the valley has killed 157 people, the governor said."),
                         ("b", "Flooding in the valley has killed 173 people, the governor said."),
                         ("c", "The governor said flooding in the valley has killed 190 people."))
    (c,) = find_conflicts(groups, {"a": "2024-05-01", "b": "2024-05-03", "c": "2024-05-05"})
    assert c.kind == "updated"
    assert c.to_dict()["timeline"] == [{"value": "157", "date": "2024-05-01", "sources": ["a"]},
                                       {"value": "173", "date": "2024-05-03", "sources": ["b"]},
                                       {"value": "190", "date": "2024-05-05", "sources": ["c"]}]


def test_same_day_difference_is_a_disagreement():
    groups = make_groups(("a", "Flooding in the valley has killed 157 people, the governor said."),
                         ("b", "Flooding in the valley has killed 173 people, the governor said."))
    (c,) = find_conflicts(groups, {"a": "2024-05-01", "b": "2024-05-01"})
    assert c.kind == "quantity" and not c.dates


def test_relative_dates_resolved_with_the_article_date_disagree():
    groups = make_groups(("a", "The new bridge will open to traffic on Sunday, the city said."),
                         ("b", "The new bridge will open to traffic on Tuesday, the city said."))
    (c,) = find_conflicts(groups, {"a": "2025-06-12", "b": "2025-06-12"})
    assert c.kind == "date" and {s.value for s in c.sides} == {"Sunday (= 2025-06-15)", "Tuesday (= 2025-06-17)"}


def test_claim_and_denial_through_the_cli(tmp_path):
    (tmp_path / "a.txt").write_text("2025-03-04\nThe mayor signed the harbour contract, officials said.\n")
    (tmp_path / "b.txt").write_text("2025-03-04\nThe mayor did not sign the harbour contract, officials said.\n")
    result = CliRunner().invoke(app, ["conflicts", "--json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    (c,) = json.loads(result.stdout)["conflicts"]
    assert c["kind"] == "polarity"
    assert {s["value"]: s["sources"] for s in c["sides"]} == {"affirms": ["a"], "denies": ["b"]}


def test_a_reported_denial_disputes_the_reworded_claim_it_quotes():
    (c,) = conflicts_of(
        ("a", "The Courier has learned that two engineers had flagged cracks in the dam wall to the board "
              "last spring."),
        ("b", "The utility denied reports that engineers had warned the board about cracks in the dam wall."),
        ("c", "The utility said on Monday that the dam was safe and would stay open to visitors."))
    assert c.kind == "polarity"
    assert values_of(c) == {"affirms": ("a",), "denies": ("b",)}


def test_a_reported_denial_shows_the_deniers_words_after_it():
    """"The airline rejected a pilot's claim ... that C." and the quote after it are one side: the
    quote says what the airline holds instead; a quote after a plain sentence is not taken."""
    (c,) = conflicts_of(
        ("a", "A pilot told the Gazette that de-icing checks on the jet were skipped before take-off."),
        ("b", "The airline rejected a pilot's claim, first reported by a trade magazine, that de-icing checks "
              "were skipped."),
        ("b", '"Every check was completed and signed off by two engineers," a spokesman said.'))
    assert c.kind == "polarity" and values_of(c) == {"affirms": ("a",), "denies": ("b",)}
    denies = c.sides[1]
    assert denies.text.endswith("a spokesman said.") and denies.positions == (("b", 0), ("b", 1))
    (c,) = conflicts_of(
        ("a", "A pilot told the Gazette that de-icing checks on the jet were skipped before take-off."),
        ("b", "De-icing checks on the jet were not skipped, the airline said."),
        ("b", '"Every check was completed and signed off by two engineers," a spokesman said.'))
    assert c.sides[1].text == "De-icing checks on the jet were not skipped, the airline said."


def test_a_denial_shows_the_rest_of_its_speaker_s_quotation():
    """A denial that leaves its quotation open ('... said: "The dredger did not ...') shows the quotation's
    sentences up to where it closes, and no further; a denial that goes on from a quotation named after its
    speaker ('"...," a spokeswoman said.' / '"Any claim that ... is untrue."') shows that quotation first."""
    (c,) = [c for c in conflicts_of(
        ("a", "A fishing cooperative says the dredger Selma Rae dumped silt in the bay last spring."),
        ("b", 'Its owner, Ilka Brand, said: "The dredger Selma Rae did not dump silt in the bay.'),
        ("b", 'It was in dry dock for the whole of last spring, as our yard records show."'),
        ("b", "The cooperative wants the records published.")) if c.kind == "polarity"]
    assert c.sides[1].text.endswith('yard records show."') and c.sides[1].positions == (("b", 0), ("b", 1))
    (c,) = [c for c in conflicts_of(
        ("a", "The rangers' union stands by its claim that the beacon had been switched off."),
        ("b", "The trust has answered the union."),
        ("b", '"The beacon on the point was lit every night," a spokeswoman for the trust said.'),
        ("b", '"Any suggestion that the beacon was ever switched off is untrue."')) if c.kind == "polarity"]
    denies = c.sides[1]
    assert denies.text.startswith('"The beacon on the point was lit') and denies.positions == (("b", 1), ("b", 2))


def test_the_day_a_denial_was_said_is_no_day_of_its_claim():
    """"..., a spokesman said last night" dates the saying: the claim it denies, dated in May, is
    still disputed; a day inside the claim that differs still keeps two events apart."""
    (c,) = conflicts_of(
        ("a", "A letter warning of cracks in the pier had been received by the harbour board in May 2024, its "
              "chair confirmed on Friday."),
        ("b", '"We have no record of receiving any such letter," a harbour board spokesman said last night.'))
    assert c.kind == "polarity"
    assert conflicts_of(("a", "The pool reopened to swimmers on Friday, the council said."),
                        ("b", "The pool did not reopen to swimmers on Wednesday, the council said on Thursday.")) == []


def test_a_claim_and_its_denial_by_two_sources_of_one_article_disagree():
    """Wire copy quotes both sides in turn: a union's claim and a spokesman's denial are two
    sources; the article's own voice is none, so it does not dispute a quote it reports."""
    (c,) = conflicts_of(
        ("a", "The drivers' union says the company plans to close the Eastfield depot next spring."),
        ("a", '"There have never been any plans to close the Eastfield depot," a company spokesman said.'))
    assert c.kind == "polarity" and values_of(c) == {"affirms": ("a",), "denies": ("a",)}
    assert conflicts_of(
        ("a", "The company plans to close the Eastfield depot next spring."),
        ("a", '"There have never been any plans to close the Eastfield depot," a company spokesman said.')) == []
    # two sources, but the negative sentence tells the story, it rebuts no one
    assert conflicts_of(
        ("a", "A coach carrying 40 pupils and three teachers caught fire on the bypass on Friday, police said."),
        ("a", "The coach had no working fire extinguisher on board, according to a teacher on the trip.")) == []


def test_a_toll_and_a_count_of_the_killed_are_one_figure():
    (c,) = conflicts_of(("a", "The death toll from the floods in the delta rose to 230, officials said."),
                        ("b", "Officials said 180 people were killed in the floods in the delta."))
    assert c.kind == "quantity" and set(values_of(c)) == {"230", "180"}


def test_amounts_orders_of_magnitude_apart_are_no_update_of_one_figure():
    groups = make_groups(("a", "Online shoppers have donated over $3 million to the flood appeal through a retailer."),
                         ("b", "A parish council said it had accidentally donated $5,000 to the flood appeal."))
    assert find_conflicts(groups, {"a": "2024-05-01", "b": "2024-05-20"}) == []


def test_a_name_in_another_role_is_no_disagreement_about_it():
    groups = make_groups(("a", ("The Harbour Authority has announced that it will delay the ban on night fishing "
                                "for 20 trawlers.")),
                         ("b", ("The Fishermen's Union has issued a statement calling for the ban on night fishing "
                                "for 20 trawlers to be lifted.")))
    assert find_conflicts(groups, {"a": "2024-05-01", "b": "2024-05-02"}) == []


def test_a_negated_value_states_no_fact_and_updates_nothing():
    groups = make_groups(("a", "The coastal road will reopen on Friday, the council said."),
                         ("b", "The coastal road did not reopen on Wednesday, the council said."))
    assert find_conflicts(groups, {"a": "2025-01-13", "b": "2025-01-16"}) == []


def test_an_update_chains_through_a_later_article_that_states_the_fact_of_both():
    # b's figure aligns only with c's sentence, which is worded like a's too: one running toll
    groups = make_groups(("a", "Flooding in the valley has killed 157 people, the governor said."),
                         ("b", "Hospitals in the region confirmed that 173 people died."),
                         ("c", "Flooding in the valley has killed 190 people, hospitals in the region confirmed."))
    (c,) = find_conflicts(groups, {"a": "2024-05-01", "b": "2024-05-03", "c": "2024-05-05"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["157", "173", "190"]
    # the same figures on one day are no timeline
    (c,) = find_conflicts(groups, {"a": "2024-05-01", "b": "2024-05-01", "c": "2024-05-01"})
    assert c.kind == "quantity" and not c.dates


def test_an_age_in_apposition_meets_an_age_written_out():
    older = "The lifeboat's coxswain, 58-year-old Ailsa Grange, steered it through the storm."
    (c,) = conflicts_of(("a", older), ("b", "Ailsa Grange, 61, the lifeboat's coxswain, steered it through it."))
    assert set(values_of(c)) == {"58-year-old", "61"}
    assert conflicts_of(("a", older), ("b", "Ailsa Grange, 58, the lifeboat's coxswain, steered it through it.")) == []


def test_a_requested_term_is_no_outcome():
    groups = make_groups(("a", "Prosecutors sought a 20-year prison term for the former harbour master."),
                         ("b", "The former harbour master was sentenced to 8 years in prison."))
    assert find_conflicts(groups, {"a": "2025-03-03", "b": "2025-03-04"}) == []


def test_datelines_and_time_stamps_date_the_report_not_a_fact():
    groups = make_groups(("a", "OSLEBY, May 4 (Nordwire) - The port authority said the harbour crane had collapsed."),
                         ("b", "OSLEBY, May 6 (Nordwire) - The port authority said the crane would be replaced."))
    assert find_conflicts(groups, {"a": "2025-05-04", "b": "2025-05-06"}) == []


def test_a_running_figure_as_of_each_report_is_an_update():
    groups = make_groups(("a", "The blaze in the hills had burned 2,000 acres by Monday, the fire service said."),
                         ("b", "By Tuesday the blaze in the hills had burned 5,000 acres, the fire service said."))
    (c,) = find_conflicts(groups, {"a": "2025-08-04", "b": "2025-08-05"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["2,000 acres", "5,000 acres"]


def test_a_sum_told_in_the_passive_perfect_a_day_later_is_a_dispute_not_an_update():
    earlier = ("a", "The rugby union fined the Otters £40,000 on Monday over crowd trouble at Mill Road.")
    later = ("b", "The Otters have been fined £30,000 by the rugby union over crowd trouble at Mill Road.")
    grown = ("b", "The Otters have now paid £30,000 in fines to the rugby union over crowd trouble at Mill Road.")
    dates = {"a": "2026-03-02", "b": "2026-03-03"}
    (c,) = find_conflicts(make_groups(earlier, later), dates)
    assert c.kind == "quantity" and {s.value for s in c.sides} == {"£40,000", "£30,000"}
    (u,) = find_conflicts(make_groups(earlier, grown), dates)
    assert u.kind == "updated"  # what it has paid so far runs


def test_a_figure_set_against_what_another_admits_is_a_dispute_not_an_update():
    earlier = ("a", "Our payment systems were offline for 36 hours while our teams restored them from backups.")
    contested = ("b", "Payment systems stayed down for 52 hours, engineers at the bank said, longer than it has acknowledged.")
    plain = ("b", "Payment systems have now stayed down for 52 hours, engineers at the bank said.")
    dates = {"a": "2025-06-02", "b": "2025-06-04"}
    (c,) = find_conflicts(make_groups(earlier, contested), dates)
    (u,) = find_conflicts(make_groups(earlier, plain), dates)
    assert c.kind != "updated" and u.kind == "updated"


@pytest.mark.parametrize("a, b", [
    # a step on one day and a change since that day
    ("Shares of the brewer fell 2.4 percent on Monday.", "The brewer's shares have fallen about 5% since Monday."),
    # a forecast and what was measured
    ("Gusts reached 60 mph over the bay on Friday night, forecasters said.",
     "The race went ahead on Friday with gusts forecast at 30 to 35 mph over the bay."),
    # a threshold in a clause of condition and a forecast
    ("Gusts of up to 40 mph are expected over the bay this evening.",
     "The bridge over the bay is closed to lorries when gusts are forecast above 50 mph."),
])
def test_other_measures_of_one_thing_do_not_conflict(a, b):
    assert find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2025-03-03", "b": "2025-03-05"}) == []


@pytest.mark.parametrize("a, b", [
    ("Headquartered in Tarnby, the brewer employs more than 9,000 people in 14 countries.",
     "The brewer employs about 1,200 people in Tarnby, its chief executive said."),
    ("The flood damaged 3,000 homes in 12 districts, officials said.",
     "The flood damaged 700 homes in Marchton, officials said."),
])
def test_a_part_and_its_whole_scoped_apart_do_not_conflict(a, b):
    assert conflicts_of(("a", a), ("b", b)) == []


def test_one_scope_stated_twice_still_conflicts():
    (c,) = conflicts_of(("a", "The brewer employs about 1,200 people in Tarnby, its chief executive said."),
                        ("b", "The brewer employs 1,900 people in Tarnby, the union said."))
    assert set(values_of(c)) == {"about 1,200", "1,900"}


def test_a_name_its_own_article_states_too_is_not_disputed():
    # "a" names Dunmore itself: Corrigan is the other plant, not another name for the one closing
    assert conflicts_of(("a", "The Danish toy maker said on Monday it would close its factory in Dunmore."),
                        ("a", "The Danish toy maker said production would move to its plant in Corrigan, Portugal, "
                              "by the end of May."),
                        ("b", "The Danish toy maker said on Monday it would close the factory in Dunmore and move "
                              "production to Portugal by the end of May.")) == []


def test_a_live_page_that_updates_its_own_figure_is_part_of_the_timeline():
    groups = make_groups(("a", "Nine people were still missing late on Monday, the coastguard said."),
                         ("b", "08:10 - Nine people are still missing, the coastguard says."),
                         ("b", "14:30 - Five people remain missing after two were found alive, the coastguard says."),
                         ("c", "Four people are now known to have died, and three people are still missing, "
                               "the coastguard said."))
    (c,) = find_conflicts(groups, {"a": "2025-05-05", "b": "2025-05-06", "c": "2025-05-07"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["Nine", "Five", "three"]  # the dead are no side


@pytest.mark.parametrize("earlier, later, sides", [
    # a count of the injured in the same sentence does not hide a growing toll
    ("A strong earthquake struck the valley early on Monday, killing at least 40 people and injuring more than 200, "
     "officials said.",
     "The number of people killed in Monday's earthquake has risen to 112, the disaster agency said on Tuesday, "
     "with 540 injured.", ["at least 40", "112"]),
    # a hedged count firmed up in a later article
    ("About 60 people were injured when the roof of the market hall gave way, the fire service said.",
     "A total of 64 people were injured in the collapse of the market hall, the city hospital said.", ["About 60", "64"]),
])
def test_a_figure_a_later_article_gives_again_is_an_update(earlier, later, sides):
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": "2026-02-09", "b": "2026-02-10"})
    assert c.kind == "updated" and [s.value for s in c.sides] == sides


def test_one_price_told_with_a_verb_and_with_its_noun_is_compared():
    groups = make_groups(("a", "Harlow Athletic has agreed to sell its stadium at Brook Lane for £18 million, the club "
                               "said."),
                         ("b", "The £21 million sale of the Brook Lane ground was backed by supporters."))
    (c,) = find_conflicts(groups, {"a": "2026-01-12", "b": "2026-01-12"})
    assert c.kind == "quantity" and set(values_of(c)) == {"£18 million", "£21 million"}


def test_the_value_before_a_change_takes_no_side():
    groups = make_groups(("a", "The brewer said it would give staff two weeks' pay for every year of service."),
                         ("b", "The brewer raised its offer to four weeks' pay for every year of service, from two "
                               "weeks, it said."))
    (c,) = find_conflicts(groups, {"a": "2025-04-01", "b": "2025-04-03"})
    assert c.kind == "updated" and [s.sources for s in c.sides] == [("a",), ("b",)]


def test_one_title_before_two_given_names_of_one_surname_is_a_name_disagreement():
    said = "About 300 volunteers joined the search on Friday, police commander Daniel Hartwell said."
    groups = make_groups(("a", said), ("b", "09:30 - Police commander David Hartwell says the tide will turn soon."))
    (c,) = find_conflicts(groups, {"a": "2025-05-05", "b": "2025-05-06"})  # a later name is no update
    assert c.kind == "name" and set(values_of(c)) == {"Daniel Hartwell", "David Hartwell"}
    # another title: two people of one family
    assert conflicts_of(("a", said), ("b", "09:30 - His brother David Hartwell says the tide will turn soon.")) == []


def test_a_forecast_in_another_clause_leaves_the_figure_a_fact():
    (c,) = conflicts_of(("a", "The liner, expected in port on Friday, carried 2,300 passengers."),
                        ("b", "The liner carried 2,700 passengers, the port authority said."))
    assert set(values_of(c)) == {"2,300", "2,700"}


@pytest.mark.parametrize("a, b, sides", [
    # "about" allows one rounding step: 640 is rounded to tens, so it does not reach 700
    ("About 640 workers will lose their jobs when the mill shuts, the union said.",
     "More than 700 workers will lose their jobs when the mill shuts, the union said.",
     {"About 640", "More than 700"}),
    # months and quarters are compared with each other, also in a sentence that states a figure
    ("The council said the new library will open by the end of March 2027.",
     "The council said the new library will open in June 2027.", {"end of March 2027", "June 2027"}),
    ("The depot, which employs 300 people, will close in the first quarter of 2027, the firm said.",
     "The depot, which employs 300 people, will close in June 2027, the firm said.",
     {"first quarter of 2027", "June 2027"}),
])
def test_precise_approximations_and_months_disagree(a, b, sides):
    (c,) = find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2026-09-08", "b": "2026-09-08"})
    assert c.kind == ("date" if "2027" in a else "quantity") and {s.value for s in c.sides} == sides


@pytest.mark.parametrize("a, b", [
    # a round "about 600" keeps its 10%
    ("About 600 workers will lose their jobs when the mill shuts, the union said.",
     "More than 640 workers will lose their jobs when the mill shuts, the union said."),
    # a month inside the quarter it is said to fall in
    ("The council said the new library will open in the second quarter of 2027.",
     "The council said the new library will open in June 2027."),
    # months that date two figures are two periods, not a disputed date
    ("Exports rose 5% in March, the statistics office said.", "Exports rose 4% in April, the statistics office said."),
])
def test_round_approximations_and_months_that_overlap_do_not_conflict(a, b):
    assert find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2026-09-08", "b": "2026-09-08"}) == []


def test_a_toll_restated_from_an_older_report_is_still_one_running_figure():
    # 23 is worded like the first report (12), not like the second (19): each later figure
    # restates a figure reported before it, so the three make one timeline
    groups = make_groups(("a", "The gale has killed 12 people, officials said."),
                         ("b", "The death toll from the gale rose to 19 on Tuesday, officials said."),
                         ("c", "The gale, which struck the coast on Saturday, has killed 23 people."))
    (c,) = find_conflicts(groups, {"a": "2026-10-05", "b": "2026-10-06", "c": "2026-10-07"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["12", "19", "23"]


def test_a_past_day_given_differently_later_is_a_disagreement_not_an_update():
    groups = make_groups(("a", "The gale reached the coast on Saturday near the harbour, forecasters said."),
                         ("b", "The gale reached the coast on Sunday near the harbour, forecasters said."))
    (c,) = find_conflicts(groups, {"a": "2026-10-05", "b": "2026-10-06"})
    assert c.kind == "date" and not c.dates


def test_a_day_still_to_come_that_moves_later_is_an_update():
    groups = make_groups(("a", "The ferry service across the estuary will begin on Thursday, the council said."),
                         ("b", "The ferry service across the estuary will now begin on Friday, the council said."))
    (c,) = find_conflicts(groups, {"a": "2026-03-02", "b": "2026-03-04"})
    assert c.kind == "updated" and c.dates == ("2026-03-02", "2026-03-04")


def test_two_rounded_counts_that_only_touch_disagree():
    (c,) = conflicts_of(("a", "About 3,200 patients are registered at the surgery, the trust said."),
                        ("b", "About 3,400 patients are registered at the surgery, the trust said."))
    assert c.kind == "quantity" and set(values_of(c)) == {"About 3,200", "About 3,400"}


def test_two_holders_named_for_one_owned_role_disagree_however_different_the_sentences():
    (c,) = conflicts_of(("a", "The port's harbour master, Ines Okoro, said the channel would be dredged."),
                        ("b", "The port's harbour master, Lena Voss, said two tugs had been damaged."))
    assert c.kind == "name" and values_of(c) == {"Ines Okoro": ("a",), "Lena Voss": ("b",)}


def test_two_holders_named_for_one_definite_role_of_two_words_disagree():
    (c,) = conflicts_of(("a", "The regional governor, Ines Okoro, declared three days of mourning."),
                        ("b", "The regional governor, Lena Voss, said the search for survivors had ended."))
    assert c.kind == "name" and values_of(c) == {"Ines Okoro": ("a",), "Lena Voss": ("b",)}


@pytest.mark.parametrize("a, b", [
    # a definite role of one word may be anyone's
    ("The spokeswoman, Ines Okoro, said the channel would be dredged.",
     "The spokeswoman, Lena Voss, said two tugs had been damaged."),
    # two owners' roles, a role of several, no role (the name is no appositive), both named by one article
    ("The port's harbour master, Ines Okoro, said the channel would be dredged.",
     "The city's harbour master, Lena Voss, said two tugs had been damaged."),
    ("The port's pilots, Ines Okoro and Lena Voss, said the channel would be dredged.",
     "The port's pilots, Ada Grey and Lena Voss, said two tugs had been damaged."),
    ("The port's traffic fell, Ines Okoro said on Monday.", "The port's traffic fell, Lena Voss said on Monday."),
    ("The port's harbour master, Ines Okoro, succeeded Lena Voss in May.",
     "The port's harbour master, Lena Voss, said two tugs had been damaged."),
    # one role at two times: a holder before and one now
    ("The port's harbour master, Ines Okoro, dredged the channel in 2019.",
     "The port's harbour master, Lena Voss, said on Monday that two tugs had been damaged."),
])
def test_names_that_hold_no_one_role_do_not_disagree(a, b):
    assert [c for c in conflicts_of(("a", a), ("b", b)) if c.kind == "name"] == []


def test_a_relative_clause_between_commas_does_not_hide_the_fact_a_date_states():
    groups = make_groups(("a", "The new library, which was built with money from a lottery grant, will open on "
                               "Saturday, the council said."),
                         ("b", "The new library is now expected to open on Monday after fire checks."))
    (c,) = find_conflicts(groups, {"a": "2026-04-14", "b": "2026-04-14"})
    assert c.kind == "date" and {s.value for s in c.sides} == {"Saturday (= 2026-04-18)", "Monday (= 2026-04-20)"}


@pytest.mark.parametrize("a, b", [
    ("The motion on the harbour levy was carried with 98 members present, the clerk said.",
     "The motion on the harbour levy was carried with 95 members present, the clerk said."),
    ("The bronze bell in the cathedral tower weighs 12 tons, the dean said.",
     "The bronze bell in the cathedral tower weighs 9 tons, the dean said."),
])
def test_a_figure_fixed_once_and_for_all_given_differently_later_is_a_disagreement(a, b):
    (c,) = find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2026-10-26", "b": "2026-10-27"})
    assert c.kind == "quantity" and not c.dates


def test_a_figure_a_later_article_states_as_it_now_stands_is_an_update():
    groups = make_groups(("a", "About 800 volunteers were helping with the clean-up of the beach, the council said."),
                         ("b", "About 1,450 volunteers are now helping with the clean-up of the beach, the council said."))
    (c,) = find_conflicts(groups, {"a": "2026-10-26", "b": "2026-10-27"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["About 800", "About 1,450"]


def test_a_name_its_article_also_states_untyped_is_no_disagreement_about_a_role():
    assert conflicts_of(("a", "The company's chief executive, Ann Bell, said sales rose."),
                        ("b", "The company's chief executive, Jo Hart, will step down next year and be replaced "
                              "by Ann Bell.")) == []


@pytest.mark.parametrize("a, b", [
    # counts of one noun in sentences that share nothing else: a whole and a part, two searches
    ("The village school has 420 pupils, the head teacher said.", "Some 380 pupils sat the new reading test this year."),
    ("Rescuers searched 60 homes in the valley.", "Firefighters checked 55 homes on the ridge."),
])
def test_counts_of_one_noun_worded_apart_are_no_fact(a, b):
    assert conflicts_of(("a", a), ("b", b)) == []


def test_a_running_count_with_an_open_bound_on_one_day_and_a_count_the_next_is_an_update():
    groups = make_groups(("a", "The landslide in the valley has killed at least 31 people, officials said."),
                         ("b", "The landslide in the valley has killed 58 people, officials said."))
    (c,) = find_conflicts(groups, {"a": "2026-02-09", "b": "2026-02-10"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["at least 31", "58"]
    # on one day the bound and the count agree
    assert find_conflicts(groups, {"a": "2026-02-09", "b": "2026-02-09"}) == []


def test_days_whose_event_is_named_far_from_them_disagree():
    groups = make_groups(("a", "The fraud trial of former harbour master Ines Okoro is scheduled to begin on Nov. 18."),
                         ("b", "Former harbour master Ines Okoro will go on trial on fraud charges on Nov. 25, "
                               "court officials said."))
    (c,) = find_conflicts(groups, {"a": "2024-10-02", "b": "2024-10-02"})
    assert c.kind == "date" and {s.value for s in c.sides} == {"Nov. 18 (= 2024-11-18)", "Nov. 25 (= 2024-11-25)"}


def test_days_more_than_a_year_apart_are_another_event_not_a_disagreement():
    groups = make_groups(("a", "Eleven people were killed on 3 March 2019 when the dam above the village burst."),
                         ("b", "Today is the fifth anniversary of the dam burst, when eleven people were killed."))
    assert [c for c in find_conflicts(groups, {"a": "2024-03-01", "b": "2024-03-03"}) if c.kind == "date"] == []


def test_a_count_of_the_missing_worded_apart_a_day_later_is_an_update():
    groups = make_groups(("a", "Forty people remain missing after the mudslide buried the hamlet."),
                         ("b", "The number of people still unaccounted for after the hamlet's mudslide has fallen to 15."))
    (c,) = find_conflicts(groups, {"a": "2024-06-03", "b": "2024-06-06"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["Forty", "15"]


def test_a_count_a_later_article_merely_has_is_a_disagreement_not_an_update():
    groups = make_groups(("a", "The ferry carried 212 passengers and 14 crew on its last crossing, the operator said."),
                         ("b", "The ferry had 218 passengers and 14 crew on its last crossing, the operator said."))
    (c,) = find_conflicts(groups, {"a": "2026-03-03", "b": "2026-03-04"})
    assert c.kind == "quantity" and not c.dates


def test_two_outlets_giving_one_statement_another_landing_place_disagree():
    # "Quay", "Wharf", "Township" head a place as "Road" or "Island" do, so the names are compared
    corpus = Corpus.from_texts({
        "wire": "Divers recovered a crate of 60 rifles from Harlow Quay on Friday. The harbour was shut.",
        "daily": "Divers recovered a crate of 60 rifles from Harlow Quay, the coastguard said.",
        "radio": "Divers recovered a crate of 60 rifles from Dunmore Quay late on Friday.",
    })
    sides = [(s.value, s.sources) for c in corpus.conflicts() for s in c.sides]
    assert sides == [("Harlow Quay", ("daily", "wire")), ("Dunmore Quay", ("radio",))]


@pytest.mark.parametrize("later", [
    "The operator said 46 containers had been lost overboard, up from an earlier estimate of 38.",
    "The operator said 46 containers had been lost overboard, up from 38.",
])
def test_a_later_figure_that_names_the_earlier_one_is_its_update(later):
    groups = make_groups(("a", "The operator said 38 containers had been lost overboard from the ship."), ("b", later))
    (c,) = find_conflicts(groups, {"a": "2026-02-10", "b": "2026-02-12"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["38", "46"]


@pytest.mark.parametrize("a, b", [
    ("The party leader confirmed her 18 senators will vote against the budget.",
     "The chancellor thanked the 97 senators who stood by the budget."),  # an owner's / a restricted set
    ("The disabled freighter was carrying 1,840 containers from Sorvik to Velm, the operator said.",
     "A freighter disabled by the storm this week was carrying about 300 containers bound for Velm, "
     "including car parts."),  # a part: those bound for one port
])
def test_counts_narrowed_to_other_subsets_are_two_facts(a, b):
    assert conflicts_of(("a", a), ("b", b)) == []


def test_counts_narrowed_alike_still_disagree():
    (c,) = conflicts_of(("a", "The opposition leader said her 18 senators will vote against the budget."),
                        ("b", "The opposition leader said her 21 senators will vote against the budget."))
    assert {s.value for s in c.sides} == {"18", "21"}


def test_a_place_the_other_sentence_names_too_scopes_no_part():
    (c,) = find_conflicts(make_groups(
        ("a", "A storm left more than 90,000 homes in the city of Tarven without water on Friday, officials said."),
        ("b", "About 70,000 homes lost water in Friday's storm, which flooded the city's pumping station.")),
        {"a": "2026-05-08", "b": "2026-05-09"})
    assert {s.value for s in c.sides} == {"more than 90,000", "About 70,000"}
    # a place the other does not name is still a part of its whole
    assert find_conflicts(make_groups(
        ("a", "A storm left 9,000 homes in the district of Orme without water on Friday, officials said."),
        ("b", "About 70,000 homes lost water in Friday's storm, which flooded the city's pumping station.")),
        {"a": "2026-05-08", "b": "2026-05-09"}) == []


def test_a_part_pairs_with_a_count_not_with_its_whole():
    (c,) = find_conflicts(make_groups(
        ("a", "The council approved the budget late on Monday, with 41 of its 50 members present."),
        ("b", "Some 44 members were present for the budget vote, the minutes show.")),
        {"a": "2026-03-03", "b": "2026-03-04"})
    assert {s.value for s in c.sides} == {"41", "Some 44"}


def test_a_tally_is_one_value_shown_whole():
    (c,) = conflicts_of(("a", "The council passed the new transport budget by 31 votes to 12 on Monday."),
                        ("b", "The council passed the new transport budget, voting 29 to 14 on Monday."))
    assert {s.value for s in c.sides} == {"31 to 12", "29 to 14"}


def test_a_vote_with_a_dash_and_a_tally_with_to_disagree_as_tallies():
    (c,) = conflicts_of(("a", "The school board approved the new budget in a 5-4 vote on Monday."),
                        ("b", "The school board approved the new budget by 6 votes to 3 on Monday."))
    assert {s.value for s in c.sides} == {"5-4", "6 to 3"}
    assert conflicts_of(("a", "The school board approved the new budget in a 5-4 vote on Monday."),
                        ("b", "The school board approved the new budget by 5 votes to 4 on Monday.")) == []
    (c,) = conflicts_of(("a", "The school board approved the new budget by 6 votes to 3 on Monday."),
                        ("b", "The school board approved the new budget by 6 votes to 2 on Monday."))
    assert {s.value for s in c.sides} == {"6 to 3", "6 to 2"}  # the second count tells them apart


def test_a_vote_told_in_other_words_is_one_tally_and_another_turnout_another_vote():
    (c,) = conflicts_of(
        ("a", "Deputies backed the censure motion by 88 votes to 71, with two members absent, the speaker announced."),
        ("a", "The upper chamber endorsed the measure a day later, voting 40 to 21."),
        ("b", "Legislators voted 87 to 72 to oust the finance minister after a stormy session."))
    assert {s.value for s in c.sides} == {"88 to 71", "87 to 72"}
    assert conflicts_of(("a", "Deputies backed the censure motion by 88 votes to 71, the speaker announced."),
                        ("b", "Senators voted 40 to 21 to oust the finance minister after a stormy session.")) == []


def test_one_persons_arrest_told_with_other_verbs_and_places_is_one_day():
    dates = {"a": "2026-09-08", "b": "2026-09-09", "c": "2026-09-09"}
    (c,) = find_conflicts(make_groups(
        ("a", "Fugitive banker Olaf Brenner was apprehended on Sept. 7 at a ferry terminal in Portmere."),
        ("b", "Brenner, 61, was arrested on Tuesday in a rented flat after a neighbour called police, "
              "Inspector Ruth Kane said."),
        ("c", "Police said Olaf Brenner was caught on Monday.")), dates)
    assert {s.value: s.sources for s in c.sides} == {"Sept. 7 (= 2026-09-07)": ("a", "c"), "Tuesday (= 2026-09-08)": ("b",)}
    assert find_conflicts(make_groups(  # two people, or one arrested and later sentenced
        ("a", "Fugitive banker Olaf Brenner was apprehended on Sept. 7 at a ferry terminal in Portmere."),
        ("b", "His partner, Ivo Stahl, was arrested on Tuesday in a rented flat."),
        ("c", "Olaf Brenner was sentenced on Tuesday to six years.")), dates) == []


def test_a_term_after_a_participle_is_its_nouns_and_not_another_defendants():
    (c,) = conflicts_of(
        ("a", "Lawyers for a property developer sentenced to nine years in prison filed notice of appeal on Monday."),
        ("b", "Ivan Molt, whose building firm bribed city officials, will spend eleven years in prison."),
        ("b", "The firm's driver, Tomas Reel, was sentenced to two years."))
    assert {s.value for s in c.sides} == {"nine years", "eleven years"}


def test_an_amount_a_year_and_an_annual_amount_are_one_rate_and_not_a_sum():
    (c,) = conflicts_of(("a", "The mayor said the new toll would raise $40 million a year for road repairs."),
                        ("b", "The mayor said the new toll would bring annual revenue of $55 million for road repairs."))
    assert {s.value for s in c.sides} == {"$40 million", "$55 million"}
    assert conflicts_of(("a", "The mayor said the new toll would raise $40 million a year for road repairs."),
                        ("b", "The mayor said the new toll would raise $550 million for road repairs by 2030.")) == []


@pytest.mark.parametrize("usual", ["The carrier normally flies about 690 flights a day from Tamsby.",
                                   "The carrier cancelled a third of the 690 flights it operates on a normal day."])
def test_a_count_a_span_of_time_holds_as_a_rule_is_a_rate_and_not_the_count(usual):
    assert conflicts_of(("a", "The carrier cancelled 212 flights on Friday, the airport said."), ("b", usual)) == []


def test_a_number_that_describes_a_noun_scopes_nothing():
    (c,) = conflicts_of(("a", "The reform bill won 128 votes in the 240-seat chamber on Wednesday."),
                        ("b", "The reform bill won 131 votes in parliament on Wednesday."))
    assert {s.value for s in c.sides} == {"128", "131"}
    assert conflicts_of(("a", "The reform bill won 128 votes in 14 regions on Wednesday."),
                        ("b", "The reform bill won 131 votes on Wednesday.")) == []


def test_a_set_owned_by_a_pronoun_and_one_owned_by_its_noun_are_one_set():
    (c,) = conflicts_of(("a", "A rescue helicopter crashed into the bay on Sunday, killing its two crew members and a nurse."),
                        ("b", "The dead were the helicopter's three crew members and a paramedic, the coast guard said."))
    assert {s.value for s in c.sides} == {"two", "three"}


def test_names_of_sources_and_asides_name_no_subject():
    (c,) = find_conflicts(make_groups(
        ("a", "Five board members, all from the founders' faction, had quit by Monday night, according to the Trust."),
        ("b", "Seven board members have now quit, after two Heritage Group members walked out on Wednesday.")),
        {"a": "2026-04-14", "b": "2026-04-16"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["Five", "Seven"]


def test_a_source_beside_the_figure_still_names_its_subject():
    assert find_conflicts(make_groups(("a", "Pakistan's disaster agency said 1,200 people died in the floods."),
                                      ("b", "India's disaster agency said 1,100 people died in the floods.")),
                          {"a": "2026-08-01", "b": "2026-08-01"}) == []


def test_a_guess_of_another_day_is_another_fact():
    assert conflicts_of(("a", "The toll could rise to over 2,000 as remote valleys are reached, the agency said."),
                        ("b", "Officials warned the final toll could climb beyond 3,000.")) == []
    groups = make_groups(("a", "The toll could rise to over 2,000 as remote valleys are reached, the agency said."),
                         ("b", "Officials warned the toll could rise to over 3,000 as remote valleys are reached."))
    assert find_conflicts(groups, {"a": "2026-01-02", "b": "2026-01-05"}) == []


def test_a_day_set_anew_without_a_word_of_change_is_a_disagreement():
    groups = make_groups(("a", "Dock workers have called a two-day strike for Monday."),
                         ("b", "A dock strike has been called for Dec. 15."))
    (c,) = find_conflicts(groups, {"a": "2026-12-10", "b": "2026-12-11"})
    assert c.kind == "date" and {s.value for s in c.sides} == {"Monday (= 2026-12-14)", "Dec. 15 (= 2026-12-15)"}
    moved = make_groups(("a", "Dock workers have called a two-day strike for Monday."),
                        ("b", "The dock strike has now been moved to Dec. 15."))
    assert [c.kind for c in find_conflicts(moved, {"a": "2026-12-10", "b": "2026-12-11"})] == ["updated"]


def test_near_equal_large_counts_of_one_noun_need_little_context():
    (c,) = find_conflicts(make_groups(
        ("a", "The carmaker said on Tuesday it would shut its engine plant in the north, putting about 850 jobs at risk."),
        ("b", "09:40 - The carmaker announced the plant will close, with the loss of more than 900 jobs.")),
        {"a": "2026-09-08", "b": "2026-09-09"})
    assert {s.value for s in c.sides} == {"about 850", "more than 900"}
    # counts far apart, or small, still need their words to meet
    assert find_conflicts(make_groups(
        ("a", "The carmaker said on Tuesday it would shut its engine plant in the north, putting about 850 jobs at risk."),
        ("b", "09:40 - The carmaker announced the plant will close, with the loss of more than 1,200 jobs.")),
        {"a": "2026-09-08", "b": "2026-09-09"}) == []


def test_a_weight_names_what_it_measures_however_it_is_worded():
    (c,) = conflicts_of(("a", "The oldest, a rhino named Bongo, weighs 2 tonnes, the park said."),
                        ("b", "Bongo, the park's old rhino, tips the scales at 6,000 pounds."))
    assert {s.value for s in c.sides} == {"2 tonnes", "6,000 pounds"}
    assert conflicts_of(("a", "The oldest, a rhino named Bongo, weighs 2 tonnes, the park said."),
                        ("b", "Bongo, the park's old rhino, tips the scales at 4,400 pounds.")) == []


def test_a_sentence_with_a_day_and_a_cost_compares_each_value_on_its_own():
    """A day dates only the figures of its own clause: two sentences that differ on the day of a
    move still disagree on its cost, and a day that opens the sentence ("On Monday,") still dates
    every figure of it, so two days' tolls are two facts."""
    dates = {"a": "2026-05-04", "b": "2026-05-05"}
    (c,) = [c for c in find_conflicts(make_groups(
        ("a", "The ferry will be towed to the shipyard on Friday, in an operation that will cost about $6.5 million, "
              "the port said."),
        ("b", "The operation, which the port authority says will cost $4.9 million, is planned for May 9.")),
        dates) if c.kind == "quantity"]
    assert {s.value for s in c.sides} == {"about $6.5 million", "$4.9 million"}
    assert find_conflicts(make_groups(("a", "On Monday, 14 people were killed in the shelling of the town."),
                                      ("b", "On Tuesday, 9 people were killed in the shelling of the town.")),
                          dates) == []


def test_names_of_another_clause_or_inside_a_time_name_no_subject_of_a_count():
    """"after talks broke down in Corvel" is another event's place and "EST" a time's zone: the
    count of pilots still meets the count of the airline's pilots; "The 1,350 pilots" opening a
    sentence is the story's own set, as owned as "Skylane's 1,300 pilots"."""
    (c,) = conflicts_of(
        ("a", "The 1,350 pilots, members of the flight crews' union, walked out at 6 a.m. EST after talks with "
              "the company broke down late Sunday in Corvel."),
        ("b", "Skylane's 1,300 pilots walked out early Monday, grounding the airline's fleet."))
    assert {s.value for s in c.sides} == {"1,350", "1,300"}


def test_ages_set_off_after_two_peoples_names_are_each_ones_own():
    """"Bell, 58," (a surname opening the sentence) and "Ann Dove, the 47-year-old leader" are two
    people's ages, though no day of the sentences keeps them apart any more."""
    assert find_conflicts(make_groups(
        ("a", "Bell, 58, lost his majority when the Farmers' Union, led by Ann Dove, quit the coalition on Sunday "
              "over a cut to the fuel subsidy."),
        ("b", "The crisis began when Ann Dove, the 47-year-old leader of the Farmers' Union, took her party out of "
              "the coalition on Monday over the fuel subsidy.")), {"a": "2026-04-14", "b": "2026-04-15"}) == []


def test_a_quantity_two_sentences_state_aligns_them_for_their_days():
    """The cost of one transfer aligns the two sentences, so their days (Thursday, Oct. 29 / Oct.
    30) are compared with as few words in common as a day's beside a word in common; without the
    cost the same days share too little to be one fact."""
    dates = {"a": "2026-10-26", "b": "2026-10-27"}
    a = ("a", "Two giraffes will leave the city park on Thursday for a safari reserve in the south, in a transfer "
              "that will cost about $1.4 million, the park said on Monday.")
    found = find_conflicts(make_groups(a, ("b", "The transfer, which the park says will cost $1.9 million, is due on "
                                                "Oct. 30.")), dates)
    assert sorted((c.kind, sorted(s.value for s in c.sides)) for c in found) == [
        ("date", ["Oct. 30 (= 2026-10-30)", "Thursday (= 2026-10-29)"]), ("quantity", ["$1.9 million", "about $1.4 million"])]
    assert find_conflicts(make_groups(a, ("b", "The transfer, which the park board approved, is due on Oct. 30.")),
                          dates) == []


def test_a_claims_topic_is_written_in_the_claims_own_words():
    found = [c for c in find_conflicts(make_groups(
        ("a", "Investigators said a faulty valve caused the explosion at the refinery."),
        ("b", "The owner denied that a faulty valve caused the explosion."))) if c.kind == "polarity"]
    assert found and found[0].topic == "claim: faulty valve caused explosion"


def test_a_part_taken_from_the_whole_the_other_states_is_another_fact():
    """"emptied two of the four damaged tanks" restates the other's four as its whole: the two are a
    part, no rival count."""
    groups = make_groups(("a", "Four fuel tanks at the depot were damaged in the blast, the company said."),
                         ("b", "Engineers have drained two of the four damaged fuel tanks at the depot."))
    assert find_conflicts(groups, {"a": "2026-02-02", "b": "2026-02-03"}) == []


def test_a_count_scoped_by_a_named_place_after_its_verb_is_a_part():
    groups = make_groups(("a", "Eleven people were treated at Harlow General Hospital for smoke inhalation, and six "
                               "were taken to a clinic in Brent."),
                         ("b", "In all, 17 people were treated at hospitals for smoke inhalation on Tuesday."))
    assert find_conflicts(groups, {"a": "2026-05-05", "b": "2026-05-05"}) == []
    # a day is no place: "killed in Tuesday's fire" scopes nothing
    groups = make_groups(("a", "Nine people were killed in Tuesday's fire at the depot, the police said."),
                         ("b", "Twelve people were killed in the fire at the depot, the police said."))
    assert [c.kind for c in find_conflicts(groups, {"a": "2026-05-06", "b": "2026-05-06"})] == ["quantity"]


def test_a_figure_made_conditional_after_it_is_another_measure():
    groups = make_groups(("a", "The city's $210 million share of the arena will be paid from a hotel tax."),
                         ("b", "Critics say the city will pay more than $400 million once interest is counted."))
    assert find_conflicts(groups, {"a": "2026-11-04", "b": "2026-11-04"}) == []


@pytest.mark.parametrize("a, b", [
    ("Two miners were killed in the collapse, officials said.", "Three miners were killed in the collapse."),
    ("The levy passed with 55.4 percent of the vote, officials said.",
     "The levy passed with 54.9 percent of the vote once postal ballots were counted, officials said."),
    ("Four pupils were treated for breathing problems after the chemical leak, the school said.",
     "Nine pupils were treated for breathing problems after the chemical leak, the ambulance service said."),
    ("Paramedics said 12 spectators were treated for heat exhaustion at the air show.",
     "In all, 31 spectators were treated for heat exhaustion at the air show, paramedics said."),
])
def test_a_later_count_of_what_befell_some_or_a_final_count_is_an_update(a, b):
    (c,) = find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2026-07-01", "b": "2026-07-02"})
    assert c.kind == "updated" and len(c.sides) == 2


def test_a_limit_in_the_clause_before_is_no_requirement_of_the_figure():
    groups = make_groups(("a", "Eighteen of the train's 40 cars left the tracks near the bridge, the railroad said."),
                         ("b", "The train was going 8 mph over the limit, when 16 of its 40 cars left the tracks."))
    (c,) = find_conflicts(groups, {"a": "2026-03-10", "b": "2026-03-12"})
    assert {s.value for s in c.sides} == {"Eighteen", "16"}


def test_years_still_to_come_for_one_plan_disagree_and_past_years_are_no_dispute():
    dates = {"a": "2026-11-04", "b": "2026-11-04"}
    (c,) = find_conflicts(make_groups(("a", "The new 30,000-seat arena is to open in 2029, the county said."),
                                      ("b", "The arena, with 30,000 seats, is scheduled to open in 2030.")), dates)
    assert c.kind == "date" and {s.value for s in c.sides} == {"2029", "2030"}
    # a past year of an event is its era (the year a thing opened is compared: ``YEAR_OF_ORIGIN``)
    assert find_conflicts(make_groups(("a", "The old 30,000-seat arena hosted the final in 1979, the county said."),
                                      ("b", "The old arena, with 30,000 seats, hosted the final in 1981.")), dates) == []


@pytest.mark.parametrize("a, b", [
    # a part aboard and the toll in all
    ("In all, 180 people were killed, including 7 on the ground.", "The crash killed 173 people aboard the jet, officials said."),
    # two bombs told apart by their order
    ("The first bomb killed 31 people at a market on Monday.", "A second bomb killed 12 people at a bus depot on Monday."),
    # two defendants' terms, one named in apposition
    ("Marlow was sentenced to 15 years in prison for his part in the fraud.",
     "His partner, Ed Kray, was sentenced to 9 years in prison for the fraud."),
])
def test_a_part_aboard_other_ordinals_and_other_defendants_are_other_subjects(a, b):
    assert find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2026-03-10", "b": "2026-03-10"}) == []
    (c,) = find_conflicts(make_groups(("a", "Marlow was sentenced to 15 years in prison for the fraud."),
                                      ("b", "Marlow was sentenced to 16 years in prison for the fraud.")),
                          {"a": "2026-03-10", "b": "2026-03-10"})
    assert {s.value for s in c.sides} == {"15 years", "16 years"}


def test_a_figure_dated_years_ago_is_another_event():
    groups = make_groups(("a", "The floods have killed at least 30 people this week, officials said."),
                         ("b", "Six years ago, floods killed more than 400 people in the same valley."),
                         ("c", "The toll from this week's floods rose to 38 on Friday."))
    (c,) = find_conflicts(groups, {"a": "2026-05-06", "b": "2026-05-07", "c": "2026-05-08"})
    assert c.kind == "updated" and [s.value for s in c.sides][-1] == "38" and "more than 400" not in {s.value for s in c.sides}


def test_a_span_still_running_then_a_longer_one_later_is_an_update():
    dates = {"a": "2026-07-20", "b": "2026-07-22"}
    (c,) = find_conflicts(make_groups(("a", "A drought that has gripped the region for five months has ruined crops."),
                                      ("b", "Rain ended a seven-month drought that ruined crops across the region.")),
                          dates)
    assert c.kind == "updated" and [s.value for s in c.sides] == ["five months", "seven-month"]
    # a span fixed once, given differently later, is still disputed
    (c,) = find_conflicts(make_groups(("a", "The trial of the former mayor lasted five months."),
                                      ("b", "The former mayor's trial lasted seven months.")), dates)
    assert {s.value for s in c.sides} == {"five months", "seven months"}


def test_tolls_of_one_place_pair_and_a_place_given_its_own_figure_is_not_the_whole():
    groups = make_groups(
        ("a", "The storm has killed at least 41 people, including 19 in Harlow and 12 in Brent, officials said."),
        ("b", "The toll from the storm rose to 43 on Tuesday, with 23 deaths in Harlow alone, officials said."),
        ("c", "Harlow has now recorded 29 storm deaths, officials said."))
    found = find_conflicts(groups, {"a": "2026-07-20", "b": "2026-07-20", "c": "2026-07-21"})
    (c,) = found  # Harlow's toll; the whole (43) is not Harlow's
    assert c.kind == "quantity" and {"19", "23"} <= {s.value for s in c.sides} <= {"19", "23", "29"}


def test_days_of_things_told_apart_by_their_order_are_no_dispute():
    dates = {"a": "2026-03-10", "b": "2026-03-10"}
    assert find_conflicts(make_groups(("a", "The first phase of the new terminal will open in 2029."),
                                      ("b", "The second phase of the new terminal will open in 2031.")), dates) == []


@pytest.mark.parametrize("a, b", [
    ("Independent candidates won 21 percent of the vote in the council election, officials said.",
     "The centrist party won 34 percent of the vote in the council election, officials said."),
    ("Minority parties won 12 percent of the vote in the mayoral race, officials said.",
     "The conservative party won 40 percent of the vote in the mayoral race, officials said."),
    ("Minority parties got 12 percent of the vote in the mayoral race.",  # other verbs of winning
     "The conservative party received 40 percent of the vote in the mayoral race."),
])
def test_shares_won_by_owners_named_apart_are_two_facts(a, b):
    assert conflicts_of(("a", a), ("b", b)) == []


def test_shares_won_by_one_owner_named_more_fully_still_disagree():
    (c,) = conflicts_of(("a", "The centrist party won 34 percent of the vote in the council election."),
                        ("b", "The party won 31 percent of the vote in the council election."))
    assert set(values_of(c)) == {"34 percent", "31 percent"}


def test_a_term_served_and_the_years_before_another_act_are_two_spans():
    assert conflicts_of(("a", "The harbour chief, who served for eleven years, retired on Tuesday."),
                        ("b", "The harbour chief retired on Tuesday after four years of a costly dredging dispute.")) == []
    (c,) = conflicts_of(("a", "The harbour chief, who served for eleven years, retired on Tuesday."),
                        ("b", "The harbour chief, who served for nine years, retired on Tuesday."))
    assert set(values_of(c)) == {"eleven years", "nine years"}


def test_people_held_named_by_another_noun_are_the_prisoners_counted():
    (c,) = conflicts_of(("a", "The kidnappers demanded the release of 20 prisoners by Sunday, the army said."),
                        ("b", "The kidnappers demanded the release of 25 jailed comrades by Sunday, the army said."))
    assert set(values_of(c)) == {"20", "25"}


def test_days_of_one_act_by_one_actor_disagree_on_few_shared_words():
    dates = {"a": "2025-11-07", "b": "2025-11-08"}
    (c,) = find_conflicts(make_groups(
        ("a", "Riot police raided the depot on Thursday night, seizing four trucks and arresting two guards, the ministry said."),
        ("b", "The police raided the depot Nov. 4, after weeks of surveillance of its owners, prosecutors said.")), dates)
    assert c.kind == "date" and {s.value for s in c.sides} == {"Thursday night (= 2025-11-06)", "Nov. 4 (= 2025-11-04)"}
    assert find_conflicts(make_groups(  # another actor does the act on another day
        ("a", "Riot police raided the depot on Thursday night, seizing four trucks and arresting two guards, the ministry said."),
        ("b", "Customs officers raided the depot Nov. 4, after weeks of surveillance of its owners, prosecutors said.")),
        dates) == []


def test_a_sum_two_outlets_put_one_thing_at_is_one_figure_however_worded():
    # the loss each puts "at" its sum is what both measure; the firm's name opens one sentence unread
    (c,) = conflicts_of(("a", "Halvik Foods, which owns the warehouse, estimated the losses at about $14 million."),
                        ("b", "Halvik puts the losses from last week's blaze at Depot 4 at $19 million."))
    assert set(values_of(c)) == {"about $14 million", "$19 million"}
    assert conflicts_of(  # another thing put at another sum
        ("a", "Halvik Foods, which owns the warehouse, estimated the losses at about $14 million."),
        ("b", "Halvik puts the value of its new contract with the depot at $19 million.")) == []


def test_two_people_named_to_lead_one_body_disagree():
    (c,) = conflicts_of(
        ("a", "The harbour inquiry, chaired by former admiral Ruth Okafor, will hear from 40 witnesses in May."),
        ("b", "The harbour inquiry, led by retired judge Tomas Brandt, has asked the port for its logbooks."))
    assert c.kind == "name" and set(values_of(c)) == {"Ruth Okafor", "Tomas Brandt"}
    assert conflicts_of(  # the leaders of two bodies
        ("a", "The harbour inquiry, chaired by former admiral Ruth Okafor, will hear from 40 witnesses in May."),
        ("b", "The port's safety board, led by retired judge Tomas Brandt, has asked the port for its logbooks.")) == []


def test_a_name_that_says_where_a_subject_is_from_is_no_other_subject():
    dates = {"a": "2026-03-05", "b": "2026-03-05"}
    (c,) = find_conflicts(make_groups(
        ("a", "A Brisco haulage boss was sentenced to nine years on Tuesday for smuggling cigarettes."),
        ("b", "The haulage boss jailed on Tuesday, Karl Dewes, was handed a 10-year sentence for smuggling cigarettes.")),
        dates)
    assert set(values_of(c)) == {"nine years", "10-year"}
    assert find_conflicts(make_groups(  # two places of origin: two bosses
        ("a", "A Brisco haulage boss was sentenced to nine years on Tuesday for smuggling cigarettes."),
        ("b", "A Fenmouth haulage boss was handed a 10-year sentence on Tuesday for smuggling cigarettes.")), dates) == []


def test_the_year_of_the_value_before_a_change_dates_only_that_value():
    dates = {"a": "2026-09-14", "b": "2026-09-14"}
    (c,) = find_conflicts(make_groups(
        ("a", "Attendance at the fair was 72 percent, up from 64 percent in 2019."),
        ("b", "Attendance at the fair was 78 percent, organisers said.")), dates)
    assert set(values_of(c)) == {"72 percent", "78 percent"}
    assert find_conflicts(make_groups(  # a figure of that year itself is no figure of this one
        ("a", "Attendance at the fair in 2019 was 72 percent."),
        ("b", "Attendance at the fair was 78 percent, organisers said.")), dates) == []


def test_days_a_thing_does_itself_need_no_object_in_common():
    # the bridge reopens: one verb, one subject, nothing done to anything, worded apart otherwise
    dates = {"a": "2026-05-07", "b": "2026-05-07"}
    (c,) = find_conflicts(make_groups(
        ("a", "Officials said the ferry terminal would reopen Sunday if engineers found no more cracks."),
        ("b", "The ferry terminal at the harbour is set to reopen Tuesday, the port authority said.")), dates)
    assert c.kind == "date" and {s.value for s in c.sides} == {"Sunday (= 2026-05-10)", "Tuesday (= 2026-05-12)"}
    assert find_conflicts(make_groups(  # another thing reopens on another day
        ("a", "Officials said the ferry terminal would reopen Sunday if engineers found no more cracks."),
        ("b", "The fish market at the harbour is set to reopen Tuesday, the port authority said.")), dates) == []


@pytest.mark.parametrize("a, b", [
    ("Rebels attacked the northern town on Monday, killing six soldiers.",
     "Rebels attacked a convoy on Thursday near the border, the army said."),
    ("The company opened its first plant on Monday.",
     "The company opened a new office Nov. 6 in the capital."),
])
def test_one_verb_of_one_actor_done_to_things_named_apart_is_two_acts(a, b):
    assert find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2025-11-07", "b": "2025-11-08"}) == []


def test_a_sentence_of_two_owners_shares_disputes_each_owners_own():
    (c,) = conflicts_of(("a", "Independent candidates won 21 percent of the vote, while the centrist party won 34 percent."),
                        ("b", "The centrist party won 30 percent of the vote in the council election."))
    assert set(values_of(c)) == {"34 percent", "30 percent"}


def test_a_distance_restated_in_parentheses_keeps_the_words_after_it():
    # "(48 km)" is the value told again: "east of the harbour" still says what the 30 miles measure
    (c,) = conflicts_of(("a", "The trawler sank in calm water, about 30 miles (48 km) east of the harbour."),
                        ("b", "Rescuers reached the wreck some 30 km east of the harbour on Friday."))
    assert set(values_of(c)) == {"about 30 miles", "some 30 km"}
    assert not conflicts_of(("a", "The trawler sank in calm water, about 30 miles (48 km) east of the harbour."),
                            ("b", "Rescuers reached the wreck some 48 km east of the harbour on Friday."))


def test_a_figure_said_to_have_risen_from_the_others_figure_updates_it():
    # an open bound ("more than 40") holds 90 too, but the later article says 90 is up from it
    early = ("a", "More than 40 volunteers were clearing oil from the beaches near Port Alder on Monday, the council said.")
    dates = {"a": "2025-03-03", "b": "2025-03-05"}
    (c,) = find_conflicts(make_groups(early, ("b", "Karen Vos, 51, is still in hospital, and about 90 volunteers are "
                                                   "now at work, up from more than 40 at the start of the week.")), dates)
    assert c.kind == "updated" and [s.value for s in c.sides] == ["More than 40", "about 90"]
    assert not find_conflicts(make_groups(early, ("b", "Karen Vos, 51, is still in hospital, and about 90 volunteers "
                                                       "are now at work.")), dates)


def test_a_measure_of_a_noun_meets_the_same_noun_as_the_subject_of_the_other_figure():
    # "swells of up to 6 metres" and "swells off the headland reached 30 feet" measure the swells
    a = ("a", "Swells of up to 6 metres (20 ft) and gusts of 50 mph were reported off the headland overnight.")
    (c,) = conflicts_of(a, ("b", "Coastguards say swells off the headland reached 30 feet on Tuesday night."))
    assert set(values_of(c)) == {"up to 6 metres", "30 feet"}
    # the same construction with another subject measures another thing
    assert not conflicts_of(a, ("b", "Coastguards say the cliffs off the headland reached 30 feet on Tuesday night."))



def test_counts_listed_in_one_clause_share_their_running_words_and_their_pairing():
    # "The final count was" states both figures of the list, and the votes against align the two
    # sentences: the votes for ("in favour" / "for") are then one fact too; both updated
    dates = {"a": "2025-11-04", "b": "2025-11-06"}
    found = find_conflicts(make_groups(
        ("a", "With most precincts reporting, the levy had 4,120 votes in favour and 3,870 against."),
        ("b", "The final count was 4,560 votes for and 4,010 against, the county clerk said.")), dates)
    assert sorted((c.kind, tuple(s.value for s in c.sides)) for c in found) == [
        ("updated", ("3,870", "4,010")), ("updated", ("4,120", "4,560"))]


def test_a_counts_topic_names_its_noun_as_written_and_once():
    found = find_conflicts(make_groups(
        ("a", "The Labour Party took 38 of the 101 seats in the regional assembly."),
        ("b", "The Labour Party won 37 seats in the 101-seat regional assembly.")))
    assert len(found) == 1 and found[0].topic.startswith("number of seats: ")
    assert "seats" not in found[0].topic.split(": ", 1)[1].split()


def test_a_span_of_a_named_act_is_its_length_not_the_time_before_another():
    (c,) = conflicts_of(("a", "Jurors returned the verdict after two days of deliberations in the district court."),
                        ("b", "The jury deliberated for three days before finding the former clerk guilty."))
    assert set(values_of(c)) == {"two days", "three days"}


def test_a_part_of_an_owned_whole_pairs_with_the_other_part():
    (c,) = conflicts_of(("a", "The vote was 61 to 37, with 98 of the assembly's 120 members present."),
                        ("b", "Only 95 members were present for the final vote."))
    assert set(values_of(c)) == {"98", "95"}


def test_a_figure_of_one_place_opened_by_a_phrase_is_no_figure_of_the_whole():
    assert conflicts_of(("a", "Turnout was 64.5 percent of registered voters, the election commission said."),
                        ("b", "In one village in the north, turnout was 97 percent of registered voters, "
                              "the election commission said.")) == []


def test_a_figure_in_a_where_clause_is_the_described_places():
    assert conflicts_of(("a", "Turnout was 64.5 percent of registered voters, the election commission said."),
                        ("b", "Observers questioned the count in the northern province of Ostrel, where turnout was "
                              "95 percent of registered voters, the commission said.")) == []


def test_an_open_bound_far_below_two_amounts_joins_neither():
    (c,) = conflicts_of(("a", "Club rules barred members from accepting gifts worth more than $100 from a sponsor."),
                        ("b", "The club has signed sponsorship contracts worth about $300 million with sponsors."),
                        ("c", "In all, gifts from the sponsor to members were worth about $90,000, the documents show."),
                        ("d", "The sponsor paid about $40,000 in gifts to members, the documents show."))
    assert set(values_of(c)) == {"about $90,000", "about $40,000"}


def test_a_capacity_is_no_figure_that_runs_though_two_running_figures_clash():
    # issue #12: "can handle 300 trains a day" is what the tunnel could carry, not what runs at first
    assert conflicts_of(("a", "The tunnel will carry up to 180 trains a day at first, the operator says."),
                        ("b", "The tunnel can handle 300 trains a day once its signals are upgraded.")) == []
    (c,) = conflicts_of(("a", "The tunnel will carry up to 180 trains a day at first, the operator says."),
                        ("b", "The tunnel will carry 300 trains a day at first, the operator said."))
    assert set(values_of(c)) == {"up to 180", "300"}


def test_a_partial_count_is_no_final_figure_unless_the_later_one_says_the_count_ran_on():
    # issue #12: a share "with most precincts counted" gives the count then, not the outcome
    partial = ("a", "With 85 percent of precincts counted, Ann Vell had 49 percent of the vote.")
    assert conflicts_of(partial, ("b", "Ann Vell won 47.6 percent of the vote, the electoral board said.")) == []
    (c,) = conflicts_of(partial, ("b", "Ann Vell won 47.6 percent of the vote in the final count, the board said."))
    assert set(values_of(c)) == {"49 percent", "47.6 percent"}


def test_a_figure_for_one_item_of_a_listed_whole_is_a_part():
    # issue #12: "$300,000 in fuel" is a part of "$1.5 million on fuel, crew and repairs"
    whole = ("a", "The charity spent about $1.5 million on fuel, crew and repairs for its rescue ships.")
    assert conflicts_of(whole, ("b", "The charity paid about $300,000 in fuel for its rescue ships.")) == []
    (c,) = conflicts_of(whole, ("b", "The charity spent about $900,000 on fuel, crew and repairs for its rescue ships."))
    assert set(values_of(c)) == {"about $1.5 million", "about $900,000"}


def test_a_live_page_time_stamp_is_no_word_of_what_a_day_dates():
    # issue #12: "5:15 PM:" opens a live entry; its words kept two "talks will resume" days apart
    dates = {"a": "2014-10-06", "b": "2014-10-07"}
    (c,) = find_conflicts(make_groups(("a", "5:15 PM: Talks will resume on Thursday, both sides say."),
                                      ("b", "Talks between the board and the union would resume on Wednesday, "
                                            "a mediator said.")), dates)
    assert c.kind == "date" and len(c.sides) == 2


def test_a_sources_day_dates_no_figure():
    # issue #12: "a report published last year" says when the source wrote, not when four died
    dates = {"a": "2011-05-12", "b": "2011-05-13"}
    found = find_conflicts(make_groups(("a", "Three workers died during construction of the tunnel."),
                                       ("b", "Four workers died during construction of the tunnel, according to "
                                             "a safety report published last year.")), dates)
    assert [set(values_of(c)) for c in found] == [{"Three", "Four"}]


def test_a_title_before_a_name_is_the_role_an_owner_names():
    # issue #12: "Union president Carla Mendes" and "the union's president, Rosa Almeida," hold one role
    (c,) = conflicts_of(("a", "Union president Carla Mendes told the crowd that nurses would not be bullied."),
                        ("b", "The union's president, Rosa Almeida, called the offer an insult."))
    assert c.kind == "name" and set(values_of(c)) == {"Carla Mendes", "Rosa Almeida"}
    assert conflicts_of(("a", "Union president Carla Mendes told the crowd that nurses would not be bullied."),
                        ("b", "The board's president, Rosa Almeida, called the strike illegal.")) == []


@pytest.mark.parametrize("dateline", ["DENVILLE, Ohio -- ", "DENVILLE (Pressline) — ", "• DENVILLE: "])
def test_a_dateline_without_a_date_names_no_subject(dateline):
    # where the report was filed is no subject apart from the place the other outlet names
    (c,) = conflicts_of(("a", f"{dateline}The storm destroyed 340 homes, officials said on Monday."),
                        ("b", "The storm that swept Marlow Valley destroyed 410 homes, officials said on Monday."))
    assert c.kind == "quantity" and {s.value for s in c.sides} == {"340", "410"}


def test_a_named_toll_is_the_storys_whatever_place_its_sentence_names():
    # "bringing the death toll to five" counts every death so far, not those of the place named
    groups = make_groups(("a", "Two more protesters died in Orsova overnight, bringing the death toll to five, the ministry said."),
                         ("b", "A student wounded in Belmar died in hospital, raising the death toll to seven, the ministry said."))
    (c,) = find_conflicts(groups, {"a": "2024-03-02", "b": "2024-03-03"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["five", "seven"]


def test_a_person_counted_and_a_place_named_are_no_two_subjects():
    # the colonel is one of the officers held, the town where they are held is no other subject
    (c,) = conflicts_of(("a", "Nine officers of the garrison, including its commander, Colonel Ana Brisk, are being held by the mutineers."),
                        ("b", "Mutineers in Tarnby are holding 12 officers of the garrison, including its commander."))
    assert {s.value for s in c.sides} == {"Nine", "12"}


@pytest.mark.parametrize("a, b", [
    ("Some 40 cargo ships were riding at anchor off the breakwater on Friday, the harbourmaster said.",
     "By Friday night 55 vessels were riding at anchor off the breakwater, port officials said."),
    ("Around 900 steelworkers downed tools at the Brenton mill on Tuesday, the union said.",
     "About 1,200 workers downed tools at the Brenton mill on Tuesday, halting both furnaces."),
    ("The storm surge flooded 35 houses along the seafront in Marlow Bay, the council said.",
     "Some 50 buildings along the seafront in Marlow Bay were flooded by the storm surge."),
    ("Crews were still working to free eight quarrymen trapped by the rockfall on Thursday.",
     "The union said 10 men had been trapped by the rockfall, not eight."),
])
def test_counts_of_one_thing_told_with_other_nouns_disagree(a, b):
    # issue #12: "ships" / "vessels" (one sense), "steelworkers" / "workers" (a compound and its head),
    # "houses" / "buildings" (a noun and its WordNet kind), "quarrymen" / "men" (a kind of person counted as men)
    (c,) = conflicts_of(("a", a), ("b", b))
    assert c.kind == "quantity" and len(c.sides) == 2


def test_men_counted_for_a_kind_of_person_need_a_word_of_what_befell_them():
    # men and miners align, but "rescued" and "trapped" are two groups of them
    assert conflicts_of(("a", "Rescuers pulled six miners alive from the flooded shaft on Friday."),
                        ("b", "Nine men were still trapped below the flooded shaft on Friday night.")) == []


def test_a_count_of_one_group_among_others_is_no_count_of_a_broader_noun():
    # troopers are officers, but these are one force of several in the hunt, the officers all of them
    assert conflicts_of(("a", "Some 90 state troopers are taking part in the hunt, along with volunteers and sniffer dogs."),
                        ("b", "About 160 officers are now taking part in the hunt, the sheriff said.")) == []


def test_a_fine_told_as_a_verb_and_as_a_penalty_is_one_sum():
    # issue #12: "fined the insurer $60 million" / "a $45 million penalty" name one measure; a refund fund is another
    fined = ("a", "The regulator fined Halden Insurance $60 million for mis-selling travel policies to pensioners.")
    (c,) = conflicts_of(fined, ("b", "Halden Insurance has been told to pay a $45 million penalty over the mis-selling "
                                     "of travel policies to pensioners."))
    assert {s.value for s in c.sides} == {"$60 million", "$45 million"}
    assert conflicts_of(fined, ("b", "Halden Insurance set aside $45 million to refund pensioners who bought travel "
                                     "policies.")) == []


def test_counts_of_kinds_of_person_align_with_people_and_never_clash_with_other_kinds():
    people = ("a", "Twelve people were injured when a scaffold collapsed at the harbour building site on Monday.")
    assert conflicts_of(people, ("b", "Twelve men were injured when a scaffold collapsed at the harbour building site.")) == []
    assert conflicts_of(people, ("b", "Three children were injured when a scaffold collapsed at the harbour building site.")) == []
    assert conflicts_of(("a", "Four women were injured when a scaffold collapsed at the harbour building site."),
                        ("b", "Six men were injured when a scaffold collapsed at the harbour building site.")) == []
    (c,) = conflicts_of(people, ("b", "Fifteen people were injured when a scaffold collapsed at the harbour building site."))
    assert {s.value for s in c.sides} == {"Twelve", "Fifteen"}


def test_a_reading_told_as_later_is_another_moment_and_a_count_told_as_later_runs_on():
    calm = ("a", "Winds were gusting at up to 60 mph when the trawler lost power off the headland.")
    assert conflicts_of(calm, ("b", "Winds gusted at 75 mph later in the night, after the trawler lost power off the headland.")) == []
    (c,) = conflicts_of(calm, ("b", "Winds gusted at 75 mph when the trawler lost power off the headland."))
    assert c.kind == "quantity"
    first = ("a", "The administrators said 22 stores would close by the end of the month.")
    later = ("b", "The number of stores to close was later put at 31, the administrators said.")
    (u,) = find_conflicts(make_groups(first, later), {"a": "2026-03-02", "b": "2026-03-03"})
    assert u.kind == "updated" and [s.value for s in u.sides] == ["22", "31"]


# Four outlets, one sentence a line: two disagreements (a toll, a claim and its denial) and a day they agree on.
_NEAR_CLUSTER = (
    ("a", "The storm killed 12 people in the coastal province on Tuesday, officials said."),
    ("a", "The port authority said the harbour wall had collapsed under the waves."),
    ("a", "Schools across the province will reopen next week."),
    ("b", "The storm killed 15 people in the coastal province on Tuesday, the governor said."),
    ("b", "The port authority denied that the harbour wall had collapsed under the waves."),
    ("b", "About 4,000 homes lost power overnight."),
    ("c", "At least 12 people died when the storm hit the coastal province on Tuesday."),
    ("c", "About 4,000 homes lost power overnight, the utility said."),
    ("d", "Fishing boats stayed in port as the storm hit the coastal province on Tuesday."),
    ("d", "Schools across the province will reopen next week, the ministry said."),
)


def test_conflicts_near_some_sentences_are_those_the_whole_cluster_gives_them():
    groups = make_groups(*_NEAR_CLUSTER)
    every = find_conflicts(groups)
    assert {c.kind for c in every} >= {"quantity", "polarity"}
    for group in groups:
        assert touching(find_conflicts(groups, near=[group]), [group]) == touching(every, [group])
    assert touching(find_conflicts(groups, near=groups[:3]), groups[:3]) == touching(every, groups[:3])


def test_conflicts_near_a_sentence_judge_only_the_pairs_reached_from_it(monkeypatch):
    groups = make_groups(*_NEAR_CLUSTER)
    link, judged = conflicts_stage._link, []

    def counted(a, b, *args, **kwargs):
        judged.append({a.sentence.text.split()[1], b.sentence.text.split()[1]})
        return link(a, b, *args, **kwargs)
    monkeypatch.setattr(conflicts_stage, "_link", counted)
    find_conflicts(groups)
    assert {"storm"} in judged and {"4,000"} in judged  # the tolls, and the homes without power
    judged.clear()
    find_conflicts(groups, near=[g for g in groups if "killed 12" in g.text])
    assert {"storm"} in judged and {"4,000"} not in judged
    judged.clear()
    find_conflicts(groups, near=[g for g in groups if g.text.startswith("Fishing")])
    assert judged == []


def test_summary_shows_the_disagreements_the_whole_cluster_finds():
    texts: dict[str, str] = {}
    for doc, sentence in _NEAR_CLUSTER:
        texts[doc] = f"{texts.get(doc, '')} {sentence}".strip()
    corpus = Corpus.from_texts(texts)
    picked = corpus.summarize(sentences=3)
    every = corpus.conflicts()
    assert any(s.conflicts for s in picked)
    assert [s.conflicts for s in picked] == [tuple(touching(every, [s.group])) for s in picked]


def test_a_figure_another_sentence_changed_from_meets_the_figure_it_changed_to():
    """"extended from 40 lots to 55": the 40 another outlet gave is compared with the 55 too, not
    only with the 40 beside it (a later outlet's own 30 against "cut ... from 30 to 18" disputes it)."""
    groups = make_groups(("a", "The bakery today announces a voluntary withdrawal of 40 lots of its seeded loaf."),
                         ("b", "On Friday the withdrawal was extended from 40 lots to 55, covering about 20,000 loaves."))
    (c,) = find_conflicts(groups, {"a": "2026-02-02", "b": "2026-02-06"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["40", "55"]
    groups = make_groups(("a", "The mill cut the number of millwrights at its Dunmore site from 30 to 18 last year, the "
                               "union says."),
                         ("b", "The mill employs 30 millwrights at its Dunmore site, the company said."))
    (c,) = find_conflicts(groups, {"a": "2026-02-02", "b": "2026-02-06"})
    assert c.kind == "quantity" and sorted(s.value for s in c.sides) == ["18", "30"]
    groups = make_groups(("a", "The bakery today announces a voluntary withdrawal of 40 lots of its seeded loaf."),
                         ("b", "Its staff grew from 40 bakers to 55 over the decade, the bakery said."))
    assert find_conflicts(groups, {"a": "2026-02-02", "b": "2026-02-06"}) == []


def test_a_figure_told_first_on_an_earlier_day_is_dated_so():
    """A later article that retells the first figure with its day ("was first announced on 2
    February for 40 lots") tells it as of that day: no side against the figure that updated it."""
    groups = make_groups(("a", "The bakery today announces a voluntary withdrawal of 40 lots of its seeded loaf."),
                         ("b", "On Thursday the withdrawal was extended from 40 lots to 55, covering about 20,000 "
                               "loaves."),
                         ("c", "The withdrawal was first announced on 2 February for 40 lots and extended on Thursday."))
    (c,) = find_conflicts(groups, {"a": "2026-02-02", "b": "2026-02-06", "c": "2026-02-09"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["40", "55"]


def test_an_article_that_retells_the_figure_a_later_one_changed_from_disputes_nothing():
    """"4.5%, up from the 3.5% offered in January" tells the offer's update; an article after it
    that says the nurses turned down "a 3.5 per cent offer" retells the former figure."""
    groups = make_groups(("a", "Nurses walked out after turning down a pay rise of 3.5 percent from the health board."),
                         ("b", "- A pay rise of 4.5% from 1 April, up from the 3.5% offered in January."),
                         ("c", "The nurses had voted to strike after turning down a 3.5 per cent offer from the health "
                               "board."))
    (c,) = find_conflicts(groups, {"a": "2026-03-02", "b": "2026-03-05", "c": "2026-03-09"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["3.5 percent", "4.5%"]


@pytest.mark.parametrize("text, asked, running", [
    ("The watchdog has now received 40 complaints about the scheme.", "How many complaints has the watchdog received?", True),
    ("The watchdog has received 40 complaints about the scheme.", "How many complaints has the watchdog received?", False),
    ("The marathon has raised £3.2m for the hospice.", "How much did the marathon raise?", False),
    ("The marathon has raised £3.2m for the hospice.", "How much money went to the hospice?", True),
])
def test_a_word_of_change_the_question_asks_with_is_the_act_measured_but_the_rest_of_its_phrase_runs(text, asked, running):
    v = next(v for v in values(text) if v.kind == "quantity")
    measured = frozenset(parse(asked).terms)
    assert conflicts_stage.runs(Sentence("a", 0, text, 0, len(text)), v, "2028-06-06", measured) is running


def test_a_later_sentence_that_gives_the_earlier_figure_as_its_former_one_updates_it():
    # the later outlet's "up from $18 million" says the first figure was changed, however else
    # each sentence is worded
    groups = make_groups(("a", "The county said $18 million would be drawn from the reserve fund this year."),
                         ("b", "On Monday the county board confirmed it would draw $26 million from the $95 million "
                               "reserve fund, up from $18 million, after a state grant was cut."))
    (c,) = find_conflicts(groups, {"a": "2026-04-06", "b": "2026-04-10"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["$18 million", "$26 million"]


def test_a_figure_a_later_outlet_corrects_is_a_disagreement_not_an_update():
    # "not 11" corrects the figure: a dispute, no change
    groups = make_groups(("a", "Rescuers were trying to reach 11 divers trapped in a flooded cave, the coastguard said."),
                         ("b", "The diving club said 12 divers had been trapped, not 11, as one was a visitor."))
    (c,) = find_conflicts(groups, {"a": "2026-04-06", "b": "2026-04-07"})
    assert c.kind != "updated"


@pytest.mark.parametrize("third, timeline", [
    # a week later 41,000, worded as a plain report, is the next figure of the same count
    ("About 41,000", ["about 14,000", "30,000", "About 41,000"]),
    # 22,000 a week later turns the count back: a dispute of the last figure
    ("About 22,000", None),
])
def test_a_running_count_told_again_days_later_carries_on_its_timeline_only_the_same_way(third, timeline):
    # 14,000 then "now estimates that 30,000" ran on
    groups = make_groups(("a", "The rail strike disrupted travel for about 14,000 commuters on Monday, the operator said."),
                         ("b", "The operator now estimates that 30,000 commuters have had their journeys disrupted."),
                         ("c", f"{third} commuters had their journeys disrupted by the strike, the operator said."))
    (c,) = find_conflicts(groups, {"a": "2026-05-04", "b": "2026-05-05", "c": "2026-05-12"})
    if timeline:
        assert c.kind == "updated" and [s.value for s in c.sides] == timeline
    else:
        assert c.kind != "updated"


def test_the_year_a_thing_was_built_given_differently_is_a_disagreement():
    # a year past is an era unless it is the year the thing came to be ("built in", "-built")
    (c,) = conflicts_of(("a", "Built in 1994 and registered in Malta, the ferry can carry up to 600 passengers."),
                        ("b", "The 1996-built ferry had passed its last safety inspection, the register shows."))
    assert c.kind == "date" and {s.value for s in c.sides} == {"1994", "1996"}


def test_the_years_two_things_opened_far_apart_are_no_disagreement():
    # years of origin decades apart are two mills', however alike the sentences
    assert conflicts_of(("a", "The mill on the river, which opened in 1896, is the town's biggest employer."),
                        ("b", "The mill on the river opened in 1952 and is the town's biggest employer.")) == []


@pytest.mark.parametrize("a, b", [
    ("The flood followed the failure of a brick culvert under the high street laid in 1868.",
     "The brick culvert under the high street, according to the council's survey, was laid in 1881."),
    ("The collapsed footbridge over the canal was erected in 1932, the trust said.",
     "Records show the footbridge over the canal was erected in 1947."),
    ("Engineers blamed a gas pipe installed in 1962 beneath the market square.",
     "The gas pipe beneath the market square was installed in 1975, the utility said."),
])
def test_the_years_one_thing_was_laid_told_in_like_words_disagree_even_far_apart(a, b):
    (c,) = conflicts_of(("a", a), ("b", b))
    assert c.kind == "date" and len(c.sides) == 2


def test_the_years_of_origin_in_unlike_words_or_generations_apart_are_no_disagreement():
    assert conflicts_of(("a", "A brick culvert under the high street was laid in 1868."),
                        ("b", "The brick culvert under the high street was laid in 1921, the council said.")) == []
    assert conflicts_of(("a", "The flood followed the failure of a brick culvert laid in 1868."),
                        ("b", "The town's first tram line was laid in 1881, the museum says.")) == []


def test_years_past_of_other_events_are_still_no_facts_to_dispute():
    # "flooded in 1968" names an era of the town, not the year it came to be
    assert conflicts_of(("a", "The town last flooded in 1968, when the river burst its banks."),
                        ("b", "The town last flooded in 1971, when the river burst its banks.")) == []


def test_a_share_that_acted_is_no_figure_of_what_it_acted_on():
    # "60% rejected the offer" is part of the drivers; the 7% is the offer they rejected
    assert conflicts_of(("a", "Our drivers voted, and 60% rejected the company's offer."),
                        ("b", "Before the strike the company was offering 7% over two years, and it raised that "
                              "to 9% after the walkout.")) == []


def test_two_shares_that_acted_disagree():
    (c,) = conflicts_of(("a", "Union members voted on Friday, and 78% rejected the company's pay offer."),
                        ("b", "Union members voted on Friday, and 71% rejected the company's pay offer."))
    assert {s.value for s in c.sides} == {"78%", "71%"}


_SLIDE_WIDE = ("a", "The mudslide, about 300 metres (980 feet) wide, came down across the main road above the village.")


def test_a_width_is_no_distance_from_a_place():
    # "300 metres (980 feet) wide" measures the slide, "40 metres from the edge" how far a barn stood from it
    b = ("b", "\"Nobody warned us,\" said a farmer whose barn was left standing about 40 metres from the edge of "
              "the mudslide above the village.")
    assert conflicts_of(_SLIDE_WIDE, b) == []


def test_two_widths_of_one_thing_disagree():
    (c,) = conflicts_of(_SLIDE_WIDE, ("b", "The mudslide, some 200 metres wide, came down across the main road above "
                                           "the village."))
    assert {s.value for s in c.sides} == {"about 300 metres", "some 200 metres"}


def test_a_share_after_a_form_of_be_is_a_state_not_a_share_that_acted():
    # "was 35% contained" tells how much of the fire is held, as "containment stands at 40%" does
    (c,) = conflicts_of(("a", "The fire was 35% contained on Tuesday, officials said."),
                        ("b", "Containment of the fire stood at 42% on Tuesday, officials said."))
    assert {s.value for s in c.sides} == {"35%", "42%"}



@pytest.mark.parametrize("a, b, timeline", [
    # "taken to hospital" tells what befell the swimmers, however they are named: a later count runs on
    ("Six swimmers were taken to hospital after the lake race, the organisers said.",
     "Fourteen swimmers were taken to hospital after the lake race, organisers said.", ["Six", "Fourteen"]),
    # a figure its source calls an early estimate is updated by a later day's
    ("An early estimate by engineers put the leak from the reservoir at about 900 litres.",
     "Engineers found that the leak from the reservoir was 1,400 litres.", ["about 900 litres", "1,400 litres"]),
    # the dead of the one kind of person a story counts are its toll
    ("A gas blast ripped through the bakery before dawn, killing two workers, police said.",
     "The death toll from the bakery blast has risen to four, police said.", ["two", "four"]),
    # "at least 15" holds 40, but the next day's count has run on: an update, not one side
    ("At least 15 barrels of oil fell from the barge into the harbour, the port said.",
     "The port said 40 barrels of oil had been lost from the barge into the harbour.",
     ["At least 15 barrels", "40 barrels"]),
])
def test_a_later_days_figure_updates_one_that_ran_on_was_a_first_estimate_or_an_open_bound(a, b, timeline):
    (c,) = find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2026-06-07", "b": "2026-06-09"})
    assert c.kind == "updated" and [s.value for s in c.sides] == timeline


def test_a_count_of_those_still_so_is_no_revision_of_the_count_taken():
    early = ("a", "Nine climbers were taken to hospital after the rope bridge gave way above the gorge, rescuers said.")
    dates = {"a": "2026-06-07", "b": "2026-06-09"}
    # what is left of the nine taken there is no later count of them
    assert not find_conflicts(make_groups(early, ("b", "Three climbers are still in hospital after the rope bridge "
                                                       "gave way above the gorge, rescuers said.")), dates)
    # a later count of those still there does run on from an earlier one
    (c,) = find_conflicts(make_groups(("a", "Five climbers were still in hospital after the rope bridge gave way above "
                                            "the gorge, rescuers said."),
                                      ("b", "Three climbers are still in hospital after the rope bridge gave way above "
                                            "the gorge, rescuers said.")), dates)
    assert c.kind == "updated" and [s.value for s in c.sides] == ["Five", "Three"]


def test_a_time_told_with_its_day_meets_another_outlets_time_of_the_moment():
    dates = {"a": "2026-06-09", "b": "2026-06-10"}
    early = ("a", "The landslip on the coast road happened at about 5:50 a.m., the county council said in a statement.")
    # the day alone agrees whatever the hour; the time of day told with it is a side of its own
    (c,) = find_conflicts(make_groups(early, ("b", "At 6.30am yesterday part of the coast road slipped into the sea, "
                                                   "two farmers who saw it told the paper.")), dates)
    assert c.kind == "date" and {s.value for s in c.sides} == {"about 5:50 a.m.", "6.30am"}
    # a hedged time holds a time within its slack: "shortly before 6am" is 05:48
    assert not find_conflicts(make_groups(early, ("b", "Shortly before 6am yesterday part of the coast road slipped "
                                                       "into the sea, two farmers who saw it told the paper.")), dates)
    # what others did at another time is another moment of the story
    assert not find_conflicts(make_groups(early, ("b", "At 6.30am yesterday engineers closed the coast road to all "
                                                       "traffic, the council said.")), dates)
    # so is a live page's stamp and the moment a running figure stood
    assert not find_conflicts(make_groups(("a", "Forty cars were queueing at the coast road barrier by 7am, police said."),
                                          ("b", "08:15 The coast road will stay shut all day, the council says.")), dates)


def test_the_days_of_a_things_last_inspection_are_one_fact_however_far_apart():
    dates = {"a": "2026-06-09", "b": "2026-06-10"}
    early = ("a", "The harbour board said the sea wall had last been inspected on 12 March 2025 and was found sound.")
    # a day and a month of the last inspection compare, though more than a year apart
    (c,) = find_conflicts(make_groups(early, ("b", "Board minutes show the sea wall's last full inspection was "
                                                   "carried out in October 2023.")), dates)
    assert {s.value for s in c.sides} == {"12 March 2025", "October 2023"}
    # the last inspection of another thing is another fact
    assert not find_conflicts(make_groups(early, ("b", "Board minutes show the lighthouse crane's last full inspection "
                                                       "was carried out in October 2023.")), dates)


def test_a_count_said_to_be_on_board_is_narrowed_as_one_on_board():
    early = ("a", "The coach Meridian overturned near Fallow Cross on Sunday with 41 passengers on board, police said.")
    # "were on board" narrows the count as "on board" right after it does: one fact
    (c,) = conflicts_of(early, ("b", "The operator said 37 passengers were on board the Meridian when it overturned "
                                     "near Fallow Cross."))
    assert {s.value for s in c.sides} == {"41", "37"}
    # those who stayed aboard are some of them
    assert not conflicts_of(("a", "Nine passengers stayed aboard the Meridian after it overturned near Fallow Cross."),
                            ("b", "The operator said 37 passengers were on board the Meridian when it overturned "
                                  "near Fallow Cross."))


def test_a_leak_told_plain_on_two_days_is_a_dispute():
    groups = make_groups(("a", "Engineers put the leak from the reservoir at about 900 litres."),
                         ("b", "Engineers found that the leak from the reservoir was 1,400 litres."))
    (c,) = find_conflicts(groups, {"a": "2026-06-07", "b": "2026-06-10"})
    assert c.kind != "updated"

def test_a_body_named_by_its_acronym_and_spelled_out_is_one_subject():
    groups = make_groups(("a", "In a statement, HFT said it had set aside $40m to settle claims from former tenants."),
                         ("b", "Harlow & Finch Trust has raised the sum it is setting aside to settle claims from "
                               "former tenants to $65m."))
    (c,) = find_conflicts(groups, {"a": "2026-09-01", "b": "2026-09-08"})
    assert {s.value for s in c.sides} == {"$40m", "$65m"}


def test_a_figure_the_other_sentence_states_beside_its_own_leaves_the_dispute_standing():
    # a's fine is worded like b's sentence, but b states that fine itself: b's other sum is a's set-aside's
    groups = make_groups(("a", "Days after the audit, the regulator fined the Harbourside Bank $30m over its checks."),
                         ("a", "The Harbourside Bank said it had set aside $12m for the overhaul."),
                         ("b", "The Harbourside Bank has raised the sum it is setting aside to overhaul its checks to "
                               "$20m, days after the regulator fined it $30m."))
    (c,) = find_conflicts(groups, {"a": "2026-09-01", "b": "2026-09-08"})
    assert {s.value for s in c.sides} == {"$12m", "$20m"}


@pytest.mark.parametrize("later", [
    "Twenty-seven fans were treated in hospital after the stand collapsed, officials said.",  # just over the bound
    "Dozens of fans were treated in hospital after the stand collapsed, officials said.",  # vague
])
def test_a_later_count_that_bears_an_open_bound_out_agrees_with_it(later):
    groups = make_groups(("a", "At least 25 fans were taken to hospital after the stand collapsed, officials said."),
                         ("b", later))
    assert find_conflicts(groups, {"a": "2026-05-02", "b": "2026-05-03"}) == []


def test_a_known_set_told_with_a_near_equal_count_elsewhere_conflicts():
    """"the 1,310 passengers" names the story's whole set: a near-equal count of it in another
    article is a rival figure, however little else the sentences share; a part of another size,
    worded like the other figure, does not hide it."""
    (c,) = conflicts_of(("a", "The liner is carrying 1,240 passengers and 96 crew."),
                        ("a", "Some 118 passengers and 12 crew have fallen ill."),
                        ("b", "Buses sent to take the 1,310 passengers into town left the quay empty."))
    assert {s.value for s in c.sides} == {"1,240", "1,310"}


@pytest.mark.parametrize("b", [
    "Buses took the 640 passengers into town on Sunday.",  # far from equal: another set
    "Buses took 1,310 of the passengers into town on Sunday.",  # a part of the set
    "The 1,310 passengers who had booked excursions were refunded.",  # a set narrowed by its clause
])
def test_a_known_set_needs_a_near_equal_unnarrowed_count(b):
    assert conflicts_of(("a", "The liner is carrying 1,240 passengers and 96 crew."), ("b", b)) == []


def test_days_a_thing_was_first_made_public_in_other_words_conflict():
    """"first unveiled" and "first published" tell one act (``_ACTS``): two days of it disagree."""
    corpus = Corpus.from_texts({
        "a.txt": "Timetable row\nCity Desk, HARROWFIELD, 20 May 2041\n\n"
                 "The ferry timetable was first unveiled on 4 March, giving riders ten weeks to respond.",
        "b.txt": "Timetable approved\nHarrowfield Post, HARROWFIELD, 21 May 2041\n\n"
                 "The timetable was first published on 27 February, and 900 comments were received."})
    (c,) = corpus.conflicts()
    assert c.kind == "date" and len(c.sides) == 2

def test_a_count_a_share_is_taken_of_is_no_point_of_a_running_count():
    """"8 per cent of the 2,600 people on the estate" is the whole the ill are a share of: the running
    count of the ill goes from 180 to 205 without it."""
    found = find_conflicts(make_groups(
        ("a", "By Monday 180 people on the estate had fallen ill with food poisoning, health officials said."),
        ("b", "The final count is 205 people ill. That is nearly 8 per cent of the 2,600 people on the estate.")),
        {"a": "2031-05-06", "b": "2031-05-20"})
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("updated", ["180", "205"])]


@pytest.mark.parametrize("later, kind", [
    ("Officials now say 2,300 people were moved out, and the county's final survey counts 265 damaged barns.", "updated"),
    ("Officials now say 2,300 people were moved out, and the county's survey counts 265 damaged barns.", "quantity"),
])
def test_a_figure_of_a_final_survey_updates_an_earlier_one(later, kind):
    (c,) = find_conflicts(make_groups(
        ("a", "The county says 180 barns in the valley were damaged, far more than first thought."),
        ("b", later)), {"a": "2031-05-06", "b": "2031-05-27"})
    assert c.kind == kind and [s.value for s in c.sides] == ["180", "265"]


@pytest.mark.parametrize("mark", [" - ", ": "])
def test_the_parts_listed_after_a_running_total_run_with_it(mark):
    found = find_conflicts(make_groups(
        ("a", "By Monday 150 people on the ferry had fallen ill, 120 passengers and 30 crew members, the port said."),
        ("b", f"The number of people who have fallen ill on the ferry has risen to 210{mark}170 passengers and 40 crew.")),
        {"a": "2031-05-06", "b": "2031-05-07"})
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [
        ("updated", ["150", "210"]), ("updated", ["120", "170"]), ("updated", ["30", "40"])]


@pytest.mark.parametrize("estimate, forecast, sums", [
    ("The council put the cost of rebuilding the pier at $3.2 million.",
     "Rebuilding the pier is now expected to cost $5.6 million, the council said.", {"$3.2 million", "$5.6 million"}),
    ("Engineers estimated the cost of the tunnel repairs at £18 million.",
     "The tunnel repairs are expected to cost £26 million, engineers said.", {"£18 million", "£26 million"}),
    ("The hospital trust valued the new wing at €40 million when plans were drawn up.",
     "The new wing is now forecast to cost €55 million, the hospital trust said.", {"€40 million", "€55 million"}),
])
def test_an_estimate_is_one_fact_with_a_forecast(estimate, forecast, sums):
    """A sum told as an estimate ("put the cost at", "estimated at", "valued at") is a reckoning, as a
    forecast is: the two are one fact and their figures clash."""
    (c,) = find_conflicts(make_groups(("a", estimate), ("b", forecast)), {"a": "2031-03-02", "b": "2031-03-20"})
    assert {s.value for s in c.sides} == sums


def test_a_forecast_is_still_no_fact_with_a_figure_told_plain():
    """A forecast against a figure already counted, told with no estimate, is another measure."""
    groups = make_groups(("a", "The festival sold 40,000 tickets last year, organisers said."),
                         ("b", "The festival is expected to sell 55,000 tickets this year, organisers said."))
    assert find_conflicts(groups, {"a": "2031-03-02", "b": "2031-03-20"}) == []


@pytest.mark.parametrize("a, b", [
    ("The bakery sells around 1,400 loaves a week from its shop on the quay.",
     "The bakery sells more than 6,000 loaves a month, its owner said."),
    ("The clinic sees about 90 patients a day during the flu season.",
     "The clinic sees some 600 patients a week during the flu season, staff said."),
    ("The port handles 12 cruise ships a week in summer.",
     "The port handles 40 cruise ships a month in summer, the harbour master said."),
    # the period after the thing a measure is of
    ("The mill weaves about 8,000 metres of cloth a day for export.",
     "The mill weaves about 45,000 metres of cloth a week for export, its owners said."),
])
def test_rates_per_other_periods_are_never_one_figure(a, b):
    """A rate per week and one per month (or day and week) are other measures, however alike their words."""
    assert not conflicts_of(("a", a), ("b", b))


def test_rates_per_one_period_still_disagree():
    (c,) = conflicts_of(("a", "The bakery sells around 1,400 loaves a week from its shop on the quay."),
                        ("b", "The bakery sells about 2,600 loaves a week from its shop on the quay, its owner said."))
    assert set(values_of(c)) == {"around 1,400", "about 2,600"}


@pytest.mark.parametrize("a, b", [
    ("A ferry carrying 212 people ran aground off the northern cape early on Sunday.",
     "The coastguard said 190 people were on board when the ferry struck the rocks."),
    ("A minibus carrying 14 pupils overturned on the mountain road near the school.",
     "Police said 11 pupils were aboard when the minibus left the road on a bend."),
    ("The lifeboat crew reached a fishing trawler carrying nine crew in heavy seas.",
     "The owners said six crew were on board the trawler when its engine failed."),
])
def test_one_days_loads_of_the_story_vehicle_disagree(a, b):
    """Carried or aboard, a vehicle's load told by two outlets of one day is one count, when both name the vehicle."""
    dates = {"a": "2031-03-02", "b": "2031-03-02"}
    (c,) = find_conflicts(make_groups(("a", a), ("b", b)), dates)
    assert c.kind == "quantity" and len(c.sides) == 2


def test_loads_told_on_other_days_need_more_in_common():
    dates = {"a": "2031-03-02", "b": "2031-04-20"}
    assert not find_conflicts(make_groups(
        ("a", "A ferry carrying 212 people ran aground off the northern cape early on Sunday."),
        ("b", "The coastguard said 190 people were on board when the ferry struck the rocks.")), dates)


@pytest.mark.parametrize("claim, denial", [
    ("The tenants' association has repeated its claim that the landlord cut the heating in the tower blocks in January.",
     "A spokeswoman for the landlord rejected that outright."),
    ("Fishermen said the new wind farm had driven the cod from the bay.",
     "The developer denies it."),
    ("The opposition repeated its allegation that the minister met the contractor before the tender closed.",
     "The minister's office dismissed those claims on Tuesday."),
])
def test_a_denial_that_points_back_answers_the_claim_told_just_before_it(claim, denial):
    """"X rejected that" names no claim of its own: it answers the one another source made just before it."""
    (c,) = conflicts_of(("a", claim), ("a", denial))
    assert c.kind == "polarity" and values_of(c) == {"affirms": ("a",), "denies": ("a",)}


@pytest.mark.parametrize("texts", [
    # the article's own account before it claims nothing
    (("a", "The landlord cut the heating in the tower blocks in January."),
     ("a", "A spokeswoman for the landlord rejected that outright.")),
    # the denier is the claimant: no answer to another
    (("a", "The developer said the wind farm had driven the cod from the bay."),
     ("a", "The developer later denied it.")),
    # not told just before it
    (("a", "Fishermen said the new wind farm had driven the cod from the bay."),
     ("a", "The harbour will hold a festival in June."),
     ("a", "The developer denies it.")),
])
def test_a_pointing_denial_needs_another_source_s_claim_right_before_it(texts):
    assert not [c for c in conflicts_of(*texts) if c.kind == "polarity"]


def test_a_pointing_denial_answers_a_claim_told_before_its_claimant_s_quotation():
    """The claimant's own words may stand between a claim and the denial that points back to it; the side shows the
    claim, and the quotation joins it."""
    (c,) = [c for c in conflicts_of(
        ("a", "Ann Vole, chair of the anglers' club, claims the quarry drained the lake to cut its pumping costs."),
        ("a", '"They pumped it dry," she told the paper.'),
        ("a", '"Nobody else could have done it.'),
        ("a", 'It was deliberate."'),
        ("a", "The quarry rejects the claim entirely.")) if c.kind == "polarity"]
    assert c.sides[0].text.startswith("Ann Vole") and len(c.sides[0].positions) == 2
    assert c.sides[1].text == "The quarry rejects the claim entirely."


def test_a_pointing_denial_with_its_reason_answers_a_speaker_named_with_a_long_apposition():
    """"Ann Vole, the convener at the bus depot, said" names its claimant past six words, and "denies this, saying
    ..." still only points back: the denial answers the claim past the claimant's quotation."""
    (c,) = [c for c in conflicts_of(
        ("a", "Ann Vole, the union convener at the bus depot, said drivers had reported worn brakes weeks earlier."),
        ("a", '"It is all in the log book," she said.'),
        ("a", "The operator denies this, saying its engineers found no defect.")) if c.kind == "polarity"]
    assert c.sides[0].text.startswith("Ann Vole") and c.sides[1].text.startswith("The operator denies this")


def test_a_told_claim_called_false_is_denied_and_the_denier_s_next_words_shown():
    """"This is not true." names no claim: it answers the one told before it, and its side shows the sentence after
    it, where the denier says what was so."""
    (c,) = [c for c in conflicts_of(
        ("a", "We are aware of claims that the pumping station at Orley Ford was left unmanned in March."),
        ("a", "This is not true."),
        ("a", "Two engineers were on duty at the station throughout March.")) if c.kind == "polarity"]
    assert c.sides[0].text.startswith("We are aware") and c.sides[1].text.endswith("throughout March.")


def test_the_day_a_pointing_denial_was_said_keeps_it_from_no_claim():
    """"rejected that ... on Thursday evening" tells when she spoke: no day of the claim it answers."""
    (c,) = [c for c in conflicts_of(
        ("a", "On Monday, the union's organiser said the alarm had been switched off for repairs."),
        ("a", "The plant manager rejected that outright when she met residents on Thursday evening."))
        if c.kind == "polarity"]
    assert values_of(c) == {"affirms": ("a",), "denies": ("a",)}


@pytest.mark.parametrize("part, whole", [
    ("Hollin Reservoir, the largest of the authority's reservoirs, holds 9,000 megalitres when full.",
     "The authority's total storage is 31,000 megalitres when its reservoirs are full."),
    ("The east wing of the Kingsholm hospital covers 2,600 square metres, the trust said.",
     "The Kingsholm hospital's total floor area is 9,500 square metres, the trust said."),
    ("The North Quay terminal handled 210,000 containers last year, the port authority said.",
     "The port's total throughput was 640,000 containers last year, the port authority said."),
    ("The Westgate depot stores 4,000 tonnes of road salt for the winter, the council said.",
     "The council's total salt stock is 11,000 tonnes for the winter, the council said."),
])
def test_a_whole_told_as_a_total_is_no_figure_of_one_part(part, whole):
    """"Total storage" sums its parts: one reservoir's figure is a part of it, never a clash with it."""
    assert not conflicts_of(("a", part), ("b", whole))


def test_two_totals_of_one_measure_still_disagree():
    (c,) = conflicts_of(("a", "The authority's total storage is 31,000 megalitres, its annual report says."),
                        ("b", "The authority's total storage is 36,000 megalitres, according to the regulator."))
    assert len(c.sides) == 2


@pytest.mark.parametrize("told, corrected", [
    ("Lake Orrin, the deepest of the three, which feeds most of the valley, is at 35 per cent.",
     "Our own survey puts Orrin at 52 per cent, not the 35 per cent the board announced on Monday."),
    ("Fenmoor Reservoir, the smallest of the company's sites, is at 44 per cent, the company said.",
     "Campaigners put Fenmoor at 61 per cent, not the 44 per cent the company gave."),
    ("The Tallow Bridge toll plaza, closed since the storm, was handling 30 per cent of normal traffic on Friday, "
     "the operator said.",
     "A drivers' group puts Tallow at 12 per cent, not the 30 per cent the operator claims."),
])
def test_a_figure_put_on_a_named_thing_against_the_one_it_corrects_disagrees(told, corrected):
    """"Puts Orrin at 52 per cent, not the 35 per cent ..." measures what the other sentence's subject is, however
    little else the two share; the corrected figure is the other side's, no other slot of its sentence."""
    (c,) = conflicts_of(("a", told), ("b", corrected))
    assert {s.sources for s in c.sides} == {("a",), ("b",)} and len(c.sides) == 2


def test_a_figure_put_on_another_named_thing_is_no_side():
    assert conflicts_of(("a", "Lake Orrin, the deepest of the three, which feeds most of the valley, is at 35 per cent."),
                        ("b", "Our own survey puts Fenmoor at 52 per cent, the campaigners said.")) == []


def test_a_claim_denied_in_the_sentence_that_tells_it_is_a_disagreement():
    """"The guild claims C; the council has denied this." holds both sides: one disagreement whose sides are the
    claim and the denial, from that one sentence; a sentence that only tells a claim holds none."""
    (c,) = [c for c in conflicts_of(
        ("a", "The guild claims the ferry will be sold to a private firm; the council has denied this, saying no "
              "buyer has been sought."),
        ("a", "The ferry has run between the two towns since 1962.")) if c.kind == "polarity"]
    assert [s.value for s in c.sides] == ["affirms", "denies"]
    assert c.sides[0].text.startswith("The guild claims") and c.sides[1].text.startswith("the council has denied")
    assert c.sides[0].positions == c.sides[1].positions == (("a", 0),)
    assert not [c for c in conflicts_of(("a", "The guild claims the ferry will be sold to a private firm."),
                                        ("b", "The ferry has run between the two towns since 1962."))
                if c.kind == "polarity"]


@pytest.mark.parametrize("first, second, expected", [
    ("The largest seal on the beach weighed an estimated 310 kilograms.",
     "The largest seal, an adult bull, was estimated by the vets at 260 kilograms.",
     {"an estimated 310 kilograms", "260 kilograms"}),
    ("The ferry's new 42-metre hull was floated out of the yard.",
     "The ferry's new hull stands 38 metres long and was floated out of the yard.", {"42-metre", "38 metres"}),
])
def test_a_things_size_told_months_apart_is_one_size(first, second, expected):
    """An undated size of a thing (a mass, a height, width or length) is not a figure of its article's weeks:
    outlets months apart that give two sizes disagree; a distance from a place months apart is where a thing was."""
    dates = {"a": "2071-03-02", "b": "2071-09-20"}
    (c,) = find_conflicts(make_groups(("a", first), ("b", second)), dates)
    assert c.kind != "updated" and {s.value for s in c.sides} == expected
    assert find_conflicts(make_groups(("a", "The slip left the road 40 metres from the edge of the cliff."),
                                      ("b", "The slip left the road 25 metres from the edge of the cliff.")), dates) == []


def test_an_act_not_yet_done_and_later_done_is_no_claim_and_denial():
    """"has not yet named" in an earlier article and "has named" in a later one tell the act done since; the
    other way round, the later "not yet" denies the earlier claim."""
    earlier = "The council has not yet named the new head teacher of the village school."
    later = "The council has named the new head teacher of the village school as Ann Tovey."
    dates = {"a": "2071-03-02", "b": "2071-03-09"}
    assert not [c for c in find_conflicts(make_groups(("a", earlier), ("b", later)), dates) if c.kind == "polarity"]
    assert [c for c in find_conflicts(make_groups(("a", later), ("b", earlier)), dates) if c.kind == "polarity"]
