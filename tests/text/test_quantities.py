"""Quantities read from news phrasing: span, value, unit, dimension, interval, qualifier, noun."""
import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.text.quantities import Quantity, agree, number_value, quantities, rounded_of, scores, zeros

INF = math.inf


def _find(text: str, span: str) -> Quantity:
    found = [q for q in quantities(text) if q.text == span]
    assert found, f"{span!r} not read from {text!r}: {[q.text for q in quantities(text)]}"
    return found[0]


# (sentence, span, value, unit, dimension, other fields that must match)
CASES = [
    # business and markets
    ("The company reported revenue of $4.2bn for the quarter.", "$4.2bn", 4.2e9, "USD", "money", {}),
    # a unit of two words hyphenated before its noun; a unit of a millionth of a gram
    ("Police set a two-nautical-mile cordon around the rig.", "two-nautical-mile", 2, "nautical mile", "distance", {}),
    ("Each tablet held 250 micrograms of the drug.", "250 micrograms", 250, "µg", "mass", {}),
    # a unit named with its system: the US gallon is the gallon, the imperial one its own; a short ton is the ton
    ("Tests found 85 nanograms of the solvent in each pill.", "85 nanograms", 85, "ng", "mass", {}),
    ("Tankers brought in about 9,000 US gallons of water.", "about 9,000 US gallons", 9000, "gallon", "volume", {}),
    ("The old boiler held 60 imperial gallons.", "60 imperial gallons", 60, "imperial gallon", "volume", {}),
    ("The crane lifted 40 short tons.", "40 short tons", 40, "ton", "mass", {}),
    ("The field gives 3 billion cubic feet of gas a year.", "3 billion cubic feet", 3e9, "cu ft", "volume", {}),
    ("Shares fell 12% in early trading on Wall Street.", "12%", 12, "%", "percent", {}),
    ("The lender was fined £3bn by regulators.", "£3bn", 3e9, "GBP", "money", {}),
    ("The bloc agreed a €1.2 trillion recovery fund.", "€1.2 trillion", 1.2e12, "EUR", "money", {}),
    ("The start-up raised $500k from angel investors.", "$500k", 5e5, "USD", "money", {}),
    ("Profits rose to $5 million last year.", "$5 million", 5e6, "USD", "money", {}),
    ("The takeover is worth US$2.5 billion, the firms said.", "US$2.5 billion", 2.5e9, "USD", "money", {}),
    ("The airline posted an annual profit of A$1.7bn.", "A$1.7bn", 1.7e9, "AUD", "money", {}),
    ("The developer owes HK$3.4 billion to creditors.", "HK$3.4 billion", 3.4e9, "HKD", "money", {}),
    ("The carmaker will cut 1,200 jobs in Europe.", "1,200 jobs", 1200, "", "count", {"noun": "jobs"}),
    ("Inflation rose to 3.2 per cent in the year to March.", "3.2 per cent", 3.2, "%", "percent", {}),
    ("The central bank raised rates by 0.25 percentage points.", "0.25 percentage points", 0.25, "pp", "percent",
     {}),
    ("Online sales were up 45 percent year on year.", "45 percent", 45, "%", "percent", {}),
    ("Bond yields fell 15 basis points after the announcement.", "15 basis points", 15, "bp", "percent",
     {"low": pytest.approx(0.15)}),
    ("Brent crude traded at $82 a barrel on Monday.", "$82", 82, "USD", "money", {}),
    ("Producers will cut output by 2 million barrels a day.", "2 million barrels", 2e6, "barrel", "volume",
     {"low": pytest.approx(2e6 * 158.987294928)}),
    ("The carmaker delivered 1.8m cars last year.", "1.8m cars", 1.8e6, "", "count", {"noun": "cars"}),
    ("The state set aside Rs 500 crore for the scheme.", "Rs 500 crore", 5e9, "INR", "money", {}),
    ("Exports rose to 3.38 trillion yuan in the first half.", "3.38 trillion yuan", 3.38e12, "CNY", "money", {}),
    ("The government approved a 10 trillion yen stimulus package.", "10 trillion yen", 1e13, "JPY", "money", {}),
    ("The watchdog imposed a 5m euros fine on the bank.", "5m euros", 5e6, "EUR", "money", {}),
    ("Analysts expect a loss of between $3bn and $4bn.", "between $3bn and $4bn", 3.5e9, "USD", "money",
     {"low": 3e9, "high": 4e9, "qualifier": "range"}),
    ("The sale could raise $3-4bn for the group.", "$3-4bn", 3.5e9, "USD", "money",
     {"low": 3e9, "high": 4e9, "qualifier": "range"}),
    ("Unemployment fell to 4.1%, its lowest level since 2001.", "4.1%", 4.1, "%", "percent", {}),
    ("The fund manages about £800m of assets.", "about £800m", 8e8, "GBP", "money",
     {"low": 7.2e8, "high": 8.8e8, "qualifier": "about"}),
    ("Tickets cost 50 cents more than last year.", "50 cents", 0.5, "USD", "money", {}),
    ("The price of a loaf rose by 20p.", "20p", 0.2, "GBP", "money", {}),
    ("He paid 200 pounds for the ticket.", "200 pounds", 200, "GBP", "money", {}),
    ("Seoul will spend 5 trillion won on chips.", "5 trillion won", 5e12, "KRW", "money", {}),
    ("Workers were offered a 4.5% pay rise.", "4.5%", 4.5, "%", "percent", {}),
    ("Some 1,500 staff will be affected.", "Some 1,500 staff", 1500, "", "count",
     {"noun": "staff", "low": 1350, "high": 1650, "qualifier": "about"}),
    ("The rupee fell past 83 rupees to the dollar.", "83 rupees", 83, "INR", "money", {}),
    # currencies named by a word several countries share are their own unit; codes before the number
    ("The subsidy is worth 1.8 billion crowns a year.", "1.8 billion crowns", 1.8e9, "crown", "money", {}),
    ("The fine was raised to 250,000 pesos.", "250,000 pesos", 2.5e5, "peso", "money", {}),
    ("The bank set aside 40m zlotys for the payouts.", "40m zlotys", 4e7, "PLN", "money", {}),
    ("Exports fell to 12.5 billion kronor in May.", "12.5 billion kronor", 1.25e10, "SEK", "money", {}),
    ("The state raised SEK 4bn from the sale.", "SEK 4bn", 4e9, "SEK", "money", {}),
    ("The jewels were shown beside two crowns from the old court.", "two crowns", 2, "", "count", {"noun": "crowns"}),
    # disasters and emergencies
    ("The earthquake killed more than 50,000 people.", "more than 50,000 people", 5e4, "", "count",
     {"low": 5e4, "high": INF, "qualifier": "more than", "noun": "people"}),
    # a verb of passing a figure bounds it from below
    ("Damage could exceed 50 million euros.", "exceed 50 million euros", 5e7, "EUR", "money",
     {"low": 5e7, "high": INF, "qualifier": "more than"}),
    ("The toll surpassed 300 on Monday.", "surpassed 300", 300, "", "count",
     {"low": 300, "high": INF, "qualifier": "more than"}),
    ("About 1.5 million people have been displaced.", "About 1.5 million people", 1.5e6, "", "count",
     {"low": 1.35e6, "high": 1.65e6, "qualifier": "about"}),
    ("Winds of up to 150mph battered the coast.", "up to 150mph", 150, "mph", "speed",
     {"low": 0, "high": pytest.approx(150 * 1.609344), "qualifier": "up to"}),
    ("The storm brought gusts of 120 km/h overnight.", "120 km/h", 120, "km/h", "speed", {"low": 120}),
    ("Rescuers pulled 12 survivors from the rubble.", "12 survivors", 12, "", "count", {"noun": "survivors"}),
    ("The team found 410 previously unknown species.", "410 previously unknown species", 410, "", "count",
     {"noun": "species"}),
    ("The fire has burned 40,000 hectares of forest.", "40,000 hectares", 4e4, "hectare", "area",
     {"low": pytest.approx(400)}),
    ("The blaze scorched 200,000 acres in two days.", "200,000 acres", 2e5, "acre", "area", {}),
    ("Floodwater covered 1,500 sq km of farmland.", "1,500 sq km", 1500, "km²", "area", {}),
    ("Tens of thousands of people fled the city.", "Tens of thousands of people", 1e4, "", "count",
     {"low": 1e4, "high": 1e5, "qualifier": "vague", "noun": "people"}),
    ("Thousands of homes were destroyed.", "Thousands of homes", 1e3, "", "count",
     {"low": 1e3, "high": 1e4, "qualifier": "vague", "noun": "homes"}),
    ("Hundreds of thousands of residents lost power.", "Hundreds of thousands of residents", 1e5, "", "count",
     {"low": 1e5, "high": 1e6, "qualifier": "vague"}),
    ("The quake struck at a depth of 10 km (6 miles).", "6 miles", 6, "mile", "distance",
     {"low": pytest.approx(9.656064)}),
    ("Temperatures plunged to minus 20C overnight.", "minus 20C", -20, "°C", "temperature", {"low": -20}),
    ("Thermometers hit 40.3C on Tuesday.", "40.3C", 40.3, "°C", "temperature", {}),
    ("The valley recorded 134 degrees Fahrenheit.", "134 degrees Fahrenheit", 134, "°F", "temperature",
     {"low": pytest.approx(56.6667, abs=1e-3)}),
    ("Temperatures reached 104F in the city.", "104F", 104, "°F", "temperature", {"low": pytest.approx(40)}),
    ("The warehouse held 2,750 tonnes of ammonium nitrate.", "2,750 tonnes", 2750, "tonne", "mass",
     {"low": 2.75e6}),
    ("Some 4,000 firefighters are battling the flames.", "Some 4,000 firefighters", 4000, "", "count",
     {"qualifier": "about", "noun": "firefighters"}),
    ("The death toll rose to 93.", "93", 93, "", "count", {"noun": ""}),
    ("At least 26 people died in the floods.", "At least 26 people", 26, "", "count",
     {"low": 26, "high": INF, "qualifier": "at least"}),
    ("The landslide buried nearly 300 homes.", "nearly 300 homes", 300, "", "count",
     {"low": 270, "high": 300, "qualifier": "about"}),
    ("Forecasters warned of 300mm of rain in 24 hours.", "300mm", 300, "mm", "distance", {}),
    ("The outage cut two-thirds of the island's power.", "two-thirds", 2 / 3, "", "fraction", {}),
    ("An estimated 5,000 people were evacuated.", "An estimated 5,000 people", 5000, "", "count",
     {"low": 4500, "high": 5500, "qualifier": "about"}),
    ("The tsunami reached 6 metres in places.", "6 metres", 6, "m", "distance", {"low": 0.006}),
    ("Aftershocks continued for half an hour.", "half an hour", 0.5, "hour", "duration", {}),
    # sport
    ("He won the 100m in 9.58 seconds.", "9.58 seconds", 9.58, "second", "duration", {}),
    ("He won the 100m final in Berlin.", "100m", 100, "m", "distance", {}),
    ("She finished third in the 1500m.", "third", 3, "", "ordinal", {}),
    ("It was the club's 21st league title.", "21st", 21, "", "ordinal", {}),
    ("The winger completed a £100m transfer.", "£100m", 1e8, "GBP", "money", {}),
    ("The striker limped off after a 90-minute battle.", "90-minute", 90, "minute", "duration", {"low": 1.5}),
    ("Runners covered 42.195 kilometres through the streets.", "42.195 kilometres", 42.195, "km", "distance",
     {}),
    ("He signed a four-year contract worth $120 million.", "four-year", 4, "year", "duration", {}),
    ("He signed a four-year contract worth $120 million.", "$120 million", 1.2e8, "USD", "money", {}),
    ("The 34-year-old striker scored twice.", "34-year-old", 34, "year", "age", {}),
    ("A crowd of 60,000 watched the final.", "60,000", 6e4, "", "count", {}),
    ("She scored 25 points in the win.", "25 points", 25, "", "count", {"noun": "points"}),
    ("The cyclist climbed 4,000 feet in the final stage.", "4,000 feet", 4000, "foot", "distance",
     {"low": pytest.approx(1.2192)}),
    ("He served at 140 mph in the final set.", "140 mph", 140, "mph", "speed", {}),
    ("The team celebrated its 80th anniversary.", "80th", 80, "", "ordinal", {}),
    ("The yacht averaged 15 knots across the Atlantic.", "15 knots", 15, "knot", "speed",
     {"low": pytest.approx(27.78)}),
    # courts and crime
    ("He was sentenced to 12 years in prison.", "12 years", 12, "year", "duration", {"low": 12 * 8766}),
    ("The judge handed down a six-year sentence.", "six-year", 6, "year", "duration", {}),
    ("The company was fined $250,000 for the breach.", "$250,000", 2.5e5, "USD", "money", {}),
    ("The trial is expected to last three to four weeks.", "three to four weeks", 3.5, "week", "duration",
     {"low": 3 * 168, "high": 4 * 168, "qualifier": "range"}),
    ("She was jailed for 18 months.", "18 months", 18, "month", "duration", {}),
    ("The jury deliberated for two days.", "two days", 2, "day", "duration", {"low": 48}),
    ("The defendant, aged 34, denied the charges.", "aged 34", 34, "year", "age", {}),
    ("She won the title aged just 15.", "aged just 15", 15, "year", "age", {}),
    ("A 16-year-old boy was arrested.", "16-year-old", 16, "year", "age", {}),
    ("The paper agreed to pay damages of £1.5m.", "£1.5m", 1.5e6, "GBP", "money", {}),
    ("He faces up to 20 years in prison.", "up to 20 years", 20, "year", "duration",
     {"low": 0, "high": 20 * 8766, "qualifier": "up to"}),
    ("The 11 jurors returned after lunch.", "11 jurors", 11, "", "count", {"noun": "jurors"}),
    ("Police seized more than 100 kilograms of cocaine.", "more than 100 kilograms", 100, "kg", "mass",
     {"low": 100, "high": INF}),
    ("The boxer weighed 200 pounds at the weigh-in.", "200 pounds", 200, "lb", "mass",
     {"low": pytest.approx(90.718474)}),
    ("The 44,000-pound statue was lifted into place.", "44,000-pound", 44000, "lb", "mass", {}),
    ("A date will be set within 30 days.", "within 30 days", 30, "day", "duration",
     {"low": 0, "high": 30 * 24, "qualifier": "up to"}),
    ("A six-month-old baby was unhurt.", "six-month-old", 6, "month", "age", {"low": 0.5}),
    # politics and elections
    ("Turnout was 67.3% in the second round.", "67.3%", 67.3, "%", "percent", {}),
    ("She won 52 per cent of the vote.", "52 per cent", 52, "%", "percent", {}),
    ("Two hundred and fifty MPs signed the letter.", "Two hundred and fifty MPs", 250, "", "count",
     {"noun": "MPs"}),
    ("Twenty-four senators voted against the bill.", "Twenty-four senators", 24, "", "count", {}),
    ("The coalition holds 326 of the 650 seats.", "650 seats", 650, "", "count", {"noun": "seats"}),
    ("The president began a three-day visit.", "three-day", 3, "day", "duration", {"low": 72}),
    ("Both sides agreed a 48-hour ceasefire.", "48-hour", 48, "hour", "duration", {}),
    ("He was sworn in as the 46th president.", "46th", 46, "", "ordinal", {}),
    ("A dozen ministers resigned.", "A dozen ministers", 12, "", "count", {"noun": "ministers"}),
    ("Half a million protesters marched on Saturday.", "Half a million protesters", 5e5, "", "count", {}),
    ("One and a half million voters stayed at home.", "One and a half million voters", 1.5e6, "", "count", {}),
    ("Polls suggest 10-12 candidates will stand.", "10-12 candidates", 11, "", "count",
     {"low": 10, "high": 12, "qualifier": "range", "noun": "candidates"}),
    ("The congress drew 5,000–6,000 delegates.", "5,000–6,000 delegates", 5500, "", "count",
     {"low": 5000, "high": 6000}),
    ("The party could win between 5 and 7 seats.", "between 5 and 7 seats", 6, "", "count",
     {"low": 5, "high": 7, "qualifier": "range"}),
    ("The summit brought together 26 other world leaders.", "26 other world leaders", 26, "", "count",
     {"noun": "leaders"}),
    ("The army deployed 15,000 troops to the border.", "15,000 troops", 1.5e4, "", "count", {"noun": "troops"}),
    ("Three-quarters of voters backed the plan.", "Three-quarters", 0.75, "", "fraction", {}),
    ("Fewer than 2,000 ballots were spoiled.", "Fewer than 2,000 ballots", 2000, "", "count",
     {"low": 0, "high": 2000, "qualifier": "less than"}),
    ("Two or three people were injured.", "Two or three people", 2.5, "", "count", {"low": 2, "high": 3}),
    ("Almost 40% of voters are undecided.", "Almost 40%", 40, "%", "percent", {"low": 36, "high": 40}),
    ("Several hundred people gathered outside.", "Several hundred people", 200, "", "count",
     {"low": 200, "high": 1000, "qualifier": "vague"}),
    ("Dozens of protesters were detained.", "Dozens of protesters", 24, "", "count", {"qualifier": "vague"}),
    # weather
    ("Winds of 8 mph are expected inland.", "8 mph", 8, "mph", "speed", {"low": pytest.approx(12.874752)}),
    ("Fog cut visibility to less than 200 metres.", "less than 200 metres", 200, "m", "distance",
     {"low": 0, "high": 0.2, "qualifier": "less than"}),
    ("Up to 30cm of snow fell on high ground.", "Up to 30cm", 30, "cm", "distance", {"qualifier": "up to"}),
    ("Traffic was halted along a 10-mile stretch.", "10-mile", 10, "mile", "distance", {}),
    ("The storm dumped 5 inches of rain.", "5 inches", 5, "inch", "distance", {}),
    ("Temperatures of around 35 degrees Celsius are forecast.", "around 35 degrees Celsius", 35, "°C",
     "temperature", {"low": 31.5, "high": 38.5, "qualifier": "about"}),
    ("Highs of 30 degrees are expected.", "30 degrees", 30, "degree", "temperature", {}),
    ("The heatwave lasted a fortnight.", "fortnight", None, None, None, {}),
    # science and health
    ("The asteroid is 1.2 miles wide.", "1.2 miles", 1.2, "mile", "distance", {}),
    ("The probe has travelled 6.4 billion km.", "6.4 billion km", 6.4e9, "km", "distance", {}),
    ("The vaccine was 95% effective in trials.", "95%", 95, "%", "percent", {}),
    ("Patients were given 500mg twice a day.", "500mg", 500, "mg", "mass", {"low": 5e-4}),
    ("The blue whale weighed 150 tonnes.", "150 tonnes", 150, "tonne", "mass", {}),
    ("Cases are counted over a 24-hour period.", "24-hour", 24, "hour", "duration", {}),
    ("The reservoir released 10 million litres.", "10 million litres", 1e7, "litre", "volume", {}),
    ("The tanker spilled 260,000 gallons of oil.", "260,000 gallons", 2.6e5, "gallon", "volume", {}),
    ("One in three adults, or 1/3 of the population, is affected.", "1/3", 1 / 3, "", "fraction", {}),
    ("A study of 26,000 women found no link.", "26,000 women", 2.6e4, "", "count", {"noun": "women"}),
    ("The lorry was carrying 24 tons of sand.", "24 tons", 24, "ton", "mass", {"low": pytest.approx(21772.43)}),
    ("The truck's load was 44,000lb.", "44,000lb", 4.4e4, "lb", "mass", {}),
    ("The greenhouse covers 2,000 square metres.", "2,000 square metres", 2000, "m²", "area", {"low": 0.002}),
    ("The ice sheet lost a third of its mass.", "a third", 1 / 3, "", "fraction", {}),
    ("A third vaccine dose was approved.", "third", 3, "", "ordinal", {}),
    ("The twenty-first century began quietly.", "twenty-first", 21, "", "ordinal", {}),
    ("The drug cut deaths by a quarter over a decade.", "a decade", None, None, None, {}),
    ("The colony numbers about 1.2m birds.", "about 1.2m birds", 1.2e6, "", "count", {"qualifier": "about"}),
    ("The outbreak lasted two and a half years.", "two and a half years", 2.5, "year", "duration", {}),
    ("The rover drove 120 metres over two days.", "two days", 2, "day", "duration", {"qualifier": ""}),
    ("The new engine produces 1,960 kN of thrust.", "1,960 kN", 1960, "kN", "force", {}),
    # power and energy by name or SI symbol, glued or spaced (not a "GW" organisation)
    ("Planners approved a 350MW solar farm.", "350MW", 350, "MW", "power", {}),
    ("Demand peaked at 41.2 gigawatts on Monday.", "41.2 gigawatts", 41.2, "GW", "power", {"low": 41200}),
    ("The heat pump uses 3,100 kilowatt-hours a year.", "3,100 kilowatt-hours", 3100, "kWh", "energy", {"low": 3.1}),
    ("The dam's turbines generated 4.2TWh last year.", "4.2TWh", 4.2, "TWh", "energy", {}),
    ("The scandal cost investors hundreds of millions of dollars.", "hundreds of millions of dollars", 1e8, "USD",
     "money", {"low": 1e8, "high": 1e9, "qualifier": "vague"}),
    ("Councils have spent millions of pounds on repairs.", "millions of pounds", 1e6, "GBP", "money",
     {"qualifier": "vague"}),
    ("The loan of USD 500 million was approved.", "USD 500 million", 5e8, "USD", "money", {}),
    ("Fares will rise by 0.5pc in January.", "0.5pc", 0.5, "%", "percent", {}),
    ("A fifth of households are in arrears.", "A fifth", 0.2, "", "fraction", {}),
    # A share of one unit is that much of the unit.
    ("Rates were cut by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "pp", "percent", {}),
    ("The trail runs for three-quarters of a mile.", "three-quarters of a mile", 0.75, "mile", "distance", {}),
    ("Rebels seized a 12-mile-long convoy.", "12-mile", 12, "mile", "distance", {}),
    ("Police said 2,000 people attended.", "2,000 people", 2000, "", "count", {"noun": "people"}),
    ("The bridge is 1.2 kilometres long.", "1.2 kilometres", 1.2, "km", "distance", {}),
    ("The three-way talks ended without a deal.", "three", None, None, None, {}),
    ("She is a four-time world champion.", "four", None, None, None, {}),
    ("Veterans of World War Two gathered in the square.", "Two", None, None, None, {}),
    ("Investors welcomed the $1.5-billion deal.", "$1.5-billion", 1.5e9, "USD", "money", {}),
    ("The scheme is open to people in the ages 18 to 25.", "ages 18 to 25", 21.5, "year", "age",
     {"low": 18, "high": 25, "qualifier": "range"}),
    ("Two men, aged 25 and 31, were charged.", "Two men", 2, "", "count", {"noun": "men"}),
    ("Between 600,000 and 800,000 people are at risk.", "Between 600,000 and 800,000 people", 7e5, "", "count",
     {"low": 6e5, "high": 8e5}),
    ("Repairs will take 7 to 10 days.", "7 to 10 days", 8.5, "day", "duration", {"low": 168, "high": 240}),
    ("Prices rose from 5% to 7% over the year.", "7%", 7, "%", "percent", {"qualifier": ""}),
    ("Police clocked the car at 180 kph.", "180 kph", 180, "km/h", "speed", {}),
    ("The lava was advancing at about 100 metres an hour.", "about 100 metres an hour", 100, "m/h", "speed", {}),
    ("Floodwater rose 2 feet per hour overnight.", "2 feet per hour", 2, "ft/h", "speed", {}),
    ("The river rose about 30 centimetres an hour.", "about 30 centimetres an hour", 30, "cm/h", "speed", {}),
    ("Rain fell at 2 inches per hour.", "2 inches per hour", 2, "in/h", "speed", {}),
    # a length a second or a minute is a speed too (a meteor, a probe, a sprint), in km/h at base
    ("The probe was moving at about 11 kilometres per second.", "about 11 kilometres per second", 11, "km/s", "speed",
     {"low": 10 * 3600}),
    ("Radar put the debris at 300 metres a second.", "300 metres a second", 300, "m/s", "speed", {"low": 1080}),
    ("The glacier front advanced 2 metres a minute.", "2 metres a minute", 2, "m/min", "speed", {"low": 0.12}),
    ("The ferry docked 2 miles a minute later.", "2 miles", 2, "mile", "distance", {}),  # a minute later times it
    ("The thermometer read 25°C at noon.", "25°C", 25, "°C", "temperature", {}),
    ("Forecasters expect highs of 77°F.", "77°F", 77, "°F", "temperature", {"low": 25}),
    ("The state paid 5 million dollars in compensation.", "5 million dollars", 5e6, "USD", "money", {}),
    ("The dispute has dragged on for three decades.", "three decades", 3, "decade", "duration",
     {"low": 3 * 87660}),
    ("The jab is offered to everyone aged over 65.", "aged over 65", 65, "year", "age",
     {"low": 65, "high": INF, "qualifier": "more than"}),
    ("The fee is 500 GBP per person.", "500 GBP", 500, "GBP", "money", {}),
    ("The heavy bill came to 300 pounds sterling.", "300 pounds sterling", 300, "GBP", "money", {}),
    ("The volcano spewed ash 12,000 metres into the sky.", "12,000 metres", 1.2e4, "m", "distance", {"low": 12}),
]


@pytest.mark.parametrize("text, span, value, unit, dimension, other", CASES)
def test_reads_news_phrasing(text, span, value, unit, dimension, other):
    if value is None:  # the span is not a quantity
        assert span not in [q.text for q in quantities(text)]
        return
    q = _find(text, span)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.dimension) == (unit, dimension)
    for field, expected in other.items():
        assert getattr(q, field) == (pytest.approx(expected) if isinstance(expected, (int, float)) else expected)


