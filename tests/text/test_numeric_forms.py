"""Every form news writes a figure in, as one golden table: the span read, its value, unit, dimension and qualifier.

Invented sentences, one a row, in the wording of several kinds of outlet (wire, broadsheet, tabloid, local,
notices); each row names the form it exercises. A row's span must be read whole, as one quantity."""
import math

import pytest

from summarize.text.quantities import agree, quantities

# (form, sentence, span, value, unit, dimension, qualifier)
FORMS = [
    # digits, separators, decimals, scales
    ("digits", "Police said 38 people were arrested.", "38 people", 38, "", "count", ""),
    ("thousands separator", "The appeal raised 12,450 signatures.", "12,450 signatures", 12450, "", "count", ""),
    ("decimal", "The index closed up 0.3 per cent.", "0.3 per cent", 0.3, "%", "percent", ""),
    ("scale word", "The scheme will cost $2.4 billion.", "$2.4 billion", 2.4e9, "USD", "money", ""),
    ("glued scale", "The club was fined £1.5m.", "£1.5m", 1.5e6, "GBP", "money", ""),
    ("glued scale before a plural", "The port handles 1.2m containers.", "1.2m containers", 1.2e6, "", "count", ""),
    ("pence", "The fee was cut to 127p an item.", "127p", 1.27, "GBP", "money", ""),
    # numbers in words
    ("spelled", "Seventeen flights were cancelled.", "Seventeen flights", 17, "", "count", ""),
    ("hyphenated", "Forty-two passengers were on board.", "Forty-two passengers", 42, "", "count", ""),
    ("words with a scale", "Two hundred and fifty homes lost power.", "Two hundred and fifty homes", 250, "", "count",
     ""),
    ("a dozen", "A dozen boats were sunk.", "A dozen boats", 12, "", "count", ""),
    ("half a scale", "Half a million people watched.", "Half a million people", 5e5, "", "count", ""),
    ("a share of a scale", "A quarter of a million people marched.", "A quarter of a million people", 2.5e5, "",
     "count", ""),
    ("a share of a scale in money", "Repairs cost nearly three-quarters of a billion dollars.",
     "nearly three-quarters of a billion dollars", 7.5e8, "USD", "money", "about"),
    ("a sum by its digits", "The portrait fetched six figures.", "six figures", 1e5, "", "count", "vague"),
    ("vague tens of a scale", "Tens of thousands of pounds were raised.", "Tens of thousands of pounds", 1e4, "GBP",
     "money", "vague"),
    ("and a half", "The ferry was held for two and a half hours.", "two and a half hours", 2.5, "hour", "duration", ""),
    # the article as one, where it is told as a measure
    ("article with a qualifier", "Wasps hunt within nearly a mile of the nest.", "nearly a mile", 1, "mile",
     "distance", "about"),
    ("article with a bound", "Queues lasted more than an hour.", "more than an hour", 1, "hour", "duration",
     "more than"),
    ("article before a word of extent", "The drone is just over an inch long.", "just over an inch", 1, "inch",
     "distance", "about"),
    ("article after for", "The road will shut for a fortnight.", "a fortnight", 1, "fortnight", "duration", ""),
    ("article and a half", "Rescuers spent an hour and a half in the water.", "an hour and a half", 1.5, "hour",
     "duration", ""),
    # a share after "and" is added as a reader adds it, after a unit or inside a number in words
    ("article and a quarter", "The bridge was shut for an hour and a quarter.", "an hour and a quarter", 1.25, "hour",
     "duration", ""),
    ("unit and a half", "The vote came two hours and a half later.", "two hours and a half", 2.5, "hour", "duration",
     ""),
    ("article and three-quarters", "The dune is a mile and three-quarters long.", "a mile and three-quarters", 1.75,
     "mile", "distance", ""),
    ("and a quarter million", "Two and a quarter million voters were eligible.", "Two and a quarter million voters",
     2.25e6, "", "count", ""),
    ("and three-quarter as adjective", "The crew waited two and three-quarter hours.", "two and three-quarter hours",
     2.75, "hour", "duration", ""),
    ("megalitres", "The lake holds 9,500 megalitres when full.", "9,500 megalitres", 9500, "megalitre", "volume", ""),
    ("article, less than", "The farm is less than a kilometre from the river.", "less than a kilometre", 1, "km",
     "distance", "less than"),
    ("article after lasted", "The blackout lasted a week.", "a week", 1, "week", "duration", ""),
    ("article after took", "Clearing the line took an hour.", "an hour", 1, "hour", "duration", ""),
    ("article after spent", "She spent a month in hospital.", "a month", 1, "month", "duration", ""),
    ("half an hour", "The search was called off after half an hour.", "half an hour", 0.5, "hour", "duration", ""),
    ("a couple of a unit", "The ferry was held for a couple of hours.", "a couple of hours", 2, "hour", "duration",
     "about"),
    ("a couple of a length", "The walkers were a couple of miles from the hut.", "a couple of miles", 2, "mile",
     "distance", "about"),
    # shares
    ("percent sign", "Turnout was 71%.", "71%", 71, "%", "percent", ""),
    ("per cent words", "Prices rose 4.5 per cent.", "4.5 per cent", 4.5, "%", "percent", ""),
    ("fraction in words", "Two-thirds of voters backed the plan.", "Two-thirds", 2 / 3, "", "fraction", ""),
    ("fraction with an article", "A quarter of the staff were absent.", "A quarter", 0.25, "", "fraction", ""),
    ("fraction with a qualifier", "The port takes almost a third of the imports.", "almost a third", 1 / 3, "",
     "fraction", "about"),
    ("fraction, more than", "More than half of the homes were empty.", "More than half", 0.5, "", "fraction",
     "more than"),
    ("half before a determiner", "Nearly half the stalls stayed shut.", "Nearly half", 0.5, "", "fraction", "about"),
    ("half before a possessive", "Passengers will get half their fare back.", "half", 0.5, "", "fraction", ""),
    ("N in M", "One in five children live in poverty.", "One in five", 0.2, "", "fraction", ""),
    ("N in M with a qualifier", "Nearly nine in ten forms are filed online.", "Nearly nine in ten", 0.9, "",
     "fraction", "about"),
    ("digit fraction", "Only 1/3 of the wells were tested.", "1/3", 1 / 3, "", "fraction", ""),
    ("fraction of a unit", "Nearly three-quarters of a mile of track was lost.", "Nearly three-quarters of a mile",
     0.75, "mile", "distance", "about"),
    # approximations and bounds
    ("some", "Some 300 workers walked out.", "Some 300 workers", 300, "", "count", "about"),
    ("nearly", "Nearly 2,000 dockers are members.", "Nearly 2,000 dockers", 2000, "", "count", "about"),
    ("just over", "The bill came to just over £56,000.", "just over £56,000", 56000, "GBP", "money", "about"),
    ("around", "Around 70% of homes were flooded.", "Around 70%", 70, "%", "percent", "about"),
    ("up to", "Callers waited up to 120 minutes.", "up to 120 minutes", 120, "minute", "duration", "up to"),
    ("at least", "At least 40 homes were destroyed.", "At least 40 homes", 40, "", "count", "at least"),
    ("fewer than", "Fewer than 300 tickets remain.", "Fewer than 300 tickets", 300, "", "count", "less than"),
    ("vague plural", "Hundreds of people gathered.", "Hundreds of people", 100, "", "count", "vague"),
    # ranges
    ("between X and Y", "Between 40 and 50 people were hurt.", "Between 40 and 50 people", 45, "", "count", "range"),
    ("X to Y in words", "A sale could take six to eight weeks.", "six to eight weeks", 7, "week", "duration",
     "range"),
    ("X-Y", "The sale could raise $3-4bn.", "$3-4bn", 3.5e9, "USD", "money", "range"),
    ("X-Y before a noun", "Forecasters expect 40-50 storms.", "40-50 storms", 45, "", "count", "range"),
    ("between, with a unit", "Delays of between 10 and 14 days are expected.", "between 10 and 14 days", 12, "day",
     "duration", "range"),
    ("an age by its decade", "A man in his 50s was arrested.", "in his 50s", 54.5, "year", "age", "range"),
    ("an age by its decade in words", "The pair, both in their forties, were bailed.", "in their forties", 44.5,
     "year", "age", "range"),
    ("an age by part of a decade", "She is a nurse in her mid-30s.", "in her mid-30s", 34.5, "year", "age", "range"),
    ("an age in the early part of a decade", "A driver in his early twenties was hurt.", "in his early twenties", 21.5,
     "year", "age", "range"),
    ("the teens", "Two boys in their late teens were questioned.", "in their late teens", 17.5, "year", "age",
     "range"),
    # measures
    ("distance", "The tunnel is 12 km long.", "12 km", 12, "km", "distance", ""),
    ("glued distance", "Hornets are about 3cm long.", "about 3cm", 3, "cm", "distance", "about"),
    ("feet", "The wall is six feet tall.", "six feet", 6, "foot", "distance", ""),
    ("half a unit", "The queue was half a mile long.", "half a mile", 0.5, "mile", "distance", ""),
    ("speed", "Lava moved at 40 metres an hour.", "40 metres an hour", 40, "m/h", "speed", ""),
    ("mass", "The lorry shed three tonnes of diesel.", "three tonnes", 3, "tonne", "mass", ""),
    ("temperature", "The trailer was at 19C.", "19C", 19, "°C", "temperature", ""),
    ("power", "The farm will generate up to 1,500 megawatts.", "up to 1,500 megawatts", 1500, "MW", "power", "up to"),
    ("area", "The fire burned 2,800 hectares.", "2,800 hectares", 2800, "hectare", "area", ""),
    ("volume rate", "The chute carried 2,100 cubic metres a second.", "2,100 cubic metres", 2100, "m³", "volume", ""),
    ("multiple", "Readings were six times higher.", "six times", 6, "times", "multiple", ""),
    ("multiple in one word", "Claims rose sevenfold in a decade.", "sevenfold", 7, "times", "multiple", ""),
    ("multiple in one word before a noun", "Councils face a tenfold rise in fees.", "tenfold", 10, "times", "multiple",
     ""),
    ("hyphenated multiple", "Sales grew 2.5-fold.", "2.5-fold", 2.5, "times", "multiple", ""),
    # concentrations, rates and other measures
    ("parts per million", "Sensors logged chlorine at 40 parts per million.", "40 parts per million", 40, "ppm",
     "concentration", ""),
    ("ppm glued", "The limit is 25ppm for an eight-hour shift.", "25ppm", 25, "ppm", "concentration", ""),
    ("parts per billion with a bound", "Lead in the tap water reached up to 15 parts per billion.",
     "up to 15 parts per billion", 15, "ppb", "concentration", "up to"),
    ("a rate per population", "Deaths ran at 8.2 per 100,000 people.", "8.2 per 100,000 people", 8.2, "per 100000",
     "rate", ""),
    ("a rate per a scale word", "Measles reached 12 cases per million residents.", "12 cases per million residents",
     12, "per 1000000", "rate", ""),
    ("a rate for every", "The ward has three nurses for every 1,000 patients.", "three nurses for every 1,000 patients",
     3, "per 1000", "rate", ""),
    ("a density", "The island has about 161 people per square mile.", "about 161 people per square mile", 161,
     "sq mile", "density", "about"),
    ("percentage points", "The bank cut rates by 0.25 percentage points.", "0.25 percentage points", 0.25, "pp",
     "percent", ""),
    ("basis points", "Yields rose 40 basis points.", "40 basis points", 40, "bp", "percent", ""),
    ("degrees Fahrenheit", "The mercury hit 104 degrees Fahrenheit.", "104 degrees Fahrenheit", 104, "°F",
     "temperature", ""),
    ("below zero", "Overnight it fell to minus 14C.", "minus 14C", -14, "°C", "temperature", ""),
    ("km/h", "Gusts reached 130 km/h on the coast.", "130 km/h", 130, "km/h", "speed", ""),
    ("mph in words", "Winds of sixty mph were forecast.", "sixty mph", 60, "mph", "speed", ""),
    ("a length a second", "The meteor travelled at 17 kilometres per second.", "17 kilometres per second", 17,
     "km/s", "speed", ""),
    # ages and ordinals
    ("aged", "The driver, aged 71, was unhurt.", "aged 71", 71, "year", "age", ""),
    ("N-year-old", "A 36-year-old man was held.", "36-year-old", 36, "year", "age", ""),
    ("ordinal in words", "It was the third closure this year.", "third", 3, "", "ordinal", ""),
    ("ordinal in digits", "The firm confirmed its 12th case.", "12th", 12, "", "ordinal", ""),
    ("ordinal before a superlative", "It is the city's third-largest employer.", "third", 3, "", "ordinal", ""),
    ("ordinal of times", "He was elected for a second time.", "second", 2, "", "ordinal", ""),
]


