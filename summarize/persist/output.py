"""Write results to a file atomically: a temporary file beside it, then ``os.replace``."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable

from ..errors import InputError


def check_output(path: Path, inputs: Iterable[str | Path] = ()) -> Path:
    """``path`` if results can be written there: its folder exists, it is not a folder, and it is
    none of the ``inputs`` (input files are never overwritten)."""
    if path.is_dir():
        raise InputError(f"{path}: --output is a folder, not a file", usage=True)
    if not path.parent.is_dir():
        raise InputError(f"{path}: the folder for --output does not exist", usage=True)
    # os.path.realpath, not Path.resolve: the latter raises RuntimeError on a symlink loop.
    target = os.path.realpath(path)
    if any(str(p) != "-" and os.path.realpath(p) == target for p in inputs):
        raise InputError(f"{path}: --output would overwrite an input file", usage=True)
    return path


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the whole new one."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})") from None
    try:
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; give the file the usual permissions
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})") from None
        raise
