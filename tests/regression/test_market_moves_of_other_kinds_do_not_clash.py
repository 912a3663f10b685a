"""Regression (issue #12, tests/data/conflict_news9 and probes written after it): false
disagreements between figures of other kinds: a signed fall ("(-9.2%)") and the same fall in
words, a Friday rise and Thursday's fall, a rule's trigger ("if the index falls 13 percent"), an
intraday reading ("At 11:42 ... fell 7 percent", "in early trading", "traded at $41.30 at midday")
and the day's close, one company's or another country's fall and the index's (the shared verb
"fell" taken for a shared measure), a seat count and the majority it gives, one day's count and a
running total ("since the protests began", "so far"), two countries' named tolls, a place's
turnout and the nation's, a place's toll "alone" and the whole's, two men's terms in all and one's. Real disagreements between outlets stay."""
import pytest

from summarize import Corpus


@pytest.mark.parametrize("one, other", [
    ("BOARD: Kestrel-50: 2,210.4, down 224.9 points (-9.2%).",
     "The Kestrel-50 index slumped 9.2 per cent on Tuesday, closing at 2,210 points."),
    ("By Wednesday's close the Kestrel-50 had recovered 3.5 percent, its best day in a year.",
     "The Kestrel-50 fell 8.7 percent on Tuesday, the sharpest one-day fall in 18 years."),
    ("Exchange rules call for a second pause if the Kestrel-50 falls 13 percent in a session.",
     "The Kestrel-50 fell 9.2 percent on Tuesday, its worst session in years."),
    ("At 11:42 the Kestrel-50 fell 7 percent below its previous close, the exchange said.",
     "The Kestrel-50 fell 8.7 percent on Tuesday, the exchange said."),
    ("Brannock Mining, which employs 9,000 people, fell 31 per cent.",
     "Tuesday's 9.2 percent fall was the index's second-worst day on record."),
    ("In neighbouring Dovania, the Ostra index fell 4.1 percent.",
     "Tuesday's 9.2 percent fall was the index's second-worst day on record."),
    ("Brannock shares fell 12 percent in early trading, dealers said.",
     "Brannock shares closed 5 percent lower, dealers said."),
    ("Brannock shares traded at $41.30 at midday.", "Brannock shares closed at $39.10."),
    ("The Harbour Party won 64 seats, giving it a majority in the assembly.",
     "The Harbour Party's majority in the assembly is eight seats."),
])
def test_other_measures_of_a_move_do_not_clash(one, other):
    corpus = Corpus.from_texts({"wire": one, "paper": other})
    assert list(corpus.conflicts()) == []


@pytest.mark.parametrize("one, other", [
    ("Police arrested 14 people on Saturday in the capital.",
     "Police have arrested 52 people in the capital since the protests began."),
    ("Rescuers pulled 12 survivors from the rubble on Tuesday.",
     "Rescuers have pulled 31 survivors from the rubble so far."),
    ("Norland's death toll from the floods rose to 112 on Thursday.",
     "Ostria's death toll from the floods rose to 38 on Thursday."),
    ("The storm killed 150 people on Thursday, most of them in Norland.",
     "In Norland alone, 112 people died on Thursday."),
    ("The two men were jailed on Thursday for a total of 13 years.", "Voss was jailed for nine years on Thursday."),
    ("Turnout in the capital was 61 percent on Sunday.",
     "Turnout nationwide was 54 percent on Sunday, the commission said."),
])
def test_figures_of_other_days_and_places_do_not_clash(one, other):
    """Dated articles, so that a weekday is read as the day a count is of."""
    corpus = Corpus.from_texts({"wire": f" date 2026-03-12 Wire\n{one}\n", "paper": f" date 2026-03-12 Paper\n{other}\n"})
    assert list(corpus.conflicts()) == []


@pytest.mark.parametrize("one, other", [
    ("The Kestrel-50 fell 8.7 percent on Tuesday, the exchange said.",
     "The Kestrel-50 closed 9.2 percent lower on Tuesday, the exchange said."),
    ("Shares in Brannock Mining lost 27 percent after the company scrapped its profit forecast.",
     "Brannock Mining plunged 31 percent after it withdrew its profit forecast."),
])
def test_one_move_told_two_ways_still_clashes(one, other):
    corpus = Corpus.from_texts({"wire": one, "paper": other})
    assert [c.kind for c in corpus.conflicts()] == ["quantity"]
