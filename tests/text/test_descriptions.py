import pytest

from summarize.text.descriptions import read_descriptions
from summarize.text.tokens import stem

# An invented ferry fire, told as a wire and a local paper would, in reading order.
FERRY = [
    "Brennick Ferries cancelled every crossing from Holm Quay on Tuesday after a fire in an engine room.",
    "The operator said none of its 212 passengers was hurt.",
    "The harbour master, Ysolde Pardew, shut the quay for six hours.",
    "Tarnwell Marine, the ferry company's engine contractor, said two of its fitters were aboard.",
    "Ms Pardew said the ferry firm had twice failed to report faults this year.",
    "Cabrin Dole, chief engineer of Tarnwell Marine, would not comment.",
    "Gorsedd Holdings is the ferry line's owner.",
    "Brennick Ferries, which Gorsedd Holdings bought in 2019, runs four boats.",
    "The operator expects to resume crossings on Friday, but the ferry firm has not said from which quay.",
]


def key(phrase):
    return tuple(stem(w.removesuffix("'s")) for w in phrase.split())


@pytest.mark.parametrize("phrase, name", [
    ("harbour master", "Ysolde Pardew"),  # an apposition before the name
    ("master", "Ysolde Pardew"),  # and its shorter form
    ("engine contractor", "Tarnwell Marine"),  # an apposition after the name, an owner inside it
    ("ferry company's engine contractor", "Tarnwell Marine"),
    ("chief engineer", "Cabrin Dole"),  # a role without a determiner
    ("ferry line's owner", "Gorsedd Holdings"),  # a copula
    ("operator", "Brennick Ferries"),  # "the operator" refers back to the firm the sentence before names
    ("ferry firm", "Brennick Ferries"),  # its modifier is a word of the name
])
def test_stated_and_referred_descriptions(phrase, name):
    assert read_descriptions(FERRY).table[key(phrase)] == name


def test_a_bare_description_used_once_stands_for_nothing():
    assert key("ferry company") not in read_descriptions(FERRY).table  # "the ferry company's engine contractor"


def test_a_bare_description_needs_its_modifiers_in_the_name():
    table = read_descriptions(FERRY + ["The bus firm said it would add services.", "The bus firm runs 40 buses."]).table
    assert key("bus firm") not in table


def test_a_tie_names_nobody():
    texts = ["The spokesman, Orrin Tasker, said the road was shut.", "The spokesman, Pell Averly, said it was open."]
    assert key("spokesman") not in read_descriptions(texts).table


def test_a_noun_some_name_ends_in_stands_for_that_name_only():
    texts = ["The Quarry Safety Board opened an inquiry into the collapse at Denholt.",
             "The quarry union says the board ignored its warnings.",
             "Lindhoe Stone and Sand Workers Union has 400 members at Denholt."]
    assert key("quarry union") not in read_descriptions(texts).table


@pytest.mark.parametrize("question, referred", [
    ("Which firm employs the harbour master?", [("the harbour master", "Ysolde Pardew")]),
    ("How old is the former harbour master?", [("the former harbour master", "Ysolde Pardew")]),  # a modifier may go
    ("Who repairs the operator's engines?", [("the operator's", "Brennick Ferries")]),  # an owner
    ("Who is the harbour master?", []),  # the description asked for names nobody the question gives
    ("What is the name of the harbour master?", []),
    ("What is the harbour master's name?", []),
    ("Who is the operator's chief executive?", [("the operator's", "Brennick Ferries")]),  # an owner is never asked
    ("Which firm builds the ferry firm's engines?", [("the ferry firm's", "Brennick Ferries")]),
    ("When did the fire start?", []),
])
def test_refers(question, referred):
    found = read_descriptions(FERRY).refers(question)
    assert [(question[r.start:r.end], r.name) for r in found] == referred
    assert [r.owner for r in found] == [text.endswith("'s") for text, _ in referred]


