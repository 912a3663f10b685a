"""Regression: `ask -k 0` and `ask -k -3` were accepted (and showed no evidence at all)."""
import pytest

from summarize import Corpus, InputError

from .conftest import NEWS, assert_refused, invoke


@pytest.mark.parametrize("k", ["0", "-3"])
def test_cli_refuses(tmp_path, k):
    (tmp_path / "a.txt").write_text(NEWS)
    r = invoke(["ask", "How many people were moved?", tmp_path, "-k", k, "--output", tmp_path / "out.txt"])
    assert_refused(r, 2, f"top-k must be at least 1, got {k}")
    assert not (tmp_path / "out.txt").exists()


def test_api_refuses():
    with pytest.raises(InputError, match="top-k must be at least 1, got 0"):
        Corpus.from_texts([NEWS]).ask("How many people were moved?", top_k=0)
