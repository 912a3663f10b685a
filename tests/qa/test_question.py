import pytest

from summarize import Corpus
from summarize.qa.question import PART, asks_earlier, parse


@pytest.mark.parametrize("text,kind,focus,dimension", [
    ("How many passengers were on the ferry?", "number", "passeng", "count"),
    ("How many people were hurt in the blast?", "number", "peopl", "count"),
    ("How much did the stadium cost?", "number", None, "money"),
    ("How much damage did the flood cause?", "number", "damag", "money"),
    ("How old was the goalkeeper?", "number", None, "age"),
    ("How far did the hurricane travel inland?", "number", None, "distance"),
    ("How tall is the new tower?", "number", None, "distance"),
    ("How heavy was the stolen statue?", "number", None, "mass"),
    ("Within how many seconds did the blasts follow each other?", "number", "second", "duration"),
    ("How long did the blackout last?", "duration", None, "duration"),
    ("How late did the ferry reach the island?", "duration", None, "duration"),  # a delay is a span of time
    ("How fast were the winds?", "speed", None, "speed"),
    ("What was the train's speed?", "speed", None, "speed"),
    ("When was the speed limit on the curve set?", "date", None, ""),
    ("Where did the car reach its top speed?", "place", None, ""),
    ("When did the strike end?", "date", None, ""),
    ("In what year was the bridge built?", "date", "year", ""),
    ("At what time did the polls close?", "date", "time", ""),
    ("What was the coach wearing when he arrived?", "other", None, ""),
    ("Where did the jet make an emergency landing?", "place", None, ""),
    ("Which city will host the summit?", "place", "citi", ""),
    ("Who resigned as party chairman?", "person", None, ""),
    ("Which airline ordered the planes?", "org", "airlin", ""),
    ("What is the ship called?", "name", None, ""),
    ("Why did the talks collapse?", "reason", None, ""),
    ("What caused the blackout?", "reason", None, ""),
    ("What was behind the sudden rise in prices?", "reason", None, ""),
    ("What was the likely cause of the derailment?", "reason", None, ""),
    ("What led to the mayor's resignation?", "reason", None, ""),
    ("What ignited the fire?", "reason", None, ""),  # a verb of causing asks for the cause
    ("What pushed the boat onto the rocks?", "reason", None, ""),
    ("What was the outage blamed on?", "reason", None, ""),
    ("Which contractor built the bridge?", "org", "contractor", ""),  # a trade a firm plies asks for the firm
    ("Which supplier made the brakes?", "org", "supplier", ""),
    ("Who was the contractor?", "person", None, ""),
    ("Which agency is investigating the causes of the fire?", "org", "agenc", ""),
    ("Which charity employs the night porter?", "org", "chariti", ""),  # a present verb ends the phrase asked
    ("Which club signs the young defender?", "org", "club", ""),
    ("Which factory workers went on strike?", "person", "worker", ""),  # a plural after the noun is a noun
    ("Which state news agency carried the photograph?", "org", "agenc", ""),  # "news" before a noun is no verb
    ("How much profit did the brewery make last year?", "number", "profit", "money"),
    ("How much revenue did the chain report?", "number", "revenu", "money"),
    ("What was the mayor's salary?", "number", "salari", "money"),  # a sum of money however asked
    ("What was the bakery's revenue?", "number", "revenu", "money"),
    ("How much is the final dividend?", "number", None, "money"),
    ("By how much did profit rise?", "number", None, ""),  # a change may be a share or a sum
    # what a share costs is a sum of money, not a share of a whole; how far it fell may be told as a share
    ("What was the brewer's share price at the close on Friday?", "number", "price", "money"),
    ("What was the price of the ferry firm's shares after the warning?", "number", "price", "money"),
    ("How much did the share price fall on Friday?", "number", None, "percent"),
    ("What pay rise did the drivers accept?", "number", "rise", ""),  # a change or a dose is a figure
    ("What daily dose did the volunteers take?", "number", "dose", ""),
    # "how many" before a unit asks that unit's measure; before anything else a count
    ("How many hectares had the fire burned?", "number", "hectar", "area"),
    ("How many tons of grain were shipped?", "number", "ton", "mass"),
    ("How many miles did the marchers walk?", "number", "mile", "distance"),
    ("How many votes did the mayor win?", "number", "vote", "count"),
    ("At what altitude will the satellite orbit?", "number", "altitud", "distance"),  # a measure, not a phrase
    ("In which place did the defending champion finish?", "number", None, "ordinal"),  # a rank, not somewhere
    ("In which place did the talks open?", "place", "place", ""),
    # a change told by a phrasal verb is a change, whatever the noun ("tax" is no sum asked for here)
    ("By how much are water rates going up?", "number", None, ""),
    ("How much did the council tax go up last year?", "number", None, ""),
    ("How wide is the river at the crossing?", "number", None, "distance"),
    # an area asked by its noun after an adjective of size; a count of those in an area stays a count
    ("How large is the area over which the ash fell?", "number", None, "area"),
    ("How big an area did the flood cover?", "number", None, "area"),
    ("How many people in the area lost power?", "number", "peopl", "count"),
    # a source named first leaves "when" asking for a date
    ("According to the pilots' union, when did the airline first learn of the fault?", "date", None, ""),
    ("Over what period were the payments made?", "date", None, ""),
    # "the most" before a clause asks a bound on an amount; before an adjective, a thing
    ("What is the most a landlord may raise the rent in one year?", "number", None, ""),
    ("What is the most popular route?", "other", None, ""),
    # a share of a whole asked by how full it is; a sum asked by what a thing sold for or fetched, however far the verb
    ("How full was the grain store when the roof fell in?", "number", None, "percent"),
    ("What did the vintage motorbike sell for?", "number", None, "money"),
    ("What had the auction firm expected the old clock to fetch?", "number", None, "money"),
    ("What did the team go for in the second half?", "other", None, ""),  # no sale
    # nouns that measure ask a number; a copula in the future asks as "what is" does
    ("What flow can the new sewer carry?", "number", "flow", ""),
    ("Under the rules, what nitrate limit applies to well water?", "number", "limit", ""),
    # a measure before a noun WordNet calls a body asks the measure; the body alone asks a body
    ("What percentage stake does the pension fund hold?", "number", "percentag", "percent"),
    ("Which commission approved the takeover?", "org", "commiss", ""),
    ("What will the monthly fee be from April?", "number", "fee", "money"),
    ("What will the weather be like on Sunday?", "other", None, ""),
])
def test_kind_focus_and_dimension(text, kind, focus, dimension):
    q = parse(text)
    assert (q.kind, q.focus, q.dimension) == (kind, focus, dimension)


