"""Invented clusters written before any run, scored against their own gold: every report is a
listed disagreement and none is a listed non-conflict, and the disagreements expected are found.

- tests/data/conflict_news4: non-conflicts such as a maximum vs the term imposed, a camp vs all
  refugees, one load in pounds and tonnes; the disagreements of the kinds held-out news has (a span
  as a noun phrase vs a verb phrase, a part of an owned whole, a weekday resolved forward from the
  article's date, figures in other units).
- tests/data/conflict_news5, in outlet styles the earlier sets lack (a trade journal's key-figures
  box, a Q&A explainer, a live blog with time stamps, a TV transcript, a tabloid): non-conflicts
  such as a capacity vs what runs at first, a requirement vs the actual share, a part vs its whole,
  one length in two units, one year vs another, durations sharing a unit, the two sides of one
  sentence. Not yet found: the claim and its denial in other words ("cancelled all planned
  surgery" / "denied that any operations had been called off"), which needs a paraphrase the
  stage does not know.
- tests/data/conflict_news8, a flood dispatch, a regional daily, a web explainer and a business weekly:
  plain cross-outlet figures, tons vs lb, weekdays against the article's date ("would reopen Sunday" /
  "set to reopen Tuesday"); non-conflicts such as one level in metres and feet, another year's flood.
- tests/data/conflict_news7, a press release, a bulleted trade brief and a community weekly: a
  weight in tons vs pounds, counts hedged both ways; non-conflicts such as a capacity vs what was
  handled, one length in two units, another year's fire. Not yet found: weekdays with other verbs
  ("resume Wednesday" / "restart on Thursday"), a count of other nouns ("Two dock workers were
  injured" / "Three people were treated for injuries"), a figure whose sentences name other things.
- tests/data/conflict_news6, in outlet styles still missing (a relief agency's press release, a "by
  the numbers" box, a bulleted newsletter, a court reporter's running notes, a legal weekly, a
  prosecutor's statement, a results service, an opinion column): tolls of two countries or of a
  town and its country, terms of different defendants, a maximum vs the term imposed, a seat count
  vs the majority, one year vs another, ages and durations sharing a unit, one sum in two
  currencies. Every report must be listed gold; most of its disagreements are not yet found.
- tests/data/conflict_news9, a one-day market crash in seven styles (market-close data lines, an
  exchange's numbered notice, a note to clients, a first-person blog, a British-style report, a
  weekend review): a signed fall vs the same fall in words, a rise vs a fall, a rule's trigger and
  an intraday reading vs the close, other companies' and countries' moves, a level vs its change,
  one amount in two units. Not yet found: a claim and its denial in other words ("a glitch ...
  deepened the sell-off" / "no technical fault contributed to the decline").
- tests/data/conflict_news10, a ferry disaster in four articles: two sources quoted in one article
  (a ministry's and a mayor's toll) and across outlets; non-conflicts inside one article such as a
  figure and an earlier report of it, a part vs its whole and two measures from two sources. Not
  yet found: two sources' counts told with other nouns and verbs ("46 people had been rescued" /
  "52 passengers had been pulled to safety").
- tests/data/denial_news2, a depot fire and a councillor's money row, four outlets each: claims and
  denials told in other words ("Nobody was injured in the fire" / "Two firefighters were injured
  ... the blaze"; "denied taking bribes" / "accepted payments"; "has not resigned" / "stepped down";
  "not opened any inquiry" / "opened an investigation"); non-conflicts such as a negation about
  another building, person or year, "not only", a hedge and not knowing when. Not yet found: a
  cause denied with another verb ("sparked the fire" / "not started by lightning") and a rejected
  report that names the payer and the payee its own way.
- tests/data/conflict_news11, an earthquake roundup whose bulleted digest quotes outlets line by
  line ('* Tessel Daily - "The death toll passed 3,000."'), an explainer whose first source follows
  a verb of saying that describes a noun ("The confirmed number of people injured is 5,400, the
  health ministry said"), and a climber named with first name and surname swapped ("Grant Russel" /
  "Russell Grant"); non-conflicts such as a forecast, a lower bound, one name in two orders spelled
  alike, two people of one surname.
- tests/data/conflict_news12, five fresh events (an airline merger, a football transfer, a trade
  deal, a court ruling, a heatwave) in styles from a union bulletin to a tabloid and a TV live
  page, full of figures that do not disagree: parts and totals, other years, other people,
  ranges, one amount in two units or per week and per year, rounded figures, updates across
  days. Precision first: every report must be listed gold; most disagreements are not yet found.
- tests/data/conflict_news13, a dock strike, a coastal storm and a search for hikers, told by a wire, a
  regional daily, a local paper and a radio bulletin: one count told with other nouns ("Twelve cargo
  ships" / "15 vessels", "1,400 dockworkers" / "1,600 workers"); non-conflicts such as a walkout vs
  the union's membership, ships at anchor vs a daily rate, a part vs its whole, a train's capacity,
  one force among several vs all of them. Not yet found: "homes" / "houses" and "travellers" /
  "passengers" where the sentences scope them differently ("at Havenby station" / "at the town's
  station"), "backpacks" / "rucksacks" (not related in the senses table).
- tests/data/conflict_news14, a takeover, a plant blast, a derailment, a bus crash and an airport stake sale,
  told by wires, dailies, a radio bulletin and trade weeklies: one price told with a verb and a noun ("voted
  to sell its stake ... for £210 million" / "The £240 million sale of the council's share"), a hedged count
  firmed up in a later article ("About 40 people were injured" / "43 people were injured" a day later);
  non-conflicts such as savings made vs a savings target, a later, vaguer count that holds the earlier
  one, another year's sale. Not yet found: a price whose sentence says when the deal will complete ("expects
  to complete its $8.9 billion purchase ... by the middle of next year": a forecast mark), "jobs" /
  "positions" (not related in the senses table).
- tests/data/conflict_news15, five events of the held-out kinds (an election crisis, a storm at sea,
  an ice hockey final, a space station leak, a manhunt) by a wire, a tabloid, a broadsheet, a live
  blog and a digest, full of look-alike figures: two candidates' tallies, seats vs a majority,
  thresholds vs actual, two games' scores, two people's ages in one sentence, career vs
  tournament tallies ("41 goals in 112 games" / "nine goals in ten games"), converted units,
  ranges, ordinals, durations sharing a unit. Not yet found: a claimed share vs the count ("won 52
  percent" / "credited with 46.9 percent"), a score told two ways ("4-2" / "5-2"), a crew count
  with other verbs ("lifted 17 crew" / "winched 15 men"), an unnamed age ("The 35-year-old"),
  running counts told in a digest's lines.
- tests/data/conflict_news17, five more events (a coup, an earthquake, a corruption trial, a satellite
  launch, a by-election) by wires, tabloids, broadsheets, a radio transcript, a prosecutor's statement,
  a live blog, trade and legal weeklies and a results service: non-conflicts such as a main shock vs
  its aftershocks, a transfer orbit vs the working orbit, a payload vs a capacity, terms of two
  defendants, sums in two currencies, a range holding a toll. Not yet found: "7.2-magnitude",
  "accepted bribes totalling", a design life told two ways, "who is 51". Found since the gold was
  written: the tabloid's "caged for eight years yesterday" (dated 5 November, so the 4th) against the
  wire's "on Thursday" (the 5th), a day the gold does not list; eval/written3's gold counts such a
  "yesterday" one day off as a disagreement, so the report stands and the gold is left as written.
  In conflict_news15/fugitive, found since conf29u: the tabloid's "still on the run after three days"
  then the live blog's "The arrest came after 83 hours on the run", a span still running when told and a
  longer one told later, reported as an update (``_span_so_far``), which the gold does not list.
- tests/data/conflict_news16, a state visit, a frigate order and an assembly's last sitting, by a
  wire, a tabloid, a broadsheet, a trade journal, a local paper, a daily and a radio bulletin: the
  kinds held-out news misses (an entourage of 1,200 vs 600, $21 billion vs $24 billion, seven vs
  eight bills, 98 vs 95 members present, 12 vs 13 years, 24 tons vs 44,000 lb, weekdays against
  each article's date, "Thursday" vs "Oct. 30"); non-conflicts such as a part vs its whole, another
  visit or order, a rival bid, the term asked or the maximum vs the term imposed.
- tests/data/conflict_news19, five more events (a mine collapse, a wildfire, a council budget vote, a
  marathon, a ransomware attack on hospitals) by wires, local papers, broadsheets, tabloids, a live
  blog, a radio transcript, press releases, a fire service's and a regulator's statement, a results
  service and a trade weekly, with 74 look-alike pairs: a reading at the start vs at the finish, a
  quote of one subject that negates something else, thresholds, caps and minimums vs the actual
  figure, parts and wholes, bounds and ranges that hold a count, one sum in two currencies. Not yet
  found: two counts from two sources ("23 miners" / "Twenty-five men", "Two firefighters were
  injured" / "Three firefighters have been hurt"), two sums or counts told with other nouns ("the
  loss of 180 posts" / "About 300 jobs will go", "three hospitals" / "the four-hospital group")."""
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.gold import read_cluster
from summarize.evaluate.metrics import conflict_matches

