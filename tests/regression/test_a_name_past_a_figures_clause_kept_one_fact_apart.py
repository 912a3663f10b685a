"""Regression (issue 12, vdis40): a name past the end of a figure's clause was read as the figure's subject, so two
outlets' values of one fact looked like two subjects' ("The turbines will stand 14 miles offshore, near enough to be
seen from <a headland>"; "which ... was built in 2061, can carry ... and is the lifeline for <an island>"). Floors at
what the stage reached when fixed (before: neither disagreement; reports stating no gold row as listed). The wind
farm's two exclusion zones (during construction / around each turbine), reported before, are known and left."""
import pytest

from .test_conflicts_in_fact_boxes_and_updates import _found


@pytest.mark.parametrize("folder, disagree, known, unmatched", [
    ("fresh_news18/wind_farm_approval", {"distance of the turbines from the shore"}, ["exclusion zones"], 2),
    ("fresh_news28/saltmere_ferry_grounding", {"Year the Corran Star was built"}, [], 2),
])
def test_a_name_past_a_figures_clause_names_no_subject(folder, disagree, known, unmatched):
    found, _, look_alikes, other = _found(folder)
    assert disagree <= found
    assert look_alikes == known
    assert len(other) <= unmatched
