"""Which figures run (issue 12): a later figure updates a running one rather than contradicting it.
A count that peaked, a total a sentence takes to a figure (with its gapped second conjunct) and a
fact box's line that counts what befell things run; a peak of a measure and a fact line that only
names a result ("Turnout: 52%") do not."""
import pytest

from summarize import Corpus
from summarize.model import Sentence
from summarize.stages.conflicts import find_conflicts, runs
from summarize.text.values import values

from ..conftest import make_groups


def _runs(text: str, figure: str) -> bool:
    v = next(v for v in values(text) if v.kind == "quantity" and v.text.startswith(figure))
    return runs(Sentence("d", 0, text, 0, len(text)), v, "2027-06-18")


@pytest.mark.parametrize("text, figure, expected", [
    ("The number of boats waiting offshore peaked at 41 on Wednesday.", "41", True),
    ("The temperature peaked at 43C on Tuesday.", "43C", False),
    ("That takes the number of shops closing to 27, and the number of posts cut to 2,040.", "27", True),
    ("That takes the number of shops closing to 27, and the number of posts cut to 2,040.", "2,040", True),
    ("The chain runs 27 shops, and its head office employs 2,040 staff.", "2,040", False),
    ("- Homes flooded: 240", "240", True),
    ("- Turnout: 52%", "52%", False),
    ("- Spoiled voting slips: 214", "214", False),
    ("- Jobs cut: 800", "800", True),
    ("- Children: 5", "5", False),
    # a participle after the label's noun that opens a phrase tells what befell them too (update44)
    ("- Walkers treated for exposure: 13", "13", True),
    ("- Passengers taken to hospital: 6", "6", True),
    ("- Ferries in service: 6", "6", False),
    # "a total of" tells a total as it stands, as "in total" does
    ("A total of 420 claims were lodged with the insurer.", "420", True),
    ("The insurer received 420 claims.", "420", False),
    # after a change its sentence states: the state the change made
    ("On Friday the recall was extended from 38 batches to 52, covering about 1.8m packs.", "about 1.8m", True),
    ("The recall covers about 1.8m packs of the tablets.", "about 1.8m", False),
    ("The recall, covering about 1.8m packs, was extended from 38 batches to 52.", "about 1.8m", False),
    # a count an act befell in the present perfect passive is a tally to date; a sum's is a deed done once,
    # and a past perfect in reported speech ("had been stranded, not 12") tells no tally
    ("Nine fishing boats have been towed back to the harbour.", "Nine", True),
    ("Nine fishing boats were towed back to the harbour.", "Nine", False),
    ("The union said 13 walkers had been stranded, not 12.", "13", False),
    ("The ferry company has been fined $40,000.", "$40,000", False),
])
def test_a_figure_runs_by_its_grammar(text, figure, expected):
    assert _runs(text, figure) is expected



def test_an_early_figure_restated_as_a_bound_keeps_the_update(tmp_path):
    """A later explainer's "at least two" (borne out by the six counted since) does not undo the
    order of the two, then six: the toll is an update, not a disagreement."""
    for name, head, body in (
            ("a1", "Tuesday 14 March 2028", "Two people died when the River Moss burst its banks at Kettleby on "
                                            "Tuesday, police said."),
            ("a2", "Thursday 16 March 2028", "The death toll from Tuesday's flood at Kettleby has risen to six, "
                                             "police said."),
            ("a3", "Saturday 18 March 2028", "Tuesday's flood at Kettleby, in which at least two people died, has "
                                             "left the village asking questions.")):
        (tmp_path / f"{name}.txt").write_text(f"Kettleby flood\n\nBy Staff Reporter, {head}\n\n{body}\n")
    (c,) = Corpus.from_paths(sorted(tmp_path.glob("*.txt"))).conflicts()
    assert c.kind == "updated" and [s.value for s in c.sides] == ["Two", "six"]