def test_a_word_of_rank_stays_in_every_shorter_form():
    table = read_descriptions(FERRY + ["The deputy harbour master, Tobin Vell, took charge overnight.",
                                       "Mr Vell said the quay would reopen."]).table
    assert table[key("deputy harbour master")] == "Tobin Vell"
    assert table[key("harbour master")] == table[key("master")] == "Ysolde Pardew"  # a deputy is no master


@pytest.mark.parametrize("text, phrase", [
    ("According to the port's owner, Ivo Marek, the injured sailor will be flown home.", "injured sailor"),  # a verb follows
    ("What started the blaze, Ivo Marek said, is not yet known.", "blaze"),  # what he said, not who he is
    ("After the first day of the search, Ivo Marek's crew had found nothing.", "search"),  # his crew, not him
])
def test_no_apposition(text, phrase):
    assert key(phrase) not in read_descriptions([text]).table


def test_a_plural_in_a_question_describes_several():
    texts = FERRY + ["The ticket collector, Joss Arlow, 19, raised the alarm."]
    assert read_descriptions(texts).refers("What did the ticket collectors say?") == []
    assert [r.name for r in read_descriptions(texts).refers("How old is the ticket collector?")] == ["Joss Arlow"]


def test_a_phrase_an_apposition_states_needs_no_guess():
    # "the group" twice after the victim's name, which a guess by what was named before would take
    texts = ["Hackers locked every computer at Fenwick Dairies on Monday.",
             "Fenwick Dairies said the group wanted $2 million.",
             "Fenwick Dairies has not said whether the group was paid.",
             "Red Heron, the group behind the attack, posted samples online."]
    assert read_descriptions(texts).table[key("group")] == "Red Heron"


# Invented stories that name a thing and say once, beside its name, what it is: a trial by apposition after its name,
# a ferry by the noun before it, a turbine by the noun after it; a modifier, a body's spokesman, a person and a place
# are none.
THINGS = [
    "Holmfield Biotech began dosing in KESTREL-2, its phase II trial of the nasal vaccine, in March.",
    "KESTREL-2 enrolled 640 volunteers at nine clinics in four countries.",
    "The ferry Morwen Quay ran aground off Dunlow Point on Sunday.",
    "Salvage crews reached the ferry Morwen Quay at dawn.",
    "Under the agreement Holmfield must report every case within a week.",  # a phrase before a name, once
    "Engineers fitted the Tenvar turbine in June.",
    "The Tenvar turbine failed twice in its first month.",
    "Crews fought the fire at the Pellow Road depot until dawn.",
    "Eleven buses were inside the Pellow Road depot when the roof fell.",
    "The Holmfield spokesman said the results would be published.",
    "A Tarlow-based carrier will run the crossing until the ferry is repaired.",
    "The chemist Ann Varrow said she had warned the company.",
]


@pytest.mark.parametrize("phrase, name", [
    ("trial", "KESTREL-2"),  # "KESTREL-2, its phase II trial of ..."
    ("phase ii trial", "KESTREL-2"),  # and the longer form it is written in
    ("ferry", "Morwen Quay"),  # "The ferry Morwen Quay"
    ("turbine", "Tenvar"),  # "the Tenvar turbine"
])
def test_a_thing_is_called_what_a_noun_beside_its_name_says(phrase, name):
    assert read_descriptions(THINGS).things[key(phrase)] == name


# "the Pellow Road depot" tells where the depot is, not what Pellow Road is
@pytest.mark.parametrize("phrase", ["spokesman", "carrier", "chemist", "agreement", "depot"])
def test_a_body_s_man_a_modifier_and_a_person_name_no_thing(phrase):
    assert key(phrase) not in read_descriptions(THINGS).things


def test_a_thing_s_description_in_a_question_stands_for_its_name():
    found = read_descriptions(THINGS).refers("In how many countries was the trial run?", things=True)
    assert [r.name for r in found] == ["KESTREL-2"]
    assert read_descriptions(THINGS).refers("In how many countries was the trial run?") == []  # not a party's
