"""The installed version of summarize, or the one ``pyproject.toml`` declares in a source checkout."""
from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
_VERSION_RE = re.compile(r'^version\s*=\s*"([^"]+)"', re.M)


def package_version() -> str:
    """The version from the installed package's metadata, else from ``pyproject.toml`` beside
    the package (a checkout that was never installed), else "unknown"."""
    try:
        return metadata.version("summarize")
    except metadata.PackageNotFoundError:
        pass
    try:
        found = _VERSION_RE.search(_PYPROJECT.read_text(encoding="utf-8"))
    except OSError:
        found = None
    return found.group(1) if found else "unknown"
