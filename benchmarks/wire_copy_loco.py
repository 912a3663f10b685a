"""Leave-one-cluster-out test of selection options on every gold cluster, as written and as wire copy.

    python benchmarks/wire_copy_loco.py [--shared ../shared] [--json out.json] [--grid '{"redundant": [0, 0.4]}']

Clusters: every one with references (eval/seeds, MultiLing 2011 M000-M002, every eval/written* set),
each twice: as written and rewritten as DUC 2004 gives its articles
(``collection_format.rewrite``: SGML, hard-wrapped at 72 columns, no paragraph marks); and the
four clusters of tests/data/collection_news, written in DUC's layout, each with the one 100-word
summary of its README. Settings: ``CoverageRanker`` keywords (``GRID``, or ``--grid`` as JSON).
Each fold holds out one cluster (both its copies), chooses the setting on the others by mean
R-1 + R-2 recall over 100, 150, 200 words and the references' length (``selection_loco``'s
objective), and scores the held-out cluster with it. eval/written4 is kept unseen: no fold chooses on
it, and its held-out figures use the setting chosen on every other cluster (reported, never tuned
on). Prints, per source and layout, R-1 / R-2 recall at 100 words and F1 at the references' length,
for the default, every setting, and the held-out choice, with the mean words per summary at both
budgets; then the setting each fold chose.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from collection_format import GOLD, rewrite  # noqa: E402
from summary_loco import TUNING_BUDGETS, mean_figures, objective, score  # noqa: E402

from summarize.corpus import Corpus  # noqa: E402
from summarize.evaluate.gold import read_gold  # noqa: E402
from summarize.evaluate.runner import read_golds  # noqa: E402
from summarize.evaluate.section import Settings  # noqa: E402
from summarize.evaluate.sections.summaries import budget, reference_sentences  # noqa: E402
from summarize.summary.rankers.coverage import CoverageRanker  # noqa: E402
from summarize.summary.select import Budget  # noqa: E402

GRID = {"redundant": (0.0, 0.5, 0.4, 0.33), "min_words": (8, 10, 12)}
COLLECTION_NEWS = REPO / "tests" / "data" / "collection_news"
DEFAULT = "default"
UNSEEN = "written4"   # eval/written4: figures reported, never chosen on
TUNED = "held out (LOCO)"


@dataclass(frozen=True)
class Entry:
    """One cluster in one layout: its corpus, reference sentences and budgets."""

    name: str
    layout: str
    corpus: Corpus
    refs: list[list[str]]
    budgets: dict[str, int]

    @classmethod
    def of(cls, name: str, layout: str, corpus: Corpus, references: list[str]) -> Entry:
        """The entry of ``corpus`` scored against ``references`` (texts)."""
        return cls(name, layout, corpus, [reference_sentences(r) for r in references],
                   {"100 words": 100, "reference length": budget(references, Settings()), **TUNING_BUDGETS})

    @property
    def source(self) -> str:
        """Which kind of cluster: real news (seeds, MultiLing), hand-written (eval/written*), DUC layout test data."""
        if self.name.startswith("written"):
            return self.name.split("-")[0]
        return "collection_news" if self.layout == "native" else "real news"


def readme_summary(readme: Path) -> str | None:
    """The text under a README's "## Summary" heading, up to the next heading (``None`` for a
    cluster written for questions only)."""
    found = re.search(r"^## Summary[^\n]*\n(.*?)(?=^## |\Z)", readme.read_text(encoding="utf-8"), re.S | re.M)
    return " ".join(found.group(1).split()) if found else None


def load(work: Path) -> list[Entry]:
    """Every gold cluster as written and as DUC layout, then the collection_news clusters."""
    gold = [REPO / g for g in GOLD]
    entries = [Entry.of(c.name.removeprefix("multiling2011-"), "written", Corpus.from_paths([c.docs]),
                     [r.text for r in c.references]) for c in read_golds(gold) if c.docs and c.references]
    for path in rewrite(gold, work):
        for c in read_gold(path):
            if c.docs and c.references:
                entries.append(Entry.of(c.name.removeprefix("multiling2011-"), "DUC layout",
                                     Corpus.from_paths([c.docs]), [r.text for r in c.references]))
    for readme in sorted(COLLECTION_NEWS.glob("*/README.md")):
        if (summary := readme_summary(readme)) is not None:
            docs = next(p for p in readme.parent.iterdir() if p.is_dir())
            entries.append(Entry.of(f"news-{readme.parent.name}", "native", Corpus.from_paths([docs]), [summary]))
    return entries


def label(setting: dict) -> str:
    return ", ".join(f"{k} {v:g}" if isinstance(v, (int, float)) and not isinstance(v, bool) else f"{k} {v}"
                     for k, v in setting.items())


def run(shared: Path, grid: dict) -> dict:
    """Every setting of ``grid`` on every entry, the default, and each fold's held-out choice."""
    os.environ.setdefault("SUMMARIZE_SHARED", str(shared.resolve()))
    entries = load(Path(tempfile.mkdtemp(prefix="wire-copy-")) / "gold")
    settings = [dict(zip(grid, values)) for values in itertools.product(*grid.values())]

    def figures(ranker: CoverageRanker) -> list[dict]:
        return [{kind: score([p.text for p in ranker.choose(e.corpus.groups, Budget(words=words), dates=e.corpus.dates)],
                             e.refs, words) for kind, words in e.budgets.items()} for e in entries]

    default = figures(CoverageRanker())
    table = [figures(CoverageRanker(**s)) for s in settings]
    seen = [k for k, e in enumerate(entries) if e.source != UNSEEN]
    names = sorted({entries[k].name for k in seen}) + [UNSEEN]
    tuned: list[dict] = [{} for _ in entries]
    chosen: dict[str, str] = {}
    for held in names:
        dev = [k for k in seen if entries[k].name != held]

        def value(s: int) -> float:
            return sum(objective(table[s][k][kind]) for k in dev for kind in entries[k].budgets)

        best = max(range(len(settings)), key=lambda s: (value(s), -s))
        chosen[held] = label(settings[best])
        for k, e in enumerate(entries):
            if e.name == held or (held == UNSEEN and e.source == UNSEEN):
                tuned[k] = table[best][k]
    rows = {DEFAULT: default, **{label(s): table[k] for k, s in enumerate(settings)}, TUNED: tuned}
    return {"entries": [(e.name, e.layout, e.source) for e in entries], "rows": rows, "chosen": chosen}


