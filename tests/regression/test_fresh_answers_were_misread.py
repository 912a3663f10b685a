"""Regression: clusters written before the toolkit ran on them. tests/data/fresh_news5: a mine rescue,
an airline takeover, a fraud sentencing, with money in dinars and euros ("€2.4bn", "EUR 8.50"), a
claim and its denial, and figures of one thing told by different outlets. tests/data/fresh_news6: a
wildfire (a fire service's fact sheet, a Q&A explainer), a hospital ransomware attack and a
by-election. A floor per set on how many questions are answered as a reader answers them, at what
the answerer reached; each README lists what it guards. tests/data/fresh_news7: a ferry aground, a
retailer in administration, a dock strike (wire datelines, a live blog, a press release, Q&A explainers).
tests/data/fresh_news8: a freight train derailment, a product recall, an airline's IT outage.
tests/data/explainer_news1: a bridge closure told by a Q&A explainer and a wire story."""
import json
import string
from functools import lru_cache
from pathlib import Path

import pytest

from summarize import Corpus

DATA = Path(__file__).parent.parent / "data"


@lru_cache(maxsize=None)
def _corpus(folder: Path) -> Corpus:
    return Corpus.from_paths(sorted(folder.glob("*.txt")))


def _rows(folder: Path) -> list[dict]:
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))["questions"]


def _norm(text: str) -> str:
    return " ".join(text.lower().translate(str.maketrans("", "", string.punctuation)).split())


def _right(folder: Path, row: dict) -> bool:
    answer = _corpus(folder).ask(row["question"]).answer
    if not row["answers"]:
        return answer is None
    return answer is not None and _norm(answer) in {_norm(a) for a in row["answers"]}


