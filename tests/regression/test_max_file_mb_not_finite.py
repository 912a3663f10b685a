"""Regression: `--max-file-mb nan` and `--max-file-mb inf` gave ValueError / OverflowError tracebacks."""
import pytest

from .conftest import NEWS, assert_refused, files, invoke


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_refused(tmp_path, value):
    (tmp_path / "a.txt").write_text(NEWS)
    r = invoke(["summary", tmp_path / "a.txt", "--max-file-mb", value, "--output", tmp_path / "out.txt"])
    assert_refused(r, 2, "--max-file-mb must be a finite number")
    assert files(tmp_path) == ["a.txt"]
