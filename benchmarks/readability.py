"""Dangling references in the default summaries, beside their ROUGE.

    python benchmarks/readability.py [--shared ../shared] [--settings '[{}, {"shells": true}]'] [--show]

Summaries: every cluster ``wire_copy_loco`` reads (eval/seeds, MultiLing 2011, eval/written*, as
written and in DUC 2004's layout, and tests/data/collection_news), at 100 words and at the
references' length, by ``CoverageRanker`` with each setting (keywords, as JSON; ``{}`` is the
default). Counts per summary sentence (``summary.readable``): a surname used before any summary
sentence gave the full name (``Surnames.dangling``), and an opening pronoun, connective or shell
noun whose sentence before in its article is not earlier in the summary (``dangling_opener``).
Prints, per setting, the counts and R-1 / R-2 (recall at 100 words, F1 at the references' length);
``--show`` prints each dangling sentence.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summary_loco import mean_figures, score  # noqa: E402
from wire_copy_loco import Entry, label, load  # noqa: E402

from summarize.summary.rankers.coverage import CoverageRanker  # noqa: E402
from summarize.summary.readable import Surnames, dangling_opener  # noqa: E402
from summarize.summary.select import Budget  # noqa: E402

REPORTED = ("100 words", "reference length")


def counts(entry: Entry, ranker: CoverageRanker, words: int, surnames: Surnames, show: bool) -> dict:
    """One summary's sentences, dangling surnames and dangling openers, and its ROUGE."""
    summary = ranker.choose(entry.corpus.groups, Budget(words=words), dates=entry.corpus.dates)
    texts = [s.text for s in summary]
    names = surnames.dangling(texts)
    openers = [dangling_opener(s.group, [b.group for b in summary[:k]]) for k, s in enumerate(summary)]
    if show:
        for text, name, opener in zip(texts, names, openers):
            if name or opener:
                print(f"  [{entry.name} {entry.layout} {words}] {'surname ' + ','.join(sorted(name)) if name else ''}"
                      f"{' opener' if opener else ''}: {text[:110]}")
    return {"sentences": len(texts), "surnames": sum(len(n) for n in names), "openers": sum(openers),
            **score(texts, entry.refs, words)}


def run(shared: Path, settings: list[dict], show: bool) -> list[tuple[str, dict]]:
    """Per setting: summed counts and mean ROUGE over every entry, per budget."""
    os.environ.setdefault("SUMMARIZE_SHARED", str(shared.resolve()))
    entries = load(Path(tempfile.mkdtemp(prefix="readability-")) / "gold")
    surnames = [Surnames.of(g.text for g in e.corpus.groups) for e in entries]
    out = []
    for setting in settings:
        ranker = CoverageRanker(**setting)
        rows = {kind: [counts(e, ranker, e.budgets[kind], s, show) for e, s in zip(entries, surnames)]
                for kind in REPORTED}
        out.append((label(setting) or "default", {
            kind: {"summaries": len(r), **{k: sum(x[k] for x in r) for k in ("sentences", "surnames", "openers")},
                   **mean_figures(r)} for kind, r in rows.items()}))
    return out


def markdown(out: list[tuple[str, dict]]) -> str:
    """One row per setting and budget: the counts beside R-1 / R-2 recall and F1, and words used."""
    lines = [("| setting | budget | summaries | sentences | dangling surnames | dangling openers | R-1 / R-2 R | "
              "R-1 / R-2 F | mean words |"), "|---|---|---|---|---|---|---|---|---|"]
    for name, rows in out:
        for kind, r in rows.items():
            lines.append(f"| {name} | {kind} | {r['summaries']} | {r['sentences']} | {r['surnames']} | {r['openers']} | "
                         f"{100 * r['rouge1']['R']:.2f} / {100 * r['rouge2']['R']:.2f} | "
                         f"{100 * r['rouge1']['F']:.2f} / {100 * r['rouge2']['F']:.2f} | {r['words']:g} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("SUMMARIZE_SHARED", REPO.parent / "shared")))
    parser.add_argument("--settings", type=json.loads, default=[{}],
                        help="CoverageRanker keywords per setting, as JSON.")
    parser.add_argument("--show", action="store_true", help="Print each sentence counted as dangling.")
    args = parser.parse_args()
    print(markdown(run(args.shared, args.settings, args.show)))


if __name__ == "__main__":
    main()
