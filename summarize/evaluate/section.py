"""What a report section is: the settings it reads, the loaded clusters it scores, its tables."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple, Sequence

from ..corpus import Corpus
from ..errors import InputError
from ..qa.retrieve import RETRIEVER_NAMES
from ..stages.dedup import DEFAULT_THRESHOLD
from ..summary import RANKER_NAMES
from .gold import SPLITS, Cluster
from .report import Table

SCOPES = ("all", *SPLITS)  # every figure with a split is given for all the gold, then each split
SWEEP = tuple(round(0.10 + 0.05 * i, 2) for i in range(17))  # 0.10 .. 0.90

Advance = Callable[[str], None]


@dataclass(frozen=True)
class Settings:
    """What the harness measures and how; every figure in the report depends only on these."""

    words: int | None = None  # None: each cluster's mean reference length, rounded to 10 words
    top_k: int = 5
    ks: tuple[int, ...] = (1, 3, 5)
    seed: int = 0
    threshold: float = DEFAULT_THRESHOLD
    sweep: tuple[float, ...] = SWEEP
    rankers: tuple[str, ...] = RANKER_NAMES
    retrievers: tuple[str, ...] = RETRIEVER_NAMES

    def __post_init__(self) -> None:
        if self.words is not None and self.words < 1:
            raise InputError(f"--words must be at least 1, got {self.words}", usage=True)
        if self.top_k < max(self.ks):
            raise InputError(f"top_k ({self.top_k}) must cover the largest k ({max(self.ks)})", usage=True)


class Loaded(NamedTuple):
    """A gold cluster with its articles processed by the toolkit (None for a pairs folder, whose
    pairs bring their own sentences)."""

    gold: Cluster
    corpus: Corpus | None

    @property
    def articles(self) -> Corpus:
        """The processed articles, for sections that read them (a pairs folder has none)."""
        if self.corpus is None:
            raise InputError(f"{self.gold.name}: a pairs folder has no articles to score")
        return self.corpus


@dataclass(frozen=True)
class Section:
    """One part of the report. ``units`` counts the progress steps ``run`` takes for a cluster
    (0 when the cluster lacks this gold); ``run`` returns the figures, or None when no cluster
    applies, calling ``advance`` once per step; ``tables`` lays the figures out."""

    name: str
    units: Callable[[Cluster, Settings], int]
    run: Callable[[Sequence[Loaded], Settings, Advance], "dict | None"]
    tables: Callable[[dict], "list[Table]"]


def in_scope(split: str, scope: str) -> bool:
    """Whether a gold record of ``split`` counts in ``scope`` ("all" or a split)."""
    return scope == "all" or split == scope


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean; 0.0 for no values."""
    return sum(values) / len(values) if values else 0.0


def rounded(value: float) -> float:
    """Figures are kept to 4 decimals so reruns give byte-identical JSON."""
    return round(float(value), 4)