@pytest.mark.parametrize("form, text, span, value, unit, dimension, qualifier", FORMS, ids=[f[0] for f in FORMS])
def test_every_form_is_read(form, text, span, value, unit, dimension, qualifier):
    found = [q for q in quantities(text) if q.text == span]
    assert found, f"{form}: {span!r} not read from {text!r}: {[q.text for q in quantities(text)]}"
    (q,) = found
    assert (q.value, q.unit, q.dimension, q.qualifier) == (pytest.approx(value), unit, dimension, qualifier)


# Phrases that name a unit with the article but state no amount: a rate's "per", an event, an ordinal.
NOT_AMOUNTS = [
    ("The plant makes 20,000 cars a year.", "a year"),
    ("It happens twice a day.", "a day"),
    ("They held a week of talks.", "a week"),
    ("Over a decade, the town shrank.", "a decade"),
    ("It was a second attempt.", "a second"),
    ("Tickets cost £5 a month.", "a month"),
    ("She took a day off.", "a day off"),
    ("A couple of friends came.", "couple"),
]


@pytest.mark.parametrize("text, phrase", NOT_AMOUNTS)
def test_the_article_before_a_unit_is_no_amount_untold(text, phrase):
    assert not any(phrase in q.text for q in quantities(text))


def _one(text: str):
    (q,) = quantities(text)
    return q


