"""The set one owner has, told by two outlets in sentences alike in nothing else ("The trust, which runs 23 parks
across the county, ..." / "Eight of the trust's 25 parks are shut ..."), is a candidate pair whatever the context
(issue 12: such sentences are seldom each other's nearest neighbours in a cluster); another owner's set is not."""
import pytest

from summarize.stages.conflicts import _Candidates, _rows, _statements

from ..conftest import make_groups

DATES = {"a": "2090-05-06", "b": "2090-05-07"}


def _owned_pairs(a: str, b: str) -> list[tuple[str, str]]:
    rows = _rows(make_groups(("a", a), ("b", b)), DATES)
    found, at = _statements(rows)
    candidates = _Candidates(rows, found, at)
    return sorted({(found[x].value.label, found[y].value.label) for k in range(len(found))
                   for cid, x, y, _ in candidates.apart(k) if cid[0] == "owned"})


def test_one_owners_whole_is_paired_whatever_the_context():
    assert _owned_pairs("The Wenlow trust, which runs 23 parks across the county, asked walkers to keep dogs on leads.",
                        "Eight of the trust's 25 parks are shut while the storm damage is cleared.") == [("23", "25")]


@pytest.mark.parametrize("a, b", [
    ("The Wenlow trust, which runs 23 parks across the county, asked walkers to keep dogs on leads.",
     "Eight of the council's 25 parks are shut while the storm damage is cleared."),
    ("The Wenlow trust said 23 parks were damaged in the storm.",
     "Eight of the trust's 25 parks are shut while the storm damage is cleared."),
])
def test_other_owners_or_counts_not_owned_are_not_paired(a, b):
    assert _owned_pairs(a, b) == []