def markdown(out: dict) -> str:
    """Per source and layout: R-1 / R-2 recall at 100 words, F1 at the references' length, words used."""
    groups: dict[tuple[str, str], list[int]] = {}
    for k, (_, layout, source) in enumerate(out["entries"]):
        groups.setdefault((source, layout), []).append(k)
    head = [f"{source} ({layout}, {len(ks)})" for (source, layout), ks in groups.items()]
    lines = ["| setting | " + " | ".join(head) + " | mean words at 100 / references' length |",
             "|---" * (len(head) + 2) + "|"]
    for name, rows in out["rows"].items():
        cells = []
        for ks in groups.values():
            at100 = mean_figures([rows[k]["100 words"] for k in ks])
            ref = mean_figures([rows[k]["reference length"] for k in ks])
            cells.append(f"{100 * at100['rouge1']['R']:.2f} / {100 * at100['rouge2']['R']:.2f} R; "
                         f"{100 * ref['rouge1']['F']:.2f} / {100 * ref['rouge2']['F']:.2f} F")
        words = [mean_figures([r[kind] for r in rows])["words"] for kind in ("100 words", "reference length")]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {words[0]:g} / {words[1]:g} |")
    lines += ["", "| held out | setting chosen on the others |", "|---|---|"]
    lines += [f"| {held} | {setting} |" for held, setting in out["chosen"].items()]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("SUMMARIZE_SHARED", REPO.parent / "shared")))
    parser.add_argument("--json", type=Path, help="Also write every figure here.")
    parser.add_argument("--grid", type=json.loads, default=GRID, help="CoverageRanker keywords and their values, as JSON.")
    args = parser.parse_args()
    out = run(args.shared, args.grid)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(markdown(out))


if __name__ == "__main__":
    main()