# One amount in two forms: the same duration in another unit, a share in words and in digits, the article and "one".
SAME = [
    ("Callers waited two hours.", "Callers waited 120 minutes."),
    ("Nearly nine in ten forms are filed online.", "About 88% of forms are filed online."),
    ("Almost a third of imports come through the port.", "The port takes 32% of imports."),
    ("Wasps hunt within nearly a mile of the nest.", "Wasps hunt within 1.5km of the nest."),
    ("The drone is just over an inch long.", "The drone is 2.6cm long."),
    ("The drone is just over an inch long.", "The drone is 3cm long."),  # the unit named is itself a rounding
    ("The talks lasted an hour and a half.", "The talks lasted 90 minutes."),
    ("The talks lasted a couple of hours.", "The talks lasted two hours."),
    ("The pumps were off for an hour and a quarter.", "The pumps were off for 75 minutes."),
    ("The talks lasted a couple of hours.", "The talks lasted 150 minutes."),
    ("A quarter of a million people marched.", "About 250,000 people marched."),
    ("A man in his 50s was arrested.", "A man, aged 57, was arrested."),
    ("Ammonia reached 0.16 parts per thousand.", "Ammonia reached 160 ppm."),
    ("The spill left 40 parts per billion of benzene.", "The spill left 0.04 ppm of benzene."),
    ("Deaths ran at 8.2 per 100,000 people.", "Deaths ran at 82 per million people."),
    ("The island has about 161 people per square mile.", "The island has 62 people per km²."),
]


