"""Regression: a `.tmp` file was left beside the output after the writer was killed (kill -9);
the next write of the same output now removes temporary files whose writer is dead."""
import subprocess
import sys

from summarize.persist.output import write_atomic


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_tmp_of_a_dead_writer_is_removed(tmp_path):
    out = tmp_path / "out.txt"
    stale = tmp_path / f".out.txt.{_dead_pid()}.abc123.tmp"
    stale.write_text("half a resu")
    live = tmp_path / ".out.txt.1.abc123.tmp"  # pid 1 is always alive
    live.write_text("being written")
    other = tmp_path / ".other.txt.99999999.abc123.tmp"
    other.write_text("not ours to judge")
    write_atomic(out, "done\n")
    assert out.read_text() == "done\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, live.name, other.name])
