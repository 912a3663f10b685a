import os
from pathlib import Path

import pytest

from summarize.errors import InputError
from summarize.persist.output import check_output, write_atomic


def test_write_replaces_whole_file(tmp_path: Path):
    out = tmp_path / "out.json"
    out.write_text("old")
    write_atomic(out, "new content\n")
    assert out.read_text() == "new content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("where", ["replace", "fsync"])
def test_crash_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch, where):
    out = tmp_path / "out.txt"
    out.write_text("old")

    def crash(*args):
        raise KeyboardInterrupt if where == "fsync" else OSError(28, "No space left on device")

    monkeypatch.setattr(os, where, crash)
    with pytest.raises(KeyboardInterrupt if where == "fsync" else InputError):
        write_atomic(out, "half" * 1000)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_check_output(tmp_path: Path):
    (tmp_path / "in.txt").write_text("x")
    with pytest.raises(InputError, match="is a folder"):
        check_output(tmp_path)
    with pytest.raises(InputError, match="does not exist"):
        check_output(tmp_path / "missing" / "out.txt")
    with pytest.raises(InputError, match="overwrite an input"):
        check_output(tmp_path / "in.txt", [tmp_path / "in.txt"])
    assert check_output(tmp_path / "out.txt", [tmp_path / "in.txt", "-"]) == tmp_path / "out.txt"
