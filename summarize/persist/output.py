"""Write results to a file atomically: a temporary file beside it, then ``os.replace``."""
from __future__ import annotations

import glob
import os
import tempfile
from pathlib import Path
from typing import Iterable

from ..errors import InputError


def _writable(folder: Path, option: str) -> None:
    """Raise a usage ``InputError`` unless a file can be created in ``folder`` (tried, not guessed
    from modes: root, read-only mounts and ACLs all answer differently)."""
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".summarize-probe-")
    except OSError as exc:
        raise InputError(f"{folder}: cannot write {option} there ({exc.strerror or type(exc).__name__})",
                         usage=True) from None
    os.close(fd)
    os.unlink(probe)


def check_output(path: Path, inputs: Iterable[str | Path] = (), *, option: str = "--output") -> Path:
    """``path`` if results can be written there: its folder exists and is writable, it is not a
    folder, and it is none of the ``inputs`` (input files are never overwritten)."""
    if path.is_dir():
        raise InputError(f"{path}: {option} is a folder, not a file", usage=True)
    if not path.parent.is_dir():
        raise InputError(f"{path}: the folder for {option} does not exist", usage=True)
    # os.path.realpath, not Path.resolve: the latter raises RuntimeError on a symlink loop.
    target = os.path.realpath(path)
    if any(str(p) != "-" and os.path.realpath(p) == target for p in inputs):
        raise InputError(f"{path}: {option} would overwrite an input file", usage=True)
    _writable(path.parent, option)
    if path.exists() and not os.access(path, os.W_OK):
        raise InputError(f"{path}: {option} is read-only", usage=True)
    return path


def check_output_folder(path: Path, *, option: str = "--out") -> Path:
    """``path`` if a folder of results can be written there: it is a folder or does not exist
    yet, and the folder it is in (or would be made in) is writable. Nothing is created."""
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: {option} is a file, not a folder", usage=True)
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise InputError(f"{path}: {option} is inside {existing}, which is not a folder", usage=True)
    _writable(existing, option)
    return path


def _remove_stale(path: Path) -> None:
    """Delete temporary files that an earlier write of ``path`` left behind when it was killed
    (their name holds the writer's process id; a live writer's file is left alone)."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = tmp.name[len(path.name) + 2:].split(".", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            if tmp.stat().st_uid == os.getuid():
                tmp.unlink()
        except OSError:
            pass  # gone already, or not ours to remove


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the whole new one."""
    _remove_stale(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
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
