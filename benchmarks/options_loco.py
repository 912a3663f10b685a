"""Leave-one-cluster-out test of a lead pick, position priors, counts, stricter bigrams, filling and opening cuts.

    python benchmarks/options_loco.py [--shared ../shared] [--json out.json]

Clusters and procedure as ``selection_loco.py`` (eval/seeds, MultiLing 2011 M000-M002,
eval/written/*; each fold chooses the setting on the seven other clusters by mean R-1 + R-2 recall
over 100, 150, 200 words and the references' length). Settings: ``CoverageRanker`` with the
default weights, salience and leaning sentences dropped, and
- ``first``: the earliest article's first candidate is always chosen when it fits;
- ``prior``: the position prior of concept weights, 1 / (1 + p) ("inverse", the default), an
  article's first sentence against the rest ("first"), or 1 - p / n ("relative");
- ``count``: each document stating a concept counted once ("documents") or each sentence;
- ``stop_bigrams``: bigrams with one stop word in them kept as concepts (True) or left out;
- ``fill``: after the integer program, the budget left spent on candidates of at least this many
  words, shorter than the 8 of the rest (0 = off);
- ``opening``: an opening date ("On Monday, ") cut off each candidate (``summary/trim.py``; until
  round 7 an opening attribution, "According to X, ", was cut too).
Besides the whole grid tuned by each fold, each option is tuned alone (the others at their
defaults). Prints Markdown tables.
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import selection_loco  # noqa: E402
import summary_loco  # noqa: E402

GRID = {"first": (False, True), "prior": ("inverse", "first", "relative"), "count": ("documents", "sentences"),
        "stop_bigrams": (True, False), "fill": (0, 5), "opening": (False, True)}

if __name__ == "__main__":
    summary_loco.main(__doc__, partial(selection_loco.run, grid=GRID, alone=True), selection_loco.markdown)
