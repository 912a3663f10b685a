"""The package type-checks: mypy with the settings in pyproject.toml reports no error."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO


def _cache_dir(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """mypy's cache under pytest's (a rerun takes under a second), or a fresh one when pytest runs
    without its cache (a cold run takes about 10 s)."""
    cache = getattr(request.config, "cache", None)
    return cache.mkdir("mypy") if cache is not None else tmp_path / "mypy"


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed (pip install '.[test]')")
def test_mypy_reports_no_error(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "pyproject.toml",
                          "--cache-dir", str(_cache_dir(request, tmp_path)), "--no-error-summary"],
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert run.returncode in (0, 1) and (run.returncode == 1) == bool(errors), run.stdout + run.stderr
    assert errors == [], run.stdout
