"""Regression (issue 12, updates as timelines): a figure that changed between articles dated
differently was missed when the later outlet worded it another way. Invented stories, one
mechanism each: a span still running when told ("has gone 30 days without") and a longer one told
later is the span grown, an update however the later article words it; what a verb of reckoning puts at a
figure is read past its owner's possessive ("put the firm's losses at"); a count of those an act
befell or who did it ("120 employees were made redundant") is a count of the act by its noun ("180
redundancies"), its verb or adjective and the noun sharing a stem; a fact sheet's line states its
label's noun ("Total liabilities identified so far: €130m"), the subject of a verb of level its own
("bed occupancy has risen to"), met in other words through WordNet ("debts" / "liabilities"); a day a
span runs "until" is the day of its other end ("closed until 3 June" / "expected to reopen on 17 June"); a
figure set against one told before ("one more than we were told this morning") comes after it, on one day too."""
from summarize.stages.conflicts import find_conflicts

from ..conftest import make_groups

DATES = {"a": "2026-03-02", "b": "2026-03-09"}


def _updates(a: str, b: str) -> list[list[str]]:
    return [[s.value for s in c.sides] for c in find_conflicts(make_groups(("a", a), ("b", b)), DATES)
            if c.kind == "updated"]


def test_a_span_still_running_then_a_longer_one_is_an_update():
    assert _updates("The village has now gone 30 days without a bus service.",
                    "The village has gone 37 days without a bus service.") == [["30 days", "37 days"]]
    assert _updates("The search for the missing trawler has gone on for six days.",
                    "Coastguards ended a nine-day search for the missing trawler.") == [["six days", "nine-day"]]
    assert _updates("The heatwave has now lasted nine days, forecasters said.",
                    "Forecasters said the heatwave lasted 14 days.") == [["nine days", "14 days"]]


def test_a_span_fixed_once_told_longer_later_is_still_disputed():
    (c,) = find_conflicts(make_groups(("a", "The trial of the former mayor lasted five months."),
                                      ("b", "The former mayor's trial lasted seven months.")), DATES)
    assert c.kind != "updated"


def test_what_a_reckoning_puts_at_a_figure_is_read_past_its_owner():
    # "put the firm's losses at": the losses are reckoned, not the firm
    assert _updates("Analysts put its total losses at about $38 million, including $4 million in fines.",
                    "After a review, auditors now put the firm's losses at $46 million.") \
        == [["about $38 million", "$46 million"]]
    assert _updates("Insurers estimated the damage to the pier at £2.1m.",
                    "Insurers have now estimated the council's damage bill at £2.9m.") == [["£2.1m", "£2.9m"]]
    assert _updates("Officials put the cost of the clean-up at about $5 million.",
                    "Officials now put the city's clean-up costs at $7.5 million.") \
        == [["about $5 million", "$7.5 million"]]


def test_a_count_of_those_an_act_befell_is_a_count_of_the_act_by_its_noun():
    # the verb or adjective of one count's predicate is the noun the other counts; "already" says more may follow
    assert _updates("Eight bidders have already expressed interest in the stadium, the council said.",
                    "The council said it has received 11 expressions of interest in the stadium.") == [["Eight", "11"]]
    assert _updates("About 120 employees were made redundant at the factory last week.",
                    "The factory has now made 180 redundancies.") == [["About 120", "180"]]
    assert _updates("Six flights have been cancelled at the airport because of the strike.",
                    "There have now been 15 cancellations at the airport because of the strike.") == [["Six", "15"]]


def test_a_count_whose_predicate_names_no_other_noun_stays_apart():
    assert _updates("Eight bidders have already toured the stadium, the council said.",
                    "The council said it has received 11 expressions of interest in the stadium.") == []
    assert _updates("About 120 employees were moved to the new factory last week.",
                    "The factory has now made 180 redundancies.") == []


