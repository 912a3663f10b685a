"""Leave-one-cluster-out test of what DUC-era systems found helps on wire news, as coverage options.

    python benchmarks/wire_loco.py [--shared ../shared] [--json out.json]

Clusters and procedure as ``selection_loco.py`` (eval/seeds, MultiLing 2011 M000-M002,
eval/written/*; each fold chooses the setting on the seven other clusters by mean R-1 + R-2 recall
over 100, 150, 200 words and the references' length). Settings: ``CoverageRanker`` with the
default weights and salience and
- ``leaning``: a candidate opening with a pronoun or connective (``select.leans_back``) kept,
  dropped, or allowed only with the sentence before it ("antecedent");
- ``quoted``: candidates with more than this share of their words quoted dropped (1 = off);
- ``lead``: concepts a document states in its first 3 sentences weigh this much more there;
- ``facts``: typed facts of the text layer (``concepts.facts``) as concepts, this share of a
  bigram's weight (0 = off).
Besides the whole grid tuned by each fold, each option is tuned alone (the others off):
"coverage (LOCO, facts alone)". Prints Markdown tables.
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import selection_loco  # noqa: E402
import summary_loco  # noqa: E402

GRID = {"leaning": ("keep", "drop", "antecedent"), "quoted": (1.0, 0.5, 0.25), "lead": (0.0, 0.5, 1.0),
        "facts": (0.0, 0.5, 1.0, 2.0)}

if __name__ == "__main__":
    summary_loco.main(__doc__, partial(selection_loco.run, grid=GRID, alone=True), selection_loco.markdown)
