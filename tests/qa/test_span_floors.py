"""How many questions written for the invented span clusters (tests/data/span_news*) are answered
exactly: a floor per cluster at what the answerer reaches (each set's README lists its figures and
misses). What each set guards:

- span_news (a derailment): a name cut at the wrong word ("Viejo" for "El Viejo"), a body named in
  lower case ("the health ministry"), a hospital as a place;
- span_news2 (a merger, a royal visit, a science release): a firm's name broken at "&", "Royal
  Infirmary of ..." split at "of", a house's number word dropped, a role worded apart ("Who leads
  the council?" / "the head of the council"), "who reported" answered with the reporting agency;
- span_news3 (a court report, a storm, a marathon): next year's date, a figure the question gives
  ("How many of ...?"), a role's qualifier kept as the person, "until when" untyped;
- span_news4 (a scooter recall, a rent law, a lake wreck): "which model" answered with the phrase
  that describes it, "arguing that" left in a reason, "What type of evictions ...?" answered off
  the noun, "How did ...?" without the means "by" gives;
- span_news5 (a river flood, a copper theft, a museum closing): a place cut before its building
  ("Kelso town hall"), "at which station" read as a broadcaster, a comparison's "as" read as a cause,
  a purpose after "in a bid to", "How did ...?" without what led the doer to it;
- span_news6 (a customs seizure, a van launch): "Who arrested the driver?" answered with the town he is
  from (the driver read as the role asked for, the passive's agent "arrested by officers of the Agency"
  no candidate), "Which body charged the driver?" answered with a name that did nothing asked;
- span_news7 (bakery closures, a quarry blast, an orchestra's conductor): counts of none ("Nobody was hurt",
  "None of the concerts", "No staff will ..."), a person told by kin ("Her husband, a cellist, plays ..."),
  a cause reported "said on Wednesday that ...";
- span_news8 (hail on a vineyard, a satellite launch, a chess title, a nurses' strike): an age after "aged just"
  beside another person's ("Oleg Varnas, 31,"), a rival's role ("the defending champion") kept from "Who is her
  coach?", how much a rating rose for what it is, "at what altitude" read as a phrase, "In which place did he
  finish?" read as a place, "7am on Tuesday" for "what time", "the association's president" for a body named in full,
  a total's part stated twice over "totalled £40,000";
- span_news9 (a haulier takeover, a charity fraud, a landslide, a budget and a resignation): a gapped clause's
  figure ("Brisholt runs 640 lorries and Saltcote 410"), a change and its level ("has risen by four to 23",
  "rose by £120m to £1.1bn") read as a range, a price per share beside a premium and a total, "averaging about
  £15,000 each", a role's holder after "The mayor of Santorre,", "a premium of 34 percent to ...", "a baker who ...";
- span_news10 (a dock strike, a flood, a transfer, a trial): a part "of them" told after the whole's sentence ("About
  4,200 people were evacuated ... About 600 of them spent the night"), the unit asked ("in kilometres", "in feet", "in
  euros"), counts of none ("none of them was arrested", "None of the town's three care homes", "Not a single
  container"), "870 of them homes".
"""
from pathlib import Path

import pytest

from ..conftest import exact_answers

DATA = Path(__file__).parents[1] / "data"
# cluster: (questions, exact answers at least). span_news/derailment: 16 with the calibrator
# before round 9's two features, which abstains on one more. span_news2/royal: 8 once a place is dated by
# the day its clause names ("to Inverness on Friday and ... to Stockholm on Saturday"). span_news7/orchestra: 12 since
# roles26 typed "the Finnish conductor Aino Lehtola" a person (a noun WordNet calls a kind of person), who then outranks
# the chief executive for "Who is the orchestra's chief executive?" (her post, "conductor", is no role the answerer reads).
FLOORS = {
    "span_news/derailment": (18, 15),
    "span_news2/merger": (9, 5), "span_news2/royal": (10, 8), "span_news2/science": (9, 8),
    "span_news3/ferry": (13, 10), "span_news3/marathon": (14, 11), "span_news3/storm": (13, 9),
    "span_news4/recall": (10, 6), "span_news4/tenancy": (10, 7), "span_news4/wreck": (10, 9),
    "span_news5/depot": (6, 5), "span_news5/flood": (6, 6), "span_news5/museum": (6, 6),
    "span_news6/launch": (10, 8), "span_news6/seizure": (9, 8),
    "span_news7/bakery": (14, 13), "span_news7/orchestra": (14, 12), "span_news7/quarry": (14, 10),
    "span_news8/chess": (23, 21), "span_news8/satellite": (23, 21), "span_news8/strike": (22, 21),
    "span_news8/vineyard": (20, 19),
    "span_news9/budget": (22, 15), "span_news9/fraud": (22, 19), "span_news9/landslide": (20, 18),
    "span_news9/takeover": (21, 18),
    "span_news10/flood": (19, 16), "span_news10/strike": (22, 21), "span_news10/transfer": (20, 14),
    "span_news10/trial": (18, 15),
}


@pytest.mark.parametrize("cluster", sorted(FLOORS))
def test_each_cluster_is_answered_at_its_floor(cluster):
    questions, exact = exact_answers(DATA / cluster)
    assert (questions, exact >= FLOORS[cluster][1]) == (FLOORS[cluster][0], True)
