"""A figure per item, a cap and a total of one measure are three readings (issues 11 and 12): "each of the clubs was
given £6,000" beside "£30,000 in all", "grants of up to £12,000 per farm" beside "a £3m scheme"; a rate in time ("£9,000
a year") is none of them."""
import pytest

from summarize.text.values import CAP, EACH, TOTAL, scope, scopes_apart, values


def _scope(text: str, figure: str) -> str:
    return scope(text, next(v for v in values(text) if v.kind == "quantity" and figure in v.text))


@pytest.mark.parametrize("text, figure, told", [
    ("Each of the flooded clubs has been given £6,000 by the county board.", "6,000", EACH),
    ("The flooded clubs were given £6,000 each by the county board.", "6,000", EACH),
    ("The county board handed every flooded club six thousand pounds.", "six thousand", EACH),
    ("Diners paid £12 a head for the supper.", "12", EACH),
    ("Volunteers were paid £40 apiece for the weekend.", "40", EACH),
    ("The trust will refund £15 to each ticket holder.", "15", EACH),
    ("Fares rise to £2.20 per journey from Monday.", "2.20", EACH),
    ("Savers lost an average of £21,000 in the scheme.", "21,000", EACH),
    ("- Grant for each flooded club: £6,000", "6,000", EACH),  # a fact box's label scopes its figure (value44)
    ("The board gave £30,000 in total to the flooded clubs.", "30,000", TOTAL),
    ("The board gave the clubs £30,000 altogether.", "30,000", TOTAL),
    ("A total of 41 boats were damaged.", "41", TOTAL),
    ("The donations added up to £8,500 by Friday.", "8,500", TOTAL),
    ("The board has paid about £52,000 in grants to 14 clubs.", "52,000", TOTAL),
    ("The three firms raised £9m between them.", "9m", TOTAL),
    ("Farms can claim grants of up to £12,000 from the scheme.", "12,000", CAP),
    ("The scheme offers a maximum of £12,000 per farm.", "12,000", CAP),
    ("Each claim is capped at £500.", "500", CAP),
    ("The fine is no more than £1,000.", "1,000", CAP),
    ("The clinic costs the board £9,000 a year.", "9,000", ""),
    ("Every week the ferry carries 2,100 passengers.", "2,100", ""),
    ("The club raised £6,000 at its summer fair.", "6,000", ""),
])
def test_a_figures_scope_is_read(text, figure, told):
    assert _scope(text, figure) == told


def test_each_reads_the_first_figure_after_it_only():
    text = "Each finder will receive £60,000, half of the £120,000 reward."
    assert (_scope(text, "60,000"), _scope(text, "120,000")) == (EACH, "")


def test_each_of_a_counted_whole_is_no_item():
    assert _scope("The board spent £4,000 on each of the nine pitches.", "nine") == ""


@pytest.mark.parametrize("x, y, apart", [
    (EACH, TOTAL, True), (CAP, TOTAL, True), (CAP, EACH, True), (EACH, EACH, False), (EACH, "", False), ("", "", False),
])
def test_scopes_apart(x, y, apart):
    assert scopes_apart(x, y) is apart


def test_each_before_a_break_is_not_the_figures_after_it():
    text = "Holm will pay 85 pence for each Varrow share, valuing the firm at £600m."
    assert (_scope(text, "85"), _scope(text, "600m")) == (EACH, "")
