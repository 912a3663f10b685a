"""Regression: ``values.AGENCY_RE`` backtracked on runs of capitalised words (100 KB of "Abc "
took 56 s, of "A" over 60 s), and the cleaner's single-quote pattern on runs of "‘" (140 KB, 4 s).
Names are now read by the text layer (``text.names``), through ``values``."""
import pytest

from summarize.stages.clean import reader_appeal
from summarize.text.values import values

from ..test_regex_adversarial import hang_guard


@pytest.mark.parametrize("text", ["Abc " * 25_000, "A" * 100_000, "Abc " * 25_000 + "Korea’s spy agency National Service"])
def test_agency_names_finish(text):
    with hang_guard("values.values"):
        found = [v.label for v in values(text) if v.kind == "name"]
    assert ("National Service" in found) == ("agency" in text)


def test_open_single_quotes_finish():
    with hang_guard("clean.reader_appeal"):
        assert reader_appeal("‘" * 140_000 + " you") is None


def test_agency_still_found_with_a_long_owner():
    found = {v.label: v.dimension for v in values("The Republic of South Korea’s spy agency National Intelligence Service said so.")}
    assert found["National Intelligence Service"] == "organisation"