# fresh_news5: 49 of 66 when it was written (17 wrong: spans, paraphrases, unanswerable ones answered); 52 after
# span9 (a gapped "and Castella 118", a price per share, "€180m a year by 2030"), 53 after the round's own fixes
# fresh_news6: 61 of 81 when it was written and after round 17's helpers merged (it was kept from them); 64 with a
# cause told by "resigned ... over", a name "of the <Body>" doing its verb's deed and "the 161 needed for a
# majority" counting seats; 66 after span10 (the unit asked, "in acres"; "no arrests had been made" counting the people
# arrested). fresh_news7 (a ferry aground, a retailer's collapse, a dock strike; round 18's blind set, kept from
# that round's helpers): 38 of 81 when it was written (as this test matches answers), and the same after the
# round's work (none was fitted to it); 41 after round 19 (dev since: revised figures answered with their latest
# value, the turnout and hospital counts aligned). fresh_news8 (round 19's blind set, written by a helper who never
# ran the toolkit and kept from that round's helpers): 34 of 84 before the round and after it; 37 with its
# wire, press release and analysis dated and the evacuated counted (round 20, upd3); fresh_news5 54 and fresh_news8 44
# with a value dated by the day the question names (when1: "a further 6% on Friday", "by Wednesday morning").
# update_news1 (figures revised over the days, round 19): 26 of 46 when it was written, 33 with the latest value answering.
# Explainers' headings passing their match to the paragraph under them (qa1, issue 11): fresh_news7 41 -> 43 (two
# answers under a heading), fresh_news9 40 -> 39 ("Who is the mining company's boss?" now reads the paragraph under
# "Who owns the mine?" and answers the mine's name; its right answer stood under another heading), explainer_news1
# (written for it before the toolkit ran) 8 -> 9. With round 21's other helpers merged beside it (counts of people for a
# kind of person, temperatures and depths asked, the role a question's verb names): fresh_news5 55, fresh_news7 45,
# fresh_news9 46; fresh_news10 (round 21's blind set, kept from every helper) 53 -> 55 of 87, read only as a total.
# fresh_news8 46 with "What is the driver's name?" asking for the driver, a person (who1, issue 11).
# Names for "which"/"what"/organisation questions (which1, issue 11: firm-owned roles type a firm, a name echoes the
# question only as it writes it, which-noun fit by WordNet kinds, forms of what the question names dropped, ways in):
# fresh_news7 45 -> 46, fresh_news8 45 -> 48, fresh_news9 46 -> 48.
# A count whose clause does not tell the deed a "how many" question asks only nearly fitting (count2, issue 11:
# "a 46-wagon train" for "how many wagons left the track?"; and no rival of a count that fits): fresh_news6 68,
# fresh_news7 46, fresh_news8 46. The two merged with who1: fresh_news6 68, fresh_news7 48, fresh_news8 50,
# fresh_news9 48.
# Round 22: fresh_news10 joins the dev sets at its blind end-of-round figure, 53 of 87.
# "How long is the X?" answered by a distance that measures X ("the 210-metre bridge", "is 30 centimetres long";
# senses2, issue 11/12): fresh_news10 53 -> 54, explainer_news1 9 -> 10. fresh_news9 49 with "what is the haul
# worth?" asking a sum of money (twoside1, issue 11).
# The role feature reading only a holder of the role asked of no owner asked (role1, issue 11: a holder told in another
# title, "chief executive" for "Who heads ...?", no longer scored below a name given no role, and saying the head asked):
# fresh_news7 48 -> 49, fresh_news8 50 -> 51, fresh_news9 48 -> 49 (50 merged with twoside1).
# Round 23: fresh_news11 joins the dev sets at its blind end-of-round figure, 43 of 87. Its misses read by cause (ans23,
# issue 11: changes asked by phrasal verbs, "According to X, when", "how wide", hyphenated two-word units, a chair is no
# chief executive, a kind of the role asked, "a ..." no "which" pick, trades closing firms' names): fresh_news11 43 -> 51,
# fresh_news9 50 -> 51, fresh_news10 54 -> 55.
# Clock times of other outlets rival for "At what time ...?" (side23, issue 11: the sides shown make the answer the
# side most sources give, "1:20 a.m."): fresh_news9 50 -> 51; a count of people no rival of a count of vehicles or
# jobs: fresh_news10 54 -> 55. The two merged: fresh_news9 52, fresh_news10 56.
# Round 24: fresh_news12 joins the dev sets at its blind end-of-round figure, 55 of 87.
# The kind of figure news attaches to a question's noun (type24, issue 11: "What pay rise" a percentage, "how big is the
# bonus" a sum, text/value_kinds.txt), a score that is a share, a report's pages, "in charge of" as "head":
# fresh_news12 55 -> 60, fresh_news8 51 -> 52. A count that runs as news comes in answered by its latest dated value
# (upd24: a toll, the evacuated, papers retracted so far): fresh_news12 59, fresh_news8 52 (reports received "now"),
# fresh_news11 52 (accounts found in a later review). The two merged: fresh_news12 64, fresh_news8 53;
# fresh_news4 (38 of 65) floored too. A head term of the question said in a related sense counts half in the
# sentence's head covers (abst24, issue 11: answers withheld just under the threshold): with the above, fresh_news8 54,
# fresh_news10 57, explainer_news1 11.
# Round 25: fresh_news13 joins the dev sets at its blind end-of-round figure, 45 of 87. An open bound a later day's
# running count ran well past is that count's first figure (conf25, issue 12: the containers lost overboard an
# update), so the count asked is its latest: fresh_news11 52 -> 53.
# Questions typed as readers word them (qtype25, issue 11: a part of a day asks a date, a clock time drops days of none,
# longer complements, measuring and sum nouns, a "who" clause after "what", "how much time", "how often"):
# fresh_news13 45 -> 52, fresh_news12 64 -> 66, fresh_news5 55 -> 56, fresh_news6 68 -> 69, fresh_news7 49 -> 50,
# fresh_news8 54 -> 55, explainer_news1 11 -> 12.
# Which number in the evidence answers (count25, issue 11.2: a vague count, a limit asked, a body of people, a count of
# those still so no point of a running count, a toll that runs without a candidate of it): fresh_news13 45 -> 50,
# fresh_news7 49 -> 50, fresh_news11 52 -> 53; a figure whose sentence names another party than the one asked no
# rival of the answer (qa.disputes._named_apart): fresh_news4 38 -> 39.
# With this round's other changes (a name holding the noun asked echoes nothing, calendar days in the articles' order,
# units named with their system, sides25's rivals) and the two above merged: fresh_news13 59, fresh_news4 39,
# fresh_news6 70, fresh_news7 51, fresh_news9 53, fresh_news10 58, fresh_news11 53 (54 with conf25).
# fresh_news14 was round 25's blind set (45 of 87 at round 25's end); dev from round 26 on.
# Which number answers (nums26, issue 11: a change's start and values told as earlier or expected, limits told with a
# colon or a bound in the value, nouns that measure, a rate shown whole, "how full", "sell for"): fresh_news14 45 -> 50,
# fresh_news10 58 -> 60.
# A name the noun of a "what <noun>" question describes (round 26): fresh_news12 66 -> 67.
# What a question asks against what a candidate is (abst26, issue 11.3: a share price asks a sum, a percentage no sum, a
# name headed by the noun of another party named in the question is no answer, a part of a substance told by its mass):
# fresh_news14 45 -> 49, fresh_news10 58 -> 59. Both with nums26: fresh_news14 53, fresh_news10 61.
# conf26: a count of those still so no longer runs on from the count an act befell in the conflict stage either
# (conflicts._held), so a count of households still without safe water is answered by its own count: fresh_news10 58 -> 59
# (62 with nums26 and abst26).
# Round 26 (dates26, issues 7 and 11): a date question answered by the day alone or a weekday's calendar day, a clock
# time with its "about", a part of a month kept, a transcript's speaker turns kept: fresh_news14 45 -> 47, fresh_news13
# 59 -> 60, fresh_news4 39 -> 40, fresh_news6 70 -> 71, fresh_news8 55 -> 57, fresh_news9 53 -> 54 (fresh_news14 54 with
# the three above).
# Roles worded apart (roles26, issue 11: a role's titles in the BM25 query when its own word is absent, WordNet's person
# and organisation nouns typing names and "which <noun>" questions, a title that is a kind of the role asked, "runs"
# a body asking its head, an untyped name not outranking the role's holder): fresh_news14 45 -> 50, fresh_news11
# 54 -> 57, fresh_news12 66 -> 67, fresh_news9 53 -> 54. All of round 26 merged: fresh_news14 58, fresh_news12 68,
# fresh_news9 55.
# conf27: a short answer read inside a disputed value ("four" of "seven votes to four") answers with the whole
# value and its conflict (disputes.inside_a_side): fresh_news15 49 -> 50.
# Round 27 (updates27: a day still to come that a later article says moved answers with the later day,
# disputes.moved_day, also when its own sentence tells the planned day first; a running count leaving out the whole a
# share is taken of): fresh_news15 49 -> 51, update_news1 33 -> 34; with conf27, fresh_news15 52.
# Round 27 (nums27: a vote's result asked as one tally, a capacity told in seats, a price not its change,
# "how long will X be" and an apposed length): fresh_news15 49 -> 52, fresh_news7 51 -> 52,
# fresh_news4 40 -> 41. conf27, updates27 and nums27 merged: fresh_news15 54.
# Round 27 (why27): what its sources say caused it or blame asks a cause, "pay for?" a thing, a code or a figure before
# the noun asked names it ("a GII.4 strain", "a 50 per cent refund"), a why-question reads a cause further down and no
# day alone: fresh_news15 49 -> 52, fresh_news14 58 -> 59. With conf27, updates27 and nums27: fresh_news15 57.
# Round 27 (names27): a name called what a "which <noun>" question asks (its own head word, a word the question puts
# before the noun, a noun the articles put beside it) fits exactly, names called it less closely nearly; a doer's noun
# WordNet lacks asks for a person: fresh_news15 49 -> 52, fresh_news10 62 -> 63. All six of round 27 merged: fresh_news15 60.
# Round 28: fresh_news16 joins the dev sets at its blind end-of-round figure, 56 of 87.
# Round 28 (abst28: a count of a thing the question names but does not count lowers the confidence, the
# calibration's other_noun): fresh_news16 56 -> 57.
# Round 28 (names28: a capitalised title after a name names an office, "Dr" a doctor, an official any post's holder, a
# "which <noun>" name told further down, names of other kinds or of other classes of body no pick once one is called
# the noun, "which part of the city" an area not a street, a monarch's title kept): fresh_news16 56 -> 60, fresh_news15
# 60 -> 62, fresh_news14 59 -> 60, fresh_news7 52 -> 53, fresh_news4 41 -> 42.
# abst28 and names28 merged: fresh_news16 61.
# Round 28 (dates28: a day asked read as one day however much of it a mention tells, a plan made in the past asking a
# day either side of the article's date, an opener before a day no clause of its own, "now" asking where a day stands,
# a quantifier no head term, a year a plan covers no day it was made): fresh_news16 56 -> 60, fresh_news6 71 -> 72,
# fresh_news11 57 -> 58, update_news1 34 -> 35.
# abst28, names28 and dates28 merged: fresh_news16 65.
# Round 28 (nums28, issue 11: a count's bound kept, a population telling how many live there, a length told after its
# noun, a body's strength counting its members, the whole of an unowned partition for a standing count, "once" asking
# an earlier value): fresh_news16 56 -> 60, fresh_news4 41 -> 42, fresh_news11 57 -> 58.
# abst28, names28, dates28 and nums28 merged: fresh_news16 69, fresh_news4 43, fresh_news11 59.
# conf28 merged (an expected day still to come runs, so a later article's expected day updates it): fresh_news16 69 -> 68,
# the council's deferred decision ("until April") now answered with a later article's date.
# Phrases as news states them (phrase28, issue 11: a "what <noun>" question drawing and reading the kinds of its noun,
# the head of "what side effect led", causes not yet known or told by a time, "over"/"for" after a deed, accusations in
# any verb of claiming, what a claim is called, the object of "what did X find"): fresh_news16 56 -> 59, fresh_news4
# 41 -> 42, fresh_news7 52 -> 53, fresh_news8 57 -> 58, fresh_news10 63 -> 64, fresh_news11 57 -> 58, fresh_news12
# 68 -> 69, explainer_news1 12 -> 13.
# phrase28 merged with the above: fresh_news16 69, fresh_news4 44, fresh_news7 54, fresh_news11 60.
# Round 28 (retr28: a thing's name covers the noun the articles call it by, "the trial" in a sentence that says only
# its name; descriptions.read_descriptions' things, Answerer.implied): fresh_news16 56 -> 57.
# retr28 merged with the above: fresh_news16 70.
# Round 29: fresh_news17 joins the dev sets at its blind end-of-round figure, 44 of 87.
# Round 29 (abst29, issue 11: a year after an owner's possessive dates the question, "Acme's 2039 ban", so other_year
# reads it; other_year and other_noun refitted with --extend on the current code): fresh_news17 44 -> 45,
# fresh_news5 56 -> 57, both unanswerable questions now abstained.
# Round 29 (conf29u, issue 12: a count of those who did an act is a count of the act by its noun, "five parties have
# already expressed interest" / "Nine expressions of interest", so the later figure answers): fresh_news17 44 -> 45.
# names29: a presenter and a consortium's head untyped but for the deed or role asked, no "US-backed" name: fresh_news17 46;
# "Who runs <a name>?" asks for the named body's head: 47; a person's body after "of" is an organisation: 48;
# "the name of the club's training ground" names the ground, an apostrophe closes no double-quoted name: 49;
# "own" meets "owner" (too short to share a stem): fresh_news17 50, fresh_news9 56.
# Round 29 (phrase29, issue 11: a cause that restates the event asked is none, an actor's reason after ", saying" for
# its own deed, a building after the deed asked and a place preposition answers where, a rank in a league's table
# asked by "where" or "what position" and told as an ordinal or an end of the table, "until when" the end not the
# start, a hedged month "until at least October", a weekday asked read from the dateline): fresh_news17 44 -> 47.
# nums29: a width is no update of a depth, a cap per unit for "a single", "maximum"/"peak" ask a figure and a bound
# told fits one, a bare count a capacity verb takes, "how much" no count of those asked about, "4p in the pound":
# fresh_news17 44 -> 50, fresh_news7 54 -> 55; then a part told after "including", a passive's deed, "a 12-point
# deduction" telling it: fresh_news17 50 -> 52; a figure one outlet's copy of a shared sentence gives: 52 -> 53.
# All of round 29 merged (names29's hyphen cut narrowed to participles, phrase29's ", saying" reason dropped after
# held-out losses): fresh_news17 44 -> 63, fresh_news9 56, fresh_news7 55, fresh_news5 57.
# Round 30: fresh_news18 joins the dev sets at its blind end-of-round figure, 48 of 87.
# read18n: a sum asked by a noun of a firm's accounts ("What pre-tax loss did ... make?") asks for money:
# fresh_news18 48 -> 49; "when will ..." not answered by a day its article tells as past, the article's own day
# to come only when its clause says so: fresh_news18 49 -> 50, fresh_news17 63 -> 64, fresh_news10 64 -> 65,
# fresh_news7 55 -> 56, fresh_news4 44 -> 45.
# read18p: a name classed by its head or a first word before its proper part ("Lake Morran"), not by a noun inside it
# ("Orwell Lake Energy"): fresh_news18 48 -> 49; "Who runs the firm that ...?" read as asking for the firm's head, a
# relative clause ending what is run: 49 -> 50.
# read18n and read18p merged (read18p's doer told before a day, "The Board on Monday blocked ...", and its role noun
# searched for a "Who leads ...?" question dropped: one withheld a held-out test answer, the other showed a false side
# on one): fresh_news18 52, fresh_news10 65.
# Round 31: fresh_news19 joins the dev sets at its blind end-of-round figure, 56 of 87.
# phrase31: a purpose told with "to" after the deed asked about, kept with its "to", and a means told with "using" (no
# "by" and a capital, an agent, read as a way in): fresh_news19 56 -> 59.
# phrase31: a cause ends before a participle in -ing and a particle that tells what it was doing ("a burst water main
# washing away the soil"): fresh_news17 64 -> 65.
# phrase31: a name keeps its lower-case noun when a phrase of the question's words stands in apposition to it ("the
# Linden block, the science wing"): fresh_news19 59 -> 60.
# late31: a question asking where a figure stands now answered by a later article's statement of it
# (``answer.latest_first``), and a hospital's name no side event of a count (``_a_point``): fresh_news19 56 -> 59,
# fresh_news18 52 -> 54.
# phrase31 and late31 merged: fresh_news19 63, fresh_news18 54, fresh_news17 65.
# nums31: an amount of data keeps its unit ("1,400 gigabytes") and a count of days past its modifier ("ten school days")
# is a length of time: fresh_news19 56 -> 58; a measure of a thing named alike ("a 10km surveillance zone") only partly
# fits the one asked: 58 -> 59; an age beside a name given the title of the post a question asks by a word for it ("How
# old is the firm's boss?" - "its chief executive, Ann Lee, 58,"): fresh_news10 65 -> 66.
# nums31 merged too: fresh_news19 66.
# org31 (a body referred back by its name's bare head, "the trust", "the council", answers an organisation question; a
# body noun whose stem a role's shares, "authority", asks for a body): fresh_news19 56 -> 58, no other set moved.
# A name a naming phrase gives after a noun ("a group calling itself ...", "a charity known as ...") typed by the noun:
# fresh_news19 58 -> 59. "Unit" and "Squad" close a body's name, its word of region kept ("Eastern Regional Cyber
# Crime Unit"): fresh_news19 59 -> 60.
# org31 merged too: fresh_news19 70.
# Round 32: fresh_news20 joins the dev sets at its blind end-of-round figure, 42 of 87.
# abst32: a "which <noun>" question of no known kind picks a name, a code or words holding its noun, never other words
# nor a name a place's or a street's head makes another kind of thing (``answer._may_pick``): fresh_news20 42 -> 44,
# fresh_news17 65 -> 66, fresh_news15 62 -> 63.
# names32: a thing's name is no person's (a name after "the" or after a noun of a thing, "the research vessel RV ...";
# an apposition headed by a thing's noun, "a passenger steamer"; no person named after an article before "said"), so
# "Who ...?" is not answered with a ship: fresh_news20 42 -> 43.
# names32: a capitalised noun of a body's kind after "the" ("the Board", "the Company", "the Trust") is a description
# referring back, no candidate name: fresh_news13 60 -> 61 (an unanswerable "which hospital" no longer answered "Trust").
# abst32 and names32 merged; a name the text calls by another noun of the question ("X, a passenger steamer" for
# "Which shipyard built the steamer?") is what it asks about, no pick (``answer._asked_about``): fresh_news20 45.
# nums32: an amount asked by a verb of a sum in "-ing" ("end up costing"), a valuation's participle ("valued at") or a
# noun news tells as a sum ("sales"): fresh_news20 42 -> 44; a depth told by its noun ("at a depth of 3,612 metres") for
# "how far below the surface": 44 -> 45; an update's side drops its rounding word ("around 72,000 tonnes"): 45 -> 46;
# "big", "large" and "heavy" after "how" frame the question, no key term: fresh_news20 46 -> 47, fresh_news5 57 -> 58.
# nums32 merged too: fresh_news20 50.
# dates32: a date question's unit of time ("what year", "what time of day") no word to match but the kind of date its
# evidence states, and a live page's stamp on a reported saying dating the saying: fresh_news20 42 -> 44, fresh_news19
# 70 -> 71, fresh_news17 65 -> 66, fresh_news14 60 -> 61.
# dates32: a question for an earlier occurrence not answered by a day of the month before its article, the news it
# reports ("its earlier attack" - not "last week"): fresh_news6 72 -> 73.
# dates32: a weekday opening its clause read by its verb past a long subject and an aside ("On Thursday the Minister
# of Infrastructure, Ann Lee, walked"), and "when did ...?" not answered by a span holding an article's own day its
# clause tells to come ("will visit later this week"): fresh_news14 61 -> 62.
# dates32 merged too: fresh_news20 52, fresh_news19 71, fresh_news17 67, fresh_news14 62, fresh_news6 73.
# press32: a body's own "we" and "our" in its statement are news, not words to the reader (only the second person or
# a newsroom's words of its own coverage address the reader): fresh_news6 73 -> 74, update_news1 35 -> 36; two floors
# lowered by one, each a shift at a cut-off the kept text brings, not a misreading of it: fresh_news7 56 -> 55 (the
# sentence naming the reef falls from 10th to 11th in the evidence), fresh_news18 54 -> 53 (an unanswerable question's
# confidence rises from 0.0347 to 0.0361 against a threshold of 0.0359).
# Round 33: fresh_news21 joins the dev sets at its blind end-of-round figure, 50 of 87.
# late33: a headline may end on the words it quotes, so the outlet's dated line below it dates the article (a later
# article's figure could then supersede an earlier one): fresh_news21 50 -> 53; a question asking where a figure stands
# now keeps the answer told last against the side more earlier outlets repeat (``disputes.told_now``): fresh_news21 53
# -> 54, fresh_news20 52 -> 53.
# abst33: a "how many of the <whole> ..." question's part, told after its last auxiliary ("were children"), must be
# said in the sentence of a count that answers it; else the count is the whole's (``answer.part_told``): fresh_news9
# 56 -> 57, fresh_news18 53 -> 54, both unanswerable questions now abstained.
# abst33: a name's possessive opens the whole of a part question as "the" does ("How many of CADA's 2062 tests ..."):
# fresh_news21 50 -> 51.
# late33 and abst33 merged: fresh_news21 55.
# Names (round 33, names33): a capitalised number word inside a sentence opens a name, a role told by a possessive
# pronoun holds the owner its article names, a name introduced by its kind noun answers "what <noun>" where written bare,
# a passive's agent told by role or age in apposition: fresh_news21 50 -> 53, fresh_news12 69 -> 70, fresh_news5 58 -> 59.
# names33 merged too: fresh_news21 57 (the coach question gained by both late33 and names33).
# conf33: a side that only agreements chained into a topic takes no side, so the stock-days figures order as a
# timeline and "at the most recent count" is answered by its latest side: fresh_news21 50 -> 51.
# nums33: a length per second is a speed and a rate keeps the unit it is given per ("3.8 nanograms per millilitre"):
# fresh_news21 50 -> 52; an age asked of someone described read beside the name its "who" question answers ("How old
# is the ship's master?" - "Captain Reding, 49,"): fresh_news21 52 -> 53, fresh_news5 58 -> 59, fresh_news7 55 -> 56,
# fresh_news8 58 -> 60; a sentence stating a figure of the measure asked (a temperature, an area) ranks as one stating a
# date of the unit asked does: fresh_news21 53 -> 55, fresh_news9 56 -> 57.
# nums33 merged too: fresh_news21 62, fresh_news5 60, fresh_news9 58.
# other33: "by" and a bare noun a means for "how ...?" ("sent by lorry every day" -> "by lorry"), and two means
# coordinated after "using" told together ("using a clean bag or foil"): fresh_news21 50 -> 52.
# other33: a cause clause whose object restates what is asked is told by its subject ("after low cloud kept a helicopter
# on the ground" -> "low cloud" for "why was the helicopter unable to help?"): fresh_news18 53 -> 54.
# other33 merged too: fresh_news21 64, fresh_news18 55.
# Round 34: fresh_news22 joins the dev sets at its blind end-of-round figure, 50 of 87.
# conf34: a figure a later article retells by an adverb of what held at first ("Originally six ... were due to close")
# takes no side against the update, so the branches figures order as a timeline and are answered by the latest:
# fresh_news11 60 -> 61.
# abst34: the confidence reads whether the best candidate's clause tells its value of another owner or place than the
# one the question names (``answer.owned_elsewhere``, its weight fitted on generated questions asked of another name):
# fresh_news7 56 -> 57, an unanswerable role question of another firm now abstained.
# other34: "on what date"/"on what day" is answered by a day, never a bare year, and ranks sentences that state a day
# and share a word with it: fresh_news8 60 -> 61, fresh_news14 62 -> 63, fresh_news15 63 -> 64, fresh_news17 67 -> 68,
# fresh_news20 53 -> 54.
# nums34: a noun a sum or a statistic qualifies is a figure, a time so qualified a span ("the most recent average response
# time" -> "41 minutes", not "February"): fresh_news22 50 -> 51.
# nums34: a count asked in the present and pinned to no moment ("How many incidents are being reviewed?") is answered
# with its latest restatement, as one asked "now" is: fresh_news22 51 -> 52, fresh_news11 60 -> 61.
# names34: a name question's heads are its verb and the head noun of its object, not the noun's modifiers ("the
# independent review" -> review; "the elderly man" -> man): fresh_news14 62 -> 63, fresh_news22 50 -> 51.
# names34: but not the subject after an inverted auxiliary, whose bare verb follows it ("will the export cable come
# ashore"): fresh_news18 55 -> 56 (a rescue team's leader answered, the cable's landfall kept).
# Round 34 merged: fresh_news22 53, fresh_news14 64 (other34 and names34 each gained one), fresh_news11 62 (conf34 and
# nums34 each gained one).
# focus34: a phrase set off after a name keeps an owner's possessive, so "X, the union's regional organiser" calls X an
# organiser, not a union: fresh_news22 50 -> 52.
# focus34: a learned candidate feature ``called`` (a "which <noun>" question's name called the noun asked, by its head
# or a noun beside it), fitted alone on generated questions: fresh_news22 52 -> 53, fresh_news13 61 -> 62, fresh_news16
# 70 -> 71.
# other34's retrieval half (a day asked ranks first the sentences that state a day) taken out again: it answered an
# unanswerable date question of the MultiLing dev gold; fresh_news8 61 -> 60, fresh_news14 64 -> 63, fresh_news15 64 -> 63,
# fresh_news17 68 -> 67, fresh_news20 54 -> 53, each back to its floor before it. focus34 merged: fresh_news22 56,
# fresh_news13 62, fresh_news16 71.
# Round 35: fresh_news23 joins the dev sets at its blind end-of-round figure, 53 of 87.
# nums35: a figure in words keeps its rounding word and the article is one of a unit it names ("nearly a mile", "almost
# a third", "nearly nine in ten", "about seven seconds"), and "up to" gives the figure as the most reached ("up to 120
# minutes" -> "120 minutes"): fresh_news23 53 -> 57, fresh_news13 62 -> 63, fresh_news14 63 -> 64, fresh_news18 56 ->
# 57, fresh_news20 53 -> 54, fresh_news21 64 -> 65.
# span35: a phrase answer's bounds (a dash, spaced hyphen or not, sets an aside off as a comma does; a possessive owner
# opening a phrase goes with its determiner; a verb before a value goes): fresh_news18 56 -> 57, fresh_news23 53 -> 54.
# Round 35 merged, nums35 and span35 together: fresh_news23 58, fresh_news18 58 (each gained one of its own).
# rank35: a learned candidate feature ``unrounded`` (a quantity question's figure another candidate states rounded and
# hedged, "11,486" beside "about 11,500"), fitted alone on generated questions: fresh_news13 62 -> 63.
# Round 35 merged, nums35 and rank35 together: fresh_news13 64 (each gained one of its own).
# span35's reading of a reason after ", saying" (fresh_news17 67 -> 68, one set only) taken out again: it lost a
# question of the MultiLing test half, and it helps one set alone: fresh_news17 back to 67.
# retr35b: BM25's related words choose the sentences the answerer reads, each ranked and scored by the words the question
# writes (``Corpus.evidence``): fresh_news7 57 -> 58, fresh_news13 64 -> 65, fresh_news14 64 -> 65, fresh_news15 63 -> 64.
# Round 36: fresh_news24 joins the dev sets at its blind end-of-round figure, 60 of 87.
# span36: a cause named as the "main driver", read after a past verb with "that" ("concluded that ..."), asked by "what
# do they think was mainly behind": fresh_news24 60 -> 61.
# names36: a learned candidate feature ``doer`` (a name that does the deed a "who"/"which <noun>" question asks, not of
# a role's job, ``answer.does_asked``), fitted alone on generated questions: fresh_news10 66 -> 67, fresh_news11 62 ->
# 63, fresh_news21 65 -> 66.
# drops36: a named person or firm that lost asks the sum lost, not a fall ("How much did Zorvane lose?" - "made a
# loss of £18 million"), and "up"/"down" before a figure states a change ("closed up 0.3 per cent"): fresh_news4 45 ->
# 46, fresh_news5 60 -> 61, update_news1 36 -> 37.
# Round 37: fresh_news25 joins the dev sets at its blind end-of-round figure, 50 of 87.
# abst37: a learned calibration feature ``uncaused`` (a "why" question's best candidate read with no cue of a
# cause), fitted alone on generated questions: fresh_news8 60 -> 61.
# miss37: a later article's figure restates an earlier one where neither fits the kind asked, told with 3/5 of its
# words, not the same figure reworded (``answer._restates_figure``): fresh_news18 58 -> 59, fresh_news25 50 -> 51.
# which37: a "which <noun> said ...?" question's speaker reads as the doer (``doer``) in any verb of saying
# ("maintains", "told us"), or named after "said": fresh_news18 58 -> 59, fresh_news23 58 -> 59.
# miss37 and which37 merged: fresh_news18 60 (one question each).
# Round 38: fresh_news26 joins the dev sets at its blind end-of-round figure, 64 of 87.
# count38: a learned candidate feature ``kin`` (a count of the counted noun in another word of its sense or kind,
# ``answer._kin_of_counted``), fitted alone on generated questions: fresh_news14 65 -> 66, fresh_news23 59 -> 60.
# Round 38 merged (pair38, worded38, vals38, upd38, count38): fresh_news16 71 -> 72, a count in another word
# ("kin") answering a rough count of those affected.
# Round 39: fresh_news27 joins the dev sets at its blind end-of-round figure, 61 of 87.
# count39: a "how many" question reads to depth 15 the sentences that count its noun (``Corpus.evidence``,
# ``answer.counts_asked``): fresh_news9 58 -> 59, fresh_news12 70 -> 71, fresh_news15 64 -> 65.
# who39: a place question's names are ``called`` the noun asked ("the River Olde", "the village of X"), a participle
# ends an apposed noun ("the consortium led by"), a passive's agent of a role's job does it ("will be led by the
# judge X"): fresh_news17 67 -> 68, fresh_news22 56 -> 57, fresh_news24 61 -> 62, fresh_news27 61 -> 62.
# why39: a reason in a participle of saying after a comma, "that" left out ("pulled out, saying its audit had found
# ..."), no cause after "as" of manner or of what a thing is taken for: fresh_news17 67 -> 68; a clause reported
# after "that" keeps its subject's article ("that the firm was insolvent"): fresh_news24 61 -> 62; a cause told as a
# thing's deed and then only where it happened gives the deed ("a pipe burst" without "in the street"): fresh_news27
# 61 -> 62.
# Round 39 merged (vdis39, count39, who39, claim39, upd39, why39): fresh_news17 69, fresh_news24 63, fresh_news27 63
# (who39 and why39 each gained one of its own).
# Round 40: fresh_news28 joins the dev sets at its blind end-of-round figure, 60 of 87.
# what40: a sum asked by "what" and a verb of its size ("what do the debts total?"), by a passive of paying ("get
# paid"), or by a sum noun before "per" or a trailing "according to": fresh_news18 60 -> 61, fresh_news27 63 -> 64,
# fresh_news28 60 -> 61.
# what40: a later figure more than ten times apart restates no figure asked as it stands now (``answer._orders_apart``:
# a price, not the sum a service earned): fresh_news23 60 -> 61, fresh_news25 51 -> 52.
# names40: BM25 queries the role a question's verb asks ("leads" -> leader) where the texts title it so, not only
# its job's other titles where they lack it: fresh_news24 63 -> 64.
# names40: a role told of a body named again by its kind ("Ann Lee, the agency's chief executive") is of the body
# the question names when its kind is a word of that name or the text before names it (``refers_back``):
# fresh_news22 57 -> 58.
# names40: a role held "as" ("Who is acting as the firm's lawyer?", "who serves as ...") is the role asked, as after
# "is" (``question._HOLDS_AS_RE``): fresh_news8 61 -> 62.
# upd40: a tally so far run on by a later article's total, "in all" a running total: fresh_news28 60 -> 61.
# count40: a later figure leads the best as its latest statement only when read from the first ten sentences
# (``answer.LATEST_DEPTH``), not from the count sentences read below them: fresh_news25 51 -> 52.
# count40: two rates per other periods ("9,000 meals a day" / "60,000 meals a week") are no sides of one figure
# (``disputes._periods_apart``): fresh_news19 71 -> 72.
# measure40: "on what date" / "on which day" rank first the sentences that state one day (``grains_stated``), a day
# after "notified"/"informed" dates the notice, a date question whose best sentence says the time is not fixed is
# not answered: fresh_news8 61 -> 62, _news9 59 -> 60, _news14 66 -> 67, _news15 65 -> 66, _news17 69 -> 70, _news20
# 54 -> 55, _news25 51 -> 52, _news26 64 -> 65, _news27 63 -> 64.
# Round 40 merged (what40, names40, upd40, vdis40, claim40, count40, measure40): fresh_news8 63, fresh_news25 53,
# fresh_news27 65, fresh_news28 62 (two branches each gained one of its own).
# Round 41: fresh_news29 joins the dev sets at its blind end-of-round figure, 48 of 87.
# measure41: "how near"/"how close ... get" asks a distance, a time of day told "about" is shown as the time (as a
# figure is), a span written as an adjective answers "how long" as a span: fresh_news15 66 -> 67, _news29 48 -> 49.
# unans41: "the name of the <noun>" read past a reduced relative clause ("the porter found ...", "the driver badly
# hurt ...") asks for a person (``question._told_after``): update_news1 37 -> 38.
# unans41: the calibration reads a question that asks a figure per span of time answered by a figure whose clause
# tells none (``ClauseFit.unrated``, fitted -0.63): fresh_news12 71 -> 72, fresh_news29 48 -> 49.
# role41: a named person's job is answered by the title told beside the name in any construction, without its
# article or owner, in the tense asked (``text.titles``): fresh_news5 61 -> 62, _news6 74 -> 75, _news7 58 -> 59,
# _news26 65 -> 67, _news29 48 -> 52.
# role41: a verb of another title of the job asked says who holds it ("Ann Lee chairs the board" for "Who leads the
# board?", ``answer.holds_by_verb``), an untyped full name so told holds it: fresh_news29 52 -> 53.
# role41: the holder of the post asked told in the sentence after the one naming the body, by its pronoun ("Its general
# secretary, Ann Lee, ...": ``answer.successors``): fresh_news9 60 -> 61, fresh_news14 67 -> 68.
# count41: a bare count a total reaches, or the level a count comes to, counts the noun of the count it sums when
# that is the noun asked ("bringing the total to 40", ``answer._told_total``): fresh_news10 67 -> 68.
# which41: a plural phrase ("the hardest-hit houses") only nearly fits a "which" of one, so a name called the noun
# wins: fresh_news24 64 -> 65, fresh_news27 65 -> 66.
# why41: a cause asked as what a source found or believes caused it ("what did the panel find caused ...?"), a cause
# told after a colon, "started ... by", "consistent with", a thing blamed with a figure: fresh_news29 48 -> 50.
# Round 41 merged (measure41, unans41, role41, upd41, count41, which41, why41): fresh_news29 57 (four branches each
# gained its own of it).
# Round 42: fresh_news30 joins the dev sets at its blind end-of-round figure, 53 of 87.
# unans42: a figure or a name the best sentence says is not given ("did not say how many", "has not put a figure on",
# "the cyclist, who has not been named": ``answer.value_untold``) is not answered: fresh_news10 68 -> 69, fresh_news15
# 67 -> 68, fresh_news27 66 -> 67, fresh_news30 53 -> 54. And a phrase question that asks no time, whose best
# candidate is a third or more a time ("early evening on Thursday", ``answer.timed_phrase``), gets no answer:
# fresh_news5 62 -> 63, fresh_news12 72 -> 73, fresh_news22 58 -> 59, fresh_news30 54 -> 55.
# actor42: the verb a "who"/"which <noun>" question asks read past an auxiliary ("is investigating", "has bought")
# or the noun's complement, and a passive's agent before ", near ..." no place: fresh_news18 61 -> 62, _news30 53 -> 54.
# actor42: the doer of the verb asked read in more constructions (a passive's agent past a date or a place and
# after a title, the antecedent of a relative clause, a subject past an aside or an adverb): fresh_news17 70 -> 71,
# fresh_news25 53 -> 54.
# measure42: a verb of motion after "how fast" is no term to match (``question._motion_asked``: "how fast was the
# barge going"): fresh_news26 67 -> 68, fresh_news29 57 -> 58.
# measure42: "how long is the <thing>?" reads its noun past a preposition, a "where" clause or a participle's phrase,
# and a thing with a length (WordNet: ``senses.has_length``) takes no span of time, a bare distance nearly fits:
# fresh_news25 53 -> 54, fresh_news26 68 -> 69, explainer_news1 13 -> 14.
# source42: a question that names its source ("According to <outlet>, ...", "In its statement of <day>, ...") is
# answered from the article that outlet or day published (``qa.sources``), a figure set after another as its
# correction ("228 metres, not the 150 metres") only nearly fits, "did ... expect the pool to" asks no past day:
# fresh_news27 66 -> 67, fresh_news28 62 -> 64, fresh_news29 57 -> 58, fresh_news30 53 -> 56.
# source42: a body described ("according to the council") is the source of the article it published, whose outlet its
# noun heads: fresh_news26 67 -> 68.
# why42: a cause ends before a verb phrase sharing its subject ("because of a burst main and did not tell him"), not
# at the "before" its figure measures from, nor at a list's last items; a cause listed after a count ("point to two
# failings. The first is ..."), "as the main reason" asked, "pointed instead to", "pointing the finger at", a thing
# blamed cut at its reduced relative: fresh_news8 63 -> 65, fresh_news29 57 -> 58, fresh_news30 53 -> 56.
# why42: "of" and a figure after the noun a "what <noun>" question asks stay in its phrase ("an overdue water
# bill of £1.7m"): fresh_news28 62 -> 63.
# latest42: the value a change ends at answers, not the one it left (``answer.change_end_first``), and a day of
# another clause dates no first telling (``conflicts._told_on``): fresh_news19 72 -> 73, _news23 61 -> 62,
# _news26 67 -> 68.
# latest42: "in all" and "final" before a word of a figure ask where it ended (``Question.moment``), and a later
# figure told as replacing the best ("raised it to a final ...", ``answer._supersedes``) leads though its article
# writes the best too: fresh_news29 57 -> 58, fresh_news30 53 -> 55.
# Round 42 merged (unans42, actor42, measure42, when42, source42, why42, latest42): fresh_news25 55, fresh_news26 71,
# fresh_news27 68, fresh_news28 65, fresh_news29 61, fresh_news30 64 (branches each gained their own of it).
# Round 43: fresh_news31 joins the dev sets at its blind end-of-round figure, 62 of 87.
# role43: the body that owns the thing a verb of holding asks about ("Acme's fish farm", "Acme, whose site at ...") does
# it, and such a doer says the "which <noun>" asked (``answer.held_thing``); an owner written as the initials of the name
# asked is it; another post of the very owner asked answers no role (``answer._role_fit``): fresh_news7 59 -> 60,
# fresh_news19 73 -> 74, fresh_news26 71 -> 72, fresh_news31 62 -> 64.
# what43: a "what <noun>" question read past its source or a preposition ("According to X, in what kind of stone ...")
# and a participle after a preposition or a size kept in the noun's phrase ("with 6mm tempered glass"); a noun news
# tells as a speed asks that figure ("the fiercest gust", ``senses.value_kind``): fresh_news31 62 -> 65.
# what43: "of" and a figure after the noun a "what <noun>" question asks are what the phrase adds when its other words
# are the question's ("built for a peak draw of 3.5 kW"): fresh_news15 68 -> 69.
# speech43: a transcript's speaker label is cut off its paragraph (the speech reads as a sentence, no label fragment is
# an answer, no two turns are one group by the label's words) and states who holds its role: fresh_news31 62 -> 65.
# latest43: a name at least half the articles use is the story's own, so an update whose latest side leaves it
# unsaid ("The last tally was 57") is no other subject's (``disputes.story_terms``): fresh_news30 64 -> 65,
# fresh_news31 62 -> 63. An update whose topic holds two of the terms of a question of no noun, the answer one of its
# sides, stands in for it though no candidate fits exactly (``disputes._measures_asked``): fresh_news16 72 -> 73,
# update_news1 38 -> 39.
# each43: a figure's scope, per item / cap / total (``values.scope``), fits a question asked per item, of a cap or of
# the whole, and a part and its whole are no rivals: fresh_news28 65 -> 66, fresh_news30 64 -> 65, _news31 62 -> 64.
# each43: a count of the items a question asks a figure per ("Farms flooded: 14" for "How much could each flooded
# farm claim?") is no candidate: fresh_news29 61 -> 62.
# Round 43 merged (role43, what43, speech43, latest43, each43, count43, conf43): fresh_news30 66, fresh_news31 72
# (branches each gained their own of it).
# Round 44: fresh_news32 joins the dev sets at its blind end-of-round figure, 60 of 87.
# value44: a share after "and" adds to the whole it follows, after a unit or in a number in words ("an hour and a
# quarter" is 75 minutes, "two and a quarter million"): fresh_news32 60 -> 61.
# value44: a figure of a second clause with a named subject of its own is that subject's ("..., and the Brambling Trust
# gave £5,000"); asked a whole, a figure beside its sentence's total is a part; asked a cap, a floor ("at least") is
# none and "limited to" is one; "how much ... hold" asks a volume, and "a 9,000-litre tank" measures the tank:
# fresh_news32 61 -> 65, fresh_news10 69 -> 70.
# value44: a distance after a verb of measuring is its subject's length ("the largest seal measured 2.4 metres"):
# fresh_news32 65 -> 66.
# span44: a "which <noun>" pick named by its noun and a number ("Gate 7", "junctions 3 and 4") or listed before the
# plural noun ("the Arlen and Brisk zones"), as many as "which two" counts (``answer.listed_picks``): fresh_news17
# 71 -> 72, fresh_news20 55 -> 56, fresh_news32 60 -> 62.
# span44: a kind asked ("What species of X ...?", "What species were the X?", "What type of X is it?") answered by the
# words that narrow X, past a count ("17 white-tailed sea eagles"), or by the phrase set beside "a type of X"
# (``answer.kinds_apposed``): fresh_news21 66 -> 67, fresh_news24 65 -> 66, fresh_news26 72 -> 73,
# fresh_news32 62 -> 63.
# span44: a one-word title WordNet knows but never as a person ("head", "chair") keeps the owner after it as the post
# asked ("head of the unit", ``answer._title_told``): fresh_news32 63 -> 64.
# doer44: a name of the kind asked that does the deed asked is not outranked by one that does nothing asked, unless
# that one is called the noun asked more closely; a relative clause in apposition ("X, the firm that carried out")
# and a verb's infinitive ("agreed to take over") tell the deed; a pronoun that says goes on from the speaker before:
# fresh_news20 55 -> 56, fresh_news22 59 -> 60, fresh_news25 55 -> 56, fresh_news28 66 -> 67.
# update44: a figure whose own clause names another subject than the question's, in a sentence that names the asked
# one in a clause of its own, is no rival (``disputes._named_apart``); "a total of" tells a total as it stands, and a
# fact box's running count meets a later undated one (``conflicts._other_time``): fresh_news32 60 -> 62.
# conf44: a thing's undated size (a mass; a height, width or length) told by articles months apart is one size, not
# two periods' figures (``conflicts._thing_size``), so the rival masses meet: fresh_news26 72 -> 73.
# abstain44: a count told as a place's size ("a town of about 7,900 people") answers no other deed, a name one is
# "at" is no person, a person's noun before a postposed adjective ("the minister responsible for") asks a person:
# fresh_news11 63 -> 64, fresh_news23 62 -> 63, fresh_news24 65 -> 66.
# why44: a cause named first whose effect is not the deed asked, that the clause after it tells, answers as the whole
# first link of the chain ("A power cut caused the pumps to stop, and ...", ``answer._chained_cause``): _news29 62 -> 63.
# why44: a cause clause runs past "while" ("because the grant was cut while costs kept rising"): _news11 63 -> 64.
# why44: a "why" question also reads the sentences down to rank 15 that state a cause with a cue of cause (a long lead
# "..., blaming a cut in its grant", ``corpus.CAUSE_DEPTH``): fresh_news18 62 -> 63.
# Round 44 merged (value44, span44, doer44, update44, conf44, abstain44, why44): fresh_news32 71, fresh_news26 74,
# fresh_news24 67, fresh_news20 57, fresh_news11 65 (branches each gained their own of it).
# Round 45: fresh_news33 joins the dev sets at its blind end-of-round figure, 56 of 87.
# Round 45 (withheld45): a figure told along the way a "how tall" question asks in other words says its way ("rose 61
# metres high", "350 kilometres above", ``answer._way_heads``): fresh_news15 69 -> 70, fresh_news4 46 -> 47.
# who45: a word after a determiner is no verb of a role ("the lead auditor"), a noun of a doer WordNet calls a
# person is a role, an owner's possessive apposition and a label give one, the body in a holder's role phrase does not
# outrank it, nor does a holder told as any head one told in the post's own title ("chairman"): fresh_news14 68 -> 69,
# fresh_news28 67 -> 68, fresh_news33 56 -> 57.
# span45: a title's complement runs past a lower-case possessive ("director of women's health"), two surnames
# after a firm's noun are one firm ("the architects Pell and Varney"), a cause runs past a verb's "with" ("was dealing
# with a flood"): fresh_news33 56 -> 59.
# span45: a question that ends on its preposition ("What was the raft made of?") is answered by that preposition's
# object where the sentence puts it (``answer.stranded_mentions``): fresh_news33 59 -> 60, fresh_news24 67 -> 68.
# update45: a sentence opened by "In total," tells each of its figures as a tally to date: fresh_news33 56 -> 57.
# para45: a particle verb the articles write as one word is asked in their word ("set up" / "Founded in",
# ``Answerer._reworded``): fresh_news33 56 -> 57, fresh_news30 66 -> 67, fresh_news20 57 -> 58, fresh_news14 68 -> 69.
# Round 45 merged (withheld45, who45, span45, update45, conf45, para45): fresh_news33 63, fresh_news14 70.
# Floors, not targets.
FLOORS = {"fresh_news33": 63, "fresh_news32": 71, "fresh_news31": 72, "fresh_news30": 67, "fresh_news29": 63,
          "fresh_news28": 68, "fresh_news27": 68, "fresh_news26": 74, "fresh_news25": 56, "fresh_news24": 68,
          "fresh_news23": 63, "fresh_news22": 60, "fresh_news21": 67, "fresh_news20": 58, "fresh_news19": 74,
          "fresh_news18": 63, "fresh_news17": 72, "fresh_news16": 73, "fresh_news15": 70, "fresh_news14": 70,
          "fresh_news13": 65, "fresh_news4": 47, "fresh_news10": 70, "fresh_news11": 65, "fresh_news12": 73,
          "fresh_news5": 63, "fresh_news6": 75, "fresh_news7": 60, "fresh_news8": 65, "fresh_news9": 61,
          "update_news1": 39, "explainer_news1": 14}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_most_questions_are_answered_as_a_reader_answers_them(name):
    folders = sorted(p for p in (DATA / name).iterdir() if (p / "gold.json").exists())
    right = sum(_right(f, r) for f in folders for r in _rows(f))
    assert right >= FLOORS[name]