@pytest.mark.parametrize("text, span, value, noun", [
    ("The 179-seat chamber needed 90 votes.", "179-seat", 179, "seat"),
    ("A three-judge panel heard the appeal.", "three-judge", 3, "judge"),
    ("The plan needs a two-thirds majority.", "two-thirds", 2 / 3, ""),  # a fraction, not two of thirds
    ("The three-way talks ended without a deal.", "three", None, None),
    ("She is a four-time world champion.", "four", None, None),
])
def test_a_count_made_an_adjective_counts_its_noun_when_asked_for(text, span, value, noun):
    found = {q.text: q for q in quantities(text, adjectives=True)}
    if value is None:
        assert not any(span in t for t in found)
        return
    assert (found[span].value, found[span].noun) == (pytest.approx(value), noun)
    if noun:  # the facts outlets are compared on leave it aside
        assert span not in [q.text for q in quantities(text)]


@pytest.mark.parametrize("text", [
    "The law was passed in 2015 and has applied since 1959.",
    "The meeting starts at 8:15 and ends at 9.30pm, or 10am at the latest.",
    "Call 020 7946 0958 for details.",
    "Liverpool won 3-1 at Anfield after a 2-2 draw.",
    "The 2014-15 season ended in the 1990s style.",
    "Flight 370 vanished over the ocean.",
    "Investigators examined the Boeing 737 jets.",
    "Covid-19 cases rose sharply.",
    "G7 leaders met on 3 March 2015 and again on March 21st.",
    "The team is ranked No. 1 in the world.",
    "Talks resumed on 12/05/2023.",
    "The rules are set out in article 5 of the treaty.",
    "The 5G network is one of the best.",
    "The 24/7 stations closed after 9/11.",
    "Shares in the FTSE 100 company fell as the S&P 500 closed higher.",
    "The three-way talks ended without a deal.",
    "He watched the BBC Ten O'Clock News.",
])
def test_not_quantities(text):
    assert [q.text for q in quantities(text)] == []


