"""Regression (issue 12, conf44): a long claim and a short denial worded "No <noun> <verb>ed ..." with no auxiliary
("No guard locked any door") or "At no point did <subject> <verb>" share too few of the claim's terms for the overlap
test, so the claim and its denial were never reported (fresh_news32 and fresh_news31 each missed one such row)."""
from pathlib import Path

import pytest

from summarize import Corpus


def _polarity(tmp_path: Path, claim_article: str, denial_article: str) -> list:
    paths = []
    for name, text in (("a1", claim_article), ("a2", denial_article)):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"2031-03-04\n{text}\n", encoding="utf-8")
        paths.append(path)
    return [c for c in Corpus.from_paths(paths).conflicts() if c.kind == "polarity"]


@pytest.mark.parametrize("claim, denial, found", [
    ('The tenants\' group blamed the hall. Its chair, Ann Vole, said: "Guards locked the side doors at the east '
     'hall before the fire started."',
     "The hall's owner rejected the account. No guard locked any door at the east hall.", True),
    ("The tenants' group blamed the hall, saying visitors had propped the side doors open at the east hall before "
     "the fire started.", "The hall's owner rejected the account. No guard locked any door at the east hall.", False),
    ("A passenger says the ferry at the north quay sailed from the harbour this morning and stranded dozens of "
     "travellers.", "The port authority issued a statement. At no point did the ferry sail from the harbour.", True),
])
def test_a_short_denial_of_a_long_claim_is_reported(tmp_path, claim, denial, found):
    polar = _polarity(tmp_path, claim, denial)
    assert bool(polar) is found
    if found:
        assert {s.value: s.sources for s in polar[0].sides} == {"affirms": ("a1",), "denies": ("a2",)}
