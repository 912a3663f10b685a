"""Named components of one family (rankers, retrievers, input readers), imported on first use,
so the command line can list and check names without loading numpy, scikit-learn or trafilatura."""
from __future__ import annotations

from importlib import import_module
from typing import Any, Mapping


class Registry:
    """``name -> "module:attribute"`` for one ``family``; ``load`` imports the attribute, and an
    unknown name raises ``ValueError`` listing the valid ones."""

    def __init__(self, family: str, entries: Mapping[str, str]) -> None:
        self.family = family
        self.entries = dict(entries)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.entries)

    def check(self, name: str) -> str:
        """``name`` itself when it is registered."""
        if name not in self.entries:
            raise ValueError(f"unknown {self.family} {name!r}; choose one of: {', '.join(self.entries)}")
        return name

    def load(self, name: str) -> Any:
        """The class or function registered as ``name``."""
        module, attribute = self.entries[self.check(name)].split(":")
        return getattr(import_module(module), attribute)