def test_two_day_is_two_days():
    (q,) = quantities("a two-day summit")
    assert (q.text, q.value, q.unit, q.low) == ("two-day", 2, "day", 48)


def test_several_quantities_in_order_without_overlap():
    text = ("Officials said 1.2m people, about 40% of the region, lost power for up to 48 hours, "
            "and damage could reach $3bn-$4bn.")
    found = quantities(text)
    assert [q.text for q in found] == ["1.2m people", "about 40%", "up to 48 hours", "$3bn-$4bn"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.parametrize("text", [c[0] for c in CASES] + [
    "Émigrés paid €1,200 — about £1,000 — for a 2½-hour trip; 15,000 troops, 8 mph, 40C.",
    "  \n\t$ - 1, 2,, 3 .. one and and two ½ ¾",
])
def test_spans_are_slices_of_the_input(text):
    found = quantities(text)
    for q in found:
        assert q.text == text[q.start:q.end]
        assert q.low <= q.high


@pytest.mark.parametrize("phrase, value", [
    ("two hundred and fifty", 250), ("1,960", 1960), ("half a million", 5e5), ("1.2m", 1.2e6),
    ("twenty-four", 24), ("a hundred", 100), ("a dozen", 12), ("one and a half", 1.5),
    ("three-quarters", 0.75), ("1/3", 1 / 3), ("4.2bn", 4.2e9), ("1.5 million", 1.5e6), ("seven", 7),
    ("one hundred and twenty-three thousand four hundred and fifty-six", 123456), ("3.5", 3.5),
    ("fifteen hundred", 1500), ("two thousand and twenty", 2020),
])
def test_number_value(phrase, value):
    assert number_value(phrase) == pytest.approx(value)


@pytest.mark.parametrize("phrase", ["", "hello", "12 apples", "one hundred one hundred", "one two", "thousands"])
def test_number_value_rejects_what_is_not_one_number(phrase):
    assert number_value(phrase) is None


def _one(text: str) -> Quantity:
    (q,) = quantities(text)
    return q


@pytest.mark.parametrize("a, b, expected", [
    ("8 mph", "12 km/h", True),                      # 8 mph = 12.87 km/h; both rounded to whole units
    ("10 km", "6 miles", True),                      # 6 miles = 9.66 km
    ("more than 250,000 people", "about 275,000 people", True),
    ("about 250,000 people", "more than 275,000 people", False),  # touch at 275,000, which "more than" excludes
    ("$4.2bn", "$3 billion", False),
    ("$5m", "£5m", False),                           # currencies are never converted
    ("$5m", "$5 million", True),
    ("45%", "45 per cent", True),
    ("45%", "45 percentage points", False),
    ("25 basis points", "a quarter of a percentage point", True),  # a basis point is 0.01 points
    ("50 basis points", "a quarter of a percentage point", False),
    ("25 basis points", "25%", False),
    ("24 hours", "a two-day", False),
    ("48-hour", "two days", True),
    ("thousands of people", "5,000 people", True),
    ("tens of thousands of people", "5,000 people", False),
    ("up to 24 hours", "20 hours", True),
    ("less than 200 metres", "250 metres", False),
    ("three to four weeks", "25 days", True),
    ("40C", "104F", True),
    ("30 degrees", "30C", False),                    # a bare degree has no scale
    ("12 years", "12 km", False),
    ("20 people", "21 people", False),               # "20" is [19.5, 20.5): it does not reach 21
    ("at least 26 people", "26 people", True),
    ("the 100th", "the 104th", False),               # ordinals are exact
    ("about 90 carriages", "around 100 carriages", True),
    ("between 5 and 7 seats", "8 seats", False),
    ("nearly 300 homes", "310 homes", False),
    ("thousands of troops", "tens of thousands of troops", False),  # vague plurals do not overlap
    ("thousands of troops", "2,000 troops", True),
    ("100 km", "62 miles", True),
    ("100 km", "80 miles", False),
    ("90 minutes", "1.5 hours", True),
    ("a 6.4-magnitude quake", "a 6.2-magnitude quake", False),  # a magnitude is stated to a tenth
    ("a 6.4-magnitude quake", "a 6.4 magnitude tremor", True),
    ("90 minutes", "2 hours", False),
    ("two thousand protesters", "2,000 protesters", True),
    ("two thousand protesters", "2,500 protesters", False),
    # "about" allows one rounding step of the stated figure, so a precise figure gets less slack.
    ("about 640 jobs", "more than 700 jobs", False),
    ("damage exceeded 50 million euros", "about €45 million", False),  # [630, 650]: 640 is rounded to tens
    ("about 640 jobs", "648 jobs", True),
    ("about 640 jobs", "660 jobs", False),
    ("about 600 jobs", "650 jobs", True),            # a round hundred keeps the full 10%
    ("about 2,000 jobs", "2,150 jobs", True),
    ("about 2,000 jobs", "2,300 jobs", False),
    ("about 1,250 staff", "1,290 staff", True),       # a last digit 5 rounds by fives: +-50
    ("about 1,250 staff", "1,320 staff", False),
    ("nearly 640 homes", "600 homes", False),        # [630, 640]
    # the slack of "about" is open: two rounded figures that only touch at its ends differ
    ("about 3,200 patients", "about 3,400 patients", False),
    ("about 3,200 patients", "about 3,300 patients", True),
    ("about 3,200 patients", "3,300 patients", True),
    # two rounded guesses agree when one's figure is in the other's slack, not when slacks touch
    ("about 8,000 fans", "some 7,000 fans", False),  # [7,200, 8,800] / [6,300, 7,700]
    ("about 8,000 fans", "some 7,500 fans", True),
    ("roughly 40 boats", "about 44 boats", True),
    ("just over 4.2 million voters", "4.28 million voters", True),  # [4.2m, 4.3m]
    ("just over 4.2 million voters", "4.5 million voters", False),
    # of two plain figures in one unit the coarser is the finer rounded: it must hold the finer
    ("1,300 nurses", "1,350 nurses", False),  # 1,350 rounds to 1,400
    ("1,300 nurses", "1,349 nurses", True),
    ("1,300 nurses", "1,250 nurses", True),
    ("2.5 million", "2.46 million", True),
    # one power in two units: a wind farm's 1.5GW is its 1,500 megawatts, not its 150MW substation
    ("a 1.5GW wind farm", "1,500 megawatts", True),
    ("a 1.5GW wind farm", "a 150MW substation", False),
    ("used 2,400 kWh", "2.4 megawatt-hours", True),
    ("a 1.5GW wind farm", "1.5 GWh", False),  # power is no energy
    # a unit two nations measure differently, converted from another unit: either nation's reading
    ("4.5 million litres", "about 990,000 gallons", True),   # imperial gallons
    ("4.5 million litres", "about 1.19 million gallons", True),  # US gallons
    ("4.5 million litres", "about 1.6 million gallons", False),
    ("50,800 tonnes", "50,000 tons", True),                  # long tons
    ("45,000 tonnes", "50,800 tons", False),
    # two figures in one such unit are read alike: 40,000 imperial gallons are 48,000 US ones, but not here
    ("40,000 gallons", "48,000 gallons", False),
])
def test_agree(a, b, expected):
    qa, qb = quantities(a)[-1], quantities(b)[-1]
    assert agree(qa, qb) is expected
    assert agree(qb, qa) is expected


def test_24_tons_and_44000_lb_disagree():
    """24 short tons are 21,772 kg and 44,000 lb are 19,958 kg (22 short tons): 9% apart, more
    than rounding either figure explains, so they disagree; 22 tons agree with 44,000 lb."""
    lb = _one("44,000 lb")
    assert not agree(_one("24 tons"), lb)
    assert agree(_one("22 tons"), lb)


def test_tolerance_bounds_the_rounding():
    assert agree(_one("8 mph"), _one("12 km/h"), tolerance=0.05)
    assert not agree(_one("8 mph"), _one("12 km/h"), tolerance=0.01)
    with pytest.raises(ValueError, match="tolerance"):
        agree(_one("8 mph"), _one("12 km/h"), tolerance=-1)


def test_base_converts_the_stated_value():
    assert _one("8 mph").base == pytest.approx(12.874752)
    assert _one("104F").base == pytest.approx(40)
    assert _one("$4.2bn").base == 4.2e9


# Pieces of news text that stress the grammar when put together at random.
_PIECES = ["1", "12", "1,000", "2015", "3.5", "$", "£", "US$", "€", "-", "–", " ", "to", "and", "or", "between",
           "about", "more than", "up to", "nearly", "one", "a", "half", "hundred", "and a half", "twenty", "-four",
           "million", "bn", "m", "k", "%", "per cent", "km", "mph", "miles", "per hour", "(", ")", "year",
           "-year-old", "aged", "C", "°F", "degrees", "people", "of", "thousands", "tens of", "third", "1/3", "½",
           "minus", "pounds", "weighed", "March", "8:15", "No.", "Boeing", ",", ".", "th", "won", "crore", "Rs",
           "GBP", "USD", "p", "cents", "mg", "kN", "°", "1990", "9/11", "x", "'s", "Flight", "weeks"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " "])), max_size=16))