@pytest.mark.parametrize("earlier, kind", [
    ("About 18,000 passengers have been affected so far, the airline said on Friday.", "updated"),
    ("About 18,000 passengers have been affected to date, the airline said on Friday.", "updated"),
    ("About 18,000 passengers were affected, the airline said on Friday.", "quantity"),
])
def test_a_figure_given_as_it_stood_so_far_is_updated_by_a_later_days_figure(earlier, kind):
    """"so far" tells that the count will move: the next day's figure updates it, though worded as a
    fixed one; without it the two days' figures disagree."""
    later = "The airline said about 31,000 passengers had been affected by the failure."
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": "2027-09-24", "b": "2027-09-25"})
    assert c.kind == kind and [s.value for s in c.sides][:2] in (["About 18,000", "about 31,000"],
                                                                  ["about 31,000", "About 18,000"])
    assert (c.dates == ("2027-09-24", "2027-09-25")) is (kind == "updated")


def test_a_figure_given_so_far_is_no_update_of_a_figure_told_the_same_day():
    """On one day two outlets' counts disagree, "so far" or not."""
    groups = make_groups(("a", "About 18,000 passengers have been affected so far, the airline said."),
                         ("b", "The airline said about 31,000 passengers had been affected by the failure."))
    (c,) = find_conflicts(groups, {"a": "2027-09-24", "b": "2027-09-24"})
    assert c.kind == "quantity"


@pytest.mark.parametrize("earlier, later, dates, kind", [
    # a change since a fixed time grows with the day it is told on
    ("Shares in Orlen Foods closed down 18 percent since the recall began.",
     "Orlen Foods shares are down 31 percent since the recall began.", ("2031-04-02", "2031-04-20"), "updated"),
    ("Bookings at the resort are down 40% since the storm, its owners said.",
     "Resort bookings are down 55% since the storm, the owners said.", ("2031-02-08", "2031-03-10"), "updated"),
    ("Ticket sales are up 12% since the festival line-up was announced.",
     "Ticket sales are up 19% since the festival line-up was announced.", ("2031-05-01", "2031-06-01"), "updated"),
    # told the same day, two figures of one change since a time disagree
    ("Shares in Orlen Foods closed down 18 percent since the recall began.",
     "Orlen Foods shares are down 31 percent since the recall began.", ("2031-04-02", "2031-04-02"), "quantity"),
])
def test_a_change_since_a_time_is_updated_by_a_later_days_figure(earlier, later, dates, kind):
    """A change since a time ("down 31 percent since the recall began") runs: its start is fixed and its
    end is the day it is told on, so a later article's figure updates it; on one day they disagree."""
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": dates[0], "b": dates[1]})
    assert c.kind == kind


@pytest.mark.parametrize("text, figure, expected", [
    # a part's whole belongs to the part's phrase: the words after the whole state the part
    ("Five of the nine wards at Dunmore General are still closed to visitors.", "Five", True),
    ("Twelve of its 30 bus routes remain suspended after the flooding.", "Twelve", True),
    ("Five of the nine wards at Dunmore General were built in the 1960s.", "Five", False),
    # a figure in a phrase of place hung on a running total runs with it
    ("That brings the number of flooded homes to 310 in four villages.", "four", True),
    ("Fire crews said that takes the total felled since the blight arrived last spring to 9,400 across 12 estates.",
     "12", True),
    ("The charity runs 310 shelters in four countries.", "four", False),
])
def test_a_part_and_a_phrase_hung_on_a_figure_share_its_running_words(text, figure, expected):
    """"Five of the nine wards are still closed": the running word after the whole states the part;
    "310 homes in four villages": the verb before the total states the count of the phrase after it."""
    assert _runs(text, figure) is expected


@pytest.mark.parametrize("later, dates, kind", [
    ("Nine of the 14 footbridges are now closed, the council said.", ("2031-03-02", "2031-03-09"), "updated"),
    ("Nine of the 14 footbridges were closed, the council said.", ("2031-03-02", "2031-03-09"), "quantity"),
    ("Nine of the 14 footbridges are now closed, the council said.", ("2031-03-02", "2031-03-02"), "quantity"),
])
def test_a_part_of_a_whole_told_now_updates_an_earlier_days_part(later, dates, kind):
    """A later day's "Nine of the 14 footbridges are now closed" updates an earlier "six of the 14"; told
    without "now", or the same day, the two counts disagree."""
    earlier = "Engineers closed six of the 14 footbridges in Harlow Cross after cracks were found in their decks."
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": dates[0], "b": dates[1]})
    assert c.kind == kind


