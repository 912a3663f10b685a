"""Run every report section over gold clusters: load each cluster once, collect the figures."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

from ..corpus import Corpus
from ..errors import InputError
from .gold import Cluster, folder, is_cluster, read_gold
from .report import Table
from .section import Advance, Loaded, Section, Settings
from .sections import (
    attribution,
    disagreements,
    duplicates,
    evidence,
    pairs,
    short_answers,
    summaries,
)

# The report's sections, in order; add one (a module in ``sections/``) by appending it here.
SECTIONS: tuple[Section, ...] = (summaries.SECTION, short_answers.SECTION, evidence.SECTION, duplicates.SECTION,
                                 disagreements.SECTION, attribution.SECTION, pairs.SECTION)


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
        corpus = Corpus.from_paths([c.docs], threshold=settings.threshold) if c.docs is not None else None
        loaded.append(Loaded(c, corpus))
        step(f"loading {c.name}")
    results: dict = {
        "settings": {"words": settings.words, "top_k": settings.top_k, "ks": list(settings.ks),
                     "seed": settings.seed, "threshold": settings.threshold,
                     "rankers": list(settings.rankers), "retrievers": list(settings.retrievers)},
        "clusters": [_listing(x) for x in loaded],
    }
    for section in SECTIONS:
        figures = section.run(loaded, settings, step)
        if figures is not None:
            results[section.name] = figures
    return results


def _listing(item: Loaded) -> dict:
    """What one gold folder holds and how much of it the toolkit made."""
    corpus, gold = item.corpus, item.gold
    made = ({"documents": len(corpus.documents), "sentences": len(corpus.sentences), "groups": len(corpus.groups)}
            if corpus is not None else {})
    return {"name": gold.name, "path": str(gold.path), **made, "references": len(gold.references),
            "questions": len(gold.questions), "pairs": len(gold.pairs), "conflicts": len(gold.conflicts),
            "non_conflicts": len(gold.non_conflicts), "support": len(gold.support),
            "labelled_pairs": len(gold.labelled)}


def tables(results: dict) -> list[Table]:
    """Every table of a finished run, in section order."""
    return [t for s in SECTIONS if s.name in results for t in s.tables(results[s.name])]


def default_gold(*, cwd: Path | None = None, notice: Callable[[str], None] | None = None) -> list[Path]:
    """The repository's gold (looked for from the working folder, then beside the package):
    ``eval/seeds`` (and ``eval/seeds-more``, later questions on the same articles), each ``eval/multiling2011`` cluster whose articles are present (they live in
    ``shared/`` beside the checkout, or $SUMMARIZE_SHARED; ``notice`` hears of each one skipped),
    each cluster of every ``eval/written*`` set (invented news with its articles in the repository) and
    ``eval/pairs``."""
    package_repo = Path(__file__).resolve().parents[2]
    for repo in (cwd or Path.cwd(), package_repo):
        gold = repo / "eval"
        if (gold / "seeds").is_dir():
            break
    else:
        raise InputError("no --gold given and eval/seeds not found here or beside the package", usage=True)
    multiling = gold / "multiling2011"
    clusters = sorted(p for p in multiling.iterdir() if is_cluster(p)) if multiling.is_dir() else []
    present = [p for p in clusters if folder(p, "docs").is_dir()]
    for p in clusters:
        if p not in present and notice is not None:
            notice(f"skipping {p}: its articles are not at {folder(p, 'docs').resolve()} (set $SUMMARIZE_SHARED)")
    own = [p for written in sorted(gold.glob("written*")) if written.is_dir()
           for p in sorted(written.iterdir()) if is_cluster(p)]
    pairs = gold / "pairs"
    more = [gold / "seeds-more"] if is_cluster(gold / "seeds-more") else []
    return [gold / "seeds", *more, *present, *own] + ([pairs] if pairs.is_dir() else [])
