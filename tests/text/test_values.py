import pytest

from summarize.text.values import dates, names, quantities, values


def only(text):
    (v,) = quantities(text)
    return v


@pytest.mark.parametrize("text, dimension, low, high", [
    ("The journey takes 24 hours.", "duration", 24, 24),
    ("It follows a 24-hour trip.", "duration", 24, 24),
    ("The parade will last 70 minutes.", "duration", 70 / 60, 70 / 60),
    ("It is expected to take up to 24 hours.", "duration", 21.6, 24),
    ("The road is 60km long.", "distance", 60, 60),
    ("The road is 37 miles long.", "distance", 37 * 1.609344, 37 * 1.609344),
    ("It runs at 60km (37 miles) per hour.", "speed", 60, 60),
])
def test_units_are_normalised(text, dimension, low, high):
    v = only(text)
    assert v.dimension == dimension
    assert v.low == pytest.approx(low) and v.high == pytest.approx(high)


@pytest.mark.parametrize("text, low, noun", [
    ("Police said two thousand protesters marched.", 2000, "protest"),
    ("Police said 2,000 protesters marched.", 2000, "protest"),
    ("Kim will join 26 other world leaders.", 26, "leader"),
    ("Twenty-four ministers resigned.", 24, "minist"),
    ("Thousands of military personnel will march.", 1000, "personnel"),
    ("Tens of thousands of military personnel will march.", 10000, "personnel"),
])
def test_counts_keep_their_noun_and_read_number_words(text, low, noun):
    v = only(text)
    assert (v.dimension, v.low, v.noun) == ("count", low, noun)


def test_written_and_spelled_numbers_agree():
    assert only("two thousand protesters").compatible(only("2,000 protesters"))
    assert not only("two thousand protesters").compatible(only("2,500 protesters"))


@pytest.mark.parametrize("a, b, agree", [
    ("around 90 carriages", "90 carriages", True),
    ("up to 24 hours", "24 hours", True),
    ("up to 24 hours", "20 hours", False),
    ("100 km", "62 miles", True),
    ("100 km", "80 miles", False),
    ("90 minutes", "1.5 hours", True),
    ("90 minutes", "2 hours", False),
    ("thousands of troops", "tens of thousands of troops", False),
    ("thousands of troops", "2,000 troops", True),
])
def test_compatibility_allows_qualifiers_and_conversions(a, b, agree):
    assert only(a).compatible(only(b)) is agree


@pytest.mark.parametrize("text", [
    "It was the 80th anniversary.",          # ordinals are not counts
    "It is a three-way unity.",              # compound words
    "The footage was taken nine days before the attack.",  # a point in time, not an amount
    "He watched the BBC Ten O'Clock News.",  # proper nouns count nothing
    "The first visit since 2019.",           # years are dates
])
def test_things_that_are_not_quantities(text):
    assert quantities(text) == []


def test_dates_and_weekday_qualifiers():
    found = {(v.dimension, v.label) for v in dates("He left late Monday and arrived on Sep 2 in 2025.")}
    assert found == {("weekday", "Monday"), ("month-day", "September 2"), ("year", "2025")}


def test_agency_names_keep_their_owner():
    (v,) = names("Yonhap reported, citing South Korea’s spy agency National Information Society Agency.")
    assert v.dimension == "agency:south korea" and v.label == "National Information Society Agency"
    assert names("South Korea's Yonhap agency said so.") == []


def test_values_are_in_text_order_and_offsets_hold():
    text = "On Monday 2,000 troops marched 10 km."
    found = values(text)
    assert [text[v.start:v.end] for v in found] == [v.text for v in found]
    assert [v.start for v in found] == sorted(v.start for v in found)