@pytest.mark.parametrize("earlier, later", [
    ("The county's estimate of the flood repair bill has risen to £4.1m, officials said.",
     "Its own estimate of the flood repair bill has climbed to £6.3m."),
    ("Organisers said the total raised by the hospice appeal has climbed to $2.2 million.",
     "The total raised by the hospice appeal has risen to $3.1 million, its organisers said."),
    ("The insurer's estimate of the storm claims has jumped to €85 million.",
     "The estimate of storm claims at the insurer has soared to €140 million, it said."),
])
def test_a_sum_moved_to_a_level_on_a_later_day_is_an_update(earlier, later):
    """"has risen to £4.1m" / "has climbed to £6.3m": a sum moved to a level is no market's quote unless
    what moved is traded, and the verb that moved it says nothing of what it measures; a later day's
    level of one estimate updates the earlier one."""
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": "2031-05-02", "b": "2031-05-12"})
    assert c.kind == "updated" and c.dates == ("2031-05-02", "2031-05-12")


def test_a_traded_price_moved_to_a_level_stays_a_quote_of_its_day():
    """Shares that fell to 340 pence one day and rose to 357 pence the next are two sessions' quotes,
    neither a dispute nor an update."""
    groups = make_groups(("a", "Shares in Delmar Foods fell 12% to 340 pence on Monday after the recall."),
                         ("b", "Shares in Delmar Foods rose 5% to 357 pence on Tuesday as the recall eased."))
    assert find_conflicts(groups, {"a": "2031-05-05", "b": "2031-05-06"}) == []


@pytest.mark.parametrize("later, kind", [
    ("Forty-one swimmers were treated for jellyfish stings at Carrow Sands, the council said.", "updated"),
    # an act done cannot be undone: a later, lower count of it disputes the earlier one
    ("Eighteen swimmers were treated for jellyfish stings at Carrow Sands, the council said.", "quantity"),
    # unless the later sentence says the count was changed
    ("The council said the number of swimmers treated for jellyfish stings at Carrow Sands had been revised "
     "down to 18.", "updated"),
])
def test_a_later_lower_count_of_an_act_that_befell_people_disputes_it(later, kind):
    """"At least 30 swimmers have been treated" one day, "Eighteen swimmers were treated" the next: what befell
    them cannot un-befall, so the lower count is no update; a higher one is, and so is one told as revised."""
    earlier = "At least 30 swimmers have been treated for jellyfish stings at Carrow Sands, lifeguards said."
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": "2031-07-02", "b": "2031-07-03"})
    assert c.kind == kind


def test_a_later_lower_count_of_a_state_people_leave_updates_it():
    """People missing are found: the number missing falling from 23 to 17 a day on is an update."""
    groups = make_groups(("a", "The number of people missing after the mudslide at Varrow has risen to 23, police said."),
                         ("b", "The number of people missing after the mudslide at Varrow has fallen to 17, police said."))
    (c,) = find_conflicts(groups, {"a": "2031-07-02", "b": "2031-07-03"})
    assert c.kind == "updated"


@pytest.mark.parametrize("earlier, later, kind", [
    ("Engineers put the length of the tunnel's collapsed section at about 140 metres on Monday.",
     "Laser surveys show the tunnel's collapsed section is 186 metres long, longer than the initial estimate.",
     "updated"),
    ("The lake covered roughly 52 square kilometres of the valley, the water board said.",
     "The water board said the lake covered 61 square kilometres of the valley, more than its first figure.",
     "updated"),
    ("Survey crews said the spill fouled about 9 miles of the river bank.",
     "Survey crews said the spill fouled 13 miles of the river bank, more than their earlier estimates.",
     "updated"),
    # no word that the later figure revises the earlier one: two outlets' figures of one fact disagree
    ("Engineers put the length of the tunnel's collapsed section at about 140 metres on Monday.",
     "Laser surveys show the tunnel's collapsed section is 186 metres long, the longest in the region.",
     "quantity"),
])
def test_a_later_figure_set_against_the_first_estimate_updates_it(earlier, later, kind):
    """"deeper than the initial estimate": a later day's figure that its own sentence sets against an earlier
    estimate says the figure was revised, so the earlier one is its former figure, not a rival's."""
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": "2031-04-07", "b": "2031-04-14"})
    assert c.kind == kind