def test_a_measure_named_in_other_words_by_a_fact_line_or_a_verb_of_level_is_one_fact():
    # a fact sheet's "Label: value" states its label's noun; the subject of "stands at" / "has risen to" is measured
    assert _updates("Administrators put the airline's debts at about €90m.",
                    "- Total liabilities identified so far: €130m.") == [["about €90m", "€130m"]]
    assert _updates("Hospital bed occupancy across the region stands at 91 per cent.",
                    "Health officials said on Monday that bed occupancy has risen to 96 per cent.") \
        == [["91 per cent", "96 per cent"]]
    assert _updates("The council's deficit stands at £12m, officials said.", "Budget shortfall: £15m") \
        == [["£12m", "£15m"]]
    # the subject after a verb of saying, past its owner's possessive
    assert _updates("Auditors put its debts at about €20m after a first review.",
                    "The receivers said Brandt's liabilities had risen to €28m.") == [["about €20m", "€28m"]]
    assert _updates("Analysts put the shortfall at about £3m.",
                    "Its chair said the trust's deficit had grown to £4.5m.") == [["about £3m", "£4.5m"]]


def test_figures_whose_constructions_name_other_measures_stay_apart():
    assert find_conflicts(make_groups(("a", "Hospital bed occupancy across the region stands at 91 per cent."),
                                      ("b", "Staff absence: 86 per cent")), DATES) == []
    assert find_conflicts(make_groups(("a", "Administrators put the airline's debts at about €90m."),
                                      ("b", "- Annual wage bill: €130m.")), DATES) == []


def test_a_day_a_span_runs_until_is_the_day_of_its_other_end():
    # "closed until" a day says when it opens: a later article's opening day moves it
    assert _updates("The museum will stay closed until 3 June while the roof is repaired.",
                    "The museum is now expected to reopen on 17 June while the roof is repaired.") \
        == [["3 June (= 2026-06-03)", "17 June (= 2026-06-17)"]]
    assert _updates("The bridge will remain shut until the end of April, engineers said.",
                    "Engineers now expect the bridge to reopen in June.") == [["end of April", "June"]]
    assert _updates("The harbour will be closed until 12 May, the port authority said.",
                    "The port authority said the harbour is expected to open on 20 May.") \
        == [["12 May (= 2026-05-12)", "20 May (= 2026-05-20)"]]


def test_a_day_a_span_runs_until_is_no_day_it_begins():
    assert find_conflicts(make_groups(("a", "The harbour will be closed until 12 May, the port authority said."),
                                      ("b", "The port authority said the harbour is expected to close on 20 May.")),
                          DATES) == []


SAME_DAY = {"a": "2026-03-02", "b": "2026-03-02"}


def _kinds(*texts: tuple[str, str]) -> list[tuple[str, list[str]]]:
    return [(c.kind, [s.value for s in c.sides]) for c in find_conflicts(make_groups(*texts), SAME_DAY)]


def test_a_figure_set_against_one_told_before_comes_after_it_on_the_same_day():
    assert _kinds(("a", "Three people were taken to hospital after the warehouse fire."),
                  ("b", "Four people have now been treated in hospital after the warehouse fire, one more than we were "
                        "told this morning.")) == [("updated", ["Three", "Four"])]
    assert _kinds(("a", "The earthquake damaged 40 homes in the valley, officials said."),
                  ("b", "Officials now say 55 homes in the valley were damaged, more than first reported.")) \
        == [("updated", ["40", "55"])]
    assert _kinds(("b", "Two climbers are missing on the north face of the mountain."),
                  ("a", "Three climbers are now missing on the north face of the mountain, more than was reported "
                        "earlier.")) == [("updated", ["Two", "Three"])]


def test_two_figures_of_one_day_with_no_telling_before_stay_a_disagreement():
    assert _kinds(("a", "Three people were taken to hospital after the warehouse fire."),
                  ("b", "Four people have now been treated in hospital after the warehouse fire.")) \
        == [("quantity", ["Three", "Four"])]
