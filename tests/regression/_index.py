"""Builders for the crafted-index regression tests: a real index of the seeds and ways to rewrite it."""
from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from summarize.cli.main import app

from ..conftest import SEEDS

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def build(tmp_path: Path) -> tuple[Path, Path]:
    """(articles folder, index file) built from a copy of the seeds."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    index = tmp_path / "seeds.idx"
    r = run("index", folder, "--out", index)
    assert r.exit_code == 0, r.output
    return folder, index


def rewrite(index: Path, change: Callable[[dict[str, bytes]], None], *, rehash: bool = True) -> None:
    """Apply ``change`` to the members (by name); with ``rehash`` the manifest's hashes are
    updated, as a crafted file would do."""
    with zipfile.ZipFile(index) as z:
        members = {n: z.read(n) for n in z.namelist()}
    change(members)
    if rehash:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {n: hashlib.sha256(members[n]).hexdigest() for n in manifest["members"] if n in members}
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(index, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for n, data in members.items():
            z.writestr(n, data)


def one_clear_error(result, *words: str) -> None:
    """Exit code 1, one "error:" line naming the problem, no traceback."""
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    for w in words:
        assert w in lines[0], result.output