@pytest.mark.parametrize("a, b", SAME)
def test_one_amount_in_two_forms_agrees(a, b):
    assert agree(_one(a), _one(b))


@pytest.mark.parametrize("a, b", [
    ("Almost a third of imports come through the port.", "The port takes 45% of imports."),
    ("Wasps hunt within nearly a mile of the nest.", "Wasps hunt some 5km from the nest."),
    ("The talks lasted an hour and a half.", "The talks lasted four hours."),
    ("The talks lasted a couple of hours.", "The talks lasted five hours."),
    ("The pumps were off for an hour and a quarter.", "The pumps were off for an hour."),
    ("A man in his 50s was arrested.", "A man, aged 62, was arrested."),
    ("A woman in her early twenties was hurt.", "A woman, aged 28, was hurt."),
    ("The spill left 40 parts per billion of benzene.", "The spill left 40 ppm of benzene."),
    ("Deaths ran at 8.2 per 100,000 people.", "Deaths ran at 8.2 per million people."),
    ("The island has about 161 people per square mile.", "The island has 161 people per km²."),
])
def test_two_amounts_disagree(a, b):
    assert not agree(_one(a), _one(b))


def test_a_qualified_share_in_words_has_room_to_round():
    q = _one("Almost a third of imports come through the port.")
    assert q.low < 1 / 3 - 0.01 and math.isclose(q.high, 1 / 3, rel_tol=1e-6)


def test_a_unit_of_time_after_per_is_no_ordinal():
    read = quantities("The chute carried 2,100 cubic metres a second, against a limit of 4,500 cubic metres per second.")
    assert [q.dimension for q in read] == ["volume", "volume"]


def test_a_concentration_is_no_count_of_parts():
    (q,) = quantities("Monitors recorded ammonia at up to 160 parts per million.")
    assert q.dimension == "concentration" and q.noun == ""


@pytest.mark.parametrize("text, span", [
    ("The trawler sank off Marrowdeep. Two people have died.", "Two people"),
    ("Crews reached Port Ellery! 40 homes were cleared.", "40 homes"),
    ("Was it Brisholt? Nine councillors voted no.", "Nine councillors"),
])
def test_a_count_after_a_name_that_ends_a_sentence_is_no_label(text, span):
    assert span in [q.text for q in quantities(text)]


def test_the_base_of_a_rate_is_no_count_of_its_own():
    read = quantities("The rate was 8.2 deaths per 100,000 people, up from 6.1 in 2040.")
    assert "100,000 people" not in [q.text for q in read] and read[0].dimension == "rate"


def test_a_sum_told_by_its_digits_spans_their_decade():
    (q,) = quantities("He was paid a seven-figure fee.", adjectives=True)
    assert (q.low, q.high, q.qualifier) == (1e6, 1e7, "vague")
    assert [q.text for q in quantities("The report has 12 figures and four tables.")][0] == "12 figures"


def test_a_short_abbreviation_before_a_number_still_labels_it():
    assert quantities("Commandos stormed the plane Oct. 14, after talks broke down.") == []