def test_key_terms_drop_frame_words_and_the_type_noun():
    q = parse("Which city will host the summit?")
    assert q.terms == ("host", "summit")
    assert "city" in q.words


@pytest.mark.parametrize("question, kept", [("On which day of the week did the road collapse?", ("road", "collaps")),
                                             ("What day of the month is the rent due?", ("rent", "due")),
                                             ("In which month of the year do the swifts arrive?", ("swift", "arriv")),
                                             ("At what time of day did the pylon fall?", ("pylon", "fall")),
                                             ("What position is the team in the league?", ("team", "leagu"))])
def test_the_whole_type_phrase_is_no_key_term(question, kept):
    # "day of the week" names the answer's type as "day" does: "week" is no word to look for
    assert parse(question).terms == kept


def test_a_question_is_frozen():
    q = parse("Who won?")
    with pytest.raises(AttributeError):
        q.kind = "date"


@pytest.mark.parametrize("text, yes_no", [
    ("Will the governor sign the bill?", True),
    ("Did the ferry leave the harbour on time?", True),
    ("Has the central bank raised rates?", True),
    ("Wasn't the match postponed?", True),
    ("Is the bridge open again?", True),
    ("Who will sign the bill?", False),
    ("How many ferries left the harbour?", False),
    ("When did the ferry leave?", False),
    ("What did the minister say about the strike?", False),
])
def test_yes_no_questions(text, yes_no):
    assert parse(text).yes_no is yes_no


def test_a_yes_no_question_is_answered_by_the_polarity_of_its_evidence():
    corpus = Corpus.from_texts(["The regional airline has not cancelled its flights to the island this week.",
                                "Ferries kept running between the two ports on Tuesday."])
    assert corpus.ask("Has the airline cancelled its flights to the island?").answer == "no"