def test_any_mix_gives_ordered_disjoint_slices(pieces):
    text = "".join(p + sep for p, sep in pieces)
    found = quantities(text)
    for q in found:
        assert q.text == text[q.start:q.end] and q.start < q.end and q.low <= q.high
        assert agree(q, q)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.parametrize("piece, expected", [
    ("7", []),                 # one run of 100,000 digits is an identifier, not an amount
    ("1,", []),
    (" ", []),
    ("one ", []),              # "one" alone counts nothing
    ("$", []),
    ("-", []),
    ("1-", []),                # "1-1" does not rise: a score
    ("twenty-", [20.0]),
    ("one hundred and one ", [101.0, 101.0]),
])
def test_100_kb_of_repeats_reads_each_piece_once(piece, expected):
    """Huge repetitive inputs parse in linear time (measured: well under a second each) and
    give the same reading throughout."""
    text = piece * (100_000 // len(piece))
    values = [q.value for q in quantities(text)]
    assert values[:len(expected)] == expected
    assert set(values) <= set(expected)


@pytest.mark.parametrize("text", ["11 million°F", "98.6°F", "3 million km", "0.001 mg"])
def test_a_converted_value_agrees_with_itself(text):
    """A rounding smaller than float resolution after a unit conversion leaves a closed point,
    not an empty interval (hypothesis found "11 million°F" disagreeing with itself)."""
    (q,) = quantities(text)
    assert agree(q, q)


def test_wire_copy_mixed_numbers_and_dollars_are_read():
    """Wire copy writes "3 1/2 years" and "1.2 billion dlrs"; a fraction after a year or an
    improper one is not part of the number."""
    (term,) = quantities("He was sentenced to 3 1/2 years in prison.")
    assert (term.text, term.value, term.unit) == ("3 1/2 years", 3.5, "year")
    (fled,) = quantities("About 2 1/2 million people fled.")
    assert fled.text.startswith("About 2 1/2 million") and fled.low < 2_500_000 < fled.high
    (lost,) = quantities("The company lost 1.2 billion dlrs.")
    assert (lost.value, lost.unit) == (1.2e9, "USD")
    assert [q.text for q in quantities("In 2001 1/2 of them left.")] == ["1/2"]


@pytest.mark.parametrize("text, read, ranges", [
    ("Rovers won 2-1 after trailing 1-0 at half-time.", ["2-1", "1-0"], []),
    ("She beat her rival 6-4, 3-6, 7-5 in the final.", ["6-4, 3-6, 7-5"], []),  # the sets of one match
    ("The board voted 4-5 against the plan.", ["4-5"], []),  # a rising pair where a result is told
    ("It was a 1-3 defeat for the hosts.", ["1-3"], []),
    ("Between 10-12 people were hurt.", [], ["Between 10-12 people"]),  # a rising pair alone is a range
    ("The party won 10-12 seats, polls say.", [], ["10-12 seats"]),  # ... and one that counts something
    ("The 2014-15 season was its best.", [], []),  # a season, neither
])
def test_scores_and_ranges(text, read, ranges):
    assert [s.text for s in scores(text)] == read
    assert [q.text for q in quantities(text) if q.qualifier == "range"] == ranges
    assert all(text[s.start:s.end] == s.text for s in scores(text))



@pytest.mark.parametrize("text, read, counts, noun", [
    ("The motion passed 48 votes to 31 after midnight.", "48 votes to 31", (48, 31), "votes"),
    ("The council voted 12 to 9 to close the depot.", "12 to 9", (12, 9), "votes"),
    ("It was approved by a vote of 214 to 190.", "214 to 190", (214, 190), "votes"),
    ("Members voted 45 to 52, so the motion fell.", "45 to 52", (45, 52), "votes"),  # a rising tally, no range
    ("The panel backed her in a 7-2 vote.", "7-2", (7, 2), "votes"),  # a dash tally told as a vote
    ("The visitors won 4-0 in the rain.", "4-0", (4, 0), ""),  # a game's score counts no noun
])
def test_a_result_is_read_in_either_form(text, read, counts, noun):
    (s,) = scores(text)
    assert (s.text, s.counts, s.noun) == (read, counts, noun)
    assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("text", [
    "Attendance rose from 40 people to 55 this year.",  # a change, no tally
    "The index went 55 to 40 over the week.",  # two bare counts told as no vote
    "They sent 40 trucks to 55 villages.",  # two counted nouns: two counts
])
def test_two_counts_joined_by_to_are_no_tally_without_its_guards(text):
    assert scores(text) == []

@pytest.mark.parametrize("text, found", [
    ("Nobody on the bus was hurt, and no one was arrested.", [("Nobody", "people"), ("no one", "people")]),
    ("None of the airline's flights were delayed.", [("None", "the airline's flights")]),
    ("No pupils will be moved, the council said.", [("No pupils", "pupils")]),
    ("None was found, and the none-too-happy crowd left.", [("None", "")]),
    ("Nine staff were told, and nonetheless nothing changed.", []),
    ("None of the town's three care homes had to be evacuated.", [("None", "the town's three care homes")]),
    ("About 200 fans protested; none of them was arrested.", [("none", "")]),  # a part: the reader resolves it
    ("Not a single container has left, and not one of the cranes moved.", [("Not a single container", "container")]),
])
def test_a_count_of_none_is_read_with_what_it_counts(text, found):
    got = zeros(text)
    assert [(z.text, z.noun) for z in got] == found
    assert all(text[z.start:z.end] == z.text and z.base == 0.0 and z.dimension == "count" for z in got)


@pytest.mark.parametrize("text, spans", [
    ("The toll has risen by three to 41.", ["three", "41"]),
    ("Sales fell by $2m to $30m last year.", ["$2m", "$30m"]),
    ("Prices rose 2 to 3 percent.", ["2 to 3 percent"]),  # a range: its ends are of one size
    ("The town expects 10 to 12 visitors.", ["10 to 12 visitors"]),
])
def test_a_change_to_a_level_is_no_range(text, spans):
    assert [q.text for q in quantities(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("The board extended the appeal window from the usual 21 days to 90 days.", ["21 days", "90 days"]),
    ("Ticket prices go from £40 to £55 in May.", ["£40", "£55"]),
    ("Fares rose from an average £31 to £36.", ["£31", "£36"]),
    ("Stays cost £80 to £120 a night.", ["£80 to £120"]),  # no "from": a range
])
def test_a_value_after_from_and_two_words_starts_a_change_not_a_range(text, spans):
    assert [q.text for q in quantities(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("Dunkery employs 900 nurses and Bellcroft 640.", ["900 nurses", "640"]),
    ("It flies the Airbus 320 and the Boeing 737.", []),  # labels, no figure told before them
])
def test_a_gapped_clauses_figure_is_no_label(text, spans):
    assert [q.text for q in quantities(text)] == spans


@pytest.mark.parametrize("text, span, hours", [
    ("Tenants were given five working days to leave the tower block.", "five working days", 120),
    ("The striking drivers stayed out for two full weeks before talks resumed.", "two full weeks", 336),
    ("Students at the flooded college lost eight teaching days this term.", "eight teaching days", 192),
    ("Ministers have had three to four clear days to read the report.", "three to four clear days", 84),
])
def test_a_count_of_days_past_its_modifier_is_a_length_of_time(text, span, hours):
    q = _find(text, span)
    assert (q.dimension, q.unit, q.noun) == ("duration", q.unit, "") and q.unit in ("day", "week")
    assert q.base == hours


@pytest.mark.parametrize("text, spans", [
    ("Pupils in Years 10 and 11 will sit their exams in the sports hall.", []),
    ("Trains on Lines 2, 3 and 4 were halted after the signal failure.", []),
    ("The council closed Wards 6 or 7 for cleaning, and 40 beds were lost.", ["40 beds"]),
    ("On March 3, 4 people were hurt in the crash.", ["4 people"]),  # a count after a date, not a listed label
    ("Staff from Floors 2 to 4 were moved out.", []),  # a range of labels
])
def test_a_number_listed_after_a_label_is_a_label(text, spans):
    assert [q.text for q in quantities(text)] == spans


@pytest.mark.parametrize("text, span, noun", [
    ("A total of 212 RSPCA inspectors visited the farms.", "212 RSPCA inspectors", "inspectors"),
    ("About 40 NHS nurses volunteered at the camp.", "About 40 NHS nurses", "nurses"),
    ("The raid involved 90 FBIS agents, the agency said.", "90 FBIS agents", "agents"),
])
def test_an_acronym_before_a_counted_noun_is_no_plural(text, span, noun):
    assert _find(text, span).noun == noun


@pytest.mark.parametrize("text, span, gigabytes", [
    ("The thieves took about 2.5 terabytes of customer files.", "about 2.5 terabytes", 2500),
    ("Each camera stores 64GB of footage.", "64GB", 64),
    ("Leaked records filled some 900 megabytes.", "some 900 megabytes", 0.9),
    ("The laptop held 512 GB of unencrypted data.", "512 GB", 512),
])
def test_amounts_of_data_are_read_in_gigabytes(text, span, gigabytes):
    q = _find(text, span)
    assert q.dimension == "data" and q.base == pytest.approx(gigabytes)


def test_tb_spaced_after_a_number_counts_tuberculosis_cases():
    assert [(q.text, q.dimension) for q in quantities("Clinics treated 2,000 TB cases last year.")] == \
        [("2,000 TB cases", "count")]


@pytest.mark.parametrize("days, weeks", [
    ("Pupils lost ten school days to the closure.", "Pupils lost two weeks to the closure."),
    ("The refund takes fifteen working days.", "The refund takes three weeks."),
    ("Trading was halted for five trading days.", "Trading was halted for one week."),
])
def test_a_count_of_days_its_modifier_restricts_agrees_with_the_weeks_they_span(days, weeks):
    a, b = quantities(days)[0], quantities(weeks)[0]
    assert a.dimension == b.dimension == "duration" and agree(a, b)
    assert a.low == a.value * 24  # no fewer days than it counts


@pytest.mark.parametrize("exact, other, expected", [
    ("1,184 passengers", "more than 1,100 passengers", False),  # a bound, not a rounding
    ("1,184 passengers", "nearly 1,200 passengers", True),
    ("1,184 passengers", "about 1,200 passengers", True),
    ("44,812 doses", "about 45,000 doses", True),
    ("44,812 doses", "45,000 doses", False),  # a plain round figure may be another's exact one
    ("4.8 seconds", "roughly five seconds", True),
    ("29,650 sandbags", "some 30,000 sandbags", True),
    ("1,200 passengers", "1,184 passengers", False),  # the coarser never reads as the exact one
    ("€4.6m", "€4m", False),  # a figure its rounding does not reach
    ("86", "90", False),  # below 100 a round figure is exact
    ("about 2,400", "2,000", False),  # a figure with a qualifier is no exact figure
    ("£3,120", "3,000 metres", False),  # another measure
])
def test_rounded_of(exact, other, expected):
    assert rounded_of(quantities(exact)[0], quantities(other)[0]) is expected
