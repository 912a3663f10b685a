"""Modules loaded on first use, so a command pays for numpy and scipy only when it needs them."""
from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """Module ``name``, executed on first attribute use (importlib's ``LazyLoader``): the
    pipeline imports numpy and scipy, which ``summarize --help``, a usage error or
    ``summarize add`` never need."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}")
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