@pytest.mark.parametrize("text,kind,focus", [
    ("Where in Lyon did the march end?", "place", PART),
    ("In which part of Oslo did the fire start?", "place", PART),
    ("Which part of the plan was dropped?", "other", PART),  # no named place: not a place question
    ("In which district of the city did the fire start?", "place", "district"),  # the head comes before "of"
    ("Which Danish official, by name, opened the bridge at the ferry station?", "person", "offici"),
    ("Which volcanologist measured the ash cloud?", "person", "volcanolog"),  # named by what they do
    ("Under which treaty were the fishing rights shared?", "other", "treati"),  # a pick of unknown kind
    ("Which judge presided over the appeal?", "person", "judg"),  # "presided" is the verb, not "president"
    ("What was the final death toll in the valley?", "number", "toll"),  # the noun after "what was" names it
    ("What is the population of the island?", "number", "popul"),
    ("What was the coach wearing when he arrived?", "other", None),  # ... unless a verb follows it
    ("Which city council resolution were the ministers quoting?", "other", "resolut"),  # the word before the verb
    ("Which television network aired the debate?", "org", "network"),  # no verb found: the last known noun
    # The nouns the text layer types names by: a survivor is a person, a regulator an organisation.
    ("Which survivor, writing under a pen name, set up a support group?", "person", "survivor"),
    ("Which regulator fined the lender?", "org", "regul"),
    ("From which Lisbon airport did the team fly home?", "other", "airport"),  # a name's head: a name headed by it
    # A past form before the phrase's first typed noun qualifies it; after one, it is the verb.
    ("Which local elected representative said the ferry was unsafe?", "person", "repres"),
    ("Which Danish agency briefed lawmakers on the deal?", "org", "agenc"),
    ("Which coach told reporters the match was fixed?", "person", "coach"),  # a verb of saying ends the phrase
    ("Which of the three gunmen was never caught?", "other", "gunmen"),  # "which of the ...": the noun after it
    ("What proportion of members backed the strike?", "number", "proport"),  # a share asked for
    ("What was the turnout in the runoff?", "number", "turnout"),
    ("Which evacuee spoke to reporters at the shelter?", "person", "evacue"),
    ("What prison term did the court hand the smugglers?", "duration", "term"),  # a span of time given
    ("What sentence did the judge pass?", "duration", "sentenc"),
    # A time said after the noun dates it and is no part of it ("last year" does not ask for a year).
    ("What was inflation last year?", "number", "inflat"),
    ("What was the budget last year?", "number", "budget"),
    ("What is the death toll so far?", "number", "toll"),
    ("What year did the strike end?", "date", "year"),
    # The owner in "which X's Y" is what is picked: a bank, not its economists.
    ("Which bank's analysts had forecast the cut?", "org", "bank"),
    ("Which club's manager was sacked?", "org", "club"),
    ("Which countries' leaders attended the parade?", "place", "countri"),  # a plural's apostrophe too
    # A clause of its own may follow the noun after "what is": it still names the answer.
    ("What is the longest ban the sprinter could receive?", "duration", "ban"),
    ("What was the sentence she received?", "duration", "sentenc"),
    # An adverb before the verb is no noun; a preposition ends the phrase; roles name people.
    ("Which Riverton officer once trained the rebels?", "person", "offic"),
    ("Which television station first revealed the payments?", "org", "station"),
    ("Which city in Argentina were the tourists from?", "place", "citi"),
    ("Which astronaut was injured?", "person", "astronaut"),
    ("Which office coordinated the rescue?", "org", "offic"),  # "office" is no "officer"
    ("Which officer led the raid?", "person", "offic"),
    # a noun WordNet calls a kind of person, with a doer's ending, asks for one; one it calls a kind of organisation
    # asks for one; a verb or a noun whose stem meets a person's does neither
    ("Which sculptor carved the fountain?", "person", "sculptor"),
    ("Which shipping house chartered the tanker?", "org", "hous"),
    ("Which panel will hear the appeal?", "org", "panel"),
    ("Which port employs the harbour pilot?", "place", "port"),
    # A "how many" inside a question that asks which one asks for that one.
    ("Which minister said how many passengers were aboard?", "person", "minist"),
])
def test_the_noun_a_question_asks_about(text, kind, focus):
    q = parse(text)
    assert (q.kind, q.focus) == (kind, focus)