@pytest.mark.parametrize("earlier, later, values", [
    ("Early estimates put the bill for clearing the debris and rebuilding the sea wall at about £12m, a council "
     "spokeswoman said.", "The council's latest estimate, published on Friday, is £27m.", ["about £12m", "£27m"]),
    ("An initial estimate put the damage to the plant and neighbouring homes at €40m.",
     "Loss adjusters said the estimated bill for the disaster had climbed to €95m.", ["€40m", "€95m"]),
    ("Northfield Water put the cost of the repairs at $3m, its chief executive said.",
     "Northfield Water has raised its estimate for the burst main and flooded streets to $7.5m.", ["$3m", "$7.5m"]),
])
def test_a_revised_estimate_of_a_sum_updates_the_first_reckoning(earlier, later, values):
    """An estimate of what a story costs is revised as it unfolds, each outlet naming what it covers in its own
    words ("put the damage to roads at" / "revised estimate for repairing roads, culverts and bridges"): a later
    day's sum its words call a revision updates an earlier day's sum its words call a reckoning."""
    (c,) = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": "2031-09-02", "b": "2031-09-12"})
    assert c.kind == "updated" and [s.value for s in c.sides] == values


@pytest.mark.parametrize("earlier, later", [
    # the later sum is no revision of a reckoning: two estimates of two things
    ("Analysts estimated that the walkout cost the airline about €30m.",
     "The airline said its new lounge at the city airport would cost an estimated €80m."),
    # the later sum revises a reckoning, but the earlier one is no reckoning: a price paid, no estimate
    ("The museum paid £2m for the painting in 2019.",
     "The museum's revised estimate for restoring the gallery is £7m."),
])
def test_sums_no_reckoning_and_its_revision_are_not_one_running_estimate(earlier, later):
    """Two sums with an estimate in either sentence are not one running figure unless the earlier is a reckoning
    and the later its revision."""
    found = find_conflicts(make_groups(("a", earlier), ("b", later)), {"a": "2031-09-02", "b": "2031-09-12"})
    assert not [c for c in found if c.kind == "updated"]


def test_a_fact_box_line_with_a_participles_phrase_runs_between_two_days_figures():
    """A statement's box line "Walkers treated for exposure: 13" counts what befell them, as running as the day
    before's "nine walkers were treated" and the next week's "now 16": one count's timeline, no disagreement."""
    groups = make_groups(("a", "Nine walkers were treated for exposure after the storm hit the Kell ridge on Sunday."),
                         ("b", "- Walkers treated for exposure: 13"),
                         ("c", "The rescue team said 16 walkers are now known to have been treated for exposure."))
    (c,) = find_conflicts(groups, {"a": "2031-02-03", "b": "2031-02-05", "c": "2031-02-12"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["Nine", "13", "16"]


def test_a_fact_box_count_runs_on_to_a_later_undated_figure_months_on():
    """A fact box's running count ("Households covered by the ban: 12,000") is told as it stood when the box was
    issued: an article's figure months later that no period dates ("The ban covers 15,000 households") runs it on,
    not another period's fact nor a dispute."""
    groups = make_groups(("a", "- Households covered by the ban: 12,000"),
                         ("b", "The hosepipe ban covers 15,000 households."))
    (c,) = find_conflicts(groups, {"a": "2031-03-01", "b": "2031-06-10"})
    assert c.kind == "updated" and [s.value for s in c.sides] == ["12,000", "15,000"]
