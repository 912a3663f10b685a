import pytest

from summarize.corpus import Corpus
from summarize.stages.conflicts import find_conflicts

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
    assert values_of(c) == {"2,000": ("a", "b"), "5,000": ("c",)}


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


def test_up_to_is_not_a_licence_for_any_smaller_value():
    (c,) = conflicts_of(("a", "Yonhap says the train is expected to take up to 24 hours to reach Beijing."),
                        ("b", "Yonhap says the train is expected to take 20 hours to reach Beijing."))
    assert set(values_of(c)) == {"24 hours", "20 hours"}


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
    sides = sorted(tuple(sorted(v)) for v in found.values())
    assert ("20 hours", "24 hours") in sides
    assert ("25", "26") in sides
    assert ("tens of thousands", "thousands") in sides
    journey = next(v for v in found.values() if "24 hours" in v)
    assert journey["20 hours"] == ("002_cba6d34d82d475d0",)
    assert {"000_c10a78d90ce5a747", "003_614847e249fadb5d"} <= set(journey["24 hours"])


def test_output_is_deterministic(seeds):
    again = Corpus.from_paths([SEEDS])
    assert again.conflicts() == seeds.conflicts()
