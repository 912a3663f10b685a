"""Regression: `summary LOOP --output F` crashed with RuntimeError ("Symlink loop from ...")
because the check that --output is not an input used Path.resolve, which raises on loops."""
from typer.testing import CliRunner

from summarize.cli.main import app
from summarize.persist.output import check_output


def test_check_output_accepts_a_looping_input(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert check_output(tmp_path / "out.txt", [loop]) == tmp_path / "out.txt"


def test_cli_reports_the_loop_instead_of_crashing(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    r = CliRunner().invoke(app, ["summary", str(loop), "--output", str(tmp_path / "out.txt")])
    assert r.exit_code == 1 and "symlink loop" in r.stderr and not isinstance(r.exception, RuntimeError)
    assert not (tmp_path / "out.txt").exists()
