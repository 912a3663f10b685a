"""An irregular plural of a kind of person in "-men" with an apostrophe-s opens a body's name, as "People's" does:
"the Harl Bay Fishermen's Association" is one organisation, not "Harl Bay Fishermen" and a bare "Association" (which
a "which company" question then picked)."""
from summarize.text.names import names


def _names(text: str) -> list[str]:
    return [n.text for n in names(text)]


def test_a_fishermen_s_association_is_one_name():
    assert "Harl Bay Fishermen's Association" in _names(
        "The Harl Bay Fishermen's Association says waste from the salmon cages is feeding the bloom.")


def test_a_seamen_s_union_is_one_name():
    assert "Coastal Seamen's Union" in _names("Members of the Coastal Seamen's Union walked out on Monday.")