DATA = Path(__file__).parent.parent / "data"


# Reports a gold written before them does not list, each explained in the docstring.
UNLISTED = {"conflict_news17/trial": [("date", ["tabloid_1", "wire_1"])],
            "conflict_news15/fugitive": [("updated", ["liveblog_1", "tabloid_1"])]}


@pytest.mark.parametrize("cluster, expected", [
    ("conflict_news4/verdict", {"length of jury deliberations", "prison sentence", "sentencing date"}),
    ("conflict_news4/package", {"value of the package", "members present for the vote", "day the new session opens"}),
    ("conflict_news4/airlift", {"number of refugees", "load of the first cargo plane"}),
    ("conflict_news5/tunnel", {"cost of the tunnel", "opening day", "weight of the boring machine",
                               "workers killed during construction"}),
    ("conflict_news5/strike", {"pay rise offered", "union president", "nurses on strike", "day talks resume"}),
    ("conflict_news7/portfire", {"containers damaged", "weight of the destroyed crane", "damage estimate"}),
    ("conflict_news8/riverflood", {"people displaced", "size of the relief package", "bills passed", "members present",
                                   "weight of the bridge section", "day the bridge reopens", "contractor's prison term"}),
    # conflict_news6: precision first; most of its disagreements are not yet found (issue 12, recall)
    ("conflict_news6/floods", {"aid pledged by the Alliance"}),
    ("conflict_news6/fraud", set()),
    ("conflict_news6/council", {"turnout"}),
    ("conflict_news9/crash", {"VX-40 fall on Thursday", "market value wiped out", "Korvath Shipping's fall",
                              "length of the trading halt", "companies suspended",
                              "day of the emergency central bank meeting"}),
    ("conflict_news10/ferry", {"death toll", "people on board"}),
    ("denial_news2/depotfire", {"whether anyone was injured", "blocked fire exits"}),
    ("denial_news2/councillor", {"whether the councillor took the developer's money", "whether the councillor resigned",
                                 "police investigation"}),
    ("conflict_news11/roundup", {"death toll in the outlets' digest", "people injured"}),
    ("conflict_news11/inquest", {"name of the climber who died"}),
    # conflict_news12: precision on news never seen (issue 12); most of its disagreements are not yet found
    ("conflict_news12/merger", set()),
    ("conflict_news12/transfer", set()),
    ("conflict_news12/trade", set()),
    ("conflict_news12/ruling", {"drivers affected", "hours driven a week", "claims filed by day"}),
    ("conflict_news12/heat", {"heat deaths by day"}),
    # conflict_news13: one count told with other nouns (issue 12 recall)
    ("conflict_news13/port", {"ships waiting", "strikers"}),
    ("conflict_news13/storm", set()),
    ("conflict_news13/search", set()),
    # conflict_news14: a price told with a verb and a noun, a count firmed up over days (issue 12 recall)
    ("conflict_news14/takeover", set()),
    ("conflict_news14/blast", {"people injured"}),
    ("conflict_news14/derail", {"people injured"}),
    ("conflict_news14/buscrash", {"people injured"}),
    ("conflict_news14/airport", {"price of the airport stake"}),
    # conflict_news15: look-alike figures on topics of the held-out kinds (issue 12 precision)
    ("conflict_news15/runoff", set()),
    ("conflict_news15/gale", {"cargo of timber"}),
    ("conflict_news15/final", set()),
    ("conflict_news15/orbit", {"pressure drop in an hour", "day the capsule docks"}),
    ("conflict_news15/fugitive", {"Vennick's age", "reward"}),
    # conflict_news17: magnitudes, orbits, shares and masses of other things (issue 12 precision)
    ("conflict_news17/coup", {"people killed", "Renn's age"}),
    ("conflict_news17/quake", {"depth of the quake", "death toll over days"}),
    ("conflict_news17/trial", {"Aske's prison term"}),
    ("conflict_news17/launch", {"working orbit"}),
    ("conflict_news17/byelection", {"turnout"}),
    # conflict_news19: readings at other stages, quotes negating something else (issue 12 precision)
    ("conflict_news19/mine", set()),
    ("conflict_news19/wildfire", {"where the fire started", "containment over days"}),
    ("conflict_news19/budget", {"votes against the budget"}),
    ("conflict_news19/marathon", set()),
    ("conflict_news19/cyber", set()),
    # conflict_news16: the disagreement kinds held-out news still misses (issue 12 recall)
    ("conflict_news16/visit", {"size of the king's entourage", "value of the agreements signed",
                               "day the business forum opens"}),
    ("conflict_news16/frigates", {"value of the contract", "number of frigates ordered", "day steel is first cut",
                                  "lifting capacity of the gantry crane"}),
    ("conflict_news16/session", {"bills passed", "members present", "Holm's prison term",
                                 "day the president signs the water bill"}),
])
def test_each_report_is_listed_gold_and_the_expected_ones_are_found(cluster, expected):
    gold = read_cluster(DATA / cluster)
    reported = Corpus.from_paths([gold.docs]).conflicts()
    unlisted = [(p.kind, sorted(d for s in p.sides for d in s.sources)) for p in reported
                if not any(conflict_matches(p, g.conflict) for g in gold.conflicts)]
    assert unlisted == UNLISTED.get(cluster, [])
    assert not any(conflict_matches(p, g.conflict) for p in reported for g in gold.non_conflicts)
    found = {g.conflict.topic for g in gold.conflicts if any(conflict_matches(p, g.conflict) for p in reported)}
    assert expected <= found