@pytest.mark.parametrize("text, noun", [
    # One noun between "what" and the verb names what is asked for, as "which <noun>" does.
    ("What injury did the goalkeeper have?", "injuri"),
    ("What penalty can smuggling carry?", "penalti"),
    ("Which fund paid for the repairs?", "fund"),
    ("What kind of boat was used?", "boat"),  # "kind of" only frames the question: the boat is asked about
    ("What type of evictions does the law ban?", "evict"),
    ("What was the boat called?", ""),
    ("What reason did the firm give for the closure?", ""),  # a reason asked for
])
def test_the_noun_an_other_question_names_its_answer_by(text, noun):
    assert parse(text).noun == noun


@pytest.mark.parametrize("text, noun", [
    ("What side effect led to the trial being halted?", "effect"),  # "side" is a faction too
    ("What police operation was launched at dawn?", "oper"),
    ("What safety concern prompted the inquiry?", "concern"),
])
def test_the_head_of_a_what_phrase_is_its_last_noun(text, noun):
    """A modifier of a known kind before the head does not type the question."""
    assert (parse(text).kind, parse(text).noun) == ("other", noun)


@pytest.mark.parametrize("text, moment", [
    ("How many volunteers searched the moor when the hunt began?", "first"),
    ("How many homes were flooded at first?", "first"),
    ("What was the bridge initially expected to cost?", "first"),
    ("In the end, how many votes did the mayor win?", "last"),
    ("How many ships had been seized by the end of the month?", "last"),
    ("How many homes were eventually flooded?", "last"),
    ("How many flights have been cancelled so far?", "last"),
    ("When is the pier now expected to reopen?", "last"),  # where a figure or a day stands now
    ("How many wards are currently closed?", "last"),
    ("In total, how many cars were recalled?", "last"),
    ("How many homes were flooded?", ""),
    ("When did the strike first begin?", ""),  # "first" of an event asks for its day, not a point of a figure
    ("How many people were first reported dead?", "first"),
    ("How much was the damage first estimated at?", "first"),
    ("Who was the first named victim?", ""),  # "the first": an ordinal, no point of a figure
    ("Who scored in the final?", ""),
    # an earlier word naming a count's condition pins no point of it; asking the earlier value itself does (update44)
    ("How many claims were paid under the original scheme?", ""),
    ("How many seats were sold at the usual price?", ""),
    ("What was the original closing date for claims?", "first"),
    ("How many claims did the insurer originally expect?", "first"),
])
def test_the_point_of_a_changing_figure_a_question_pins(text, moment):
    assert parse(text).moment == moment


def test_the_names_a_question_is_about():
    assert parse("When did Osman's trial at the Old Bailey begin?").names == ("osman", "bailey")
    assert parse("Who won the race?").names == ()


@pytest.mark.parametrize("text,counts", [
    ("How many people were injured in the blast?", "injured"),  # a fate of people is its own measure
    ("How many people died in the fire?", "toll"),
    ("How many trucks crossed the bridge?", "truck"),
    ("How many of the firm's drivers went on strike?", "driver"),  # an owner's noun, counted by the verb after it
    ("How many of the dead were children?", ""),  # a part of the dead: not the toll
    ("How many people had to leave their homes?", "evacuated"),
    ("When did the bridge open?", ""),
])
def test_what_a_how_many_question_counts(text, counts):
    assert parse(text).counts == counts


def test_the_head_terms_follow_the_question_word_and_skip_names():
    # the noun asked about, not its modifier (``premodifiers``): a committee, of whatever
    assert parse("Who heads Tarvel's flood committee?").heads == ("head", "committe")
    assert parse("According to the mayor, how many trucks crossed?").heads == ("truck", "cross")


@pytest.mark.parametrize("text, heads", [
    ("When will the whole metro network run again?", ("metro", "network")),
    ("How many of the entire fleet were grounded?", ("fleet", "ground")),
    ("What was the total cost of the repairs?", ("cost", "repair")),
    ("How full was the reservoir?", ("full", "reservoir")),  # "how full" asks the adjective itself
    ("What was the total?", ("total",)),  # a quantifier alone still heads the question
])
def test_a_quantifier_is_no_head_of_what_is_asked(text, heads):
    assert parse(text).heads == heads


