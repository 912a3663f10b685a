"""Run every report section over gold clusters: load each cluster once, collect the figures."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from ..corpus import Corpus
from ..errors import InputError
from .gold import Cluster, read_gold
from .report import Table
from .section import Advance, Loaded, Section, Settings
from .sections import attribution, disagreements, duplicates, evidence, short_answers, summaries

# The report's sections, in order; add one (a module in ``sections/``) by appending it here.
SECTIONS: tuple[Section, ...] = (summaries.SECTION, short_answers.SECTION, evidence.SECTION, duplicates.SECTION,
                                 disagreements.SECTION, attribution.SECTION)


def unique_names(clusters: Sequence[Cluster]) -> list[Cluster]:
    """Clusters renamed "name-2", "name-3", ... where two share a name."""
    seen: dict[str, int] = {}
    out = []
    for c in clusters:
        seen[c.name] = seen.get(c.name, 0) + 1
        out.append(c if seen[c.name] == 1 else replace(c, name=f"{c.name}-{seen[c.name]}"))
    return out


def read_golds(paths: Sequence[str | Path]) -> list[Cluster]:
    """Every cluster under every gold path, names made unique."""
    return unique_names([c for p in paths for c in read_gold(p)])


def total_units(clusters: Sequence[Cluster], settings: Settings) -> int:
    """Progress steps for a whole run: loading each cluster plus every section's steps."""
    return len(clusters) + sum(s.units(c, settings) for s in SECTIONS for c in clusters)


def evaluate(clusters: Sequence[Cluster], settings: Settings = Settings(), *,
             advance: Advance | None = None) -> dict:
    """Figures for every section that some cluster has gold for, as one JSON-ready dict."""
    step = advance or (lambda _label: None)
    loaded = []
    for c in clusters:
        loaded.append(Loaded(c, Corpus.from_paths([c.docs], threshold=settings.threshold)))
        step(f"loading {c.name}")
    results: dict = {
        "settings": {"words": settings.words, "top_k": settings.top_k, "ks": list(settings.ks),
                     "seed": settings.seed, "threshold": settings.threshold,
                     "rankers": list(settings.rankers), "retrievers": list(settings.retrievers)},
        "clusters": [{"name": x.gold.name, "path": str(x.gold.path), "documents": len(x.corpus.documents),
                      "sentences": len(x.corpus.sentences), "groups": len(x.corpus.groups),
                      "references": len(x.gold.references), "questions": len(x.gold.questions),
                      "pairs": len(x.gold.pairs), "conflicts": len(x.gold.conflicts),
                      "support": len(x.gold.support)} for x in loaded],
    }
    for section in SECTIONS:
        figures = section.run(loaded, settings, step)
        if figures is not None:
            results[section.name] = figures
    return results


def tables(results: dict) -> list[Table]:
    """Every table of a finished run, in section order."""
    return [t for s in SECTIONS if s.name in results for t in s.tables(results[s.name])]


def default_gold(*, cwd: Path | None = None) -> list[Path]:
    """The repository's ``eval/seeds`` (looked for from the working folder, then beside the
    package) and, when present, ``<shared>/data/multiling2011`` where ``<shared>`` is
    $SUMMARIZE_SHARED or ``<repo>/../shared``."""
    package_repo = Path(__file__).resolve().parents[2]
    for repo in (cwd or Path.cwd(), package_repo):
        seeds = repo / "eval" / "seeds"
        if seeds.is_dir():
            break
    else:
        raise InputError("no --gold given and eval/seeds not found here or beside the package", usage=True)
    shared = Path(os.environ.get("SUMMARIZE_SHARED") or repo.resolve().parent / "shared")
    multiling = shared / "data" / "multiling2011"
    return [seeds] + ([multiling] if multiling.is_dir() else [])