def test_the_roles_a_question_names():
    assert parse("Which lawyer did the Pellin family hire?").roles == ("lawyer",)
    assert parse("Who sits on the board of directors?").roles == ()  # the group after "of" is no role
    assert parse("Who stood in for the injured mayor at the hearing?").roles == ()  # the mayor is someone else
    assert parse("What is the name of the lawyer the club hired?").roles == ("lawyer",)
    assert parse("What did Senator Ruiz say?").roles == ()  # a title in a name is no role asked about
    assert parse("Who was driving the bus when it crashed?").roles == ("driver",)  # a role's verb asks for its holder
    assert parse("Who leads the dockers' union?").roles == ("leader",)  # the job WordNet derives from the verb
    assert parse("Who presided at the hearing?").roles == ("presid",)
    assert parse("Who is the managing partner?").roles == ("partner",)  # a participle before a role only qualifies it
    assert parse("Who attacked the guard?").roles == ()  # a deed's doer holds no job
    # A role after an active verb in the past is who it was done to; after a passive it is the one asked for.
    assert parse("Who arrested the lorry driver?").roles == ()
    assert parse("Who shot the security guard?").roles == ()
    assert parse("Who was elected mayor?").roles == ("mayor",)
    assert parse("Who has been named captain?").roles == ("captain",)
    # A role after an active verb in "-ing" is its object too; a role's own verb still asks for its holder.
    assert parse("Who is defending the warehouse owner?").roles == ()
    assert parse("Who was questioning the bus driver?").roles == ()
    assert parse("Who is managing the site?").roles == ("manag",)
    # "in charge of" and "at the helm of" ask for a body's head; a role's possessive before "name" for its holder
    assert parse("Who is in charge of the port authority?").roles == ("head",)
    assert parse("Who is at the helm of the bus company?").roles == ("head",)
    assert parse("What is the pilot's name?").roles == ("pilot",)
    assert parse("Who charged the ferry's owner?").roles == ()  # a charge laid, no one in charge
    assert parse("What side effect led to the halt?").roles == ()  # "led to" tells a cause, no leader
    assert parse("Who reports to the minister?").roles == ()  # whom one answers to, no reporter


@pytest.mark.parametrize("question, kind", [
    ("What is the pilot's name?", "person"), ("What was the lorry driver's full name?", "person"),
    ("What is the ship's name?", "name")])  # a thing's name stays a name
def test_a_role_s_name_asks_for_a_person(question, kind):
    assert parse(question).kind == kind


@pytest.mark.parametrize("text, tense", [
    ("When will voters go to the polls?", "future"),
    ("When is the hearing expected to start?", "future"),  # a plan is still to come
    ("When does the inspector expect to publish her report?", "future"),  # and what one expects to do
    ("When did the ship sink?", "past"),
    ("When was the ship last inspected?", "past"),
    ("When is the final?", ""),
    ("When did the strike start?", "past"),  # a bare verb after "did" tells no plan
    # a plan made in the past is for a day that may be either side of an article's date
    ("When was the new terminal originally due to open?", ""),
    ("When did the airline say it would resume flights?", ""),
    ("When were the talks expected to end?", ""),
    ("When did the board expect the pier to reopen?", ""),  # its object before its "to": a plan all the same
])
def test_the_tense_a_question_asks_in(text, tense):
    assert parse(text).tense == tense


@pytest.mark.parametrize("question,organisations", [
    ("Who owns the quarry?", True), ("Who has bought the paper?", True), ("Who runs the port?", True),
    ("Who chaired the hearing?", False), ("Who is the owner?", False)])
def test_who_with_an_organisations_verb(question, organisations):
    assert parse(question).organisations is organisations


@pytest.mark.parametrize("question, roles, organisations", [
    # "run" with a body as its object asks for the body's head, as "heads" does
    ("Who runs the haulage company?", ("head",), False),
    ("Who will run the merged insurer?", ("head",), False),
    ("Who runs Brisholtby Mining Holdings?", ("head",), False),
    ("Who runs the county museum?", ("head",), False),
    # a thing run, or a race, may be a firm's deed or anyone's
    ("Who runs the port?", (), True), ("Who ran the marathon?", (), True),
])
def test_running_a_body_asks_for_its_head(question, roles, organisations):
    q = parse(question)
    assert (q.roles, q.organisations) == (roles, organisations)


def test_who_is_a_name_asks_about_the_name():
    q = parse("Who is Pavel Dusek?")
    assert q.about == "Pavel Dusek" and q.kind == "other"
    assert parse("Who is the judge?").about == "" and parse("Who is the judge?").kind == "person"
    assert parse("Who is Dusek's lawyer?").about == ""


def test_a_doer_noun_asks_for_a_person():
    assert parse("What is the name of the federal mediator?").kind == "person"
    assert parse("Which regulator fined the firm?").kind == "org"  # the text layer's word wins


@pytest.mark.parametrize("question, kind", [
    ("What was the army operation in the hills called?", "name"),   # an operation, not the army
    ("What is the name of the city where the jet landed?", "place"),
    ("What is the name of the firm that bought the quarry?", "org"),
    ("What is the name of the new trade minister?", "person"),
])
def test_a_name_question_is_typed_by_the_head_of_what_it_names(question, kind):
    assert parse(question).kind == kind


def test_a_noun_before_a_verb_still_types_a_name_question():
    assert parse("What is the name of the tax lawyer hired by the club?").kind == "person"


@pytest.mark.parametrize("text", ["When did the U.N. envoy arrive?", "When did the UN envoy arrive?"])
def test_a_dotted_acronym_is_one_name_term(text):
    q = parse(text)
    assert q.terms == ("un", "envoy", "arriv")
    assert q.names == ("un",)
    assert q.heads == ("envoy", "arriv")  # a name is no head of what is asked


@pytest.mark.parametrize("text, dimension", [
    ("How much of the roof fell in?", "part"),  # a part of a whole: a share or a measure, not a count
    ("How much of the forest burned?", "part"),
    ("How much of the $2 million was spent?", "money"),
    ("How much of the aid reached the town?", "money"),
])
def test_how_much_of_a_whole_asks_for_a_part(text, dimension):
    assert parse(text).dimension == dimension


@pytest.mark.parametrize("text, dimension", [
    ("How much water does the lake hold when it is full?", "volume"),  # value44: what it holds, never a share
    ("How much can the new tank store?", "volume"),
    ("How full is the lake now?", "percent"),
    ("How much money does the fund hold?", "money"),
])
def test_what_a_vessel_holds_asks_a_volume(text, dimension):
    assert parse(text).dimension == dimension


@pytest.mark.parametrize("text, kind, dimension, unit", [
    ("How large is the fire in acres?", "number", "area", "acre"),
    ("How many miles of road were closed?", "number", "distance", "mile"),
    ("How much is the fee in euros?", "number", "money", "EUR"),
    ("How long was the queue of lorries in kilometres?", "number", "distance", "km"),  # a distance, not a span of time
    ("How many hours did the strike last?", "number", "duration", ""),  # a span of time is asked in any unit
    ("How many people died in 2020?", "number", "count", ""),
    ("How long did the trial last?", "duration", "duration", ""),
])
def test_the_unit_a_question_asks_in_is_read_as_a_stated_unit(text, kind, dimension, unit):
    q = parse(text)
    assert (q.kind, q.dimension, q.unit) == (kind, dimension, unit)



@pytest.mark.parametrize("text, kind, dimension", [
    ("How chilly was the cellar when the engineer measured it?", "number", "temperature"),
    ("How hot did the kiln get during the firing?", "number", "temperature"),
    ("What temperature was the river at noon?", "number", "temperature"),
    ("How many walkers were treated for a high temperature?", "number", "count"),  # a count, whatever it names
    ("What did the county pay for the old quarry?", "number", "money"),  # a sum asked without "how much"
    ("What will the new footbridge cost?", "number", "money"),
    ("What did the bishop pay tribute to?", "other", ""),
    ("What is the salvaged cargo worth?", "number", "money"),  # "worth" closing a "what is" question asks a sum
    ("What is worth seeing at the fair?", "other", ""),
    ("How soon will the ferry service resume?", "duration", "duration"),
    ("How strong were the winds over the estuary?", "speed", "speed"),  # a wind's strength is its speed
    ("How strong was the case against him?", "other", ""),
    ("How much data did the intruders take?", "number", "data"),  # the noun naming the measure ("1.4 terabytes")
    ("How much storage does the new archive offer?", "number", "data"),
    ("How much was the data breach fine?", "number", "money"),
])
def test_a_measure_asked_by_its_adjective_or_verb(text, kind, dimension):
    q = parse(text)
    assert (q.kind, q.dimension) == (kind, dimension)


@pytest.mark.parametrize("text, added, absent", [
    ("When will the gallery open its doors again?", "reopen", None),  # a report says "reopen"
    ("When will the town build the old pier again?", "rebuild", None),
    ("Will the two sides meet again?", None, "remeet"),  # no such word
    ("Will the pair sing together again?", None, "repair"),  # "repair" is no pairing again
    ("When will the plant open again?", "reopen", "replant"),  # "the plant" is a noun, not a verb
])
def test_again_reads_the_verb_in_re_a_report_may_use(text, added, absent):
    q = parse(text)
    assert (added is None or added in q.terms) and (absent is None or absent not in q.terms)


@pytest.mark.parametrize("text, length", [
    ("How long is the tanker?", True),
    ("How long was the section that collapsed?", True),  # a clause that describes the subject
    ("How long was the tanker held?", False),  # a verb of its own asks a span of time
    ("How long will the airport stay closed?", False),
    ("How long did the strike last?", False),
    ("How tall is the tower?", False),  # a height, asked as one already
    ("How long will the new runway be?", True),  # a thing planned, its copula in the future
    ("How long will the runway be closed?", False),
    ("How long will the closure last?", False),
])
def test_how_long_is_may_ask_the_length_of_its_subject(text, length):
    assert bool(parse(text).length) == length


@pytest.mark.parametrize("question, kind", [
    ("What pay rise did the nurses accept?", "percent"),
    ("How big is the one-off bonus each nurse will get?", "money"),
    ("How large was the fine?", ""),  # its wording names the dimension already
    ("How many nurses went on strike?", ""),
])
def test_a_number_question_expects_the_kind_news_gives_its_noun(question, kind):
    assert parse(question).expects == kind


def test_in_charge_of_asks_for_the_head_in_the_key_terms():
    q = parse("Who is in charge of the county fire service?")
    assert "head" in q.heads and "charg" not in q.terms


@pytest.mark.parametrize("text, kind, focus", [
    ("On which evening did the parish council vote on the plan?", "date", "evening"),  # a part of a day asks its day
    ("Which weekend will the regatta be sailed?", "date", "weekend"),
    ("On what night did the flood barrier fail?", "date", "night"),
    ("At what time did the alarm sound at the depot?", "date", "time"),
    ("What time of year do the lambs arrive on the fells?", "date", None),  # no clock time asked
    ("What time of the year is the river at its lowest?", "date", None),
])
def test_a_part_of_a_day_or_week_asks_a_date(text, kind, focus):
    q = parse(text)
    assert (q.kind, q.focus) == (kind, focus)


def test_a_part_of_the_day_asked_stays_a_key_term():
    assert "night" in parse("On which night was the count taken?").terms  # "on polling night, 4 May"


@pytest.mark.parametrize("text, kind, dimension", [
    ("What was Brindle Hoult Mills' yearly turnover?", "number", "money"),  # an owner's name before the noun
    ("What is the latest official recorded population of the valley?", "number", ""),  # several modifiers
    ("What was the new harbour master's starting salary last year?", "number", "money"),
    ("What is the quarry worth under the terms of the lease?", "number", "money"),  # not the lease's term
    ("How densely populated is the coastal strip?", "number", ""),
    ("What is the population density of the island?", "number", ""),
])
def test_a_longer_complement_still_names_the_kind(text, kind, dimension):
    q = parse(text)
    assert (q.kind, q.dimension) == (kind, dimension)


@pytest.mark.parametrize("text, kind", [
    ("What have tenants who were evicted been promised?", "other"),  # a "who" clause tells which tenants
    ("What did the climbers who turned back report?", "other"),
    ("Who did the tenants who were evicted blame?", "person"),
    ("What is the name of the porter who found the bag?", "person"),
    ("To whom was the petition handed?", "person"),
])
def test_a_who_clause_after_what_asks_for_no_person(text, kind):
    assert parse(text).kind == kind


@pytest.mark.parametrize("text, dimension, unit, expects", [
    ("What rainfall reading prompted the flood warning?", "", "", ""),  # a measuring noun asks a figure
    ("What is the latest estimate of the repair bill?", "", "", "money"),  # news gives an estimate mostly as a sum
    ("Near which mile marker did the coach break down?", "distance", "mile", ""),  # the unit before the noun
    ("What water level did the gauge at the weir show?", "", "", ""),
])
def test_a_measuring_noun_asks_a_number(text, dimension, unit, expects):
    q = parse(text)
    assert (q.kind, q.dimension, q.unit, q.expects) == ("number", dimension, unit, expects)


@pytest.mark.parametrize("text, kind, dimension", [
    ("How much notice must the landlord give tenants?", "duration", "duration"),  # a span of time asked by "how much"
    ("How much time do objectors have to write in?", "duration", "duration"),
    ("How much longer will the bridge stay shut?", "duration", "duration"),
    ("How much money did the appeal raise?", "number", "money"),
    ("How far did the index fall on Friday?", "number", ""),  # a change, not a distance
    ("How far did the storm surge travel inland?", "number", "distance"),
])
def test_how_much_time_asks_a_span_and_how_far_a_change_any_measure(text, kind, dimension):
    q = parse(text)
    assert (q.kind, q.dimension) == (kind, dimension) and not (kind == "duration" and q.amount)


@pytest.mark.parametrize("text, focus", [
    ("How much diesel leaked into the harbour?", "diesel"),  # the counted noun ends at its verb
    ("How much fuel escaped from the stricken tanker?", "fuel"),
    ("How many of the evacuated villagers have returned?", "villag"),  # a participle before the noun is no verb
])
def test_the_counted_noun_ends_at_its_verb(text, focus):
    assert parse(text).focus == focus


@pytest.mark.parametrize("text, focus, dimension", [
    ("What was the midfielder's transfer fee?", "fee", "money"),  # every noun of a sum asks a number
    ("What is the new minimum wage?", "wage", "money"),
    ("What was the highest river reading taken at the weir?", "read", ""),  # the noun before a participle
    ("What was the longest sentence the judge handed down?", "sentenc", "duration"),  # a clause of its own after it
])
def test_the_head_of_a_complement_names_a_figure(text, focus, dimension):
    q = parse(text)
    assert (q.focus, q.dimension) == (focus, dimension) and q.kind in ("number", "duration")
    assert focus in q.terms or q.kind == "duration"  # a measuring noun is told with its figure: a key term


@pytest.mark.parametrize("text, kind, about", [
    ("Who is Dunmore Council's Chief Planning Officer?", "person", ""),  # an owner's titled role: who holds it
    ("Who is Mara Lindgren?", "other", "Mara Lindgren"),  # a name alone: who she is
])
def test_an_owners_titled_role_asks_who_holds_it(text, kind, about):
    q = parse(text)
    assert (q.kind, q.about) == (kind, about)


@pytest.mark.parametrize("text", ["How often does the night bus run?", "How frequently are the samples taken?"])
def test_how_often_asks_a_figure(text):
    assert parse(text).kind == "number"  # "every 20 minutes", "four times"


@pytest.mark.parametrize("text, dimension, amount", [
    ("How far have the miner's shares dropped since the accident?", "", True),  # the size of a change, as "how much"
    ("How far did the insurer's shares drop when its fine was announced?", "", True),  # a sum named after is no price
    ("How far did the river rise overnight?", "", True),
    ("How far did the floodwater spread across the valley?", "distance", False),  # no change: a distance
])
def test_how_far_before_a_change_asks_its_size(text, dimension, amount):
    q = parse(text)
    assert (q.kind, q.dimension, q.amount) == ("number", dimension, amount)


@pytest.mark.parametrize("text, earlier", [
    ("How old is the former nurse?", False),  # who the person was, not a value before a change
    ("What did the previous owner pay for the castle?", False),
    ("Who is the former quality inspector who spoke out?", False),
    ("What was the previous record for the race?", True),
    ("How long did members usually have to appeal?", True),  # an adverb, no adjective of a person ("have" a noun too)
    ("How long did the previous drivers' strike last?", True),  # the strike before, the drivers' being whose it was
    ("How many runners finished the previous year's race?", True),
])
def test_an_earlier_word_before_a_kind_of_person_describes_them(text, earlier):
    assert asks_earlier(text) is earlier


@pytest.mark.parametrize("question, grain", [("At roughly what time of day did the crane topple?", ("day", "time")),
                                             ("In which year was the lighthouse built?", ("year",)),
                                             ("What hour did polls close?", ("hour",)),
                                             ("When did the crane topple?", ()),
                                             ("How many years did the lighthouse stand?", ())])
def test_a_date_question_names_the_unit_of_time_it_asks(question, grain):
    # the words that name the kind of date asked, which its answer's sentence need not write ("at the time", "a year")
    assert parse(question).grain == grain
